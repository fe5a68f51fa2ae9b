// The parts of pdfkit 0.17.2 the renderer uses beyond its typings (EmbeddedFont, page resources, structure elements).
export interface PdfkitFont {
  id: string;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], { xAdvance: number; advanceWidth: number }[]];
  /** EmbeddedFont's bookkeeping that `encode` fills: 1000 / unitsPerEm, the subset, widths and ToUnicode by subset gid. */
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
}

export interface PdfkitStructElement {
  add(child: unknown): PdfkitStructElement;
  end(): void;
}

export interface PDFDoc {
  _font: PdfkitFont;
  page: { height: number; width: number; fonts: Record<string, unknown>; dictionary: unknown };
  addContent(s: string): PDFDoc;
  save(): PDFDoc;
  restore(): PDFDoc;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PDFDoc;
  translate(x: number, y: number): PDFDoc;
  scale(x: number, y?: number): PDFDoc;
  font(name: string): PDFDoc;
  fontSize(size: number): PDFDoc;
  fillColor(color: string, opacity?: number): PDFDoc;
  strokeColor(color: string): PDFDoc;
  fillOpacity(o: number): PDFDoc;
  lineWidth(w: number): PDFDoc;
  rect(x: number, y: number, w: number, h: number): PDFDoc;
  roundedRect(x: number, y: number, w: number, h: number, r: number): PDFDoc;
  moveTo(x: number, y: number): PDFDoc;
  lineTo(x: number, y: number): PDFDoc;
  path(d: string): PDFDoc;
  fill(color?: string, rule?: string): PDFDoc;
  stroke(color?: string): PDFDoc;
  fillAndStroke(fill?: string, stroke?: string, rule?: string): PDFDoc;
  registerFont(name: string, src: Buffer): PDFDoc;
  addPage(options?: Record<string, unknown>): PDFDoc;
  switchToPage(n: number): PDFDoc;
  addNamedDestination(name: string, ...args: unknown[]): void;
  markContent(tag: string, options?: Record<string, unknown>): PDFDoc;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): PDFDoc;
  struct(type: string, options?: Record<string, unknown>): PdfkitStructElement;
  addStructure(el: PdfkitStructElement): PDFDoc;
  outline: { addItem(title: string, options?: Record<string, unknown>): { addItem(title: string, options?: Record<string, unknown>): unknown } };
  on(event: string, fn: (chunk?: Buffer) => void): void;
  end(): void;
}
