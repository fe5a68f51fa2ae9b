// `npm run typo-report`: typography of the real brochure (built in memory) against pdfkit-like greedy; `--sample` for the
// built-in sample; `--justifier-tout` sets every paragraph of running text justified, to judge the engine apart from the design;
// `--edition ID` reports on another edition than the latest.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { buildBrochure } from '../src/build.js';
import { loadConfig } from '../src/config-file.js';
import { BuildError } from '../src/diagnostics.js';
import type { SetRecord } from '../src/layout/builder.js';
import { SAMPLE_PARAGRAPHS } from '../src/typeset/sample-paragraphs.js';
import { compareParagraphs, formatLoosest, formatTypoReport, formatVerdicts, REPORT_LEGEND, typoVerdicts, type ReportOptions, type ReportParagraph } from '../src/typeset/typo-report.js';
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
 * id is a distinct paragraph with the same role (chart labels): each is kept, its id numbered. The document's proper
 * names go into each spec, as the layout gave them to the typesetter, so a paragraph set again is set alike.
 */
export function brochureParagraphs(records: readonly SetRecord[], properNames: readonly string[] = []): ReportParagraph[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    const spec = { ...r.spec, properNames: r.spec.properNames ?? properNames };
    return { id: n > 1 ? `${r.id}#${n}` : r.id, spec, set: r.set, pieces: r.pieces };
  });
}

export function runTypoReport(paragraphs: readonly ReportParagraph[], fonts: FontSet, options: ReportOptions = {}): string {
  const rows = compareParagraphs(paragraphs, fonts, options);
  return [
    REPORT_LEGEND,
    '',
    formatTypoReport(rows),
    '',
    'Lignes les plus lâches :',
    formatLoosest(rows),
    '',
    'Cibles (paragraphes justifiés) :',
    formatVerdicts(typoVerdicts(rows, fonts)),
  ].join('\n');
}

async function main(): Promise<void> {
  const options: ReportOptions = { justifyAll: process.argv.includes('--justifier-tout') };
  const scope = options.justifyAll ? ', tout le texte courant justifié quel que soit le choix de la maquette' : '';
  if (process.argv.includes('--sample')) {
    console.log('Rapport typographique (échantillon intégré, Marianne 10 pt, colonnes de 240 et 480 pt)\n');
    console.log(runTypoReport(sampleSpecs(), loadFontSet(), options));
    return;
  }
  const world = fsWorld(process.cwd());
  try {
    const at = process.argv.indexOf('--edition');
    const edition = at > 0 ? process.argv[at + 1] : undefined;
    const result = await buildBrochure(world, { ...(await loadConfig(world)), ...(edition ? { edition } : {}) });
    const name = result.inputs.edition ? `, édition ${result.inputs.edition.id}` : '';
    console.log(`Rapport typographique de la brochure (${result.layout.paged.pages.length} pages${name}, composée en mémoire${scope})\n`);
    console.log(runTypoReport(brochureParagraphs(result.layout.paragraphs, result.document.properNames), result.inputs.fonts, options));
  } catch (e) {
    // A report, not a gate: say why there is nothing to report and exit 0.
    const detail = e instanceof BuildError ? e.diagnostics.map((d) => d.message).join('\n') : (e as Error).message;
    console.log(`Rapport impossible : la brochure ne se construit pas.\n${detail}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
