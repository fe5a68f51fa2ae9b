// The speed machinery, one mechanism at a time: how to build the CLI without it, for `npm run bench -- --ablation`.
//
// Each ablation is a variant of the bundle: source edits applied while bundling (each `from` must occur exactly
// once, or the ablation is reported as stale: the code moved and the edit must be updated), other bundler
// options, or an environment variable. Nothing here is in the product: dist/cli.js is always the full build.
// `files` are the lines of code that exist for the mechanism alone (the LOC column counts them). `cacheOnly`: a
// build-cache file, which `--no-cache` (the cold runs) skips anyway: only warm runs are paired. `thread`: work on the
// thumbnail's worker thread, beside the main thread's: its instruction count says nothing of wall time.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ABLATIONS = [
  {
    name: 'pair shaper',
    what: 'words with no substitution shaped from cmap, advances and pair kerning instead of fontkit layout',
    files: ['src/typeset/pair-shaper.ts'],
    edits: {
      'src/typeset/measure.ts': [['pairShaperFor(face) ?? null', 'null']],
    },
  },
  {
    name: 'shaping cache',
    cacheOnly: true,
    what: 'shaped words kept between runs (shaping.json)',
    files: ['src/typeset/shaping-cache.ts'],
    edits: {
      'src/build-cache/kept-work.ts': [
        ['shapedWords: (fonts, hashes) => loadShapings(cache, fonts, hashes),', 'shapedWords: async () => {},'],
        ['saveShapings(cache, used.fonts, used.hashes),', 'undefined,'],
      ],
    },
  },
  {
    name: 'typeset cache',
    cacheOnly: true,
    what: 'typeset paragraphs kept between runs (typeset.json)',
    files: ['src/typeset/typeset-cache.ts', 'src/build-cache/typeset.ts'],
    edits: {
      'src/build-cache/kept-work.ts': [
        ['const kept = await loadTypeset(cache, scope);', 'const kept = new Map<string, SetParagraph>();'],
        ['typeset && saveTypeset(', 'false && saveTypeset('],
      ],
    },
  },
  {
    name: 'load cache',
    cacheOnly: true,
    what: 'the validated load kept between runs (load.json)',
    files: ['src/load/load-cache.ts'],
    edits: {
      'src/build-cache/kept-work.ts': [['loadInputs: (world, config, previousFonts) => loadInputsCached(world, config, cache, previousFonts),', 'loadInputs,']],
    },
  },
  {
    name: 'lazy loaders',
    what: 'yaml, zod, markdown-it, gray-matter in a chunk loaded only on a load-cache miss',
    files: [],
    edits: {
      'src/load/index.ts': [
        ["import type { Editorial, PartialEditorial, RoadmapData } from './types.js';", "import type { Editorial, PartialEditorial, RoadmapData } from './types.js';\nimport { loadRoadmap } from './roadmap.js';\nimport { loadEditorial } from './editorial.js';"],
        ["const [{ loadRoadmap }, { loadEditorial }] = await Promise.all([import('./roadmap.js'), import('./editorial.js')]);", ''],
      ],
    },
  },
  {
    name: 'SVG parse cache',
    cacheOnly: true,
    what: 'parsed SVG assets kept between runs (svg.json)',
    files: [],
    edits: {
      'src/build-cache/kept-work.ts': [
        ['svgs = await loadParsedSvgs(cache);', 'svgs = new Map();'],
        ['saveParsedSvgs(cache, svgs, svgsRead, used.svgKeys),', 'undefined,'],
      ],
    },
  },
  {
    name: 'font subset cache',
    cacheOnly: true,
    what: 'encoded font subsets kept between runs (subsets.json)',
    files: ['src/render/fonts.ts'],
    edits: { 'src/build-cache/kept-work.ts': [['({ subsets: subsetStoreFor(cache, hashes), forms: formStoreFor(cache) })', '({ forms: formStoreFor(cache) })']] },
  },
  {
    name: 'vector form cache',
    cacheOnly: true,
    what: 'deflated Form XObjects kept between runs (forms.json)',
    files: ['src/build-cache/forms.ts'],
    edits: { 'src/build-cache/kept-work.ts': [['({ subsets: subsetStoreFor(cache, hashes), forms: formStoreFor(cache) })', '({ subsets: subsetStoreFor(cache, hashes) })']] },
  },
  {
    name: 'raster worker',
    what: 'the thumbnail drawn in a worker thread started at launch',
    files: ['src/publish/raster-worker-host.ts', 'src/publish/raster-worker.ts'],
    env: { BROCHURE_THUMBNAIL_WORKER: '0' },
    thread: true,
  },
  {
    name: 'object streams',
    what: 'objects packed in object streams, xref stream (the PDF is 77 KB larger without: not byte-identical)',
    files: ['src/render/object-streams.ts'],
    edits: { 'src/render/index.ts': [['  useObjectStreams(doc);\n', '']] },
    differentPdf: true,
  },
  {
    name: 'bundled dependencies',
    what: 'yaml, zod, markdown-it, gray-matter, hyphen bundled into dist/ (instead of resolved from node_modules/)',
    files: [],
    build: (o) => ({ external: [...o.external, 'yaml', 'zod', 'markdown-it', 'gray-matter', 'hyphen', 'hyphen/*'] }),
  },
  {
    name: 'code splitting',
    what: 'publish, sync, watch, loaders in chunks loaded only when needed (instead of one file)',
    files: [],
    build: () => ({ splitting: false }),
  },
  {
    name: 'one fontkit',
    what: "our fontkit import takes pdfkit's CommonJS copy (instead of loading fontkit's ES build too)",
    files: [],
    build: (o) => ({ plugins: o.plugins.filter((p) => p.name !== 'one-fontkit') }),
  },
];

