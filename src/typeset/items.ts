// Turns a paragraph's runs into Knuth–Plass items: boxes (word pieces), glue (spaces), penalties (break points).
import { hyphenationPoints } from './hyphenate.js';
import { SPACE_SHRINK, SPACE_STRETCH } from './justify.js';
import { measureText } from './measure.js';
import { protrusion } from './protrusion.js';
import type { FontSet, StyledRun } from './types.js';

/** A piece of text from one run, as drawn. */
export interface Piece {
  run: number;
  text: string;
}

/** Why a break may happen inside a word; `hyphen` breaks are the only ones a pass may switch off; `nobreak` never breaks. */
export type BreakKind = 'hyphen' | 'explicit' | 'verbatim' | 'emergency' | 'nobreak';

export type Item =
  | {
      type: 'box';
      width: number;
      pieces: Piece[];
      /** How far its first character may hang into the left margin, and its last into the right one (points). */
      hangLeft: number;
      hangRight: number;
    }
  | { type: 'glue'; width: number; stretch: number; shrink: number; run: number; text: ' ' | typeof NBSP }
  /**
   * `hangRight`: how far the hyphen drawn at this break may hang into the right margin; `demerits`: added to a
   * line ending here, beyond what the penalty costs (TeX's penalties cannot go past 10000, a ban).
   */
  | { type: 'penalty'; width: number; penalty: number; flagged: boolean; kind: BreakKind; run: number; hangRight: number; demerits?: number };

/** TeX's \hyphenpenalty and \exhyphenpenalty. */
export const HYPHEN_PENALTY = 50;
/**
 * Hyphenating a paragraph's last word leaves a stub of a word alone on the last line: a last resort (break-lines.ts),
 * as bad as a line whose word gaps are 1.75 natural spaces ((20000 · (1 + 4 · 0.25))² demerits).
 */
export const LAST_WORD_HYPHEN_DEMERITS = 1.6e9;
/** A break after `/` or `.` in a URL or code: allowed, mildly discouraged. */
export const VERBATIM_PENALTY = 50;
/** A break at any character of a word too long for the column: last resort, but never an overfull line. */
export const EMERGENCY_PENALTY = 500;
/** TeX's \penalty10000: never a break (before a no-break space, which then stretches like any word space). */
export const NO_BREAK_PENALTY = 10000;

