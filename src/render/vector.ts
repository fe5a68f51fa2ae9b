// Draws a parsed SVG asset as PDF paths inside the item's box (vectors stay vectors).
import type { VectorAsset } from '../assets/types.js';
import type { PDFDoc } from './pdfkit-internals.js';

export function drawVector(doc: PDFDoc, asset: VectorAsset, box: { x: number; y: number; w: number; h: number; tint?: string }): void {
  const [vx, vy, vw, vh] = asset.viewBox;
  doc.save();
  doc.translate(box.x, box.y);
  doc.scale(box.w / vw, box.h / vh);
  doc.translate(-vx, -vy);
  for (const shape of asset.shapes) {
    const fill = shape.fill ? (box.tint ?? shape.fill) : null;
    const stroke = shape.stroke ?? null;
    if (!fill && !stroke) continue;
    doc.save();
    doc.transform(...(shape.transform as [number, number, number, number, number, number]));
    if (shape.opacity !== undefined && shape.opacity < 1) doc.fillOpacity(shape.opacity);
    doc.path(shape.d);
    const rule = shape.fillRule === 'evenodd' ? 'even-odd' : 'non-zero';
    if (fill && stroke) doc.lineWidth(shape.strokeWidth ?? 1).fillAndStroke(fill, stroke, rule);
    else if (fill) doc.fill(fill, rule);
    else doc.lineWidth(shape.strokeWidth ?? 1).stroke(stroke!);
    doc.restore();
  }
  doc.restore();
}
