// Turns a paragraph's runs into Knuth–Plass items: boxes (word pieces), glue (spaces), penalties (break points).
import { hyphenationPoints } from './hyphenate.js';
import { measureText } from './measure.js';
import type { FontSet, StyledRun } from './types.js';

/** A piece of text from one run, as drawn. */
export interface Piece {
  run: number;
  text: string;
}

/** Why a break may happen inside a word; `hyphen` breaks are the only ones a pass may switch off. */
export type BreakKind = 'hyphen' | 'explicit' | 'verbatim' | 'emergency';

export type Item =
  | { type: 'box'; width: number; pieces: Piece[] }
  | { type: 'glue'; width: number; stretch: number; shrink: number; run: number }
  | { type: 'penalty'; width: number; penalty: number; flagged: boolean; kind: BreakKind; run: number };

/** TeX's \hyphenpenalty and \exhyphenpenalty. */
export const HYPHEN_PENALTY = 50;
/** A break after `/` or `.` in a URL or code: allowed, mildly discouraged. */
export const VERBATIM_PENALTY = 50;
/** A break at any character of a word too long for the column: last resort, but never an overfull line. */
export const EMERGENCY_PENALTY = 500;
/** Every space stretches by 1/2 and shrinks by 1/3 of its width (TeX’s French values): tighter looks cramped in Marianne; loose lines get letter spacing instead (set-lines.ts). */
export const SPACE_STRETCH = 1 / 2;
export const SPACE_SHRINK = 1 / 3;

const SOFT_HYPHEN = '\u00AD';
const BREAKING_SPACE = /^[ \t\n\r]$/;
const LETTER = /^[\p{L}\p{M}]$/u;

interface Ch {
  ch: string;
  run: number;
}

export interface ItemOptions {
  hyphenate: boolean;
  properNames?: readonly string[];
  /** Narrowest line of the paragraph: pieces wider than this get emergency break points. */
  minLineWidth: number;
}

function splitTokens(runs: readonly StyledRun[]): { space: boolean; chars: Ch[] }[] {
  const tokens: { space: boolean; chars: Ch[] }[] = [];
  runs.forEach((run, r) => {
    for (const ch of run.text) {
      const space = BREAKING_SPACE.test(ch);
      const last = tokens[tokens.length - 1];
      if (last && last.space === space) last.chars.push({ ch, run: r });
      else tokens.push({ space, chars: [{ ch, run: r }] });
    }
  });
  while (tokens.length && tokens[0].space) tokens.shift();
  while (tokens.length && tokens[tokens.length - 1].space) tokens.pop();
  return tokens;
}

/** Width of chars[0..end) measured per run, so that pieces of an unbroken word add up to its exact width. */
function prefixWidth(chars: Ch[], end: number, runs: readonly StyledRun[], fonts: FontSet): number {
  let w = 0;
  let i = 0;
  while (i < end) {
    let j = i;
    let text = '';
    while (j < end && chars[j].run === chars[i].run) text += chars[j++].ch;
    w += measureText(text, runs[chars[i].run].style, fonts);
    i = j;
  }
  return w;
}

