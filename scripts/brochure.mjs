// `npm run brochure`: runs the bundled CLI, rebundling it first when a source file is newer than the
// bundle — after a `git pull` without `npm install`, the comms team would otherwise run yesterday's code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/cli.js');

/** Newest modification time under `dir` (a few dozen files: a few milliseconds). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = [path.join(root, 'src'), path.join(root, 'package-lock.json')];
const stale = !existsSync(bundle) || Math.max(newest(sources[0]), statSync(sources[1]).mtimeMs) > statSync(bundle).mtimeMs;
if (stale) {
  // build.mjs resolves its paths from the current folder: build from the project root, then come back.
  const cwd = process.cwd();
  process.chdir(root);
  await (await import('./build.mjs')).bundle();
  process.chdir(cwd);
}
const { run } = await import(pathToFileURL(bundle).href);
await run();
