// Page breaks chosen over a whole run of unsplittable blocks (mission openers and rows of cards) from their measured
// heights: the breaks, and the form of each block, that keep every page at least MIN_FILL full, openers in their
// full form on page tops where they can be, and a run's blocks spread so that none is left alone on a page — the
// page-level counterpart of the line breaker's optimum fit.
import { CONTENT } from './geometry.js';
import { MIN_FILL, TEXT_AREA_HEIGHT } from './fill.js';

/** One way of drawing a block (a mission opener has a full and a compact one). */
export interface PlanForm {
  /** Height when the block follows another one on its page. */
  height: number;
  /** Where it ends when it opens a page, if it is drawn differently there (an opener's band from the page edge). */
  endAtTop?: number;
  /** Room it wants above it after another block, and below it before the next (the larger of two neighbours' wins). */
  spaceBefore: number;
  spaceAfter: number;
  /** Cost of choosing this form (0 for the preferred one). */
  penalty?: number;
}

export interface PlanBlock {
  /** At least one; the first is the preferred form. */
  forms: readonly PlanForm[];
  /** Never the last block of a page (an opener, kept with its first row). */
  keepWithNext?: boolean;
  /** The run it belongs to (a mission): a page holding a single block of a run begun on an earlier page is avoided. */
  run?: string;
  /** Cost of drawing it below another block rather than at a page top (a mission opener mid-page). */
  inFlowPenalty?: number;
}

/** The page the run starts on, when something is already on it (the missions' introduction). */
export interface PlanStart {
  /** The cursor: where the next block may start, before its own space. */
  y: number;
  /** Where the page's content ends so far (its fill if the run starts on the next page). */
  bottom: number;
}

export interface PlannedBlock {
  index: number;
  /** Index into the block's `forms`. */
  form: number;
  /** True when the block opens its page (drawn in its page-top form). */
  atTop: boolean;
  /** Top of the block on its page (for a block opening its page: the top of the text area). */
  y: number;
}

export interface Plan {
  /** The blocks of each page; the first page is `start`'s when `continuesStart`. */
  pages: PlannedBlock[][];
  continuesStart: boolean;
  /** Pages (the start page included) left under MIN_FILL: none unless no choice of breaks and forms avoids it. */
  underfilled: number;
}

/** Weights of the cost: emptiness is squared, so two pages 75 % full beat a full one and a half-empty one. */
const EMPTINESS = 10;
const UNDERFILL = 1000;
const LONE_BLOCK = 20;
/** Pages with more blocks of several forms than this try only "all preferred" and "all alternative". */
const MAX_ENUMERATED = 4;

const fillOf = (bottom: number) => Math.min(1, (bottom - CONTENT.y) / TEXT_AREA_HEIGHT);
const pageCost = (bottom: number) => {
  const fill = fillOf(bottom);
  return EMPTINESS * (1 - fill) ** 2 + (fill < MIN_FILL ? UNDERFILL * (1 + MIN_FILL - fill) : 0);
};

interface Page {
  blocks: PlannedBlock[];
  bottom: number;
  cost: number;
}

/** Blocks [from, to) on one page in the given forms; undefined when they overflow it (unless `force`). */
function layPage(blocks: readonly PlanBlock[], from: number, to: number, forms: readonly number[], start: PlanStart | undefined, force: boolean): Page | undefined {
  const placed: PlannedBlock[] = [];
  let y = start?.y ?? CONTENT.y;
  let bottom = start?.bottom ?? CONTENT.y;
  let after = 0;
  let cost = 0;
  for (let k = from; k < to; k++) {
    const b = blocks[k];
    const f = b.forms[forms[k - from]];
    const atTop = k === from && !start;
    const top = atTop ? CONTENT.y : y + Math.max(after, f.spaceBefore);
    const end = atTop && f.endAtTop !== undefined ? f.endAtTop : top + f.height;
    // A block alone on its page is drawn even when taller than the page: the caller reports it.
    if (end > CONTENT.bottom + 0.01 && !force && !(atTop && to === from + 1)) return undefined;
    cost += (f.penalty ?? 0) + (atTop ? 0 : (b.inFlowPenalty ?? 0));
    placed.push({ index: k, form: forms[k - from], atTop, y: top });
    y = end;
    bottom = Math.max(bottom, end);
    after = f.spaceAfter;
  }
  cost += pageCost(bottom);
  const first = blocks[from];
  if (!start && from > 0 && first.run !== undefined && blocks[from - 1].run === first.run && (to === from + 1 || blocks[from + 1].run !== first.run)) cost += LONE_BLOCK;
  return { blocks: placed, bottom, cost };
}

