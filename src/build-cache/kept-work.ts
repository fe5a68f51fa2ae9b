// The build cache as one build sees it: what to start from, and what to leave for the next run. Without a cache
// (tests, `--no-cache`, watch mode's own memory) the same calls do the work and keep nothing, so the pipeline in
// src/build.ts reads the same either way.
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { loadInputs, type Inputs, type LoadedFonts } from '../load/index.js';
import type { FontHashes } from '../load/font-hashes.js';
import type { ParsedSvgs } from '../assets/load-assets.js';
import type { FontSet, SetParagraph } from '../typeset/types.js';
import type { SubsetStore } from '../render/fonts.js';
import type { FormStore } from '../render/vector.js';
import type { BuildCache } from './files.js';
import { loadShapings, saveShapings, subsetStoreFor } from './fonts.js';
import { formStoreFor } from './forms.js';
import { loadInputsCached, loadParsedSvgs, saveParsedSvgs } from './inputs.js';
import { typesetScope } from '../typeset/typeset-cache.js';
import { loadTypeset, saveTypeset } from './typeset.js';

export interface KeptWork {
  loadInputs(world: World, config: Config, previousFonts?: LoadedFonts): Promise<Inputs>;
  /** SVG parses to start from; `loadVectorAssets` fills the map with what it parses. */
  svgParses(): Promise<ParsedSvgs>;
  /** Seeds the faces with the words earlier runs shaped. */
  shapedWords(fonts: FontSet, hashes: FontHashes): Promise<void>;
  /** Paragraphs to start from; `layoutDocument` fills the map with what it typesets. */
  paragraphs(hashes: FontHashes, properNames: readonly string[]): Promise<Map<string, SetParagraph>>;
  renderStores(hashes: FontHashes): { subsets?: SubsetStore; forms?: FormStore };
  /** After a successful render: what this run used, for the next one. Never fails the build. */
  save(used: { fonts: FontSet; hashes: FontHashes; svgKeys: readonly string[]; paragraphs: ReadonlyMap<string, SetParagraph> }): Promise<void>;
}

export function keptWork(cache: BuildCache | undefined): KeptWork {
  if (!cache) {
    return {
      loadInputs,
      svgParses: async () => new Map(),
      shapedWords: async () => {},
      paragraphs: async () => new Map(),
      renderStores: () => ({}),
      save: async () => {},
    };
  }
  let svgs: ParsedSvgs = new Map();
  let svgsRead = new Set<string>();
  let typeset: { scope: string; read: Set<string> } | undefined;
  return {
    loadInputs: (world, config, previousFonts) => loadInputsCached(world, config, cache, previousFonts),
    async svgParses() {
      svgs = await loadParsedSvgs(cache);
      svgsRead = new Set(svgs.keys());
      return svgs;
    },
    shapedWords: (fonts, hashes) => loadShapings(cache, fonts, hashes),
    async paragraphs(hashes, properNames) {
      const scope = typesetScope(cache.codeId ?? '', hashes, properNames);
      const kept = await loadTypeset(cache, scope);
      typeset = { scope, read: new Set(kept.keys()) };
      return kept;
    },
    renderStores: (hashes) => ({ subsets: subsetStoreFor(cache, hashes), forms: formStoreFor(cache) }),
    async save(used) {
      await Promise.all([
        saveShapings(cache, used.fonts, used.hashes),
        saveParsedSvgs(cache, svgs, svgsRead, used.svgKeys),
        typeset && saveTypeset(cache, typeset.scope, typeset.read, used.paragraphs),
      ]);
    },
  };
}
