// Typeset paragraphs as plain data, so a later process lays out unchanged paragraphs without breaking them again.
//
// A paragraph's lines depend on its spec (the layout's cache key), the fonts, the document's proper names and
// our own code (hyphenation tables, Knuth–Plass parameters…). The first three are hashed into `scope`; the code
// is named by the bundle's build id, so a file written by another version of the tool is never read.
import { createHash } from 'node:crypto';
import type { SetParagraph } from './types.js';
import { fontSignature, type FontHashes } from '../load/font-hashes.js';

/** 2: lines carry font expansion (`scale`) and protrusion (`hang`); a file of format 1 is never read. */
export const TYPESET_CACHE_FORMAT = 2;

interface TypesetCacheFile {
  format: typeof TYPESET_CACHE_FORMAT;
  scope: string;
  /** Spec key (JSON of the ParagraphSpec) → paragraph. A non-finite ratio (a last line's NaN) is written as a string. */
  paragraphs: Record<string, SetParagraph>;
}

/** What a typeset paragraph depends on besides its spec. */
export function typesetScope(codeId: string, fontHashes: Readonly<FontHashes>, properNames: readonly string[]): string {
  const h = createHash('sha256').update(`${TYPESET_CACHE_FORMAT}\n${codeId}\n${fontSignature(fontHashes)}`);
  return h.update(JSON.stringify(properNames)).digest('hex');
}

export function writeTypesetCache(scope: string, paragraphs: ReadonlyMap<string, SetParagraph>): string {
  const out: TypesetCacheFile = { format: TYPESET_CACHE_FORMAT, scope, paragraphs: {} };
  for (const key of [...paragraphs.keys()].sort()) out.paragraphs[key] = paragraphs.get(key)!;
  return JSON.stringify(out, (k, v) => (k === 'ratio' && !Number.isFinite(v) ? String(v) : v));
}

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isParagraph(p: unknown): p is SetParagraph {
  const s = p as SetParagraph;
  return (
    !!s &&
    isNum(s.height) &&
    Array.isArray(s.lines) &&
    s.lines.every(
      (l) =>
        !!l &&
        isNum(l.width) &&
        isNum(l.lineHeight) &&
        isNum(l.ascent) &&
        typeof l.ratio === 'number' &&
        (l.hang === undefined || (!!l.hang && isNum(l.hang.left) && isNum(l.hang.right))) &&
        Array.isArray(l.fragments) &&
        l.fragments.every(
          (f) => !!f && typeof f.text === 'string' && isNum(f.x) && isNum(f.width) && isNum(f.spaceExtra) && (f.scale === undefined || isNum(f.scale)) && !!f.style,
        ),
    )
  );
}

/** The paragraphs of a file written for this scope; nothing for another scope, format or a damaged file. */
export function readTypesetCache(json: string, scope: string): Map<string, SetParagraph> {
  const out = new Map<string, SetParagraph>();
  let file: Partial<TypesetCacheFile> | null;
  try {
    file = JSON.parse(json, (k, v) => (k === 'ratio' && NON_FINITE.has(v) ? Number(v) : v)) as Partial<TypesetCacheFile> | null;
  } catch {
    return out;
  }
  if (!file || file.format !== TYPESET_CACHE_FORMAT || file.scope !== scope || typeof file.paragraphs !== 'object' || !file.paragraphs) return out;
  for (const [key, p] of Object.entries(file.paragraphs)) {
    if (isParagraph(p)) out.set(key, p);
  }
  return out;
}