/** The cheapest forms for blocks [from, to) on one page. */
function bestPage(blocks: readonly PlanBlock[], from: number, to: number, start: PlanStart | undefined, force = false): Page | undefined {
  const choices = [];
  for (let k = from; k < to; k++) if (blocks[k].forms.length > 1) choices.push(k - from);
  const assignments: number[][] = [];
  const none = new Array<number>(to - from).fill(0);
  if (choices.length <= MAX_ENUMERATED) {
    for (let mask = 0; mask < 1 << choices.length; mask++) {
      const a = [...none];
      choices.forEach((c, bit) => {
        if (mask & (1 << bit)) a[c] = 1;
      });
      assignments.push(a);
    }
  } else {
    assignments.push(none, none.map((_, k) => (blocks[from + k].forms.length > 1 ? 1 : 0)));
  }
  let best: Page | undefined;
  for (const a of assignments) {
    const page = layPage(blocks, from, to, a, start, false);
    if (page && (!best || page.cost < best.cost)) best = page;
  }
  return best ?? (force ? layPage(blocks, from, to, assignments[assignments.length - 1], start, true) : undefined);
}

/** Chooses the page breaks and forms of `blocks` (dynamic programming over every legal break). */
export function planPages(blocks: readonly PlanBlock[], start?: PlanStart): Plan {
  const n = blocks.length;
  const legalEnd = (j: number) => j === n || !blocks[j - 1].keepWithNext;
  // best[i]: cheapest layout of blocks[i..] starting on a fresh page; next[i]: where its first page ends.
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(n);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) {
      if (!legalEnd(j)) continue;
      const page = bestPage(blocks, i, j, undefined);
      if (!page) {
        // Not even the smallest legal page fits: it is drawn anyway (and reported by the caller as too tall).
        if (best[i] === Infinity) {
          best[i] = UNDERFILL * 10 + best[j];
          next[i] = j;
        }
        break;
      }
      if (page.cost + best[j] < best[i]) {
        best[i] = page.cost + best[j];
        next[i] = j;
      }
    }
  }
  // The start page either stays as it is (the run opens a page) or the run continues it.
  let firstEnd = 0;
  if (start) {
    let bestStart = pageCost(start.bottom) + best[0];
    for (let j = 1; j <= n; j++) {
      if (!legalEnd(j)) continue;
      const page = bestPage(blocks, 0, j, start);
      if (!page) break;
      if (page.cost + best[j] < bestStart) {
        bestStart = page.cost + best[j];
        firstEnd = j;
      }
    }
  }
  const pages: PlannedBlock[][] = [];
  let underfilled = 0;
  const keep = (page: Page) => {
    pages.push(page.blocks);
    if (fillOf(page.bottom) < MIN_FILL) underfilled++;
  };
  let i = 0;
  if (firstEnd > 0) {
    keep(bestPage(blocks, 0, firstEnd, start)!);
    i = firstEnd;
  } else if (start && fillOf(start.bottom) < MIN_FILL) underfilled++;
  for (; i < n; i = next[i]) keep(bestPage(blocks, i, next[i], undefined, true)!);
  return { pages, continuesStart: firstEnd > 0, underfilled };
}
