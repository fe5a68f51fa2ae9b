// `npm run typo-report`: typography of the real brochure (built in memory) against pdfkit-like greedy; `--sample` for the built-in sample.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { buildBrochure } from '../src/build.js';
import { loadConfig } from '../src/config-file.js';
import { BuildError } from '../src/diagnostics.js';
import type { SetRecord } from '../src/layout/builder.js';
import { SAMPLE_PARAGRAPHS } from '../src/typeset/sample-paragraphs.js';
import { compareParagraphs, formatTypoReport, formatVerdicts, REPORT_LEGEND, typoVerdicts, type ReportParagraph } from '../src/typeset/typo-report.js';
import type { FontSet, ParagraphSpec, TextStyle } from '../src/typeset/types.js';
import { fsWorld } from '../src/world.js';
import { FONT_FILES } from '../src/load/fonts.js';

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

/**
 * The layout's records are those of its final pass only (`layoutDocument` returns the settled pass), so a repeated
 * id is a distinct paragraph with the same role (chart labels): each is kept, its id numbered.
 */
export function brochureParagraphs(records: readonly SetRecord[]): ReportParagraph[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return { id: n > 1 ? `${r.id}#${n}` : r.id, spec: r.spec, set: r.set, pieces: r.pieces };
  });
}

export function runTypoReport(paragraphs: readonly ReportParagraph[], fonts: FontSet): string {
  const rows = compareParagraphs(paragraphs, fonts);
  return [REPORT_LEGEND, '', formatTypoReport(rows), '', 'Cibles :', formatVerdicts(typoVerdicts(rows))].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--sample')) {
    console.log('Rapport typographique (échantillon intégré, Marianne 10 pt, colonnes de 240 et 480 pt)\n');
    console.log(runTypoReport(sampleSpecs(), loadFontSet()));
    return;
  }
  const world = fsWorld(process.cwd());
  try {
    const result = await buildBrochure(world, await loadConfig(world));
    console.log(`Rapport typographique de la brochure (${result.layout.paged.pages.length} pages, composée en mémoire)\n`);
    console.log(runTypoReport(brochureParagraphs(result.layout.paragraphs), result.inputs.fonts));
  } catch (e) {
    // A report, not a gate: say why there is nothing to report and exit 0.
    const detail = e instanceof BuildError ? e.diagnostics.map((d) => d.message).join('\n') : (e as Error).message;
    console.log(`Rapport impossible : la brochure ne se construit pas.\n${detail}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
