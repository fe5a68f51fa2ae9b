// Builds in-memory worlds from test/fixtures/inputs (plus the real fonts/) and applies a bad-input case's edits to them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { memoryWorld, type World } from '../../src/world.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../..');
export const INPUTS = path.join(REPO, 'test/fixtures/inputs');
export const BAD = path.join(REPO, 'test/fixtures/bad');

export function readTree(dir: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, readTree(path.join(dir, e.name), rel));
    else out[rel] = new Uint8Array(readFileSync(path.join(dir, e.name)));
  }
  return out;
}

let fontCache: Record<string, Uint8Array> | undefined;
function fonts(): Record<string, Uint8Array> {
  fontCache ??= Object.fromEntries(
    readdirSync(path.join(REPO, 'fonts'))
      .filter((f) => f.endsWith('.ttf'))
      .map((f) => [`fonts/${f}`, new Uint8Array(readFileSync(path.join(REPO, 'fonts', f)))]),
  );
  return fontCache;
}

/** The valid fixture's files, fonts included. */
export function validFiles(): Record<string, string | Uint8Array> {
  return { ...fonts(), ...readTree(INPUTS) };
}

export interface Edit {
  file: string;
  find?: string;
  replace?: string;
  /** Repeat `replace` (or `append`) this many times. */
  repeat?: number;
  append?: string;
  delete?: boolean;
}

const text = (v: string | Uint8Array | undefined) => (v === undefined ? '' : typeof v === 'string' ? v : new TextDecoder().decode(v));

export function applyEdits(files: Record<string, string | Uint8Array>, edits: Edit[]): void {
  for (const e of edits) {
    if (e.delete) {
      if (!(e.file in files)) throw new Error(`edit: ${e.file} absent, nothing to delete`);
      delete files[e.file];
    } else if (e.append !== undefined) {
      files[e.file] = text(files[e.file]) + e.append.repeat(e.repeat ?? 1);
    } else if (e.find !== undefined) {
      const before = text(files[e.file]);
      // A find that no longer matches means the valid fixture drifted: fail loudly rather than test nothing.
      if (!before.includes(e.find)) throw new Error(`edit: « ${e.find} » not found in ${e.file}`);
      files[e.file] = before.replace(e.find, (e.replace ?? '').repeat(e.repeat ?? 1));
    } else throw new Error(`edit on ${e.file}: needs find, append or delete`);
  }
}

/** The valid fixture with a case's `files/` laid over it and its `edits.yaml` applied. */
export function caseWorld(caseDir: string): World {
  const files = validFiles();
  const over = path.join(caseDir, 'files');
  if (statSync(over, { throwIfNoEntry: false })?.isDirectory()) Object.assign(files, readTree(over));
  const editsFile = path.join(caseDir, 'edits.yaml');
  if (statSync(editsFile, { throwIfNoEntry: false })) applyEdits(files, parse(readFileSync(editsFile, 'utf8')) as Edit[]);
  return memoryWorld(files);
}
