// "Did you mean …?": the nearest valid word by Damerau–Levenshtein distance, for misspelt keys and enum values.

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** Case and accents do not count as typos: « acheve » is one step from nothing, it is « achevé ». */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The candidate closest to `word`, if close enough to be a typo: at most a third of the word's
 * length (min 1, max 3) edits after folding case and accents, and `-`/`_`/space treated alike.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = fold(word).replace(/[-_ ]/g, ' ');
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, fold(c).replace(/[-_ ]/g, ' '));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return bestD <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const n = nearest(word, candidates);
  return n === undefined ? undefined : `vouliez-vous dire « ${n} » ?`;
}

/** `« a », « b » ou « c »` — French enumeration of expected values. */
export function listFr(values: readonly string[], max = 12): string {
  const q = values.slice(0, max).map((v) => `« ${v} »`);
  const more = values.length > max ? ', …' : '';
  if (q.length <= 1) return q.join('') + more;
  if (more) return q.join(', ') + more;
  return `${q.slice(0, -1).join(', ')} ou ${q[q.length - 1]}`;
}
