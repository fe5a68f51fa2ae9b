// Draws parsed SVG assets as Form XObjects: each asset (and tint) is written once and placed with `Do` wherever it appears.
import type { VectorAsset } from '../assets/types.js';
import { ContentWriter, fmt, fmtScale } from './content-writer.js';
import type { PDFDoc } from './pdfkit-internals.js';

interface Form {
  name: string;
  ref: unknown;
}

/** pdfkit 0.17.2: `doc.ref()` returns a PDFReference whose `end(chunk)` writes (and deflates) a stream. */
interface StreamRef {
  end(chunk: Buffer): void;
}

export class VectorForms {
  private readonly forms = new Map<string, Form>();

  constructor(private readonly doc: PDFDoc) {}

  /**
   * Places `asset` in `box` (top-left origin, the page's flipped space). The form's content is in the asset's
   * own viewBox units; its placement matrix scales and moves the viewBox onto the box.
   */
  draw(out: ContentWriter, asset: VectorAsset, box: { x: number; y: number; w: number; h: number; tint?: string }): void {
    const form = this.form(asset, box.tint);
    (this.doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects[form.name] = form.ref;
    const [vx, vy, vw, vh] = asset.viewBox;
    const sx = box.w / vw;
    const sy = box.h / vh;
    out.save();
    out.write(`${fmtScale(sx)} 0 0 ${fmtScale(sy)} ${fmt(box.x - vx * sx)} ${fmt(box.y - vy * sy)} cm /${form.name} Do`);
    out.restore();
  }

  private form(asset: VectorAsset, tint: string | undefined): Form {
    const key = `${asset.file}\u0000${tint ?? ''}`;
    let form = this.forms.get(key);
    if (!form) {
      const resources: { ExtGState?: Record<string, unknown> } = {};
      const content = formContent(this.doc, asset, tint, (opacity) => {
        resources.ExtGState ??= {};
        const name = `Ca${Math.round(opacity * 1000)}`;
        resources.ExtGState[name] = { Type: 'ExtGState', ca: opacity };
        return name;
      });
      const [vx, vy, vw, vh] = asset.viewBox;
      const ref = (this.doc as unknown as { ref(data: object): StreamRef }).ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [vx, vy, vx + vw, vy + vh],
        Resources: resources,
      });
      ref.end(Buffer.from(content, 'latin1'));
      form = { name: `Fm${this.forms.size}`, ref };
      this.forms.set(key, form);
    }
    return form;
  }
}

/** The asset's shapes in viewBox units; `opacityState` names an ExtGState in the form's resources. */
function formContent(doc: PDFDoc, asset: VectorAsset, tint: string | undefined, opacityState: (opacity: number) => string): string {
  const ops: string[] = [];
  const round = pathRounding(asset.viewBox);
  const out = new ContentWriter((op) => ops.push(op));
  for (const shape of asset.shapes) {
    const fill = shape.fill ? (tint ?? shape.fill) : null;
    const stroke = shape.stroke ?? null;
    if (!fill && !stroke) continue;
    const m = shape.transform;
    const moved = !(m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0);
    const faded = shape.opacity !== undefined && shape.opacity < 1;
    if (moved || faded) out.save();
    if (moved) out.write(`${m.slice(0, 4).map(fmtScale).join(' ')} ${fmt(m[4])} ${fmt(m[5])} cm`);
    if (faded) out.write(`/${opacityState(shape.opacity!)} gs`);
    if (fill) out.fillColor(fill);
    if (stroke) {
      out.strokeColor(stroke);
      out.lineWidth(shape.strokeWidth ?? 1);
    }
    out.write(svgPath(doc, shape.d).replace(DECIMAL, round));
    const even = shape.fillRule === 'evenodd' ? '*' : '';
    out.write(fill && stroke ? `B${even}` : fill ? `f${even}` : 'S');
    if (moved || faded) out.restore();
  }
  return ops.join('\n');
}

const DECIMAL = /-?\d*\.\d+/g;

/**
 * Path coordinates keep the decimals that matter at the drawing's size: an error under 1/10 000 of the viewBox
 * (0.01 pt on a 100 pt bloc-marque), where SVG exports carry six decimals.
 */
function pathRounding(viewBox: readonly number[]): (n: string) => string {
  const decimals = Math.max(0, Math.ceil(Math.log10(10_000 / Math.max(viewBox[2], viewBox[3]))));
  const f = 10 ** decimals;
  return (n) => {
    const r = Math.round(Number(n) * f) / f;
    return Object.is(r, -0) ? '0' : String(r);
  };
}

/** pdfkit's SVG path parser (arcs, relative and shorthand commands) writes through `addContent`: collect it instead. */
function svgPath(doc: PDFDoc, d: string): string {
  const parts: string[] = [];
  const own = doc as unknown as { addContent(s: string): unknown };
  own.addContent = (s: string) => {
    parts.push(s);
    return doc;
  };
  try {
    doc.path(d);
  } finally {
    delete (own as Partial<typeof own>).addContent;
  }
  return parts.join('\n');
}
