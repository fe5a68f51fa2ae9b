// Test helper: the brochure's FontSet built from fonts/*.ttf (the stage itself never reads files).
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { FontKey, FontSet, TextStyle } from '../../src/typeset/types.js';

const FILES: Record<FontKey, string> = {
  light: 'Marianne-Light.ttf',
  regular: 'Marianne-Regular.ttf',
  medium: 'Marianne-Medium.ttf',
  bold: 'Marianne-Bold.ttf',
  lightItalic: 'Marianne-Light_Italic.ttf',
  italic: 'Marianne-Regular_Italic.ttf',
  mediumItalic: 'Marianne-Medium_Italic.ttf',
  boldItalic: 'Marianne-Bold_Italic.ttf',
  spectral: 'Spectral-Regular.ttf',
  spectralBold: 'Spectral-ExtraBold.ttf',
};

let cached: FontSet | undefined;

export function loadFonts(): FontSet {
  if (!cached) {
    const entries = Object.entries(FILES).map(([k, f]) => [
      k,
      fontkit.create(readFileSync(new URL(`../../fonts/${f}`, import.meta.url))),
    ]);
    cached = Object.fromEntries(entries) as FontSet;
  }
  return cached;
}

export const body: TextStyle = { font: 'regular', size: 10, color: '#161616', lineHeight: 14 };
export const styled = (font: FontKey, base: TextStyle = body): TextStyle => ({ ...base, font });
