// Knuth–Plass optimum-fit line breaking (Knuth & Plass 1981, TeX §813–890) over boxes, glue and penalties, with
// pdfTeX's two additions: font expansion counts as stretch and shrink, and protruding characters widen the line.
import { hangAtBreak, hangAtStart, type Item } from './items.js';
import { adjustLine, EXPANSION_MAX, isLoose, LOOSE_RATIO } from './justify.js';

/** TeX defaults, except adjacent-class demerits (brief: 100, TeX's \adjdemerits is 10000). */
export const LINE_PENALTY = 10;
export const DOUBLE_HYPHEN_DEMERITS = 3000;
export const FINAL_HYPHEN_DEMERITS = 5000;
export const ADJACENT_FITNESS_DEMERITS = 100;
/**
 * A third hyphenated line in a row, a last resort: worse than any line that is not loose, better than a loose one
 * (LOOSE_LINE_BADNESS makes a loose line cost over 4·10⁸). TeX's \doublehyphendemerits idea, stiffer.
 */
export const TRIPLE_HYPHEN_DEMERITS = 10_000_000;
/** Never more than three hyphenated lines in a row, the French maximum; two unless a last resort saves a hole. */
export const MAX_CONSECUTIVE_HYPHENS = 3;
const INFINITE_PENALTY = 10000;
const AWFUL_BADNESS = 10000;
/** Badness of a line with nothing to stretch (one word) when badness is not capped: bad, yet better than impossible. */
const UNCAPPED_INFINITE_BADNESS = 1e6;

export interface BreakOptions {
  /** Available width of line `index` (0-based). */
  lineWidth: (index: number) => number;
  tolerance: number;
  /** When false, `hyphen` penalties are not break candidates (TeX's first pass). */
  hyphenate: boolean;
  /** Ragged lines: spaces neither stretch nor shrink; each line end may stretch by this much (points). */
  raggedStretch?: number;
  /** Last resort: keep a line that cannot fit (a character wider than the column). */
  allowOverfull?: boolean;
  /**
   * Rescue passes: badness grows as 100·r³ without TeX's 10000 cap, so the optimum avoids one
   * grotesquely loose line (two words spread over the column) in favour of several merely loose ones.
   */
  uncapped?: boolean;
  /**
   * The last resorts are allowed, at their demerits: a third hyphenated line in a row (TRIPLE_HYPHEN_DEMERITS) and
   * a hyphen in the paragraph's last word (its penalty's `demerits`). See `breakLines` for when they are tried.
   */
  lastResorts?: boolean;
  /**
   * Justified text: glyphs may be expanded or condensed (justify.ts), and characters hang into the margins
   * (items' hangLeft / hangRight). A line whose word gaps would be drawn wider than LOOSE_RATIO natural spaces
   * costs LOOSE_LINE_BADNESS more in every pass, so the optimum spreads the slack rather than keep one gaping line.
   */
  justify?: { size: number };
}

/**
 * Extra badness of a loose line, growing with its gaps: one line at r = 2 costs as much as three barely loose ones,
 * so the optimum never buys one fewer loose line with a gaping one.
 */
export const LOOSE_LINE_BADNESS = 20000;
export const LOOSE_SLOPE = 4;

/** The extra badness of a line whose word gaps are `gap` natural spaces (∞: slack and no gap); 0 unless loose. */
export function loosePenalty(gap: number): number {
  if (!isLoose(gap)) return 0;
  return LOOSE_LINE_BADNESS * (1 + LOOSE_SLOPE * (Number.isFinite(gap) ? gap - LOOSE_RATIO : 10));
}

export interface Break {
  /** Index of the item broken at (glue or penalty), or items.length for the paragraph's end. */
  position: number;
  ratio: number;
  /** The line ends at a flagged (hyphen) penalty. */
  flagged: boolean;
  overfull: boolean;
  /** Justified text: the word gap the line will be drawn with, in natural spaces (justify.ts); ∞ for a hole, NaN otherwise. */
  gap: number;
}

interface Node {
  position: number;
  line: number;
  fitness: number;
  hyphens: number;
  totalDemerits: number;
  ratio: number;
  gap: number;
  flagged: boolean;
  overfull: boolean;
  /** Where the next line starts: first box after the break. */
  start: number;
  previous: Node | null;
}

/** TeX's badness, capped at 10000 unless `uncapped` (then a very loose line costs what it looks like). */
function badness(r: number, uncapped: boolean): number {
  if (r < -1) return Infinity;
  if (!Number.isFinite(r)) return uncapped ? UNCAPPED_INFINITE_BADNESS : AWFUL_BADNESS;
  const b = 100 * Math.abs(r) ** 3;
  return uncapped ? b : Math.min(AWFUL_BADNESS, b);
}

function fitnessClass(r: number): number {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1) return 2;
  return 3;
}

