// A small, strict XML reader for XMP packets: rejects what is not well-formed, resolves namespaces.

export interface XmlElement {
  /** Qualified name as written, e.g. `dc:title`. */
  name: string;
  /** Namespace URI of the element (empty when none). */
  ns: string;
  local: string;
  /** Attributes by resolved `{uri}local` (or plain `local` without prefix), values unescaped. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function unescape(raw: string, at: number): string {
  if (raw.includes('<')) throw new XmlError(`« < » non échappé vers la position ${at}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`« & » non échappé vers la position ${at}`);
    if (ref in PREDEFINED) return PREDEFINED[ref];
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (!m) throw new XmlError(`entité inconnue « &${ref}; » vers la position ${at}`);
    return String.fromCodePoint(m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10));
  });
}

/** Parses a document with exactly one root element; throws XmlError (French message) when malformed. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: { el: XmlElement; scope: Map<string, string> }[] = [];
  let root: XmlElement | undefined;
  const resolve = (qname: string, scope: Map<string, string>, isAttr: boolean): [string, string] => {
    const colon = qname.indexOf(':');
    if (colon < 0) return [isAttr ? '' : scope.get('') ?? '', qname];
    const prefix = qname.slice(0, colon);
    const uri = prefix === 'xml' ? XML_NS : scope.get(prefix);
    if (uri === undefined) throw new XmlError(`préfixe d’espace de noms non déclaré « ${prefix} »`);
    return [uri, qname.slice(colon + 1)];
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? source.length : lt;
    const text = source.slice(i, textEnd);
    if (stack.length) stack[stack.length - 1].el.text += unescape(text, i);
    else if (text.trim() && text.trim() !== '\ufeff') throw new XmlError(`texte hors de l’élément racine vers la position ${i}`);
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end < 0) throw new XmlError('instruction de traitement non fermée');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) throw new XmlError('commentaire non fermé');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end < 0 || !stack.length) throw new XmlError('section CDATA mal placée ou non fermée');
      stack[stack.length - 1].el.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('<!', i)) {
      throw new XmlError('déclaration DOCTYPE non acceptée dans un paquet XMP');
    } else if (source.startsWith('</', i)) {
      const m = NAME.exec(source.slice(i + 2));
      const close = m ? source.indexOf('>', i) : -1;
      const top = stack.pop();
      if (!m || close < 0 || !top || top.el.name !== m[0] || source.slice(i + 2 + m[0].length, close).trim()) {
        throw new XmlError(`balise fermante inattendue vers la position ${i}`);
      }
      i = close + 1;
    } else {
      const m = NAME.exec(source.slice(i + 1));
      if (!m) throw new XmlError(`nom d’élément invalide vers la position ${i}`);
      if (!stack.length && root) throw new XmlError('plusieurs éléments racines');
      i += 1 + m[0].length;
      const raw: [string, string][] = [];
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i))![0];
        i += ws.length;
        if (source.startsWith('/>', i) || source.startsWith('>', i)) break;
        const a = /^([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(i));
        if (!a || !ws) throw new XmlError(`attribut invalide vers la position ${i}`);
        if (raw.some(([n]) => n === a[1])) throw new XmlError(`attribut « ${a[1]} » répété`);
        raw.push([a[1], unescape(a[3] ?? a[4], i)]);
        i += a[0].length;
      }
      const scope = new Map(stack.length ? stack[stack.length - 1].scope : []);
      for (const [n, v] of raw) {
        if (n === 'xmlns') scope.set('', v);
        else if (n.startsWith('xmlns:')) scope.set(n.slice(6), v);
      }
      const [ns, local] = resolve(m[0], scope, false);
      const attrs = new Map<string, string>();
      for (const [n, v] of raw) {
        if (n === 'xmlns' || n.startsWith('xmlns:')) continue;
        const [ans, alocal] = resolve(n, scope, true);
        attrs.set(ans ? `{${ans}}${alocal}` : alocal, v);
      }
      const el: XmlElement = { name: m[0], ns, local, attrs, children: [], text: '' };
      if (stack.length) stack[stack.length - 1].el.children.push(el);
      else root = el;
      if (source.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push({ el, scope });
      }
    }
  }
  if (stack.length) throw new XmlError(`élément « ${stack[stack.length - 1].el.name} » non fermé`);
  if (!root) throw new XmlError('aucun élément racine');
  return root;
}

/** Every element under `el` (included) in document order. */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* descendants(c);
}
