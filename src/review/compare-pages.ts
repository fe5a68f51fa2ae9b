// Pairs the pages of two builds by number and finds what differs on each.
import type { Canvas } from '@napi-rs/canvas';
import type { RasterPage } from '../publish/rasterise.js';
import { diffBoxes, type Box } from './pixel-diff.js';

export type PageStatus = 'same' | 'changed' | 'added' | 'removed';

export interface PageComparison {
  number: number;
  status: PageStatus;
  /** The page of this build (absent for a removed page). */
  current?: Canvas;
  previous?: Canvas;
  /** Changed areas in pixels of `current`. */
  boxes: Box[];
}

export function comparePages(current: readonly RasterPage[], previous: readonly RasterPage[]): PageComparison[] {
  const out: PageComparison[] = [];
  for (let k = 0; k < Math.max(current.length, previous.length); k++) {
    const c = current[k];
    const p = previous[k];
    if (c && p) {
      const boxes = diffBoxes(p, c);
      out.push({ number: k + 1, status: boxes.length ? 'changed' : 'same', current: c.canvas, previous: p.canvas, boxes });
    } else if (c) out.push({ number: k + 1, status: 'added', current: c.canvas, boxes: [{ x: 0, y: 0, width: c.width, height: c.height }] });
    else out.push({ number: k + 1, status: 'removed', previous: p!.canvas, boxes: [] });
  }
  return out;
}
