// The real pipeline on an in-memory copy of the project, stopped where rendering would start: what a fuzz run needs, at a third of a build's cost.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { BuildError, formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { memoryWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';

export type Files = Record<string, string | Uint8Array>;

/** data/, content/ and editions/ as text, fonts/ and assets/ as bytes, keyed by project-relative path. */
export function readProject(): Files {
  const out: Files = {};
  const walk = (rel: string, text: boolean) => {
    for (const name of readdirSync(path.join(REPO, rel))) {
      const r = `${rel}/${name}`;
      if (statSync(path.join(REPO, r)).isDirectory()) walk(r, text);
      else out[r] = text ? readFileSync(path.join(REPO, r), 'utf8') : new Uint8Array(readFileSync(path.join(REPO, r)));
    }
  };
  walk('data', true);
  walk('content', true);
  walk('editions', true);
  walk('fonts', false);
  walk('assets', false);
  return out;
}

const STOP = Symbol('stop before render');

export type Outcome = { kind: 'ok' } | { kind: 'input'; diagnostics: readonly Diagnostic[] } | { kind: 'internal'; error: unknown };

/** The edition the fuzz and limit cases edit (its files: `EDITION_DIR`). */
export const EDITION = 'mi-2020';
export const EDITION_DIR = `editions/${EDITION}`;

/** Maps to the CLI's exit codes: ok 0, input 1, internal 3 (the CLI's `main` makes exactly this distinction). */
export async function buildToLayout(files: Files): Promise<Outcome> {
  try {
    await buildBrochure(memoryWorld(files), { ...DEFAULT_CONFIG, edition: EDITION }, (stage) => {
      if (stage === 'render') throw STOP;
    });
    return { kind: 'ok' };
  } catch (e) {
    if (e === STOP) return { kind: 'ok' };
    if (e instanceof BuildError) return { kind: 'input', diagnostics: e.diagnostics };
    return { kind: 'internal', error: e };
  }
}

/** Lines in the CLI's `file:line:col  …` form. */
export const locatedLines = (ds: readonly Diagnostic[]) => ds.map(formatDiagnostic).filter((l) => /^[^\s:]+(\/[^\s:]+)*:\d+:\d+ {2}/.test(l));
