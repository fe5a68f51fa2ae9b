// loadRoadmap: data/*.yaml (and the edition's own YAML) → validated `RoadmapData`, or every error of the run, each pointing at its YAML node.
import { hasErrors, sortDiagnostics, type Diagnostic, type SourcePos } from '../diagnostics.js';
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { resolveAssetPath, type LinkAwareWorld } from './assets.js';
import { crossCheck } from './cross-check.js';
import { dataPos, dataSpan, readDataFiles } from './read-data-files.js';
import type { SpanLocator } from '../glyphs/text-sources.js';
import { EDITION_SECTIONS, HOME_FILE, roadmapSchema, type RawRoadmap } from './schema.js';
import { EDITION_FILE, editionFolders, editionSources, type EditionSources } from './editions.js';
import { applyMissionRenames } from './mission-renames.js';
import { toRoadmap } from './to-roadmap.js';
import type { RoadmapData } from './types.js';
import { keyPos } from './yaml-source.js';
import { issueToDiagnostics, listTooLong } from './zod-issues.js';
import { MAX_PROJETS } from './limits.js';

export interface LoadedRoadmap {
  /** Absent when anything is wrong. */
  data?: RoadmapData;
  /** The previous edition's data, when this edition names one of editions/ as `precedente`. */
  previous?: RoadmapData;
  diagnostics: Diagnostic[];
  /** The sections as parsed, valid or not: checks that only read texts (glyphs) run on them even when the data fail. */
  raw: Record<string, unknown>;
  spanAt: SpanLocator;
  /** Where a path of `raw` is (its file's first line when no file holds it). */
  at: (path: readonly PropertyKey[]) => SourcePos;
  /** Each file's text as read. */
  texts: ReadonlyMap<string, string>;
  /** Pictogram paths (relative to assets/) that passed the path checks, valid records or not: their SVGs can be checked. */
  pictogrammes: string[];
}

/**
 * The data of one edition (`sources`, by default the one `config` selects): the shared files of data/ and the
 * edition's own, merged section by section. A previous edition named by id is loaded too, for its figures.
 */
export async function loadRoadmap(world: World, config: Config, sources?: EditionSources): Promise<LoadedRoadmap> {
  const ed = sources ?? (await editionSources(world, config));
  const { precedenteId: wanted, ...loaded } = await loadEditionData(world, config, ed);
  if (!loaded.data || wanted === undefined) return loaded;
  const { data, ...read } = loaded;
  const at = loaded.at(['edition', 'precedente']);
  const entry = ed.all.find((e) => e.id === wanted);
  // Without `data`: the load failed, but what was read still feeds the checks that only need the texts.
  const fail = (...more: Diagnostic[]): LoadedRoadmap => ({ ...read, diagnostics: sortDiagnostics([...loaded.diagnostics, ...more]) });
  const precedenteError = (message: string): Diagnostic => ({ severity: 'error', code: 'edition-precedente', pos: at, message });
  if (!entry) return fail(precedenteError(`édition précédente « ${wanted} » inconnue : éditions du dossier ${config.editionsDir.replace(/\/+$/, '')}/ ${ed.all.map((e) => e.id).join(', ') || '(aucune)'}`));
  if (entry.date >= data.programme.edition.date) return fail(precedenteError(`l’édition précédente « ${wanted} » (${entry.date}) n’est pas antérieure à celle-ci (${data.programme.edition.date})`));
  const prev = await loadEditionData(world, config, { ...ed, id: entry.id, latest: false, ...editionFolders(config, entry.id) });
  if (!prev.data) return fail(...prev.diagnostics);
  // Its figures are counted from `previous` by the model (countProjets), like this edition's.
  data.programme.edition.precedente = { id: entry.id, libelle: prev.data.programme.edition.libelle, periode: { ...prev.data.programme.feuilleDeRoute.periode }, pos: at };
  return { ...loaded, previous: prev.data };
}

