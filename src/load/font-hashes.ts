// Which font files a build used, by content: what every cache and watch mode compare fonts by.
import { createHash } from 'node:crypto';
import type { FontKey } from '../typeset/types.js';

export type FontHashes = Partial<Record<FontKey, string>>;

const fontHashOf = new WeakMap<Uint8Array, string>();

/** Each file's bytes are hashed once per process (the load cache, the build and watch rebuilds all ask). */
export function hashFonts(fontBytes: Partial<Record<FontKey, Uint8Array>>): FontHashes {
  const out: FontHashes = {};
  for (const [key, bytes] of Object.entries(fontBytes) as [FontKey, Uint8Array][]) {
    let hash = fontHashOf.get(bytes);
    if (!hash) fontHashOf.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
    out[key] = hash;
  }
  return out;
}

/** The fonts as one line per face, in key order: what a cache key or a signature includes for them. */
export function fontSignature(hashes: Readonly<FontHashes>): string {
  return (Object.keys(hashes) as FontKey[])
    .sort()
    .map((key) => `${key}=${hashes[key]}\n`)
    .join('');
}
