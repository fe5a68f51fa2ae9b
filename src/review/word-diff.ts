// A word-level diff (longest common subsequence) for the texts a reviewer approves: what was removed, what was added.

export type WordOp = { op: 'same' | 'del' | 'add'; text: string };

/** Words with their punctuation attached, so « achevé » and « achevé, » differ as one word. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Classic O(n·m) LCS table: texts here are a few hundred words at most. Common prefix and suffix are stripped first,
 * which makes the usual one-word edit linear. Adjacent operations of the same kind are merged.
 */
export function diffWords(before: string, after: string): WordOp[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  for (const w of a.slice(0, start)) push('same', w);
  const ma = a.slice(start, endA);
  const mb = b.slice(start, endB);
  const n = ma.length;
  const m = mb.length;
  // lcs[i][j]: length of the LCS of ma[i..] and mb[j..], flattened.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = ma[i] === mb[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ma[i] === mb[j]) {
      push('same', ma[i++]);
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) push('del', ma[i++]);
    else push('add', mb[j++]);
  }
  while (i < n) push('del', ma[i++]);
  while (j < m) push('add', mb[j++]);
  for (const w of a.slice(endA)) push('same', w);
  return ops;
}

export function hasChanges(ops: readonly WordOp[]): boolean {
  return ops.some((o) => o.op !== 'same');
}

/** `[-old-]{+new+}` with a few words of context, for the terminal. */
export function formatWordDiff(ops: readonly WordOp[], context = 4): string {
  return ops
    .map((o, k) => {
      if (o.op === 'del') return `[-${o.text}-]`;
      if (o.op === 'add') return `{+${o.text}+}`;
      const w = words(o.text);
      if (w.length <= context * 2) return o.text;
      const head = k === 0 ? [] : w.slice(0, context);
      const tail = k === ops.length - 1 ? [] : w.slice(-context);
      return [...head, '…', ...tail].join(' ');
    })
    .join(' ');
}
