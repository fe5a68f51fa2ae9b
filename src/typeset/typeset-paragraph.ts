// The stage's entry point: French spacing and ordinals → items (hyphenation, measuring) → Knuth–Plass breaks → positioned lines.
import { breakLines } from './break-lines.js';
import { applyFrenchSpacingToRuns, superiorOrdinals } from './french-spacing.js';
import { buildItems } from './items.js';
import { measureText } from './measure.js';
import { setLines } from './set-lines.js';
import type { FontSet, ParagraphSpec, SetParagraph } from './types.js';

/** Ragged lines may fall short of the measure by about this many ems at no great cost (Knuth's ragged-right). */
export const RAGGED_STRETCH_EM = 3;

export interface TypesetOptions {
  /**
   * false: never the breaker's last resorts (a third hyphenated line in a row, a hyphen in the last word); the report
   * sets a paragraph so to show what each resort saved.
   */
  lastResorts?: boolean;
}

export function typesetParagraph(spec: ParagraphSpec, fonts: FontSet, options: TypesetOptions = {}): SetParagraph {
  const runs = superiorOrdinals(applyFrenchSpacingToRuns(spec.runs));
  const indent = spec.indent ?? 0;
  const minLineWidth = Math.min(spec.width, spec.width - indent);
  const items = buildItems(runs, fonts, { hyphenate: spec.hyphenate, properNames: spec.properNames, minLineWidth });
  if (!items.some((it) => it.type === 'box')) return { lines: [], height: 0 };
  const em = Math.max(...runs.map((r) => r.style.size));
  const breaks = breakLines(
    items,
    {
      lineWidth: (i) => (i === 0 ? spec.width - indent : spec.width),
      raggedStretch: spec.align === 'justify' ? undefined : RAGGED_STRETCH_EM * em,
      justify: spec.align === 'justify' ? { size: Math.min(...runs.map((r) => r.style.size)) } : undefined,
    },
    spec.hyphenate,
    options.lastResorts ?? true,
  );
  const lines = setLines({ items, breaks, runs, fonts, align: spec.align, width: spec.width, indent });
  return { lines, height: lines.reduce((h, l) => h + l.lineHeight, 0) };
}

export { measureText };
