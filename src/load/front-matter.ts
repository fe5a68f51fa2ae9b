// Splits a Markdown file into front matter and body (gray-matter), parsing the front matter with `yaml` so its errors and keys keep their positions.
import matter from 'gray-matter';
import { isMap, isScalar } from 'yaml';
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { nodePos, parseYaml, toPlain, type YamlSource } from './yaml-source.js';

export interface SplitMarkdown {
  frontMatter: Record<string, unknown>;
  frontMatterPos: Record<string, SourcePos>;
  body: string;
  /** Lines before the body in the real file. */
  lineOffset: number;
  diagnostics: Diagnostic[];
}

export function splitFrontMatter(file: string, source: string): SplitMarkdown {
  let parsed: { src: YamlSource; diagnostics: readonly Diagnostic[] } | undefined;
  const result = matter(source, {
    engines: {
      // gray-matter hands over the text right after the opening `---` (its line's end included), so
      // line numbers inside it are already the real file's.
      yaml: (text: string) => {
        parsed = parseYaml(file, text, 'front-matter-syntax');
        if (parsed.diagnostics.length) return {};
        const plain = toPlain(parsed.src);
        parsed = { src: parsed.src, diagnostics: plain.diagnostics };
        return plain.value ?? {};
      },
    },
  });
  const body = result.content;
  const lineOffset = countNewlines(source.slice(0, source.length - body.length));
  const frontMatterPos: Record<string, SourcePos> = {};
  // Our own list: parseYaml's is the one it keeps for the next parse of the same text.
  const diagnostics = [...(parsed?.diagnostics ?? [])];
  let frontMatter: Record<string, unknown> = {};
  if (parsed && !diagnostics.length) {
    const root = parsed.src.doc.contents;
    if (root !== null && !isMap(root)) {
      diagnostics.push({ severity: 'error', code: 'front-matter-syntax', pos: nodePos(parsed.src, root), message: 'en-tête (front matter) invalide : attendu des lignes « clé: valeur » entre deux lignes ---' });
    } else if (root) {
      frontMatter = (result.data ?? {}) as Record<string, unknown>;
      for (const pair of root.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        frontMatterPos[key] = nodePos(parsed.src, (pair.value as never) ?? pair);
      }
    }
  }
  return { frontMatter, frontMatterPos, body, lineOffset, diagnostics };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