/** Watch mode's own reuse, measured with `--watch` (one-word rebuilds). */
export const WATCH_ABLATIONS = [
  {
    name: 'watch: fonts reused',
    what: 'parsed fonts (and their shaped words) kept between rebuilds',
    files: [],
    edits: { 'src/watch/rebuild.ts': [['{ typesetCache: cache, fonts: reuse.fonts }', '{ typesetCache: cache }']] },
  },
  {
    name: 'watch: cover reused',
    what: 'the cover thumbnail kept while page 1 cannot look different',
    files: ['src/watch/cover-reuse.ts'],
    edits: { 'src/watch/cover-reuse.ts': [['if (this.last?.key === k) {', 'if (false) {']] },
  },
  {
    name: 'watch: covers drawn by the worker',
    what: 'the session keeps the CLI\'s thumbnail thread: pdf.js (its legacy build replaces Array.prototype.push and JSON.stringify/parse with core-js\'s) never loads in the main thread',
    files: [],
    env: { BROCHURE_THUMBNAIL_WORKER: '0' },
  },
];

/** Lines as `wc -l` counts them. */
export const linesOf = (root, files) => files.reduce((n, f) => n + readFileSync(path.join(root, f), 'utf8').split('\n').length - 1, 0);

/** An esbuild plugin applying an ablation's source edits; throws when an edit no longer matches the code. */
export function editPlugin(root, ablation) {
  const edits = Object.entries(ablation.edits ?? {}).map(([file, list]) => [path.resolve(root, file), list]);
  const byFile = new Map(edits);
  return {
    name: 'ablation-edits',
    setup(b) {
      const seen = new Set();
      b.onEnd(() => {
        const missed = [...byFile.keys()].filter((f) => !seen.has(f));
        if (missed.length) throw new Error(`ablation « ${ablation.name} » : ${missed.map((f) => path.relative(root, f)).join(', ')} absent du bundle`);
      });
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const list = byFile.get(args.path);
        if (!list) return undefined;
        seen.add(args.path);
        let text = readFileSync(args.path, 'utf8');
        for (const [from, to] of list) {
          const n = text.split(from).length - 1;
          if (n !== 1) throw new Error(`ablation « ${ablation.name} » : ${path.relative(root, args.path)} contient ${n} fois « ${from} » (1 attendue) — mettez scripts/ablation.mjs à jour`);
          text = text.replace(from, () => to);
        }
        return { contents: text, loader: 'ts' };
      });
    },
  };
}
