// Typeset paragraphs kept between runs (typeset/typeset-cache.ts), for one build of the code, fonts and proper names.
import type { SetParagraph } from '../typeset/types.js';
import { readTypesetCache, writeTypesetCache } from '../typeset/typeset-cache.js';
import { readCacheFile, writeCacheFile, type BuildCache } from './files.js';

const TYPESET_FILE = 'typeset.json';

/** The paragraphs earlier runs typeset in this scope (same code, fonts and proper names). */
export async function loadTypeset(cache: BuildCache, scope: string): Promise<Map<string, SetParagraph>> {
  const json = cache.codeId ? await readCacheFile(cache, TYPESET_FILE) : undefined;
  return json === undefined ? new Map() : readTypesetCache(json, scope);
}

/** Writes the paragraphs this run used, when they are not exactly those read. */
export async function saveTypeset(cache: BuildCache, scope: string, read: ReadonlySet<string>, used: ReadonlyMap<string, SetParagraph>): Promise<boolean> {
  if (!cache.codeId || (used.size === read.size && [...used.keys()].every((k) => read.has(k)))) return false;
  return writeCacheFile(cache, TYPESET_FILE, writeTypesetCache(scope, used));
}
