// Knuth–Plass optimum-fit line breaking (Knuth & Plass 1981, TeX §813–890) over boxes, glue and penalties.
import type { Item } from './items.js';

/** TeX defaults, except adjacent-class demerits (brief: 100, TeX's \adjdemerits is 10000). */
export const LINE_PENALTY = 10;
export const DOUBLE_HYPHEN_DEMERITS = 3000;
export const FINAL_HYPHEN_DEMERITS = 5000;
export const ADJACENT_FITNESS_DEMERITS = 100;
/** A third hyphenated line in a row is forbidden, not merely penalised. */
export const MAX_CONSECUTIVE_HYPHENS = 2;
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
   * Ratio beyond which spaces are wider than twice their natural width (the report’s ±1 limit); in every pass
   * a line past it costs LOOSE_LINE_BADNESS more, so the optimum spreads the slack rather than keep one gaping line.
   */
  looseLimit?: number;
}

/** Extra badness of a line past `looseLimit`: worth about three lines at ratio 4 elsewhere. */
export const LOOSE_LINE_BADNESS = 20000;

export interface Break {
  /** Index of the item broken at (glue or penalty), or items.length for the paragraph's end. */
  position: number;
  ratio: number;
  /** The line ends at a flagged (hyphen) penalty. */
  flagged: boolean;
  overfull: boolean;
}

interface Node {
  position: number;
  line: number;
  fitness: number;
  hyphens: number;
  totalDemerits: number;
  ratio: number;
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
  for (let i = 0; i < n; i++) {
    const it = items[i];
    sumW[i + 1] = sumW[i] + (it.type === 'penalty' ? 0 : it.width);
    sumY[i + 1] = sumY[i] + (it.type === 'glue' ? it.stretch : 0);
    sumZ[i + 1] = sumZ[i] + (it.type === 'glue' ? it.shrink : 0);
  }
  const nextStart = (pos: number) => {
    let i = pos + 1;
    while (i < n && items[i].type !== 'box') i++;
    return i;
  };
  const ragged = opts.raggedStretch !== undefined;
  let active: Node[] = [
    { position: -1, line: 0, fitness: 1, hyphens: 0, totalDemerits: 0, ratio: 0, flagged: false, overfull: false, start: nextStart(-1), previous: null },
  ];

  for (let b = 0; b <= n; b++) {
    const final = b === n;
    const it = items[b];
    let penalty = 0;
    let flagged = false;
    let extra = 0;
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
      }
    }
    const candidates = new Map<string, Node>();
    const survivors: Node[] = [];
    let bestDropped: Node | null = null;
    for (const a of active) {
      const L = opts.lineWidth(a.line);
      const natural = sumW[b] - sumW[a.start] + extra;
      let r: number;
      if (final) r = natural <= L ? 0 : ragged ? -Infinity : (L - natural) / (sumZ[b] - sumZ[a.start] || 1e-9);
      else if (natural < L) {
        const y = ragged ? opts.raggedStretch! : sumY[b] - sumY[a.start];
        r = y > 0 ? (L - natural) / y : Infinity;
      } else if (natural > L) {
        const z = ragged ? 0 : sumZ[b] - sumZ[a.start];
        r = z > 0 ? (L - natural) / z : -Infinity;
      } else r = 0;
      let bad = badness(r, !!opts.uncapped);
      if (!final && opts.looseLimit !== undefined && r > opts.looseLimit) bad += LOOSE_LINE_BADNESS;
      const keep = r >= -1 && !final;
      if (keep) survivors.push(a);
      else if (r < -1 && (!bestDropped || a.totalDemerits < bestDropped.totalDemerits)) bestDropped = a;
      if (r < -1 || bad > opts.tolerance) continue;
      if (flagged && a.flagged && a.hyphens >= MAX_CONSECUTIVE_HYPHENS) continue;
      consider(a, r, bad, false);
    }
    if (opts.allowOverfull && bestDropped && candidates.size === 0 && survivors.length === 0) {
      consider(bestDropped, -1, AWFUL_BADNESS, true);
    }
    active = survivors;
    for (const c of candidates.values()) active.push(c);
    if (final) {
      let best: Node | null = null;
      for (const c of candidates.values()) if (!best || c.totalDemerits < best.totalDemerits) best = c;
      if (!best) return null;
      const out: Break[] = [];
      for (let p: Node | null = best; p && p.position >= 0; p = p.previous) {
        out.push({ position: p.position, ratio: p.ratio, flagged: p.flagged, overfull: p.overfull });
      }
      return out.reverse();
    }
    if (active.length === 0) return null;

    function consider(a: Node, r: number, bad: number, overfull: boolean) {
      let d = (LINE_PENALTY + bad) ** 2;
      if (penalty >= 0) d += penalty ** 2;
      else if (penalty > -INFINITE_PENALTY) d -= penalty ** 2;
      if (flagged && a.flagged) d += DOUBLE_HYPHEN_DEMERITS;
      if (final && a.flagged) d += FINAL_HYPHEN_DEMERITS;
      const fitness = fitnessClass(r);
      if (Math.abs(fitness - a.fitness) > 1) d += ADJACENT_FITNESS_DEMERITS;
      if (overfull) d += 1e12;
      const hyphens = flagged ? (a.flagged ? a.hyphens + 1 : 1) : 0;
      const total = a.totalDemerits + d;
      const key = `${fitness}:${hyphens}`;
      const existing = candidates.get(key);
      if (existing && existing.totalDemerits <= total) return;
      candidates.set(key, {
        position: b, line: a.line + 1, fitness, hyphens, totalDemerits: total, ratio: r, flagged, overfull,
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

/** Runs the passes until one succeeds; the last one always does. */
export function breakLines(items: readonly Item[], base: Omit<BreakOptions, 'tolerance' | 'hyphenate'>, hyphenate: boolean): Break[] {
  for (const pass of passesFor(hyphenate)) {
    const found = knuthPlass(items, { ...base, ...pass });
    if (found) return found;
  }
  throw new Error('coupure de lignes impossible');
}
