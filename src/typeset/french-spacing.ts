// Applies the French spacing table to plain text and to styled runs (across run boundaries, sparing verbatim runs).
import { FRENCH_SPACING_RULES, PROTECTED_SPANS } from './french-rules.js';
import type { StyledRun } from './types.js';

/** Text whose every UTF-16 unit remembers the run it came from, so rules can see across runs. */
interface Tagged {
  chars: string[];
  runOf: number[];
}

const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_MAX = 0x1800;

// A tagged text is never modified once built, and most rules match nothing: the joined string is kept for the
// next rule instead of being joined again (a cold build applies the table to every paragraph, ~15 rules each).
const joined = new WeakMap<Tagged, string>();
function toString(t: Tagged): string {
  let s = joined.get(t);
  if (s === undefined) joined.set(t, (s = t.chars.join('')));
  return s;
}

/** Replaces every match of `pattern`; inserted characters belong to the run of the text they replace or follow. */
function replaceTagged(t: Tagged, pattern: RegExp, replacement: (m: string, at: number) => string): Tagged {
  const text = toString(t);
  pattern.lastIndex = 0;
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return t;
  const out: Tagged = { chars: [], runOf: [] };
  let last = 0;
  for (const m of matches) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    for (let i = last; i < start; i++) {
      out.chars.push(t.chars[i]);
      out.runOf.push(t.runOf[i]);
    }
    // An inserted space goes with the punctuation it serves: the next character unless that is a letter.
    const next = t.chars[start];
    const nextIsWord = next === undefined || /[\p{L}\p{N}]/u.test(next);
    const run = m[0].length > 0 || start === 0 || !nextIsWord ? t.runOf[start] ?? t.runOf[start - 1] ?? 0 : t.runOf[start - 1];
    for (const ch of replacement(m[0], start)) {
      out.chars.push(ch);
      out.runOf.push(run);
    }
    last = end;
  }
  for (let i = last; i < t.chars.length; i++) {
    out.chars.push(t.chars[i]);
    out.runOf.push(t.runOf[i]);
  }
  return out;
}

function applyRules(input: Tagged, verbatimRuns: ReadonlySet<number>): Tagged {
  const saved: Tagged[] = [];
  const mask = (slice: Tagged): string => {
    if (saved.length >= PLACEHOLDER_MAX) return slice.chars.join('');
    saved.push(slice);
    return String.fromCharCode(PLACEHOLDER_BASE + saved.length - 1);
  };
  // Verbatim runs first: one placeholder per run so neighbouring rules still see "a word" there.
  let t: Tagged = { chars: [], runOf: [] };
  for (let i = 0; i < input.chars.length; ) {
    const run = input.runOf[i];
    if (!verbatimRuns.has(run)) {
      t.chars.push(input.chars[i]);
      t.runOf.push(run);
      i++;
      continue;
    }
    let j = i;
    while (j < input.chars.length && input.runOf[j] === run) j++;
    t.chars.push(mask({ chars: input.chars.slice(i, j), runOf: input.runOf.slice(i, j) }));
    t.runOf.push(run);
    i = j;
  }
  for (const span of PROTECTED_SPANS) {
    const before = t;
    t = replaceTagged(before, span, (m, at) => {
      return mask({ chars: before.chars.slice(at, at + m.length), runOf: before.runOf.slice(at, at + m.length) });
    });
  }
  for (const rule of FRENCH_SPACING_RULES) t = replaceTagged(t, rule.pattern, () => rule.replacement);
  // Restore masked spans; a protected span may contain a verbatim placeholder, hence a few rounds.
  let restored = t;
  for (let guard = 0; guard < 4; guard++) {
    const next: Tagged = { chars: [], runOf: [] };
    let changed = false;
    restored.chars.forEach((ch, i) => {
      const k = ch.charCodeAt(0) - PLACEHOLDER_BASE;
      if (ch.length === 1 && k >= 0 && k < saved.length) {
        next.chars.push(...saved[k].chars);
        next.runOf.push(...saved[k].runOf);
        changed = true;
      } else {
        next.chars.push(ch);
        next.runOf.push(restored.runOf[i]);
      }
    });
    restored = next;
    if (!changed) break;
  }
  return restored;
}

/** French spacing, apostrophes and ellipses for one string (URLs, e-mails, times, ratios left alone). */
export function applyFrenchSpacing(text: string): string {
  const chars = [...text].flatMap((c) => c.split(''));
  return toString(applyRules({ chars, runOf: chars.map(() => 0) }, new Set()));
}

/** The same over a paragraph's runs: a rule sees across run boundaries; verbatim runs are not changed. */
export function applyFrenchSpacingToRuns(runs: readonly StyledRun[]): StyledRun[] {
  const input: Tagged = { chars: [], runOf: [] };
  const verbatim = new Set<number>();
  runs.forEach((run, r) => {
    if (run.verbatim || (run.lang && !run.lang.toLowerCase().startsWith('fr'))) verbatim.add(r);
    for (const ch of run.text.split('')) {
      input.chars.push(ch);
      input.runOf.push(r);
    }
  });
  const out = applyRules(input, verbatim);
  const texts = runs.map(() => '');
  out.chars.forEach((ch, i) => (texts[out.runOf[i]] += ch));
  return runs.map((run, r) => ({ ...run, text: texts[r] }));
}

/**
 * The ending of a French ordinal after its digits, « 1er », « 1re », « 16e », « 2es », set in the font's superior
 * letters (Lexique de l'Imprimerie nationale: « 1er », « XXe siècle »), as a run of its own. Only after digits and
 * before a non-letter, so « 2e » is one and « 3D », « 10est » are not; verbatim and non-French runs are left alone.
 */
const ORDINAL = /(?<=\d)(?:ers|res|er|re|es|e)(?![\p{L}\p{N}])/gu;

export function superiorOrdinals(runs: readonly StyledRun[]): StyledRun[] {
  return runs.flatMap((run) => {
    if (run.verbatim || (run.lang && !run.lang.toLowerCase().startsWith('fr')) || !/\d/.test(run.text)) return [run];
    const out: StyledRun[] = [];
    let from = 0;
    for (const m of run.text.matchAll(ORDINAL)) {
      out.push({ ...run, text: run.text.slice(from, m.index) }, { ...run, text: m[0], style: { ...run.style, superior: true } });
      from = m.index! + m[0].length;
    }
    if (!out.length) return [run];
    if (from < run.text.length) out.push({ ...run, text: run.text.slice(from) });
    return out;
  });
}
