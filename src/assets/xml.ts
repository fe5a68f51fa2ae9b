// A small, strict XML tokenizer for SVG files: elements, attributes, text; no DTD, no entities beyond the five predefined.
import type { Diagnostic } from '../diagnostics.js';

export interface XmlAttr {
  value: string;
  /** Offset of the attribute name in the source. */
  offset: number;
  /** Offset of the value's first character (after the quote). */
  valueOffset: number;
}

export interface XmlElement {
  name: string;
  attrs: Map<string, XmlAttr>;
  children: XmlElement[];
  /** Concatenated character data directly inside the element (used by `<style>`). */
  text: string;
  /** Offset of the text's first character, for locating errors inside `<style>`. */
  textOffset: number;
  /** Offset of the `<` that opens the element. */
  offset: number;
}

export interface XmlResult {
  root?: XmlElement;
  elementCount: number;
  diagnostics: Diagnostic[];
}

/** Maps an offset to a 1-based line and column. */
export type Locate = (offset: number, code: string, message: string) => Diagnostic;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;

/** Decodes the five predefined entities and numeric references; anything else is refused (no entity expansion, ever). */
function decode(raw: string, offset: number, err: Locate, out: Diagnostic[]): string {
  return raw.replace(/&([^;&\s]*);?/g, (m, name: string, at: number) => {
    if (name.startsWith('#')) {
      const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && m.endsWith(';')) return String.fromCodePoint(cp);
    } else if (name in PREDEFINED && m.endsWith(';')) return PREDEFINED[name];
    out.push(err(offset + at, 'svg-entite', `Référence d’entité « ${m} » refusée : seules &amp; &lt; &gt; &quot; &apos; et &#…; sont admises.`));
    return '';
  });
}

export function parseXml(src: string, err: Locate): XmlResult {
  const diagnostics: Diagnostic[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elementCount = 0;
  let i = 0;
  const fail = (at: number, code: string, message: string): XmlResult => {
    diagnostics.push(err(at, code, message));
    return { root: undefined, elementCount, diagnostics };
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const text = src.slice(i, textEnd);
      const parent = stack[stack.length - 1];
      if (parent) {
        if (!parent.text) parent.textOffset = i;
        parent.text += decode(text, i, err, diagnostics);
      } else if (text.trim()) return fail(i, 'svg-syntaxe', 'Texte inattendu hors de l’élément racine.');
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) return fail(i, 'svg-syntaxe', 'Commentaire non fermé.');
      i = end + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i);
      const parent = stack[stack.length - 1];
      if (end < 0 || !parent) return fail(i, 'svg-syntaxe', 'Section CDATA non fermée ou hors d’un élément.');
      if (!parent.text) parent.textOffset = i + 9;
      parent.text += src.slice(i + 9, end);
      i = end + 3;
    } else if (src.startsWith('<!', i)) {
      const entity = /^<!ENTITY/i.test(src.slice(i, i + 8));
      return fail(i, entity ? 'svg-entite' : 'svg-doctype', entity
        ? 'Déclaration <!ENTITY> refusée : les entités peuvent cacher des références externes ou exploser en mémoire.'
        : 'Déclaration <!DOCTYPE> refusée : un SVG du projet n’en a pas besoin et elle peut déclarer des entités.');
    } else if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i);
      if (end < 0) return fail(i, 'svg-syntaxe', 'Instruction de traitement non fermée.');
      i = end + 2;
    } else if (src[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      const close = src.indexOf('>', i);
      const open = stack.pop();
      if (!m || close < 0 || !open || open.name !== m[0]) {
        return fail(i, 'svg-syntaxe', `Balise fermante </${m?.[0] ?? ''}> inattendue${open ? ` (attendu </${open.name}>)` : ''}.`);
      }
      i = close + 1;
    } else {
      const start = i;
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) return fail(i, 'svg-syntaxe', 'Nom d’élément attendu après « < ».');
      const el: XmlElement = { name: m[0], attrs: new Map(), children: [], text: '', textOffset: i, offset: start };
      elementCount++;
      i = NAME.lastIndex;
      let selfClosing = false;
      for (;;) {
        while (/\s/.test(src[i] ?? '')) i++;
        if (src[i] === '>') { i++; break; }
        if (src.startsWith('/>', i)) { i += 2; selfClosing = true; break; }
        NAME.lastIndex = i;
        const a = NAME.exec(src);
        if (!a || a.index !== i) return fail(i, 'svg-syntaxe', `Attribut ou fin de balise attendu dans <${el.name}>.`);
        const nameAt = i;
        i = NAME.lastIndex;
        while (/\s/.test(src[i] ?? '')) i++;
        if (src[i] !== '=') return fail(i, 'svg-syntaxe', `« = » attendu après l’attribut ${a[0]}.`);
        i++;
        while (/\s/.test(src[i] ?? '')) i++;
        const q = src[i];
        if (q !== '"' && q !== "'") return fail(i, 'svg-syntaxe', `Valeur entre guillemets attendue pour l’attribut ${a[0]}.`);
        const end = src.indexOf(q, i + 1);
        if (end < 0) return fail(i, 'svg-syntaxe', `Valeur de l’attribut ${a[0]} non fermée.`);
        if (el.attrs.has(a[0])) return fail(nameAt, 'svg-syntaxe', `Attribut ${a[0]} répété.`);
        el.attrs.set(a[0], { value: decode(src.slice(i + 1, end), i + 1, err, diagnostics), offset: nameAt, valueOffset: i + 1 });
        i = end + 1;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) return fail(start, 'svg-syntaxe', 'Un seul élément racine est permis.');
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length) return fail(src.length, 'svg-syntaxe', `Élément <${stack[stack.length - 1].name}> non fermé.`);
  if (!root) return fail(0, 'svg-syntaxe', 'Aucun élément <svg> trouvé.');
  return { root, elementCount, diagnostics };
}