/** Optimal breaks for one pass, or null when no feasible set exists at this tolerance. */
export function knuthPlass(items: readonly Item[], opts: BreakOptions): Break[] | null {
  const n = items.length;
  const sumW = new Float64Array(n + 1);
  const sumY = new Float64Array(n + 1);
  const sumZ = new Float64Array(n + 1);
  /** Word spaces (count and natural width) and glyphs, for the adjustment the line will get (justify.ts). */
  const sumC = new Float64Array(n + 1);
  const sumS = new Float64Array(n + 1);
  const sumG = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const it = items[i];
    sumW[i + 1] = sumW[i] + (it.type === 'penalty' ? 0 : it.width);
    sumY[i + 1] = sumY[i] + (it.type === 'glue' ? it.stretch : 0);
    sumZ[i + 1] = sumZ[i] + (it.type === 'glue' ? it.shrink : 0);
    sumC[i + 1] = sumC[i] + (it.type === 'glue' ? 1 : 0);
    sumS[i + 1] = sumS[i] + (it.type === 'glue' ? it.width : 0);
    sumG[i + 1] = sumG[i] + (it.type === 'glue' ? 1 : it.type === 'box' ? it.pieces.reduce((g, p) => g + p.text.length, 0) : 0);
  }
  const nextStart = (pos: number) => {
    let i = pos + 1;
    while (i < n && items[i].type !== 'box') i++;
    return i;
  };
  const ragged = opts.raggedStretch !== undefined;
  const justify = opts.justify;
  const resorts = !!opts.lastResorts;
  const maxHyphens = resorts ? MAX_CONSECUTIVE_HYPHENS : 2;
  let active: Node[] = [
    { position: -1, line: 0, fitness: 1, hyphens: 0, totalDemerits: 0, ratio: 0, gap: NaN, flagged: false, overfull: false, start: nextStart(-1), previous: null },
  ];

  for (let b = 0; b <= n; b++) {
    const final = b === n;
    const it = items[b];
    let penalty = 0;
    let flagged = false;
    let extra = 0;
    let demerits = 0;
    // What hangs into the right margin if the line ends here: the hyphen drawn at a hyphenation, else the last box's end.
    let hangRight = 0;
    if (!final) {
      if (it.type === 'box') continue;
      if (it.type === 'glue') {
        if (b === 0 || items[b - 1].type !== 'box') continue;
      } else {
        if (it.penalty >= INFINITE_PENALTY) continue;
        if (it.kind === 'hyphen' && !opts.hyphenate) continue;
        penalty = it.penalty;
        flagged = it.flagged;
        extra = it.width;
        demerits = it.demerits ?? 0;
        if (demerits && !resorts) continue;
      }
    }
    if (justify) hangRight = hangAtBreak(items, b);
    const candidates = new Map<string, Node>();
    const survivors: Node[] = [];
    let bestDropped: Node | null = null;
    for (const a of active) {
      const hangLeft = justify ? hangAtStart(items, a.start) : 0;
      const L = opts.lineWidth(a.line) + hangLeft + hangRight;
      const natural = sumW[b] - sumW[a.start] + extra;
      // Expansion lends each line EXPANSION_MAX of its natural width as stretch and as shrink (pdfTeX).
      const expansion = justify ? EXPANSION_MAX * natural : 0;
      let r: number;
      if (final) r = natural <= L ? 0 : ragged ? -Infinity : (L - natural) / (sumZ[b] - sumZ[a.start] + expansion || 1e-9);
      else if (natural < L) {
        const y = ragged ? opts.raggedStretch! : sumY[b] - sumY[a.start] + expansion;
        r = y > 0 ? (L - natural) / y : Infinity;
      } else if (natural > L) {
        const z = ragged ? 0 : sumZ[b] - sumZ[a.start] + expansion;
        r = z > 0 ? (L - natural) / z : -Infinity;
      } else r = 0;
      let bad = badness(r, !!opts.uncapped);
      let gap = NaN;
      if (justify && !final && r >= -1) {
        const shape = { natural, spaces: sumS[b] - sumS[a.start], count: sumC[b] - sumC[a.start], glyphs: sumG[b] - sumG[a.start], size: justify.size };
        const adj = adjustLine(L - natural, shape, { expand: true, fill: true });
        // A line without a word gap that expansion cannot fill is a hole too.
        gap = adj.rest > 0.01 ? Infinity : adj.gapRatio;
        bad += loosePenalty(gap);
      }
      const keep = r >= -1 && !final;
      if (keep) survivors.push(a);
      else if (r < -1 && (!bestDropped || a.totalDemerits < bestDropped.totalDemerits)) bestDropped = a;
      if (r < -1 || bad > opts.tolerance) continue;
      if (flagged && a.flagged && a.hyphens >= maxHyphens) continue;
      consider(a, r, gap, bad, false);
    }
    if (opts.allowOverfull && bestDropped && candidates.size === 0 && survivors.length === 0) {
      consider(bestDropped, -1, NaN, AWFUL_BADNESS, true);
    }
    active = survivors;
    for (const c of candidates.values()) active.push(c);
    if (final) {
      let best: Node | null = null;
      for (const c of candidates.values()) if (!best || c.totalDemerits < best.totalDemerits) best = c;
      if (!best) return null;
      const out: Break[] = [];
      for (let p: Node | null = best; p && p.position >= 0; p = p.previous) {
        out.push({ position: p.position, ratio: p.ratio, flagged: p.flagged, overfull: p.overfull, gap: p.gap });
      }
      return out.reverse();
    }
    if (active.length === 0) return null;

    function consider(a: Node, r: number, gap: number, bad: number, overfull: boolean) {
      let d = (LINE_PENALTY + bad) ** 2;
      if (penalty >= 0) d += penalty ** 2;
      else if (penalty > -INFINITE_PENALTY) d -= penalty ** 2;
      if (flagged && a.flagged) d += a.hyphens === 2 ? TRIPLE_HYPHEN_DEMERITS : DOUBLE_HYPHEN_DEMERITS;
      if (final && a.flagged) d += FINAL_HYPHEN_DEMERITS;
      d += demerits;
      const fitness = fitnessClass(r);
      if (Math.abs(fitness - a.fitness) > 1) d += ADJACENT_FITNESS_DEMERITS;
      if (overfull) d += 1e12;
      const hyphens = flagged ? (a.flagged ? a.hyphens + 1 : 1) : 0;
      const total = a.totalDemerits + d;
      const key = `${fitness}:${hyphens}`;
      const existing = candidates.get(key);
      if (existing && existing.totalDemerits <= total) return;
      candidates.set(key, {
        position: b, line: a.line + 1, fitness, hyphens, totalDemerits: total, ratio: r, gap, flagged, overfull,
        start: nextStart(b), previous: a,
      });
    }
  }
  return null;
}

