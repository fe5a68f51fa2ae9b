// Writes PDF content operators with short numbers, and skips a colour, line width or font the graphics state already has.

/** Thousandths of a point: under a hundredth of a pixel at 600 dpi. */
export const fmt = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Scale factors keep five decimals: on a 600 pt drawing, 1e-5 is still under a hundredth of a point. */
export const fmtScale = (n: number): string => {
  const r = Math.round(n * 100000) / 100000;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Four decimals per component: a 0.00005 error is 1/80 of one 8-bit level, so the colour cannot change. */
const component = (v: number): string => String(Math.round((v / 255) * 10000) / 10000);

const colourCache = new Map<string, string>();

/** `#RGB` or `#RRGGBB` → `r g b` operands for `rg`/`RG` (DeviceRGB, under the file's RGB output intent). */
export function rgb(color: string): string {
  let v = colourCache.get(color);
  if (v === undefined) {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
    if (!m) throw new Error(`couleur non prise en charge par le rendu : « ${color} » (attendu : #RRVVBB)`);
    const hex = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    const n = parseInt(hex, 16);
    v = [n >> 16, (n >> 8) & 0xff, n & 0xff].map(component).join(' ');
    colourCache.set(color, v);
  }
  return v;
}

interface State {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  font?: string;
  scale?: string;
}

/**
 * One content stream (a page's or a form's). The state starts unknown, so the first colour, width or font is
 * always written; `save`/`restore` keep the tracked state in step with the reader's `q`/`Q`.
 */
export class ContentWriter {
  private state: State = {};
  private readonly stack: State[] = [];

  constructor(readonly write: (op: string) => void) {}

  save(): void {
    this.write('q');
    this.stack.push({ ...this.state });
  }

  restore(): void {
    this.write('Q');
    this.state = this.stack.pop() ?? {};
  }

  fillColor(color: string): void {
    const v = rgb(color);
    if (v === this.state.fill) return;
    this.write(`${v} rg`);
    this.state.fill = v;
  }

  strokeColor(color: string): void {
    const v = rgb(color);
    if (v === this.state.stroke) return;
    this.write(`${v} RG`);
    this.state.stroke = v;
  }

  lineWidth(w: number): void {
    if (w === this.state.lineWidth) return;
    this.write(`${fmt(w)} w`);
    this.state.lineWidth = w;
  }

  /** `Tf` when the font or size changes; text state outlives `BT … ET`, so it may be written inside or outside. */
  fontOperator(id: string, size: number): string {
    const key = `/${id} ${fmt(size)}`;
    if (key === this.state.font) return '';
    this.state.font = key;
    return `${key} Tf `;
  }

  /**
   * `Tz` (horizontal scaling, percent) when it changes. Every content stream starts at 100 (PDF 32000-1 §9.3.1), so
   * unscaled text in a stream that never scaled writes nothing.
   */
  scaleOperator(scale: number): string {
    const value = fmt(scale * 100);
    if (value === (this.state.scale ?? '100')) return '';
    this.state.scale = value;
    return `${value} Tz `;
  }
}

/** KAPPA of a quarter circle drawn with one cubic Bézier, as pdfkit's `roundedRect` uses. */
const KAPPA = (4 * (Math.SQRT2 - 1)) / 3;

/** A rectangle path, with rounded corners when `r` > 0 (pdfkit's `roundedRect` geometry, shorter numbers). */
export function rectPath(x: number, y: number, w: number, h: number, r = 0): string {
  if (!r) return `${fmt(x)} ${fmt(y)} ${fmt(w)} ${fmt(h)} re`;
  r = Math.min(r, 0.5 * w, 0.5 * h);
  const c = r * (1 - KAPPA);
  const p = (...v: number[]) => v.map(fmt).join(' ');
  return [
    `${p(x + r, y)} m`,
    `${p(x + w - r, y)} l`,
    `${p(x + w - c, y, x + w, y + c, x + w, y + r)} c`,
    `${p(x + w, y + h - r)} l`,
    `${p(x + w, y + h - c, x + w - c, y + h, x + w - r, y + h)} c`,
    `${p(x + r, y + h)} l`,
    `${p(x + c, y + h, x, y + h - c, x, y + h - r)} c`,
    `${p(x, y + r)} l`,
    `${p(x, y + c, x + c, y, x + r, y)} c`,
    'h',
  ].join(' ');
}
