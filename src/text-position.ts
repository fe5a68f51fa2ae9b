// Offsets in a source text to the 1-based line and column that messages print (columns count characters, as editors do).

export interface LineColumn {
  line: number;
  column: number;
}

/** Indexes the line starts once, for a file that many messages point into (binary search per lookup). */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: [...text.slice(starts[lo], offset)].length + 1 };
  };
}

/** One lookup. */
export function lineColumn(text: string, offset: number): LineColumn {
  return lineIndex(text)(offset);
}
