// Test helpers: a throwaway copy of the project's inputs, and the CLI run in-process with its output captured.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import type { PublishHooks } from '../../src/publish/index.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INPUT_DIRS = ['data', 'content', 'editions', 'fonts', 'assets'];

/** Copies data/, content/, editions/, fonts/ and assets/ into a fresh temporary folder and returns its path. */
export function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'brochure-'));
  for (const d of INPUT_DIRS) cpSync(path.join(REPO, d), path.join(dir, d), { recursive: true });
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command's `main` in this process with its console output captured. */
export async function captureConsole(run: () => Promise<number>): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    const code = await run();
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    [console.log, console.error] = [log, error];
  }
}

/** Runs the CLI's `main` in this process with console output captured (the CLI is a thin shell, so this is the real path). */
export function runCli(args: string[], root: string, env: NodeJS.ProcessEnv = {}, hooks: PublishHooks = {}): Promise<CliRun> {
  return captureConsole(() => main(args, root, { ...env }, hooks));
}

/** Every file under `dir` with its sha256, to compare a folder before and after. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
