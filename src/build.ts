// The pipeline, stage after stage, as one function the CLI, the tests and the bench call in-process.
import path from 'node:path';
import { outputNames, type Config, type OutputNames } from './config.js';
import type { World } from './world.js';
import { BuildError, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { editionRead, InputsError, type Inputs, type LoadedFonts } from './load/index.js';
import type { BrochureDocument } from './model/types.js';
import type { LayoutResult } from './layout/index.js';
import type { PagedDocument } from './layout/types.js';
import type { Counts } from './model/counts.js';
import type { DataValues } from './model/placeholders.js';
import type { VectorAsset } from './assets/types.js';
import type { SetParagraph } from './typeset/types.js';
import { namedPictogrammes } from './load/assets.js';
import { loadVectorAssets } from './assets/load-assets.js';
import { buildDocument, checkEditorial } from './model/build.js';
import { layoutDocument } from './layout/index.js';
import { paragraphKey } from './layout/builder.js';
import { BLOC_MARQUE } from './layout/vectors.js';
import { renderPdf } from './render/index.js';
import { pdfStandards } from './finish/standards.js';
import { keptWork, type BuildCache } from './build-cache/index.js';
import { hashFonts, type FontHashes } from './load/font-hashes.js';

export type StageName = 'load' | 'model' | 'typeset+layout' | 'render';

export interface BuildResult {
  inputs: Inputs;
  /** The counts and the data placeholders' values the model wrote the brochure with. */
  counts: Counts;
  values: DataValues;
  /** The names this edition publishes under (PDF, thumbnails, page, manifests). */
  names: OutputNames;
  document: BrochureDocument;
  layout: LayoutResult & { paged: PagedDocument };
  assets: ReadonlyMap<string, VectorAsset>;
  pdf: Uint8Array;
  /** SHA-256 of each font file: what caches and watch mode compare fonts by. */
  fontHashes: FontHashes;
  /** Warnings of every stage (errors throw a BuildError). */
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Partial<Record<StageName, number>>;
}

/** `SOURCE_DATE_EPOCH` (seconds) overrides the edition date as the PDF's date, for reproducible rebuilds. */
export function sourceDate(world: World): string | undefined {
  const epoch = world.env('SOURCE_DATE_EPOCH');
  if (!epoch) return undefined;
  if (!/^\d+$/.test(epoch)) {
    throw new BuildError([{ severity: 'error', code: 'source-date-epoch', message: `SOURCE_DATE_EPOCH « ${epoch} » invalide : un nombre entier de secondes est attendu` }]);
  }
  return new Date(Number(epoch) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** Work a long-lived caller (watch mode) keeps between builds; see `layoutDocument` for when to drop it. */
export interface BuildReuse {
  typesetCache?: Map<string, SetParagraph>;
  /** The last build's fonts: unchanged files keep their parsed faces and shaped words. */
  fonts?: LoadedFonts;
  /** The build cache (src/build-cache/): the CLI passes it unless `--no-cache`; tests pass it to test it. */
  cache?: BuildCache;
  /**
   * Called with page 1 rendered alone, before the whole PDF: the CLI's thumbnail worker draws the cover from it
   * while this thread renders the rest (see `earlyCover` in publish/thumbnails.ts).
   */
  onCover?: (coverPdf: Uint8Array) => void;
}

/** Texts a build read: what the checks that need nothing else run on when a stage fails. */
type ReadTexts = Pick<InputsError['read'], 'sources' | 'edition'>;

export async function buildBrochure(world: World, config: Config, onStage?: (stage: StageName) => void, reuse: BuildReuse = {}): Promise<BuildResult> {
  let read: ReadTexts | undefined;
  try {
    return await runStages(world, config, onStage, reuse, (r) => (read = r));
  } catch (e) {
    throw await withEveryInputCheck(world, config, e, read);
  }
}

/**
 * A failed build still runs every check that only needs what was read (the editorial lint's text checks; when the
 * inputs failed, the model's checks of the texts and the pictograms' SVG checks), so that one run lists every error
 * rather than one stage's at a time.
 */
async function withEveryInputCheck(world: World, config: Config, e: unknown, read: ReadTexts | undefined): Promise<unknown> {
  if (!(e instanceof BuildError)) return e;
  const more: Diagnostic[] = [];
  if (e instanceof InputsError) {
    more.push(...checkEditorial(e.read.editorial, e.read.dataEdito));
    more.push(...(await loadVectorAssets(world, [BLOC_MARQUE, ...e.read.pictogrammes], config.assetsDir)).diagnostics);
  }
  const texts = e instanceof InputsError ? e.read : read;
  if (texts) {
    // The edition's words are judged against its id and date only when its own description has no error (a wrong
    // date would make every year in its texts look wrong).
    const edition = texts.edition;
    const described = edition !== undefined && !e.diagnostics.some((d) => d.severity === 'error' && d.pos?.file === edition.file);
    more.push(...(await import('./sync/index.js')).lintSources(texts.sources, described ? texts.edition : undefined));
  }
  return more.length ? new BuildError(sortDiagnostics([...e.diagnostics, ...more])) : e;
}

async function runStages(world: World, config: Config, onStage: ((stage: StageName) => void) | undefined, reuse: BuildReuse, onRead: (read: ReadTexts) => void): Promise<BuildResult> {
  const timings: BuildResult['timings'] = {};
  const diagnostics: Diagnostic[] = [];
  const time = async <T>(stage: StageName, fn: () => T | Promise<T>): Promise<T> => {
    onStage?.(stage);
    const t0 = performance.now();
    const r = await fn();
    timings[stage] = performance.now() - t0;
    return r;
  };
  const fail = (ds: Diagnostic[]) => {
    if (hasErrors(ds)) throw new BuildError(ds);
  };

  const kept = keptWork(reuse.cache);
  const { inputs, assets, svgKeys, fontHashes } = await time('load', async () => {
    const inputs = await kept.loadInputs(world, config, reuse.fonts);
    const fontHashes = hashFonts(inputs.fontBytes);
    const [loaded] = await Promise.all([
      loadVectorAssets(world, [BLOC_MARQUE, ...namedPictogrammes(inputs.data)], config.assetsDir, await kept.svgParses()),
      kept.shapedWords(inputs.fonts, fontHashes),
    ]);
    diagnostics.push(...inputs.diagnostics, ...loaded.diagnostics);
    return { inputs, assets: loaded.assets, svgKeys: loaded.parseKeys, fontHashes };
  });
  onRead({ sources: inputs.sources, ...editionRead(inputs.edition) });
  fail(diagnostics);

  const date = sourceDate(world);
  const model = await time('model', () => buildDocument(inputs.data, inputs.editorial, { ...(date ? { date } : {}), ...(inputs.previous ? { previous: inputs.previous } : {}) }));
  diagnostics.push(...model.diagnostics);
  fail(diagnostics);
  const document = model.document!;

  // Watch mode keeps its paragraphs in memory; a plain run may start from those the last run left on disk.
  const typesetCache = reuse.typesetCache ?? (await kept.paragraphs(fontHashes, document.properNames));
  const layout = await time('typeset+layout', () => layoutDocument(document, inputs.fonts, assets, typesetCache));
  diagnostics.push(...layout.diagnostics);
  fail(diagnostics);
  const paged = layout.paged!;

  const pdf = await time('render', async () => {
    const render = (doc: PagedDocument) =>
      renderPdf(doc, { fontBytes: inputs.fontBytes, assets, fonts: inputs.fonts, standards: pdfStandards(doc.meta), ...kept.renderStores(fontHashes) });
    if (reuse.onCover) reuse.onCover(await render({ ...paged, pages: paged.pages.slice(0, 1), outline: [] }));
    return render(paged);
  });
  await kept.save({ fonts: inputs.fonts, hashes: fontHashes, svgKeys, paragraphs: new Map(layout.paragraphs.map((r) => [paragraphKey(r.spec), r.set] as const)) });
  return {
    inputs,
    counts: model.counts,
    values: model.values,
    names: editionOutputNames(config, inputs),
    fontHashes,
    document,
    layout: { ...layout, paged },
    assets,
    pdf,
    diagnostics,
    timings,
  };
}

/** The names of the edition `inputs` describe: from its id, its date and its page's file name (see `outputNames`). */
export function editionOutputNames(config: Config, inputs: Pick<Inputs, 'edition' | 'data' | 'editorial'>): OutputNames {
  const file = inputs.editorial.page.file;
  return outputNames(config, {
    ...(inputs.edition.id !== undefined ? { id: inputs.edition.id } : {}),
    date: inputs.data.programme.edition.date,
    page: file.slice(file.lastIndexOf('/') + 1),
    latest: inputs.edition.latest,
  });
}

export interface Published {
  built: BuildResult;
  summary: import('./publish/index.js').PublishSummary;
  /** Warnings of every stage, the editorial lint's and publication's included. */
  warnings: Diagnostic[];
  /** Milliseconds per stage, `lint` and `publish` included. */
  timings: Record<string, number>;
}

type PublishOptions = { onStage?: (stage: StageName | 'publish') => void; hooks?: import('./publish/index.js').PublishHooks };

/**
 * The release path after a build, shared by a plain run and by watch mode: the editorial lint (it needs the
 * built PDF for size labels, and its errors stop the run before out/ is touched), then the atomic publication.
 */
export async function publishBuilt(world: World, config: Config, built: BuildResult, opts: PublishOptions = {}): Promise<Published> {
  const t0 = performance.now();
  const lint = await (await import('./sync/index.js')).lintBuild(world, config, built);
  if (hasErrors(lint)) throw new BuildError([...built.diagnostics, ...lint]);
  const lintMs = performance.now() - t0;
  opts.onStage?.('publish');
  const { publish } = await import('./publish/index.js');
  const t1 = performance.now();
  const summary = await publish(
    {
      pdf: built.pdf,
      pages: built.layout.paged.pages.length,
      title: built.document.meta.title,
      data: built.inputs.data,
      counts: built.counts,
      values: built.values,
      names: built.names,
      page: built.inputs.editorial.page,
      config,
      outDir: path.resolve(world.root, config.outDir),
    },
    opts.hooks,
  );
  const timings: Record<string, number> = { ...(built.timings as Record<string, number>), lint: lintMs, publish: performance.now() - t1 };
  return { built, summary, warnings: [...built.diagnostics, ...lint, ...summary.diagnostics], timings };
}

/** Build, lint and publish: what `npm run brochure` does. */
export async function buildAndPublish(world: World, config: Config, opts: PublishOptions & { reuse?: BuildReuse } = {}): Promise<Published> {
  return publishBuilt(world, config, await buildBrochure(world, config, opts.onStage, opts.reuse), opts);
}
