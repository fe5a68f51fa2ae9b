// Reads every data/*.yaml, refuses oversized files, parses each with positions and merges their top-level sections.
import { isMap, isScalar, visit, type Node } from 'yaml';
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import type { World } from '../world.js';
import { MAX_FILE_BYTES } from './limits.js';
import { keyPos, locate, nodePos, parseYaml, pathPos, type YamlSource } from './yaml-source.js';

export interface DataFiles {
  /** Top-level sections of all files, as plain values. */
  raw: Record<string, unknown>;
  /** Which file holds each top-level section. */
  owner: Map<string, YamlSource>;
  /** Files that failed to read or parse: errors located in them would only repeat the first one. */
  broken: Set<string>;
  /** Each file's text as parsed: the editorial lint reads these rather than the disk again. */
  texts: Map<string, string>;
  diagnostics: Diagnostic[];
}

export function tooBig(file: string, bytes: number): Diagnostic {
  return {
    severity: 'error',
    code: 'fichier-trop-gros',
    pos: { file, line: 1, column: 1 },
    message: `fichier de ${(bytes / 1024 / 1024).toFixed(1)} Mo : au plus ${MAX_FILE_BYTES / 1024 / 1024} Mo admis (est-ce le bon fichier ?)`,
  };
}

/**
 * The YAML files of the folders, in order: the shared folder (with its subfolders), then an edition's folder (its
 * own files only: its subfolders hold texts). A file of a later folder replaces the earlier one of the same name.
 */
export async function dataFileList(world: World, dirs: readonly string[]): Promise<string[]> {
  const byName = new Map<string, string>();
  for (const [i, dir] of dirs.entries()) {
    for (const f of await world.list(dir)) {
      const name = f.slice(dir.length + 1);
      if (!/\.ya?ml$/.test(f) || (i > 0 && name.includes('/'))) continue;
      byName.delete(name);
      byName.set(name, f);
    }
  }
  return [...byName.values()];
}

export async function readDataFiles(world: World, dataDirs: string | readonly string[]): Promise<DataFiles> {
  const out: DataFiles = { raw: {}, owner: new Map(), broken: new Set(), texts: new Map(), diagnostics: [] };
  const files = await dataFileList(world, typeof dataDirs === 'string' ? [dataDirs] : dataDirs);
  for (const file of files) {
    const size = await world.size(file);
    if (size > MAX_FILE_BYTES) {
      out.broken.add(file);
      out.diagnostics.push(tooBig(file, size));
      continue;
    }
    const bytes = await world.readBytes(file);
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    out.texts.set(file, text);
    const { src, diagnostics } = parseYaml(file, text);
    out.diagnostics.push(...diagnostics);
    if (diagnostics.length) out.broken.add(file);
    const root = src.doc.contents as Node | null;
    if (root === null) continue;
    if (!isMap(root)) {
      if (!diagnostics.length)
        out.diagnostics.push({ severity: 'error', code: 'schema-type', pos: nodePos(src, root), message: 'le fichier doit contenir des sections « clé: valeur » (programme:, projets: …)' });
      continue;
    }
    // A list or a map used as a key (an indentation slip) would be turned into text by toJS, with a warning on stderr.
    const complexKey = findComplexKey(src);
    if (complexKey) {
      out.broken.add(file);
      if (!diagnostics.length)
        out.diagnostics.push({ severity: 'error', code: 'yaml-syntax', pos: nodePos(src, complexKey), message: 'syntaxe YAML invalide : une clé doit être un simple mot suivi de deux-points (indentation ou tiret en trop ?)' });
      continue;
    }
    const js = src.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const prev = out.owner.get(key);
      if (prev) {
        out.diagnostics.push({
          severity: 'error',
          code: 'section-en-double',
          pos: keyPos(src, [], key),
          message: `section « ${key} » déjà définie dans ${prev.file}:${keyPos(prev, [], key).line} : chaque section doit être dans un seul fichier`,
        });
        continue;
      }
      out.owner.set(key, src);
      out.raw[key] = js[key];
    }
  }
  return out;
}

/** Position of a path whose first step is a top-level section, in whichever file holds it. */
export function dataPos(files: DataFiles, path: readonly PropertyKey[], fallback: (key: string) => SourcePos): SourcePos {
  const src = files.owner.get(String(path[0]));
  return src ? pathPos(src, path) : fallback(String(path[0]));
}

/** The source stretch of the scalar at a path (for errors pointing inside a multi-line value); undefined when absent. */
export function dataSpan(files: DataFiles, path: readonly PropertyKey[]): { file: string; text: string; start: number; end: number } | undefined {
  const src = files.owner.get(String(path[0]));
  const range = src ? locate(src.doc.contents as Node | null, path).node?.range : undefined;
  return src && range ? { file: src.file, text: src.text, start: range[0], end: range[1] } : undefined;
}

function findComplexKey(src: YamlSource): Node | undefined {
  let found: Node | undefined;
  visit(src.doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        found = pair.key as Node;
        return visit.BREAK;
      }
    },
  });
  return found;
}
