// Runs every test/**/*.test.ts with Node's own runner through tsx (Node 20 has no --test globbing), after making
// sure dist/cli.js is the bundle of the current sources: the tests that run the CLI as users do spawn it. A bundle
// that cannot be built (scripts/bundle-guard.mjs) fails the run before any test.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureFreshBundle } from './fresh-bundle.mjs';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : find(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}
await ensureFreshBundle();
const only = process.argv.slice(2);
const files = only.length ? only : find('test').sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
