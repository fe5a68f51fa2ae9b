// Parses the SVG subset of the project's assets (DSFR pictograms, bloc-marque) into shapes the renderer draws as PDF paths.
import { lineIndex } from '../text-position.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Matrix, VectorAsset, VectorShape } from './types.js';
import { parseXml, type XmlElement } from './xml.js';
import { checkSafety } from './svg-safety.js';
import { IDENTITY, ellipsePath, fmt, multiply, normalizePathData, parseTransform, pointsPath, rectPath } from './svg-geometry.js';
import { applyDeclaration, parseDeclarations, parseStyleSheet, PAINT_PROPS, type Declaration, type Paint, type StyleRule } from './svg-style.js';

/** Over this size a file is not a pictogram; refusing it bounds parse time and memory. */
export const MAX_BYTES = 1024 * 1024;
/** Same reason, counted in elements and in shapes produced (`<use>` can multiply them). */
export const MAX_ELEMENTS = 20_000;

type Inherited = Required<Pick<Paint, 'fillRule' | 'strokeWidth' | 'opacity'>> & { fill: string | null; stroke: string | null };
const INITIAL: Inherited = { fill: '#000000', fillRule: 'nonzero', stroke: null, strokeWidth: 1, opacity: 1 };

export function parseSvg(text: string, file: string): { asset?: VectorAsset; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = lineIndex(text);
  const diag = (offset: number, code: string, message: string, severity: 'error' | 'warning' = 'error'): Diagnostic => ({
    severity,
    code,
    message,
    pos: { file, ...at(offset) },
  });
  const error = (offset: number, code: string, message: string) => diagnostics.push(diag(offset, code, message));
  const done = () => ({ asset: undefined, diagnostics });

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BYTES) {
    error(0, 'svg-trop-gros', `Fichier SVG de ${Math.round(bytes / 1024)} Ko refusé : la limite est de ${MAX_BYTES / 1024} Ko.`);
    return done();
  }
  const xml = parseXml(text, diag);
  diagnostics.push(...xml.diagnostics);
  if (xml.elementCount > MAX_ELEMENTS) {
    error(0, 'svg-trop-d-elements', `Fichier SVG de ${xml.elementCount} éléments refusé : la limite est de ${MAX_ELEMENTS}.`);
    return done();
  }
  const root = xml.root;
  if (!root || diagnostics.some((d) => d.severity === 'error')) return done();
  for (const f of checkSafety(root)) diagnostics.push(diag(f.offset, f.code, f.message, f.severity));
  if (diagnostics.some((d) => d.severity === 'error')) return done();
  if (root.name !== 'svg') {
    error(root.offset, 'svg-syntaxe', `L’élément racine doit être <svg>, pas <${root.name}>.`);
    return done();
  }

  const num = (el: XmlElement, name: string, fallback?: number): number | undefined => {
    const a = el.attrs.get(name);
    if (!a) return fallback;
    const n = Number(a.value.trim().replace(/px$/, ''));
    if (a.value.trim() === '' || !Number.isFinite(n)) {
      error(a.offset, 'svg-attribut-invalide', `Valeur « ${a.value} » de ${name} non reconnue : un nombre est attendu.`);
      return undefined;
    }
    return n;
  };
  const parseViewBox = (el: XmlElement): [number, number, number, number] | undefined => {
    const a = el.attrs.get('viewBox');
    if (!a) return undefined;
    const v = a.value.trim().split(/[\s,]+/).map(Number);
    if (v.length !== 4 || v.some((n) => !Number.isFinite(n)) || v[2] <= 0 || v[3] <= 0) {
      error(a.offset, 'svg-attribut-invalide', `viewBox « ${a.value} » invalide : quatre nombres attendus, largeur et hauteur positives.`);
      return undefined;
    }
    return v as [number, number, number, number];
  };

  const viewBox = parseViewBox(root) ?? (() => {
    const w = num(root, 'width');
    const h = num(root, 'height');
    if (w && h && w > 0 && h > 0) return [0, 0, w, h] as [number, number, number, number];
    error(root.offset, 'svg-dimensions', 'L’élément <svg> doit porter un viewBox, ou une largeur et une hauteur.');
    return undefined;
  })();
  if (!viewBox) return done();

  // Index of ids and the class rules of every <style> in the file.
  const byId = new Map<string, XmlElement>();
  const rules: StyleRule[] = [];
  const index = (el: XmlElement): void => {
    const id = el.attrs.get('id')?.value;
    if (id !== undefined && !byId.has(id)) byId.set(id, el);
    if (el.name === 'style') {
      const sheet = parseStyleSheet(el.text, el.textOffset);
      rules.push(...sheet.rules);
      for (const e of sheet.errors) error(e.offset, 'svg-style-non-pris-en-charge', `Feuille de style : ${e.message}.`);
    }
    el.children.forEach(index);
  };
  index(root);

  const ownPaint = (el: XmlElement): Paint => {
    const paint: Paint = {};
    const apply = (decls: Declaration[]) => {
      for (const d of decls) {
        if (!PAINT_PROPS.has(d.prop)) {
          diagnostics.push(diag(d.offset, 'svg-attribut-ignore', `Propriété de style ${d.prop} ignorée : elle n’est pas prise en charge par le rendu.`, 'warning'));
          continue;
        }
        const problem = applyDeclaration(paint, d.prop, d.value);
        if (problem) error(d.offset, 'svg-style-invalide', `Style : ${problem}.`);
      }
    };
    // Cascade: presentation attributes, then class rules, then the style attribute.
    apply([...PAINT_PROPS].flatMap((p) => {
      const a = el.attrs.get(p);
      return a ? [{ prop: p, value: a.value, offset: a.offset }] : [];
    }));
    const classes = (el.attrs.get('class')?.value ?? '').split(/\s+/).filter(Boolean);
    for (const r of rules) if (classes.includes(r.className)) apply(r.declarations);
    const style = el.attrs.get('style');
    if (style) apply(parseDeclarations(style.value, style.valueOffset));
    return paint;
  };
  const inherit = (parent: Inherited, own: Paint): Inherited => ({
    fill: own.fill !== undefined ? own.fill : parent.fill,
    fillRule: own.fillRule ?? parent.fillRule,
    stroke: own.stroke !== undefined ? own.stroke : parent.stroke,
    strokeWidth: own.strokeWidth ?? parent.strokeWidth,
    // Opacity is folded into each shape: exact for the non-overlapping shapes of our assets.
    opacity: parent.opacity * (own.opacity ?? 1),
  });
  const ownTransform = (el: XmlElement, m: Matrix): Matrix => {
    const a = el.attrs.get('transform');
    if (!a) return m;
    const t = parseTransform(a.value);
    if (typeof t === 'string') {
      error(a.offset, 'svg-transform-invalide', `Transformation invalide : ${t}.`);
      return m;
    }
    return multiply(m, t);
  };

  const shapes: VectorShape[] = [];
  const drawChildren = (el: XmlElement, m: Matrix, paint: Inherited, uses: string[]) => {
    for (const c of el.children) draw(c, m, paint, uses);
  };
  const draw = (el: XmlElement, parentM: Matrix, parentPaint: Inherited, uses: string[]): void => {
    if (shapes.length > MAX_ELEMENTS) return;
    if (['defs', 'symbol', 'style', 'title', 'desc'].includes(el.name)) return;
    if (el.name === 'svg' && el !== root) {
      error(el.offset, 'svg-non-pris-en-charge', 'Élément <svg> imbriqué non pris en charge : utilisez <symbol> et <use>.');
      return;
    }
    const m = el === root ? IDENTITY : ownTransform(el, parentM);
    const paint = inherit(parentPaint, ownPaint(el));
    if (el.name === 'svg' || el.name === 'g') return drawChildren(el, m, paint, uses);
    if (el.name === 'use') return drawUse(el, m, paint, uses);
    const d = shapePath(el);
    if (d === null) return;
    if (paint.fill === null && paint.stroke === null) return;
    const shape: VectorShape = { d, fill: paint.fill, fillRule: paint.fillRule, transform: m };
    if (paint.stroke !== null) {
      shape.stroke = paint.stroke;
      shape.strokeWidth = paint.strokeWidth;
    }
    if (paint.opacity !== 1) shape.opacity = paint.opacity;
    shapes.push(shape);
    if (shapes.length > MAX_ELEMENTS) error(el.offset, 'svg-trop-d-elements', `Plus de ${MAX_ELEMENTS} formes produites : fichier refusé.`);
  };
  const drawUse = (el: XmlElement, m0: Matrix, paint: Inherited, uses: string[]): void => {
    const href = el.attrs.get('href') ?? el.attrs.get('xlink:href');
    if (!href) {
      error(el.offset, 'svg-attribut-invalide', 'Élément <use> sans href.');
      return;
    }
    const id = href.value.trim().slice(1);
    const target = byId.get(id);
    if (!target) {
      error(href.offset, 'svg-reference-introuvable', `Aucun élément d’id « ${id} » dans le fichier.`);
      return;
    }
    if (uses.includes(id)) {
      error(href.offset, 'svg-reference-circulaire', `Référence circulaire : « #${id} » s’utilise lui-même.`);
      return;
    }
    const m = multiply(m0, [1, 0, 0, 1, num(el, 'x', 0) ?? 0, num(el, 'y', 0) ?? 0]);
    if (target.name !== 'symbol') return draw(target, m, paint, [...uses, id]);
    const vb = parseViewBox(target);
    let inner = m;
    if (vb) {
      // The symbol's viewBox fitted into the use's box, preserveAspectRatio's default (xMidYMid meet).
      const w = num(el, 'width', viewBox[2]) ?? viewBox[2];
      const h = num(el, 'height', viewBox[3]) ?? viewBox[3];
      const s = Math.min(w / vb[2], h / vb[3]);
      inner = multiply(m, [s, 0, 0, s, (w - vb[2] * s) / 2 - vb[0] * s, (h - vb[3] * s) / 2 - vb[1] * s]);
    }
    drawChildren(target, inner, inherit(paint, ownPaint(target)), [...uses, id]);
  };
  const shapePath = (el: XmlElement): string | null => {
    const n = (name: string, fallback?: number) => num(el, name, fallback);
    switch (el.name) {
      case 'path': {
        const a = el.attrs.get('d');
        if (!a) return null;
        const r = normalizePathData(a.value);
        if ('error' in r) {
          error(a.offset, 'svg-chemin-invalide', `Tracé invalide : ${r.error}.`);
          return null;
        }
        return r.d || null;
      }
      case 'rect': {
        const rx = el.attrs.has('rx') ? n('rx') : undefined;
        const ry = el.attrs.has('ry') ? n('ry') : undefined;
        return rectPath(n('x', 0) ?? 0, n('y', 0) ?? 0, n('width', 0) ?? 0, n('height', 0) ?? 0, rx, ry);
      }
      case 'circle': {
        const r = n('r', 0) ?? 0;
        return ellipsePath(n('cx', 0) ?? 0, n('cy', 0) ?? 0, r, r);
      }
      case 'ellipse':
        return ellipsePath(n('cx', 0) ?? 0, n('cy', 0) ?? 0, n('rx', 0) ?? 0, n('ry', 0) ?? 0);
      case 'line':
        return `M ${fmt(n('x1', 0) ?? 0)} ${fmt(n('y1', 0) ?? 0)} L ${fmt(n('x2', 0) ?? 0)} ${fmt(n('y2', 0) ?? 0)}`;
      case 'polygon':
      case 'polyline': {
        const a = el.attrs.get('points');
        const d = a ? pointsPath(a.value, el.name === 'polygon') : null;
        if (a && d === null) error(a.offset, 'svg-attribut-invalide', 'Attribut points invalide : une liste de paires de nombres est attendue.');
        return d;
      }
      default:
        return null;
    }
  };

  draw(root, IDENTITY, INITIAL, []);
  if (diagnostics.some((d) => d.severity === 'error')) return done();
  return { asset: { file, viewBox, shapes }, diagnostics };
}