export interface Pass {
  tolerance: number;
  hyphenate: boolean;
  allowOverfull?: boolean;
  uncapped?: boolean;
}

/** TeX's sequence: no hyphenation at tolerance 200, then with it, then rising tolerance (uncapped), then overfull as last resort. */
export function passesFor(hyphenate: boolean): Pass[] {
  const passes: Pass[] = [{ tolerance: 200, hyphenate: false }];
  if (hyphenate) passes.push({ tolerance: 200, hyphenate: true });
  passes.push(
    { tolerance: 1000, hyphenate },
    { tolerance: Infinity, hyphenate, uncapped: true },
    { tolerance: Infinity, hyphenate, uncapped: true, allowOverfull: true },
  );
  return passes;
}

/** Loose lines of a justified setting, and the loosest gap (1 when none is judged). */
export function looseLines(breaks: readonly Break[]): { loose: number; worst: number } {
  const gaps = breaks.map((b) => b.gap).filter((g) => !Number.isNaN(g));
  return { loose: gaps.filter(isLoose).length, worst: Math.max(1, ...gaps) };
}

/** `a` is better than `b` for the eye: a less loose loosest line, or one as loose and fewer loose lines. */
export function looser(a: { loose: number; worst: number }, b: { loose: number; worst: number }): boolean {
  return a.worst > b.worst + 1e-9 || (Math.abs(a.worst - b.worst) <= 1e-9 && a.loose > b.loose);
}

/**
 * Runs the passes until one succeeds (the last one always does). Justified text that still has loose lines is set
 * once more with the last resorts allowed (`lastResorts`), and that setting is kept when it is less loose
 * (`looser`): a third hyphen in a row, or a hyphen in the last word, is never taken but to close a hole.
 */
export function breakLines(
  items: readonly Item[],
  base: Omit<BreakOptions, 'tolerance' | 'hyphenate' | 'lastResorts'>,
  hyphenate: boolean,
  lastResorts = true,
): Break[] {
  let found: Break[] | null = null;
  for (const pass of passesFor(hyphenate)) {
    found = knuthPlass(items, { ...base, ...pass });
    if (found) break;
  }
  if (!found) throw new Error('coupure de lignes impossible');
  const plain = looseLines(found);
  if (!lastResorts || !base.justify || plain.loose === 0) return found;
  const rescue = { ...base, tolerance: Infinity, hyphenate, uncapped: true, lastResorts: true };
  const rescued = knuthPlass(items, rescue) ?? knuthPlass(items, { ...rescue, allowOverfull: true });
  return rescued && looser(plain, looseLines(rescued)) && !rescued.some((b) => b.overfull && !found!.some((f) => f.overfull)) ? rescued : found;
}