async function loadEditionData(world: World, config: Config, ed: EditionSources): Promise<LoadedRoadmap & { precedenteId?: string }> {
  const dirs = ed.dataDirs;
  const dir = dirs[0];
  const files = await readDataFiles(world, dirs);
  const diagnostics = [...files.textDiagnostics, ...files.diagnostics];
  const editionDir = ed.id !== undefined ? dirs[dirs.length - 1] : undefined;
  const home = (key: string): SourcePos => {
    const file = HOME_FILE[key as keyof RawRoadmap] ?? 'programme.yaml';
    if (editionDir && EDITION_SECTIONS.has(key)) return { file: `${editionDir}/${key === 'projets' ? file : EDITION_FILE}`, line: 1, column: 1 };
    return { file: `${dir}/${file}`, line: 1, column: 1 };
  };
  const at = (path: readonly PropertyKey[]) => dataPos(files, path, home);
  const read = { raw: files.raw, at, spanAt: (path: readonly PropertyKey[]) => dataSpan(files, path), texts: files.texts };

  if (files.owner.size === 0 && files.broken.size === 0) {
    diagnostics.push({ severity: 'error', code: 'donnees-absentes', pos: { file: dir, line: 1, column: 1 }, message: `aucun fichier .yaml dans ${dir}/ : attendus programme.yaml, enjeux.yaml, missions.yaml, projets.yaml` });
    return { diagnostics, ...read, pictogrammes: [] };
  }

  // A list far beyond any roadmap (an export, a list pasted ten times) is refused before its records are validated one by one.
  const count = Array.isArray(files.raw.projets) ? files.raw.projets.length : 0;
  if (count > MAX_PROJETS) return { diagnostics: sortDiagnostics([...diagnostics, listTooLong(['projets'], count, MAX_PROJETS, at(['projets']))]), ...read, pictogrammes: [] };

  const renames = applyMissionRenames(files.raw, at);
  diagnostics.push(...renames.diagnostics);
  const parsed = roadmapSchema.safeParse(files.raw);
  const issues = parsed.success ? [] : parsed.error.issues;
  const ctx = {
    raw: files.raw,
    schema: roadmapSchema,
    pathPos: at,
    keyPos: (path: readonly PropertyKey[], key: string) => {
      const src = files.owner.get(String(path.length ? path[0] : key));
      return src ? keyPos(src, path, key) : home(key);
    },
  };
  for (const issue of issues) {
    for (const d of issueToDiagnostics(issue, ctx)) {
      // In a file that did not parse, or for a section missing because its file did not parse, the schema only repeats the syntax error.
      if (d.pos && files.broken.has(d.pos.file)) continue;
      diagnostics.push(d);
    }
  }
  const pictogrammes: string[] = [];
  // Cross-references over a half-parsed file, or with a section defined twice, would report the records lost as "unknown".
  if (!hasErrors(files.diagnostics)) {
    const isValid = (path: readonly PropertyKey[]) =>
      !issues.some((i) => i.code !== 'unrecognized_keys' && (startsWith(i.path, path) || startsWith(path, i.path)));
    diagnostics.push(...crossCheck(files.raw, at, isValid));
    const pictos: [readonly PropertyKey[], unknown][] = [];
    for (const list of ['enjeux', 'missions'])
      (Array.isArray(files.raw[list]) ? (files.raw[list] as Record<string, unknown>[]) : []).forEach((r, i) => {
        if (isValid([list, i, 'pictogramme'])) pictos.push([[list, i, 'pictogramme'], r?.pictogramme]);
      });
    const resolved = await Promise.all(
      pictos.map(([path, rel]) => (typeof rel === 'string' ? resolveAssetPath(world as LinkAwareWorld, config, rel, at(path)) : null)),
    );
    resolved.forEach((r, i) => {
      if (r) diagnostics.push(...r.diagnostics);
      if (r && !r.diagnostics.length) pictogrammes.push(pictos[i][1] as string);
    });
  }
  if (!parsed.success || hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics), ...read, pictogrammes };
  const precedente = parsed.data.edition.precedente;
  if (typeof precedente === 'string' && ed.id === undefined)
    return { diagnostics: sortDiagnostics([...diagnostics, { severity: 'error', code: 'edition-precedente', pos: at(['edition', 'precedente']), message: `édition précédente « ${precedente} » : sans dossier ${config.editionsDir.replace(/\/+$/, '')}/, décrivez-la par ses chiffres (periode, projets, acheves)` }]), ...read, pictogrammes };
  return {
    data: toRoadmap(parsed.data, at, { id: ed.id, refs: renames.refs, supposed: renames.supposed }),
    diagnostics: sortDiagnostics(diagnostics),
    ...read,
    pictogrammes,
    ...(typeof precedente === 'string' ? { precedenteId: precedente } : {}),
  };
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