/** Break points inside one word, by offset (break before chars[offset]). */
function wordBreaks(word: Ch[], softPoints: Set<number>, runs: readonly StyledRun[], opts: ItemOptions, isLast: boolean) {
  const breaks = new Map<number, BreakKind>();
  const token = word.map((c) => c.ch).join('');
  const verbatim = (c: Ch) => !!runs[c.run].verbatim;
  for (let i = 1; i < word.length; i++) {
    const prev = word[i - 1];
    if (verbatim(prev) && /[/.\-_]/.test(prev.ch) && !/[/.\-_]/.test(word[i].ch)) breaks.set(i, 'verbatim');
    else if (!verbatim(prev) && /[-‐]/.test(prev.ch) && i >= 2 && LETTER.test(word[i - 2].ch) && LETTER.test(word[i].ch)) {
      breaks.set(i, 'explicit');
    }
  }
  if (!opts.hyphenate || isLast) return breaks;
  for (let i = 0; i < word.length; ) {
    if (!LETTER.test(word[i].ch) || verbatim(word[i]) || runs[word[i].run].lang?.match(/^(?!fr)/i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < word.length && LETTER.test(word[j].ch) && word[j].run === word[i].run) j++;
    const letters = word.slice(i, j).map((c) => c.ch).join('');
    const soft = [...softPoints].filter((p) => p > i && p < j);
    const points = soft.length ? soft.map((p) => p - i) : hyphenationPoints(letters, { token, properNames: opts.properNames });
    for (const p of points) if (!breaks.has(i + p)) breaks.set(i + p, 'hyphen');
    i = j;
  }
  return breaks;
}

/**
 * A word wider than the column gets break points after `/` when it is a URL, else between any two characters
 * (unflagged, so they also rescue a long word whose every syllable break would make a third hyphen in a row).
 */
function addEmergencyBreaks(word: Ch[], breaks: Map<number, BreakKind>, width: (a: number, b: number) => number, max: number) {
  if (width(0, word.length) <= max) return;
  const offsets = () => [0, ...[...breaks.keys()].sort((a, b) => a - b), word.length];
  const isUrl = /^(https?:|www\.)|\/\S/.test(word.map((c) => c.ch).join(''));
  if (isUrl) {
    for (let i = 1; i < word.length; i++) if (word[i - 1].ch === '/' && !breaks.has(i)) breaks.set(i, 'emergency');
    const o = offsets();
    for (let k = 1; k < o.length; k++) {
      if (width(o[k - 1], o[k]) <= max) continue;
      for (let i = o[k - 1] + 1; i < o[k]; i++) breaks.set(i, 'emergency');
    }
    return;
  }
  for (let i = 1; i < word.length; i++) if (!breaks.has(i)) breaks.set(i, 'emergency');
}

export function buildItems(runs: readonly StyledRun[], fonts: FontSet, opts: ItemOptions): Item[] {
  const items: Item[] = [];
  const tokens = splitTokens(runs);
  const lastWord = tokens.length - 1;
  tokens.forEach((tok, t) => {
    if (tok.space) {
      const run = tok.chars[0].run;
      const w = measureText(' ', runs[run].style, fonts);
      items.push({ type: 'glue', width: w, stretch: w * SPACE_STRETCH, shrink: w * SPACE_SHRINK, run });
      return;
    }
    // Soft hyphens in the source are hyphenation hints, never drawn.
    const word: Ch[] = [];
    const softPoints = new Set<number>();
    for (const c of tok.chars) {
      if (c.ch === SOFT_HYPHEN) softPoints.add(word.length);
      else word.push(c);
    }
    if (!word.length) return;
    const breaks = wordBreaks(word, softPoints, runs, opts, t === lastWord);
    const prefix = new Map<number, number>();
    const at = (n: number) => {
      if (!prefix.has(n)) prefix.set(n, prefixWidth(word, n, runs, fonts));
      return prefix.get(n)!;
    };
    addEmergencyBreaks(word, breaks, (a, b) => at(b) - at(a), opts.minLineWidth);
    const offsets = [...breaks.keys()].sort((a, b) => a - b);
    let from = 0;
    for (const off of [...offsets, word.length]) {
      items.push({ type: 'box', width: at(off) - at(from), pieces: piecesOf(word.slice(from, off)) });
      if (off === word.length) break;
      const kind = breaks.get(off)!;
      const run = word[off - 1].run;
      let width = 0;
      if (kind === 'hyphen') {
        // The hyphen's own width, kerned against the letters before it in the same run.
        let k = off;
        while (k > 0 && word[k - 1].run === run) k--;
        const before = word.slice(k, off).map((c) => c.ch).join('');
        const style = runs[run].style;
        width = measureText(before + '-', style, fonts) - measureText(before, style, fonts);
      }
      const penalty = kind === 'emergency' ? EMERGENCY_PENALTY : kind === 'verbatim' ? VERBATIM_PENALTY : HYPHEN_PENALTY;
      items.push({ type: 'penalty', width, penalty, flagged: kind === 'hyphen' || kind === 'explicit', kind, run });
      from = off;
    }
  });
  return items;
}

function piecesOf(chars: Ch[]): Piece[] {
  const out: Piece[] = [];
  for (const c of chars) {
    const last = out[out.length - 1];
    if (last && last.run === c.run) last.text += c.ch;
    else out.push({ run: c.run, text: c.ch });
  }
  return out;
}
