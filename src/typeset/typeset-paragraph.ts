// The stage's entry point: French spacing → items (hyphenation, measuring) → Knuth–Plass breaks → positioned lines.
import { breakLines } from './break-lines.js';
import { applyFrenchSpacingToRuns } from './french-spacing.js';
import { buildItems, SPACE_STRETCH } from './items.js';
import { measureText } from './measure.js';
import { setLines } from './set-lines.js';
import type { FontSet, ParagraphSpec, SetParagraph } from './types.js';

/** Ragged lines may fall short of the measure by about this many ems at no great cost (Knuth's ragged-right). */
export const RAGGED_STRETCH_EM = 3;

export function typesetParagraph(spec: ParagraphSpec, fonts: FontSet): SetParagraph {
  const runs = applyFrenchSpacingToRuns(spec.runs);
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
      looseLimit: spec.align === 'justify' ? 1 / SPACE_STRETCH : undefined,
    },
    spec.hyphenate,
  );
  const lines = setLines({ items, breaks, runs, fonts, align: spec.align, width: spec.width, indent });
  return { lines, height: lines.reduce((h, l) => h + l.lineHeight, 0) };
}

export { measureText };
