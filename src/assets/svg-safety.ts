// The safety gate (issue 6): refuses scripts, foreign content, event handlers, external references and unknown elements before any drawing.
import type { XmlElement } from './xml.js';

export interface Finding {
  offset: number;
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Elements the drawing walk understands; everything else is refused by name. */
export const KNOWN_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'style', 'title', 'desc',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polygon', 'polyline',
]);

/** Attributes with no effect on the drawing, accepted silently. */
const INERT = new Set(['xmlns', 'xmlns:xlink', 'version', 'baseProfile', 'id', 'clip-rule', 'xml:space', 'role', 'focusable', 'preserveAspectRatio']);
/** Attributes the drawing walk reads. */
const READ = new Set([
  'viewBox', 'width', 'height', 'x', 'y', 'transform', 'class', 'style', 'fill', 'fill-rule', 'stroke', 'stroke-width',
  'opacity', 'href', 'xlink:href', 'd', 'cx', 'cy', 'r', 'rx', 'ry', 'points', 'x1', 'y1', 'x2', 'y2',
]);
/** Attributes that would change the picture but are not drawn: refusing them beats drawing something else. */
const UNSUPPORTED = /^(clip-path|mask|filter|fill-opacity|stroke-opacity|stroke-dasharray|marker(-start|-mid|-end)?)$/;

/** `url(` that points anywhere but to an element of the same file. */
const EXTERNAL_URL = /url\(\s*(?!['"]?#[-\w.:]+['"]?\s*\))/i;

export function checkSafety(root: XmlElement): Finding[] {
  const out: Finding[] = [];
  const walk = (el: XmlElement): void => {
    const at = el.offset;
    if (el.name === 'script') {
      out.push({ offset: at, code: 'svg-script', severity: 'error', message: 'Élément <script> refusé : un pictogramme ne doit contenir aucun code exécutable.' });
    } else if (el.name === 'foreignObject') {
      out.push({ offset: at, code: 'svg-foreign-object', severity: 'error', message: 'Élément <foreignObject> refusé : il embarque du contenu non SVG (HTML…).' });
    } else if (el.name === 'image') {
      out.push({ offset: at, code: 'svg-reference-externe', severity: 'error', message: 'Élément <image> refusé : il charge une ressource externe ; vectorisez l’image dans le SVG.' });
    } else if (!KNOWN_ELEMENTS.has(el.name)) {
      out.push({ offset: at, code: 'svg-element-inconnu', severity: 'error', message: `Élément <${el.name}> inconnu ou non pris en charge (admis : ${[...KNOWN_ELEMENTS].join(', ')}).` });
    }
    for (const [name, attr] of el.attrs) {
      if (/^on/i.test(name)) {
        out.push({ offset: attr.offset, code: 'svg-evenement', severity: 'error', message: `Attribut d’événement ${name} refusé : un SVG du projet ne doit exécuter aucun code.` });
      } else if ((name === 'href' || name === 'xlink:href') && !attr.value.trim().startsWith('#')) {
        out.push({ offset: attr.offset, code: 'svg-reference-externe', severity: 'error', message: `Référence externe « ${attr.value.slice(0, 60)} » refusée : seuls les liens internes « #id » sont admis.` });
      } else if (EXTERNAL_URL.test(attr.value)) {
        out.push({ offset: attr.offset, code: 'svg-reference-externe', severity: 'error', message: `Attribut ${name} : url(…) vers l’extérieur refusée, seul url(#id) est admis.` });
      } else if (UNSUPPORTED.test(name)) {
        out.push({ offset: attr.offset, code: 'svg-non-pris-en-charge', severity: 'error', message: `Attribut ${name} non pris en charge : le pictogramme serait dessiné autrement que prévu.` });
      } else if (!INERT.has(name) && !READ.has(name) && !/^(xmlns:|data-|aria-)/.test(name)) {
        out.push({ offset: attr.offset, code: 'svg-attribut-ignore', severity: 'warning', message: `Attribut ${name} ignoré : il n’est pas pris en charge par le rendu.` });
      }
    }
    if (el.name === 'style') {
      const m = /@import|url\(\s*(?!['"]?#)/i.exec(el.text);
      if (m) out.push({ offset: el.textOffset + m.index, code: 'svg-reference-externe', severity: 'error', message: 'Feuille de style : @import et url(…) vers l’extérieur refusés.' });
    }
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}
