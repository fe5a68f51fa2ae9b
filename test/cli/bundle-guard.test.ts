// The build-time guard against one class of bundle-only bug: a dynamic import() of a CommonJS package, whose named
// exports the bundle loses (issue 13). A small bundle shows the bug for real, and that the guard names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cjsDynamicImports } from '../../scripts/bundle-guard.mjs';
import { REPO } from '../helpers/project.js';

/** Bundles `files` (entry: main.js) the way scripts/build.mjs bundles the CLI, and returns its metafile and output. */
async function bundle(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-guard-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const result = await build({
    entryPoints: [path.join(dir, 'main.js')],
    outdir: path.join(dir, 'dist'),
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    // The repository's yaml (CommonJS for Node, like the real case), found from the temporary folder.
    nodePaths: [path.join(REPO, 'node_modules')],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return { dir, metafile: result.metafile, main: pathToFileURL(path.join(dir, 'dist/main.js')).href };
}

test('import() of a CommonJS package: the bundle loses its named exports, and the guard names the import', async () => {
  const { dir, metafile, main } = await bundle({
    'main.js': "export async function count() { const { parse } = await import('yaml'); return parse('n: 3').n; }\n",
  });
  try {
    const found = cjsDynamicImports(metafile);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].module, /node_modules\/yaml\//);
    // What users saw: from the sources this works, from the bundle it throws.
    const { count } = await import(main);
    await assert.rejects(count(), /parse is not a function/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import() of a module of ours that imports the package statically: named exports survive, the guard is quiet', async () => {
  const { dir, metafile, main } = await bundle({
    'main.js': "export async function count() { const { read } = await import('./read.js'); return read('n: 3'); }\n",
    'read.js': "import { parse } from 'yaml';\nexport function read(text) { return parse(text).n; }\n",
  });
  try {
    assert.deepEqual(cjsDynamicImports(metafile), []);
    const { count } = await import(main);
    assert.equal(await count(), 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
