// Page fill: how far down the text area a page's content reaches — the figure the layout decides by, the review
// sheet draws and the tests assert, computed here only.
import type { Page, PageItem, PagedDocument } from './types.js';
import { CONTENT } from './geometry.js';

/** A page whose content ends above this fraction of the text area looks unfinished (issue 16's rule). */
export const MIN_FILL = 0.6;

/** The text area's height: the fraction 1 is its foot. */
export const TEXT_AREA_HEIGHT = CONTENT.bottom - CONTENT.y;

/** Descenders below a baseline, as a fraction of the size (Marianne's are ≈ 0.2 em): where a line's ink ends. */
const DESCENT = 0.25;

function itemBottom(it: PageItem): number | undefined {
  switch (it.kind) {
    case 'text':
      return it.y + it.size * DESCENT;
    case 'rect':
    case 'vector':
      return it.y + it.h;
    case 'line':
      return Math.max(it.y1, it.y2);
    default:
      // Anchors and link annotations paint nothing.
      return undefined;
  }
}

/** The y (points, from the page top) where the page's content ends: its lowest painted item, running footer aside. */
export function contentBottom(page: Page): number {
  let bottom = 0;
  for (const it of page.items) {
    if ('tag' in it && 'artifact' in it.tag && it.tag.artifact === 'Pagination') continue;
    const b = itemBottom(it);
    if (b !== undefined && b > bottom) bottom = b;
  }
  return bottom;
}

/** Where the page's content ends, as a fraction of the text area (0 at its top, 1 at its foot). */
export function pageFill(page: Page): number {
  return (contentBottom(page) - CONTENT.y) / TEXT_AREA_HEIGHT;
}

/** The fraction a block ending at `y` fills: what the layout predicts before placing it. */
export function fillAt(y: number): number {
  return (y - CONTENT.y) / TEXT_AREA_HEIGHT;
}

/** Pages the rule does not judge: the cover and the contents by nature; the last page holds the colophon and closes
 *  with the bloc-marque at its foot, so where its text ends is a matter of how much there is to say. */
export type FillExemption = 'couverture' | 'sommaire' | 'dernière page';

export interface PageFillReport {
  page: number;
  /** Where the content ends, as a fraction of the text area. */
  fill: number;
  exempt?: FillExemption;
  /** Judged and at least MIN_FILL, or exempt. */
  ok: boolean;
}

/** The fill of every page and whether it meets the rule: what the review sheet draws and the tests assert. */
export function fillReport(paged: PagedDocument, sections: readonly { kind: string; id: string }[]): PageFillReport[] {
  const pageOf = new Map<string, number>();
  for (const p of paged.pages) for (const it of p.items) if (it.kind === 'anchor' && !pageOf.has(it.id)) pageOf.set(it.id, p.number);
  const exempt = new Map<number, FillExemption>();
  sections.forEach((s, i) => {
    const first = pageOf.get(s.id);
    if (first === undefined) return;
    if (s.kind === 'cover') exempt.set(first, 'couverture');
    if (s.kind === 'sommaire') {
      // Every page of the contents, up to the page the next section opens.
      const next = sections.slice(i + 1).map((n) => pageOf.get(n.id)).find((n) => n !== undefined) ?? first + 1;
      for (let p = first; p < Math.max(next, first + 1); p++) exempt.set(p, 'sommaire');
    }
  });
  const last = paged.pages.length;
  if (!exempt.has(last)) exempt.set(last, 'dernière page');
  return paged.pages.map((p) => {
    const fill = pageFill(p);
    const why = exempt.get(p.number);
    return { page: p.number, fill, ...(why ? { exempt: why } : {}), ok: why !== undefined || fill >= MIN_FILL };
  });
}
