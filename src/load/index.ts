// loadInputs: the load stage's entry point: data, editorial and fonts read concurrently, every diagnostic collected before failing.
import type { Config } from '../config.js';
import { BuildError, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { FontKey, FontSet } from '../typeset/types.js';
import type { World } from '../world.js';
import { loadFonts, type LoadedFonts } from './fonts.js';
import { checkGlyphs } from '../glyphs/check-glyphs.js';
import type { Editorial, PartialEditorial, RoadmapData } from './types.js';
import { EDITION_FILE, editionSources, type EditionSources } from './editions.js';

export interface Inputs {
  /** Which edition this is, and where its files are. */
  edition: EditionSources;
  data: RoadmapData;
  /** The previous edition's data, when this edition names one of editions/ as `precedente`. */
  previous?: RoadmapData;
  editorial: Editorial;
  fonts: FontSet;
  fontBytes: Record<FontKey, Uint8Array>;
  /** The text of every data and editorial file this build read, by path: later checks read the same text. */
  sources: ReadonlyMap<string, string>;
  /** Warnings only (errors throw). */
  diagnostics: Diagnostic[];
}

/**
 * The load stage's failure: every input error, and what could be read, so that the checks of later stages that only
 * need the texts (missing blocks, provisional text) or the pictograms named (their SVG) run in the same pass and a
 * writer sees every error at once.
 */
export class InputsError extends BuildError {
  constructor(
    diagnostics: readonly Diagnostic[],
    readonly read: {
      editorial: PartialEditorial;
      sources: ReadonlyMap<string, string>;
      pictogrammes: readonly string[];
      /** The edition's data give an `edito:` section (then the page need not quote one). */
      dataEdito: boolean;
      /** The edition being built, as the edition list read it first (its texts are checked for another edition's words). */
      edition?: { id: string; date: string; file: string };
    },
  ) {
    super(diagnostics);
  }
}

/**
 * Collects the diagnostics of all three loaders and of every check that can run on what they read, whatever else
 * failed (a wrong statut does not hide a glyph missing from the fonts); throws `InputsError` carrying all of them if
 * any is an error.
 */
export async function loadInputs(world: World, config: Config, previousFonts?: LoadedFonts): Promise<Inputs> {
  // Imported here, not at the top: a run that takes its load from the cache (build-cache/inputs.ts) never loads yaml, zod,
  // markdown-it or gray-matter (≈ 700 KB of the bundle, ≈ 40 ms of start-up).
  const [{ loadRoadmap }, { loadEditorial }] = await Promise.all([import('./roadmap.js'), import('./editorial.js')]);
  const edition = await editionSources(world, config);
  const [roadmap, editorial, fonts] = await Promise.all([loadRoadmap(world, config, edition), loadEditorial(world, config, edition), loadFonts(world, config, previousFonts)]);
  const diagnostics = [...roadmap.diagnostics, ...editorial.diagnostics, ...fonts.diagnostics];
  // Before layout, so a character no font can draw is reported where it was written, with every other input error of the run.
  if (fonts.fonts.regular) diagnostics.push(...checkGlyphs(roadmap, editorial.read, fonts.fonts));
  const { page, blocks } = editorial.read;
  const sources = new Map([...roadmap.texts, ...[page, ...Object.values(blocks)].flatMap((d) => (d ? [[d.file, d.source] as const] : []))]);
  if (hasErrors(diagnostics) || !roadmap.data || !editorial.editorial) throw new InputsError(sortDiagnostics(diagnostics), {
      editorial: editorial.read,
      sources,
      pictogrammes: roadmap.pictogrammes,
      dataEdito: roadmap.raw.edito !== undefined,
      ...editionRead(edition),
    });
  return {
    edition,
    data: roadmap.data,
    ...(roadmap.previous ? { previous: roadmap.previous } : {}),
    editorial: editorial.editorial,
    fonts: fonts.fonts,
    fontBytes: fonts.bytes,
    sources,
    diagnostics,
  };
}

// loadRoadmap and loadEditorial are imported from their own modules (roadmap.js, editorial.js), never through this
// index: a static re-export here would pull their dependencies into every run.
export { loadFonts, FONT_FILES, type LoadedFonts } from './fonts.js';
export { MAX_FILE_BYTES, MAX_TEXT_CHARS, MAX_PROJETS } from './limits.js';
export { editionSources, listEditions, editionFolders, UnknownEditionError, EDITION_FILE, type EditionSources, type EditionEntry } from './editions.js';

/** The id, date and description file of the edition being built, from the list read before its files. */
export function editionRead(edition: EditionSources): { edition?: { id: string; date: string; file: string } } {
  const entry = edition.id === undefined ? undefined : edition.all.find((e) => e.id === edition.id);
  return entry ? { edition: { id: entry.id, date: entry.date, file: `${entry.dir}/${EDITION_FILE}` } } : {};
}
