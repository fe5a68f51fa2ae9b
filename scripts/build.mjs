// Bundles the CLI ahead of time (runs at `npm install` through `prepare`) so a cold run loads one file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cjsDynamicImports, describe } from './bundle-guard.mjs';

/**
 * Names this build of the code: a hash of every source file and of the locked dependencies. Typeset paragraphs
 * kept between runs (src/build-cache.ts) are valid only for the code that typeset them.
 */
export function buildId() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${p}\n`).update(readFileSync(p));
    }
  };
  walk('src');
  h.update(readFileSync('package-lock.json'));
  h.update(readFileSync('scripts/build.mjs'));
  return h.digest('hex').slice(0, 32);
}

/**
 * pdfkit `require`s fontkit's CommonJS build while our ESM code would `import` its ES build: two copies of fontkit
 * and of restructure to load and compile in every run. Our `import('fontkit')` takes pdfkit's copy instead.
 * (pdfkit's own ES build cannot replace it: it reads its data files through `__dirname`.)
 */
const oneFontkit = {
  name: 'one-fontkit',
  setup(b) {
    b.onResolve({ filter: /^fontkit$/ }, (args) => (args.namespace === 'one-fontkit' ? undefined : { path: 'fontkit', namespace: 'one-fontkit' }));
    b.onLoad({ filter: /.*/, namespace: 'one-fontkit' }, () => ({
      contents: `import { createRequire } from 'node:module';
const fontkit = createRequire(import.meta.url)('fontkit');
export const create = fontkit.create;
export default fontkit;`,
      loader: 'js',
    }));
  },
};

/** The bundle's options; `npm run bench -- --ablation` builds variants of them (scripts/ablation.mjs). */
export const BUNDLE_OPTIONS = {
  // The thumbnail's worker thread is its own entry, where the CLI looks for it: beside cli.js as it is in src/.
  entryPoints: ['src/cli.ts', { in: 'src/publish/raster-worker.ts', out: 'publish/raster-worker' }],
  outdir: 'dist',
  // The CLI's dynamic imports (publish, sync, watch, review) become chunks loaded only by the runs that need
  // them: `--help`, `--check` or a failed build do not load the canvas and the rasteriser.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Dependencies are bundled in: one file to read and compile instead of hundreds resolved one by one (start-up
  // 175 → 120 ms). Native or wasm-backed packages, those that read their own files at run time (pdfkit: AFM and ICC
  // data through __dirname; fontkit comes with it) and those only tools load stay external.
  external: ['pdfkit', 'fontkit', '@napi-rs/canvas', 'pdfjs-dist', 'pdfjs-dist/*', 'pdf-lib'],
  // The CommonJS dependencies bundled into ESM (gray-matter…) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { __BROCHURE_BUILD_ID__: JSON.stringify(buildId()) },
  plugins: [oneFontkit],
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
};

class BundleGuardError extends Error {}

/**
 * Bundles into `outdir` (run from the project root); `overrides` replace options (the ablation's variants).
 * Throws when the bundle would break only once bundled (named exports of a CommonJS package imported dynamically).
 */
export async function bundle(overrides = {}) {
  const options = { ...BUNDLE_OPTIONS, ...overrides };
  const result = await build(options);
  const cjsImports = cjsDynamicImports(result.metafile);
  if (cjsImports.length) throw new BundleGuardError(describe(cjsImports));
  // Chunk names carry a content hash: remove those of earlier builds, or dist/ grows with every source change.
  const written = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(f)));
  const chunks = path.join(options.outdir, 'chunks');
  for (const e of existsSync(chunks) ? readdirSync(chunks, { withFileTypes: true }) : []) {
    const file = path.resolve(options.outdir, 'chunks', e.name);
    if (e.isFile() && !written.has(file)) rmSync(file);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await bundle();
  } catch (e) {
    if (!(e instanceof BundleGuardError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
