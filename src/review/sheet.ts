// The review sheet: every page side by side with its number under it, changed areas outlined in red.
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import path from 'node:path';
import type { Box } from './pixel-diff.js';

export interface SheetPage {
  canvas: Canvas;
  label: string;
  /** In pixels of `canvas`; drawn as red rectangles. */
  boxes?: readonly Box[];
  /**
   * The page-fill line: where the content ends and where the rule's threshold is, as fractions of the page's
   * height; `ok` false draws it red, `exempt` grey.
   */
  fill?: { end: number; threshold: number; ok: boolean; exempt: boolean };
}

/** Colours of the fill line: meets the rule, misses it, not judged. */
const FILL_COLORS = { ok: '#000091', short: '#e1000f', exempt: '#929292' } as const;

export interface SheetLayout {
  perRow: number;
  /** Width of each page on the sheet; heights follow each page's aspect ratio. */
  pageWidth: number;
  gap: number;
  labelHeight: number;
}

/** 6 × 250 px: the 18 pages of the brochure fit a 1 600 px wide screen in three rows, text still recognisable. */
export const SHEET: SheetLayout = { perRow: 6, pageWidth: 250, gap: 24, labelHeight: 28 };

const FAMILY = 'Marianne review';
let registered: string | undefined;

/** The labels are set in Marianne from the project's fonts/ (no system font: the sheet looks the same everywhere). */
export function registerLabelFont(fontsDir: string): string {
  if (registered) return registered;
  const ok = GlobalFonts.registerFromPath(path.join(fontsDir, 'Marianne-Medium.ttf'), FAMILY);
  registered = ok ? FAMILY : 'sans-serif';
  return registered;
}

export function sheetSize(pages: readonly { width: number; height: number }[], layout = SHEET): { width: number; height: number; rows: number } {
  const rows = Math.max(1, Math.ceil(pages.length / layout.perRow));
  const cellHeight = Math.max(1, ...pages.map((p) => Math.round((p.height * layout.pageWidth) / p.width)));
  return {
    width: layout.perRow * layout.pageWidth + (layout.perRow + 1) * layout.gap,
    height: rows * (cellHeight + layout.labelHeight) + (rows + 1) * layout.gap,
    rows,
  };
}

export function drawSheet(pages: readonly SheetPage[], fontFamily: string, layout = SHEET): Canvas {
  const size = sheetSize(pages.map((p) => p.canvas), layout);
  const cellHeight = Math.max(1, ...pages.map((p) => Math.round((p.canvas.height * layout.pageWidth) / p.canvas.width)));
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#eeeeee';
  ctx.fillRect(0, 0, size.width, size.height);
  pages.forEach((p, k) => {
    const x = layout.gap + (k % layout.perRow) * (layout.pageWidth + layout.gap);
    const y = layout.gap + Math.floor(k / layout.perRow) * (cellHeight + layout.labelHeight + layout.gap);
    const scale = layout.pageWidth / p.canvas.width;
    const h = Math.round(p.canvas.height * scale);
    const y0 = y;
    ctx.fillStyle = '#c8c8c8';
    ctx.fillRect(x + 2, y + 2, layout.pageWidth, h);
    ctx.drawImage(p.canvas, x, y, layout.pageWidth, h);
    if (p.fill) {
      // Across the page where its content ends, with a tick in the right margin at the threshold.
      const color = p.fill.exempt ? FILL_COLORS.exempt : p.fill.ok ? FILL_COLORS.ok : FILL_COLORS.short;
      const y = (f: number) => Math.round(y0 + f * h) + 0.5;
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash(p.fill.exempt ? [6, 4] : []);
      ctx.beginPath();
      ctx.moveTo(x - 6, y(p.fill.end));
      ctx.lineTo(x + layout.pageWidth + 6, y(p.fill.end));
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = FILL_COLORS.short;
      ctx.beginPath();
      ctx.moveTo(x + layout.pageWidth, y(p.fill.threshold));
      ctx.lineTo(x + layout.pageWidth + 8, y(p.fill.threshold));
      ctx.stroke();
    }
    ctx.strokeStyle = '#e1000f';
    ctx.lineWidth = 2;
    for (const b of p.boxes ?? []) ctx.strokeRect(x + b.x * scale, y + b.y * scale, Math.max(2, b.width * scale), Math.max(2, b.height * scale));
    ctx.fillStyle = p.boxes?.length || (p.fill && !p.fill.ok) ? '#e1000f' : '#161616';
    ctx.font = `15px "${fontFamily}"`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(p.label, x + layout.pageWidth / 2, y + h + layout.labelHeight / 2 + 2);
  });
  return canvas;
}

/** A copy of a page with its changed areas outlined, at full render size, for the HTML report. */
export function outlineBoxes(page: Canvas, boxes: readonly Box[]): Canvas {
  const canvas = createCanvas(page.width, page.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(page, 0, 0);
  ctx.strokeStyle = '#e1000f';
  ctx.lineWidth = 3;
  for (const b of boxes) ctx.strokeRect(b.x - 2, b.y - 2, b.width + 4, b.height + 4);
  return canvas;
}
