// Which areas of two renders of a page differ: pixels compared cell by cell, touching cells merged into rectangles.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** 8 px cells at the 500 px review width: about a third of a text line, so one changed word gives one box. */
export const CELL_PX = 8;
/** Anti-aliasing noise between two renders of the same page stays far below this (per channel, 0–255). */
export const CHANNEL_TOLERANCE = 48;

/**
 * Boxes (in pixels of `after`) around the areas that differ. Images of different heights are compared over the
 * common height, and the extra rows count as changed. Cells one apart are merged, so a changed line is one box.
 */
export function diffBoxes(before: RgbaImage, after: RgbaImage, cell = CELL_PX, tolerance = CHANNEL_TOLERANCE): Box[] {
  if (before.width !== after.width) throw new RangeError(`largeurs différentes : ${before.width} et ${after.width} px`);
  const { width } = after;
  const height = Math.max(before.height, after.height);
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const dirty = new Uint8Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / cell) * cols;
    if (y >= before.height || y >= after.height) {
      dirty.fill(1, row, row + cols);
      continue;
    }
    const o = y * width * 4;
    for (let x = 0; x < width; x++) {
      const i = o + x * 4;
      const a = before.rgba;
      const b = after.rgba;
      if (Math.abs(a[i] - b[i]) > tolerance || Math.abs(a[i + 1] - b[i + 1]) > tolerance || Math.abs(a[i + 2] - b[i + 2]) > tolerance) {
        dirty[row + Math.floor(x / cell)] = 1;
        x = (Math.floor(x / cell) + 1) * cell - 1;
      }
    }
  }
  return mergeCells(dirty, cols, rows).map((r) => ({
    x: r.c0 * cell,
    y: r.r0 * cell,
    width: Math.min(width, (r.c1 + 1) * cell) - r.c0 * cell,
    height: Math.min(height, (r.r1 + 1) * cell) - r.r0 * cell,
  }));
}

interface CellRect {
  c0: number;
  r0: number;
  c1: number;
  r1: number;
}

/** Connected components of dirty cells (8-neighbourhood plus a one-cell gap), as bounding rectangles, top to bottom. */
function mergeCells(dirty: Uint8Array, cols: number, rows: number): CellRect[] {
  const seen = new Uint8Array(dirty.length);
  const out: CellRect[] = [];
  const GAP = 2;
  for (let start = 0; start < dirty.length; start++) {
    if (!dirty[start] || seen[start]) continue;
    const rect: CellRect = { c0: cols, r0: rows, c1: -1, r1: -1 };
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const k = stack.pop()!;
      const r = Math.floor(k / cols);
      const c = k % cols;
      rect.c0 = Math.min(rect.c0, c);
      rect.c1 = Math.max(rect.c1, c);
      rect.r0 = Math.min(rect.r0, r);
      rect.r1 = Math.max(rect.r1, r);
      for (let dr = -GAP; dr <= GAP; dr++) {
        for (let dc = -GAP; dc <= GAP; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
          const n = rr * cols + cc;
          if (dirty[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
    }
    out.push(rect);
  }
  return out.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}
