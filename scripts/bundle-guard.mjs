// A check of esbuild's metafile for one class of bundle-only bug: a dynamic `import()` of a CommonJS package.
//
// With code splitting, esbuild turns `await import('yaml')` into a chunk that exports only `default` (the package's
// module.exports): `const { parse } = await import('yaml')` works from the sources (Node finds the named exports) and
// breaks in dist/cli.js (« parse is not a function », issue 13). Tests run the sources, so only the bundle shows it.

/**
 * The dynamic imports, in `metafile`, whose target is a chunk wrapping a bundled CommonJS module (its only export is
 * `default`): `[{ importer, chunk, module }]`, empty when the bundle is free of them.
 * @param {import('esbuild').Metafile} metafile
 */
export function cjsDynamicImports(metafile) {
  const found = [];
  for (const [importer, output] of Object.entries(metafile.outputs)) {
    for (const imp of output.imports) {
      if (imp.kind !== 'dynamic-import' || imp.external) continue;
      const target = metafile.outputs[imp.path];
      if (!target || target.exports.length !== 1 || target.exports[0] !== 'default') continue;
      const module = target.entryPoint ?? Object.keys(target.inputs)[0] ?? imp.path;
      // Our own modules are ESM: a chunk of ours that exports only `default` means exactly that.
      if (!/(^|\/)node_modules\//.test(module) || metafile.inputs[module]?.format !== 'cjs') continue;
      found.push({ importer, chunk: imp.path, module });
    }
  }
  return found;
}

/** The message `npm run build` fails with. */
export function describe(found) {
  return [
    'dynamic import() of a CommonJS package in the bundle: only `default` reaches the importer, named exports are undefined.',
    ...found.map((f) => `  ${f.importer} → ${f.chunk} (${f.module})`),
    'Import the package statically, or dynamically import a module of ours that imports it statically.',
  ].join('\n');
}
