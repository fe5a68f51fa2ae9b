// A parsed YAML file that remembers where each node is, so any error can point at its line and column.
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, visit, YAMLParseError, type Document, type Node, type Pair } from 'yaml';
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { lineColumn } from '../text-position.js';

/**
 * The data nest five levels deep (a list of projects, their fields, a list of enjeux). yaml composes documents
 * recursively: a few hundred levels of `[[[…` or of indentation exhaust the call stack. 64 leaves room for any
 * real structure and is checked on the parser's flat token stream, before anything recursive runs.
 */
export const MAX_YAML_DEPTH = 64;

/**
 * Aliases (`*nom`) may repeat a value; a chain of them doubling at each step (a « billion laughs ») would expand to
 * billions of values. Counted by yaml while it expands (its own unit: alias uses weighted by what they repeat).
 */
const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

/** What yaml's error codes mean, in the comms team's words; anything else falls back to yaml's own English text. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'clé en double dans le même bloc',
  BAD_INDENT: 'indentation incohérente',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ou accolade non fermé ?)',
  MULTILINE_IMPLICIT_KEY: 'une clé ne peut pas tenir sur plusieurs lignes (deux-points manquant ou guillemet non fermé ?)',
  BLOCK_AS_IMPLICIT_KEY: 'un bloc ne peut pas servir de clé (deux-points en trop ?)',
  UNEXPECTED_TOKEN: 'élément inattendu',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter : utilisez des espaces',
  BAD_SCALAR_START: 'valeur mal commencée : mettez-la entre guillemets',
  ALIAS_PROPS: 'alias mal formé',
  MULTIPLE_DOCS: 'plusieurs documents dans un même fichier : une ligne « --- » en trop ?',
};

/** yaml's own messages are more precise than its codes; the common ones, translated. */
const YAML_MESSAGES: [RegExp, string][] = [
  [/^Flow sequence .*\]/, 'liste entre crochets non fermée : « ] » manquant'],
  [/^Flow mapping .*\}/, 'accolade non fermée : « } » manquant'],
  [/^Sequence item without - indicator/, 'élément de liste sans tiret « - », ou mal indenté'],
  [/^Missing closing "?quote/i, 'guillemet fermant manquant'],
  [/^Map keys must be unique/, 'clé en double dans le même bloc'],
  [/^All mapping items must start at the same column/, 'les clés d’un même bloc doivent commencer à la même colonne'],
  [/^Nested mappings are not allowed in compact mappings/, 'deux-points « : » dans une valeur : mettez la valeur entre guillemets'],
  [/^Implicit keys need to be on a single line/, 'deux-points manquant après la clé, ou guillemet non fermé'],
];

/**
 * The last parse of each file, kept for as long as the process lives: `--watch` rebuilds after a one-word change with
 * every other file's text the same, and parsing is most of its load. Reused only for the same file, text and error
 * code; callers never modify the documents or the diagnostics they are handed (a caller that adds diagnostics makes
 * its own list), so nothing stale can come out of it.
 */
const lastParse = new Map<string, { text: string; parsed: { src: YamlSource; diagnostics: readonly Diagnostic[] } }>();

export function parseYaml(file: string, text: string, code = 'yaml-syntax'): { src: YamlSource; diagnostics: readonly Diagnostic[] } {
  const key = `${code}\u0000${file}`;
  const last = lastParse.get(key);
  if (last?.text === text) return last.parsed;
  const parsed = parseYamlText(file, text, code);
  lastParse.set(key, { text, parsed });
  return parsed;
}

