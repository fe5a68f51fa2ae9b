// A vector asset as `load` parses it from SVG: shapes ready for `render` to draw as PDF paths.

/** 2D affine matrix [a, b, c, d, e, f] as in SVG/PDF. */
export type Matrix = readonly [number, number, number, number, number, number];

export interface VectorShape {
  /** SVG path data (absolute or relative commands, as pdfkit's `path()` accepts). */
  d: string;
  /** `#RRGGBB`, or null for no fill. */
  fill: string | null;
  fillRule?: 'nonzero' | 'evenodd';
  stroke?: string | null;
  strokeWidth?: number;
  /** Full transform from the shape's coordinates to the viewBox's. */
  transform: Matrix;
  opacity?: number;
}

export interface VectorAsset {
  /** Path under assets/, e.g. `pictograms/coding.svg`. */
  file: string;
  viewBox: readonly [number, number, number, number];
  shapes: VectorShape[];
}