const NBSP = '\u00A0';
const NNBSP = '\u202F';

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
function wordBreaks(word: Ch[], softPoints: Set<number>, runs: readonly StyledRun[], opts: ItemOptions) {
  const breaks = new Map<number, BreakKind>();
  const verbatim = (c: Ch) => !!runs[c.run].verbatim;
  for (let i = 1; i < word.length; i++) {
    const prev = word[i - 1];
    if (verbatim(prev) && /[/.\-_]/.test(prev.ch) && !/[/.\-_]/.test(word[i].ch)) breaks.set(i, 'verbatim');
    else if (!verbatim(prev) && /[-‐]/.test(prev.ch) && i >= 2 && LETTER.test(word[i - 2].ch) && LETTER.test(word[i].ch)) {
      breaks.set(i, 'explicit');
    }
  }
  if (!opts.hyphenate) return breaks;
  for (let i = 0; i < word.length; ) {
    if (!LETTER.test(word[i].ch) || verbatim(word[i]) || runs[word[i].run].lang?.match(/^(?!fr)/i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < word.length && LETTER.test(word[j].ch) && word[j].run === word[i].run) j++;
    const letters = word.slice(i, j).map((c) => c.ch).join('');
    // The digit check looks at the word's own token: a narrow space (2 500, « mot ») parts it from its neighbours.
    let a = i;
    while (a > 0 && word[a - 1].ch !== NNBSP) a--;
    let b = j;
    while (b < word.length && word[b].ch !== NNBSP) b++;
    const token = word.slice(a, b).map((c) => c.ch).join('');
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
  const lastToken = tokens.length - 1;
  const hang = (c: Ch | undefined, side: 0 | 1) => (c ? protrusion(c.ch, side, runs[c.run].style.font, runs[c.run].style.size, fonts) : 0);
  const space = (run: number, text: ' ' | typeof NBSP): Item => {
    const w = measureText(text, runs[run].style, fonts);
    return { type: 'glue', width: w, stretch: w * SPACE_STRETCH, shrink: w * SPACE_SHRINK, run, text };
  };
  tokens.forEach((tok, t) => {
    if (tok.space) {
      items.push(space(tok.chars[0].run, ' '));
      return;
    }
    // Soft hyphens in the source are hyphenation hints, never drawn; no-break spaces part the token into words
    // glued together by a space that stretches but never breaks.
    const words: { chars: Ch[]; soft: Set<number> }[] = [{ chars: [], soft: new Set() }];
    const nbspRuns: number[] = [];
    tok.chars.forEach((c, i) => {
      const w = words[words.length - 1];
      const next = tok.chars[i + 1]?.ch;
      if (c.ch === SOFT_HYPHEN) w.soft.add(w.chars.length);
      else if (c.ch === NBSP && w.chars.length && next !== undefined && next !== NBSP && next !== SOFT_HYPHEN) {
        nbspRuns.push(c.run);
        words.push({ chars: [], soft: new Set() });
      } else w.chars.push(c);
    });
    if (!words[0].chars.length) return;
    const groupWidth = () => words.reduce((sum, w) => sum + prefixWidth(w.chars, w.chars.length, runs, fonts), 0);
    // A no-break group wider than the column may still break at its spaces rather than overflow.
    const joinKind: BreakKind = words.length > 1 && groupWidth() > opts.minLineWidth ? 'emergency' : 'nobreak';
    words.forEach(({ chars: word, soft }, k) => {
      if (k > 0) {
        const run = nbspRuns[k - 1];
        const penalty = joinKind === 'nobreak' ? NO_BREAK_PENALTY : EMERGENCY_PENALTY;
        items.push({ type: 'penalty', width: 0, penalty, flagged: false, kind: joinKind, run, hangRight: 0 });
        items.push(space(run, NBSP));
      }
      const lastWord = t === lastToken && k === words.length - 1;
      const breaks = wordBreaks(word, soft, runs, opts);
      const prefix = new Map<number, number>();
      const at = (n: number) => {
        if (!prefix.has(n)) prefix.set(n, prefixWidth(word, n, runs, fonts));
        return prefix.get(n)!;
      };
      addEmergencyBreaks(word, breaks, (a, b) => at(b) - at(a), opts.minLineWidth);
      const offsets = [...breaks.keys()].sort((a, b) => a - b);
      let from = 0;
      for (const off of [...offsets, word.length]) {
        items.push({ type: 'box', width: at(off) - at(from), pieces: piecesOf(word.slice(from, off)), hangLeft: hang(word[from], 0), hangRight: hang(word[off - 1], 1) });
        if (off === word.length) break;
        const kind = breaks.get(off)!;
        const run = word[off - 1].run;
        let width = 0;
        let hangRight = 0;
        if (kind === 'hyphen') {
          // The hyphen's own width, kerned against the letters before it in the same run.
          let k = off;
          while (k > 0 && word[k - 1].run === run) k--;
          const before = word.slice(k, off).map((c) => c.ch).join('');
          const style = runs[run].style;
          width = measureText(before + '-', style, fonts) - measureText(before, style, fonts);
          hangRight = protrusion('-', 1, style.font, style.size, fonts);
        }
        const penalty = kind === 'emergency' ? EMERGENCY_PENALTY : kind === 'verbatim' ? VERBATIM_PENALTY : HYPHEN_PENALTY;
        items.push({
          type: 'penalty', width, penalty, flagged: kind === 'hyphen' || kind === 'explicit', kind, run, hangRight,
          ...(lastWord && kind === 'hyphen' ? { demerits: LAST_WORD_HYPHEN_DEMERITS } : {}),
        });
        from = off;
      }
    });
  });
  return items;
}

/** How far the first character of a line starting at item `start` hangs into the left margin (points). */
export function hangAtStart(items: readonly Item[], start: number): number {
  const it = items[start];
  return it?.type === 'box' ? it.hangLeft : 0;
}

/** How far the end of a line broken at item `at` hangs into the right margin: the hyphen drawn there, else the last box's end. */
export function hangAtBreak(items: readonly Item[], at: number): number {
  const it = items[at];
  if (it?.type === 'penalty' && it.kind === 'hyphen') return it.hangRight;
  const before = items[at - 1];
  return before?.type === 'box' ? before.hangRight : 0;
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