function parseYamlText(file: string, text: string, code: string): { src: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  // The parser's tokens are read once: checked for depth, then composed (what parseDocument does, without
  // parsing the text a second time for the check: ~10 % of a cold load).
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) {
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    return {
      src: { file, text, doc: empty, lines },
      diagnostics: [
        {
          severity: 'error',
          code: 'yaml-trop-imbrique',
          pos: { file, ...lineColumn(text, deep) },
          message: `structure YAML imbriquée sur plus de ${MAX_YAML_DEPTH} niveaux : les données n’en ont besoin que de quelques-uns (crochets « [ » ou indentation en cascade ?)`,
        },
      ],
    };
  }
  // Core schema (YAML 1.2): `2020-08-27` stays a string, so dates never shift with the time zone.
  const docs = [...new Composer({ uniqueKeys: true, schema: 'core' }).compose(tokens, true, text.length)];
  const doc = docs[0];
  if (docs.length > 1) doc.errors.push(new YAMLParseError(docs[1].range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
  // Only the first error: after it yaml's recovery is guesswork and the rest mostly repeat it.
  const diagnostics: Diagnostic[] = doc.errors.slice(0, 1).map((e) => {
    const raw = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // yaml places an unclosed quote at the end of the file, where the writer cannot see it: point at the opening quote.
    const quote = /closing "?quote/i.test(raw) ? openQuoteAt(doc, e.pos[0]) : undefined;
    const lp = quote !== undefined ? lines.linePos(quote) : (e.linePos?.[0] ?? lines.linePos(e.pos[0]));
    const known = YAML_MESSAGES.find(([re]) => re.test(raw))?.[1] ?? YAML_ERRORS[e.code];
    return {
      severity: 'error',
      code,
      pos: { file, line: lp.line, column: lp.col },
      message: `syntaxe YAML invalide : ${known ?? raw}`,
    };
  });
  return { src: { file, text, doc, lines }, diagnostics };
}

/** Offset of the first collection nested deeper than MAX_YAML_DEPTH, from yaml's token tree walked without recursion. */
function tooDeep(tokens: readonly unknown[]): number | undefined {
  type Tok = { type?: string; offset?: number; value?: unknown; key?: unknown; items?: { key?: unknown; value?: unknown }[] };
  const stack: [Tok, number][] = [];
  for (const doc of tokens) stack.push([doc as Tok, 0]);
  while (stack.length) {
    const [tok, depth] = stack.pop()!;
    const push = (t: unknown, d: number) => {
      if (t && typeof t === 'object') stack.push([t as Tok, d]);
    };
    if (tok.type === 'document') push(tok.value, depth);
    else if (tok.type === 'block-map' || tok.type === 'block-seq' || tok.type === 'flow-collection') {
      if (depth + 1 > MAX_YAML_DEPTH) return tok.offset ?? 0;
      for (const item of tok.items ?? []) {
        push(item.key, depth + 1);
        push(item.value, depth + 1);
      }
    }
  }
  return undefined;
}

/**
 * The file's plain value. An alias chain that would expand past MAX_ALIAS_COUNT is an error at its first alias,
 * not a crash: yaml stops expanding and throws (it has already refused to build the billions of values).
 */
export function toPlain(src: YamlSource, code = 'yaml-alias'): { value?: unknown; diagnostics: Diagnostic[] } {
  try {
    return { value: src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics: [] };
  } catch (e) {
    if (!/alias/i.test((e as Error).message)) throw e;
    let alias: Node | undefined;
    visit(src.doc, {
      Alias(_, node) {
        alias = node;
        return visit.BREAK;
      },
    });
    const name = alias && isAlias(alias) ? ` « *${alias.source} »` : '';
    return {
      diagnostics: [
        {
          severity: 'error',
          code,
          pos: nodePos(src, alias),
          message: `alias YAML${name} répétés en cascade : ils se développeraient en des millions de valeurs`,
          hint: 'écrivez les valeurs en toutes lettres, sans ancres « & » ni alias « * »',
        },
      ],
    };
  }
}

/** Start of the quoted scalar that runs up to `end` (the one left open). */
function openQuoteAt(doc: Document, end: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const r = node.range;
      if (r && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r[1] >= end && (found === undefined || r[0] < found)) found = r[0];
    },
  });
  return found;
}

export function posAt(src: YamlSource, offset: number): SourcePos {
  const lp = src.lines.linePos(offset);
  return { file: src.file, line: lp.line, column: lp.col };
}

export function nodePos(src: YamlSource, node: Node | Pair | null | undefined): SourcePos {
  if (!node) return { file: src.file, line: 1, column: 1 };
  if (isPair(node)) return nodePos(src, node.key as Node);
  return posAt(src, node.range?.[0] ?? 0);
}

export interface Located {
  /** The node at the path, if present. */
  node?: Node;
  /** The pair holding the last map step, if the key is present. */
  pair?: Pair;
  /** The deepest node reached on the way (the parent map of a missing key). */
  parent?: Node;
}

/** Walks a path of map keys and sequence indexes through the YAML tree. */
export function locate(root: Node | null | undefined, path: readonly PropertyKey[]): Located {
  let node: Node | undefined = root ?? undefined;
  let parent: Node | undefined;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (!node) break;
    parent = node;
    pair = undefined;
    if (isMap(node)) {
      pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg) as Pair | undefined;
      node = (pair?.value as Node | null) ?? undefined;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as Node | null) ?? undefined;
    } else {
      node = undefined;
    }
  }
  return { node, pair, parent };
}

/** The value's position; the key's when the value is empty; the parent map's when the key is absent. */
export function pathPos(src: YamlSource, path: readonly PropertyKey[]): SourcePos {
  const { node, pair, parent } = locate(src.doc.contents as Node | null, path);
  if (node) return nodePos(src, node);
  if (pair) return nodePos(src, pair);
  return nodePos(src, parent ?? (src.doc.contents as Node | null));
}

/** Position of a key itself (for unknown keys). */
export function keyPos(src: YamlSource, path: readonly PropertyKey[], key: string): SourcePos {
  const { node } = locate(src.doc.contents as Node | null, path);
  if (node && isMap(node)) {
    const p = node.items.find((q) => (isScalar(q.key) ? q.key.value : q.key) === key);
    if (p) return nodePos(src, p.key as Node);
  }
  return pathPos(src, path);
}
