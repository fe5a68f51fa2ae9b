// Draws parsed SVG assets as Form XObjects: each asset (and recolouring) is written once and placed with `Do` wherever it appears.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { VectorAsset } from '../assets/types.js';
import { ContentWriter, fmt, fmtScale } from './content-writer.js';
import type { PDFDoc } from './pdfkit-internals.js';

interface Form {
  name: string;
  ref: unknown;
}

/** pdfkit 0.17.2's PDFReference: `write` appends to the stream (setting /Length), `compress` says whether `end` deflates it. */
interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** A form's deflated content stream, by content key (see `formKey`). */
export interface StoredForm {
  key: string;
  bytes: Uint8Array;
}

export type FormLookup = (key: string) => Uint8Array | undefined;

/**
 * Form contents kept between runs (the build cache's, for the same build of this code and the same zlib): turning
 * the assets' SVG paths into PDF operators through pdfkit's path parser, cold, and deflating them costs ~20 ms.
 */
export interface FormStore {
  read(): Promise<FormLookup>;
  /** Called with the forms this run wrote itself (none when all came from the store). */
  write(forms: readonly StoredForm[]): Promise<unknown>;
}

type Recolor = Readonly<Record<string, string>> | undefined;

/** The recolouring in a stable order, for keys. */
const recolorKey = (recolor: Recolor) => (recolor ? JSON.stringify(Object.entries(recolor).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : '');

/** What a form's content depends on besides the code: the asset's shapes and box, and the recolouring. */
function formKey(asset: VectorAsset, recolor: Recolor): string {
  return createHash('sha256')
    .update(JSON.stringify([asset.viewBox, asset.shapes, recolorKey(recolor) || null]))
    .digest('hex');
}

export class VectorForms {
  private readonly forms = new Map<string, Form>();
  /** Forms this run wrote and did not find in `stored` (when there is a store). */
  readonly fresh: StoredForm[] = [];

  constructor(
    private readonly doc: PDFDoc,
    private readonly stored?: FormLookup,
  ) {}

  /**
   * Places `asset` in `box` (top-left origin, the page's flipped space). The form's content is in the asset's
   * own viewBox units; its placement matrix scales and moves the viewBox onto the box.
   */
  draw(out: ContentWriter, asset: VectorAsset, box: { x: number; y: number; w: number; h: number; recolor?: Recolor }): void {
    const form = this.form(asset, box.recolor);
    (this.doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects[form.name] = form.ref;
    const [vx, vy, vw, vh] = asset.viewBox;
    const sx = box.w / vw;
    const sy = box.h / vh;
    out.save();
    out.write(`${fmtScale(sx)} 0 0 ${fmtScale(sy)} ${fmt(box.x - vx * sx)} ${fmt(box.y - vy * sy)} cm /${form.name} Do`);
    out.restore();
  }

  private form(asset: VectorAsset, recolor: Recolor): Form {
    const key = `${asset.file}\u0000${recolorKey(recolor)}`;
    let form = this.forms.get(key);
    if (!form) {
      const resources = formResources(asset);
      const id = this.stored ? formKey(asset, recolor) : '';
      let deflated = this.stored?.(id);
      if (!deflated) {
        // What pdfkit's own `end(chunk)` would write: zlib's default deflate of the same bytes.
        deflated = deflateSync(Buffer.from(formContent(this.doc, asset, recolor), 'latin1'));
        if (this.stored) this.fresh.push({ key: id, bytes: deflated });
      }
      const [vx, vy, vw, vh] = asset.viewBox;
      const ref = (this.doc as unknown as { ref(data: object): StreamRef }).ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [vx, vy, vx + vw, vy + vh],
        Resources: resources,
      });
      // Already deflated: written as is, with the keys in the order pdfkit's compressing `write` gives them.
      ref.compress = false;
      ref.write(deflated);
      ref.data.Filter = 'FlateDecode';
      ref.end();
      form = { name: `Fm${this.forms.size}`, ref };
      this.forms.set(key, form);
    }
    return form;
  }
}

const drawn = (shape: VectorAsset['shapes'][number]) => !!(shape.fill || shape.stroke);
const opacityName = (opacity: number) => `Ca${Math.round(opacity * 1000)}`;

/** The form's resources: one ExtGState per opacity its shapes use, in the order they first appear. */
function formResources(asset: VectorAsset): { ExtGState?: Record<string, unknown> } {
  const resources: { ExtGState?: Record<string, unknown> } = {};
  for (const shape of asset.shapes) {
    if (!drawn(shape) || shape.opacity === undefined || shape.opacity >= 1) continue;
    resources.ExtGState ??= {};
    resources.ExtGState[opacityName(shape.opacity)] = { Type: 'ExtGState', ca: shape.opacity };
  }
  return resources;
}

/** The asset's shapes in viewBox units; opacities name the ExtGStates of `formResources`. */
function formContent(doc: PDFDoc, asset: VectorAsset, recolor: Recolor): string {
  const ops: string[] = [];
  const round = pathRounding(asset.viewBox);
  const out = new ContentWriter((op) => ops.push(op));
  for (const shape of asset.shapes) {
    const fill = shape.fill ? (recolor?.[shape.fill] ?? shape.fill) : null;
    const stroke = shape.stroke ?? null;
    if (!fill && !stroke) continue;
    const m = shape.transform;
    const moved = !(m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0);
    const faded = shape.opacity !== undefined && shape.opacity < 1;
    if (moved || faded) out.save();
    if (moved) out.write(`${m.slice(0, 4).map(fmtScale).join(' ')} ${fmt(m[4])} ${fmt(m[5])} cm`);
    if (faded) out.write(`/${opacityName(shape.opacity!)} gs`);
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
