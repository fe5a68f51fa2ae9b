// Prints the typography report (Knuth–Plass vs pdfkit-like greedy); for now on built-in samples at 10 pt, 240 and 480 pt.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { SAMPLE_PARAGRAPHS } from '../src/typeset/sample-paragraphs.js';
import { compareParagraphs, formatTypoReport } from '../src/typeset/typo-report.js';
import type { FontKey, FontSet, ParagraphSpec, TextStyle } from '../src/typeset/types.js';

const FONT_FILES: Record<FontKey, string> = {
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

export function loadFontSet(dir = 'fonts'): FontSet {
  return Object.fromEntries(
    Object.entries(FONT_FILES).map(([key, file]) => [key, fontkit.create(readFileSync(`${dir}/${file}`))]),
  ) as FontSet;
}

const BODY: TextStyle = { font: 'regular', size: 10, color: '#161616', lineHeight: 14 };

export function sampleSpecs(): { id: string; spec: ParagraphSpec }[] {
  return [240, 480].flatMap((width) =>
    SAMPLE_PARAGRAPHS.map((p) => ({
      id: `${p.id}@${width}`,
      spec: { runs: [{ text: p.text, style: BODY }], width, align: 'justify' as const, hyphenate: true },
    })),
  );
}

/** The layout owner calls this with the brochure's real paragraphs. */
export function runTypoReport(paragraphs: readonly { id: string; spec: ParagraphSpec }[], fonts: FontSet): string {
  return formatTypoReport(compareParagraphs(paragraphs, fonts));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Rapport typographique (échantillon intégré, Marianne 10 pt)\n');
  console.log(runTypoReport(sampleSpecs(), loadFontSet()));
}
