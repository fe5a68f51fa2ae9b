// Applies a bad-input case (test/fixtures/cli-bad/<case>/) to a project copy, and undoes it, so one copy serves every case.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keepCodePoints } from '../helpers/font-cmap.js';

/**
 * One small change to the real inputs; `find` must be present, so a drifting input cannot turn a case into a no-op.
 * `encode` re-saves a text file in another encoding (as an old editor would); `fontBelow` keeps, in a font's character
 * map, only the code points below that number (a font that lacks the French letters, derived from the real one).
 */
export type Edit =
  | { file: string; find: string; replace: string; repeat?: number; all?: boolean }
  | { file: string; append: string; repeat?: number }
  | { file: string; write: string; repeat?: number }
  | { file: string; encode: 'windows-1252' }
  | { file: string; fontBelow: number }
  | { file: string; delete: true };

export interface Case {
  name: string;
  dir: string;
  edits: Edit[];
  args: string[];
  expected: string[];
  exit: number;
}

export function readCases(root: string): Case[] {
  return readdirSync(root)
    .filter((n) => statSync(path.join(root, n)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const read = (f: string) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8') : undefined);
      return {
        name,
        dir,
        edits: JSON.parse(read('patch.json') ?? '[]') as Edit[],
        args: JSON.parse(read('args.json') ?? '["--quiet"]') as string[],
        expected: (read('expected.txt') ?? '').split('\n').filter((l) => l !== ''),
        exit: Number((read('exit') ?? '1').trim()),
      };
    });
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The text as Windows-1252 bytes (what « Enregistrer » gives in an old editor on Windows). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const high = CP1252_HIGH.indexOf(c);
    if (high >= 0) return 0x80 + high;
    if (c.charCodeAt(0) > 0xff) throw new Error(`« ${c} » n’existe pas en Windows-1252`);
    return c.charCodeAt(0);
  });
}

/** Applies the edits (and any `files/` overlay) to `project`; returns the function that restores every touched file. */
export function applyCase(project: string, c: Case): () => void {
  const saved = new Map<string, Buffer | null>();
  const keep = (rel: string) => {
    if (saved.has(rel)) return;
    const p = path.join(project, rel);
    saved.set(rel, existsSync(p) ? readFileSync(p) : null);
  };
  for (const e of c.edits) {
    const p = path.join(project, e.file);
    keep(e.file);
    const times = (s: string, n = 1) => s.repeat(n);
    if ('delete' in e) rmSync(p);
    else if ('encode' in e) writeFileSync(p, windows1252(readFileSync(p, 'utf8')));
    else if ('fontBelow' in e) writeFileSync(p, keepCodePoints(readFileSync(p), (cp) => cp < e.fontBelow));
    else if ('write' in e) writeFileSync(p, times(e.write, e.repeat));
    else if ('append' in e) writeFileSync(p, (existsSync(p) ? readFileSync(p, 'utf8') : '') + times(e.append, e.repeat));
    else {
      const text = readFileSync(p, 'utf8');
      if (!text.includes(e.find)) throw new Error(`${c.name}: « ${e.find} » absent de ${e.file}`);
      const by = times(e.replace, e.repeat);
      writeFileSync(p, e.all ? text.split(e.find).join(by) : text.replace(e.find, () => by));
    }
  }
  const overlay = path.join(c.dir, 'files');
  if (existsSync(overlay)) {
    cpSyncTracked(overlay, overlay, project, keep);
  }
  return () => {
    for (const [rel, bytes] of saved) {
      const p = path.join(project, rel);
      if (bytes === null) rmSync(p, { force: true });
      else writeFileSync(p, bytes);
    }
  };
}

function cpSyncTracked(base: string, dir: string, project: string, keep: (rel: string) => void): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) cpSyncTracked(base, p, project, keep);
    else {
      const rel = path.relative(base, p);
      keep(rel);
      cpSync(p, path.join(project, rel));
    }
  }
}

/** The lines a writer acts on: each diagnostic's first line (`file:line:col  erreur [code] …`) and usage errors; code frames and help text are left out. */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^(\S+:\d+:\d+|\(sans emplacement\)) {2}(erreur|avertissement) \[/.test(l) || /^Erreur/.test(l));
}
