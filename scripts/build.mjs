// Bundles the CLI ahead of time (runs at `npm install` through `prepare`) so a cold run loads one file.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Native or wasm-backed packages, and those that read their own files at run time, stay external.
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
