// Types of bundle-guard.mjs (a plain script, so that scripts/build.mjs runs without tsx at `npm install`).
import type { Metafile } from 'esbuild';

export interface CjsDynamicImport {
  /** Output file doing the `import()`. */
  importer: string;
  /** Output chunk it loads, exporting only `default`. */
  chunk: string;
  /** The CommonJS module inside that chunk. */
  module: string;
}

export function cjsDynamicImports(metafile: Metafile): CjsDynamicImport[];
export function describe(found: CjsDynamicImport[]): string;
