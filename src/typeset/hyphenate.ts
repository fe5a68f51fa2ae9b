// Where a French word may be hyphenated: Liang patterns (`hyphen`, TeX's French patterns) plus the brochure's refusals.
import fr from 'hyphen/fr/index.js';
import { HYPHENATION_EXCEPTIONS } from './french-rules.js';

/** Letters kept before / after a break (French usage: never one letter alone, at least three carried over). */
export const LEFT_MIN = 2;
export const RIGHT_MIN = 3;

const SOFT_HYPHEN = '\u00AD';
const cache = new Map<string, readonly number[]>();

/** `con-fiance` → confiance: [3]; looked up in lower case so a capitalised sentence start breaks alike. */
const EXCEPTIONS = new Map(
  HYPHENATION_EXCEPTIONS.map((w) => {
    const points: number[] = [];
    let offset = 0;
    for (const ch of w) {
      if (ch === '-') points.push(offset);
      else offset += ch.length;
    }
    return [w.replaceAll('-', ''), points] as const;
  }),
);

export interface HyphenationContext {
  /** The whole whitespace-delimited token the word is part of (`l’administration,`), for the digit check. */
  token?: string;
  properNames?: readonly string[];
}

/** Why a word must not be hyphenated, or null when it may be. */
export function hyphenationRefusal(word: string, ctx: HyphenationContext = {}): string | null {
  const token = ctx.token ?? word;
  if (word.length < LEFT_MIN + RIGHT_MIN) return 'too-short';
  if (/\d/.test(token)) return 'digits';
  if (!/\p{Ll}/u.test(word)) return 'all-capitals';
  if (/.\p{Lu}/u.test(word)) return 'inner-capital';
  if (/[^\p{L}\p{M}]/u.test(word)) return 'not-a-word';
  const names = ctx.properNames ?? [];
  const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (names.includes(word) || names.includes(bare) || names.includes(token)) return 'proper-name';
  return null;
}

/** Offsets inside `word` (a run of letters) before which a hyphen may be put, honouring LEFT_MIN and RIGHT_MIN. */
export function hyphenationPoints(word: string, ctx: HyphenationContext = {}): readonly number[] {
  if (hyphenationRefusal(word, ctx) !== null) return [];
  let points = cache.get(word);
  if (!points) {
    const exception = EXCEPTIONS.get(word.toLowerCase());
    const found: number[] = exception ? [...exception] : [];
    if (!exception) {
      const marked = fr.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: LEFT_MIN + RIGHT_MIN });
      let offset = 0;
      for (const ch of marked) {
        if (ch === SOFT_HYPHEN) found.push(offset);
        else offset += ch.length;
      }
    }
    points = found.filter((p) => p >= LEFT_MIN && word.length - p >= RIGHT_MIN);
    cache.set(word, points);
  }
  return points;
}

/** Shows the points with `-`, for tests and the report (`trans-for-ma-tion`). */
export function showHyphenation(word: string, ctx: HyphenationContext = {}): string {
  const points = hyphenationPoints(word, ctx);
  let out = '';
  for (let i = 0; i < word.length; i++) out += (points.includes(i) ? '-' : '') + word[i];
  return out;
}
