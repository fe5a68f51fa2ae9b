// Bundles the CLI, then runs every test/**/*.test.ts with Node's own runner through tsx (Node 20 has no --test globbing).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : find(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}
// The bundle first: tests run `npm run brochure` as users do (dist/cli.js), so they must meet today's sources, and a
// bundle that cannot be built (scripts/bundle-guard.mjs) fails the run before any test.
const bundled = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (bundled.status !== 0) {
  console.error('npm test: dist/cli.js could not be bundled (see above).');
  process.exit(bundled.status || 1);
}
const only = process.argv.slice(2);
const files = only.length ? only : find('test').sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
