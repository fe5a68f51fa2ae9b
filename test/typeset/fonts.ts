// Test helper: the brochure's FontSet built from fonts/*.ttf (the stage itself never reads files).
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { FontKey, FontSet, TextStyle } from '../../src/typeset/types.js';
import { FONT_FILES } from '../../src/load/fonts.js';

let cached: FontSet | undefined;

export function loadFonts(): FontSet {
  if (!cached) {
    const entries = Object.entries(FONT_FILES).map(([k, f]) => [
      k,
      fontkit.create(readFileSync(new URL(`../../fonts/${f}`, import.meta.url))),
    ]);
    cached = Object.fromEntries(entries) as FontSet;
  }
  return cached;
}

export const body: TextStyle = { font: 'regular', size: 10, color: '#161616', lineHeight: 14 };
export const styled = (font: FontKey, base: TextStyle = body): TextStyle => ({ ...base, font });
