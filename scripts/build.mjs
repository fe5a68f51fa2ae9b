// Bundles the CLI ahead of time (runs at `npm install` through `prepare`) so a cold run loads one file.
import { build } from 'esbuild';

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

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  // The CLI's dynamic imports (publish, sync, watch, review) become chunks loaded only by the runs that need
  // them: `--help`, `--check` or a failed build do not load the canvas and the rasteriser.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Native or wasm-backed packages, and those that read their own files at run time, stay external.
  packages: 'external',
  plugins: [oneFontkit],
  sourcemap: 'linked',
  logLevel: 'warning',
});
