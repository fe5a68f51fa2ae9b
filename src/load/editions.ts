// Editions: what is proper to each edition lives in `editions/<id>/`, laid over what every edition shares
// (`data/`, `content/brochure/`). Which edition a build reads, and in which folders, is decided here only.
import { EDITION_ID_PATTERN, outputNames, type Config } from '../config.js';
import { BuildError, sortDiagnostics, type Diagnostic, type SourcePos } from '../diagnostics.js';
import type { World } from '../world.js';
import type { Node } from 'yaml';
import { checkIsoDate } from './dates.js';
import { MAX_FILE_BYTES } from './limits.js';

/** The file of an edition's folder that holds its `edition:` section (read first, to order the editions). */
export const EDITION_FILE = 'edition.yaml';

/** An edition id: its folder name in editions/ (`mi-2021`), also what a release tag names (scripts/release.ts). */
export const EDITION_ID = new RegExp(`^${EDITION_ID_PATTERN}$`);

export interface EditionEntry {
  id: string;
  /** `editions/mi-2021`. */
  dir: string;
  /** ISO date of the edition, from its `edition.yaml`. */
  date: string;
  /** Its roadmap's period, « 2019-2021 », when its `edition.yaml` gives one (checks accept it as a past edition's). */
  periode?: string;
  /** The id its `precedente:` names, when it names one: it must be dated before this edition. */
  precedente?: string;
  /** Where its date is written, for the error that says the editions are out of order. */
  datePos?: SourcePos;
}

/** Where one build reads its inputs: the shared folders, then the edition's own (which win, file name by file name). */
export interface EditionSources {
  /** The edition being built; undefined for a project without `editions/` (one edition, all in data/ and content/). */
  id?: string;
  /** Every edition of the repository, oldest first (empty without `editions/`). */
  all: EditionEntry[];
  /** True for the newest edition, and for a project without editions. */
  latest: boolean;
  /** Folders of YAML data, shared first. */
  dataDirs: string[];
  /** Folders of the brochure's Markdown texts, shared first. */
  brochureDirs: string[];
  /** The folder holding the edition's web page. */
  pageDir: string;
}

const trim = (d: string) => d.replace(/\/+$/, '');

/** The folders of edition `id` (or of the single edition when undefined), without reading anything. */
export function editionFolders(config: Config, id?: string): Pick<EditionSources, 'dataDirs' | 'brochureDirs' | 'pageDir'> {
  const content = trim(config.contentDir);
  if (id === undefined) return { dataDirs: [trim(config.dataDir)], brochureDirs: [`${content}/brochure`], pageDir: `${content}/page` };
  const dir = `${trim(config.editionsDir)}/${id}`;
  return { dataDirs: [trim(config.dataDir), dir], brochureDirs: [`${content}/brochure`, `${dir}/brochure`], pageDir: `${dir}/page` };
}

/**
 * Every folder of `editions/` with its date, oldest first. A folder without a readable `edition.yaml` date is an
 * error located in that file: the order of the editions (and so which one is the latest) depends on it.
 */
export async function listEditions(world: World, config: Config): Promise<{ editions: EditionEntry[]; diagnostics: Diagnostic[] }> {
  const root = trim(config.editionsDir);
  const ids = [...new Set((await world.list(root)).map((f) => f.slice(root.length + 1).split('/')).filter((p) => p.length > 1).map((p) => p[0]))];
  const diagnostics: Diagnostic[] = [];
  const editions: EditionEntry[] = [];
  for (const id of ids) {
    const dir = `${root}/${id}`;
    const file = `${dir}/${EDITION_FILE}`;
    const at: SourcePos = { file, line: 1, column: 1 };
    if (!EDITION_ID.test(id)) {
      diagnostics.push({ severity: 'error', code: 'edition-nom', pos: { file: dir, line: 1, column: 1 }, message: `dossier d’édition « ${id} » : son nom est l’identifiant de l’édition, en minuscules, chiffres et tirets (ex. mi-2021)` });
      continue;
    }
    if (!(await world.exists(file))) {
      diagnostics.push({ severity: 'error', code: 'edition-fichier-manquant', pos: at, message: `l’édition « ${id} » n’a pas de fichier ${EDITION_FILE} : il décrit l’édition (libellé, date, période de la feuille de route)` });
      continue;
    }
    const read = await readEditionFile(world, file);
    if ('severity' in read) {
      diagnostics.push(read);
      continue;
    }
    editions.push({ id, dir, ...read });
  }
  editions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  // The latest edition is the one `npm run brochure` builds and the one `manifest.json` describes: a date typed wrong
  // (2020-08-27 for 2021-09-14) would silently make an older edition the latest and overwrite the site's manifest.
  const byId = new Map(editions.map((e) => [e.id, e]));
  for (const e of editions) {
    const before = e.precedente === undefined ? undefined : byId.get(e.precedente);
    if (before && before.date >= e.date)
      diagnostics.push({
        severity: 'error',
        code: 'edition-ordre',
        pos: e.datePos ?? { file: `${e.dir}/${EDITION_FILE}`, line: 1, column: 1 },
        message: `l’édition « ${e.id} » est datée du ${e.date}, mais elle suit l’édition « ${before.id} », datée du ${before.date} : une édition est datée après celle qu’elle actualise (est-ce la bonne date ?)`,
      });
  }
  return { editions, diagnostics };
}

/**
 * `edition.date` (and the roadmap's period) of an edition file, or the located reason it cannot be read (the full load
 * says more). Read like every data file (size, encoding, nesting), and by path in the parsed tree rather than as a
 * whole value, so an alias chain elsewhere in the file is never expanded here (the full load reports it).
 */
async function readEditionFile(world: World, file: string): Promise<Omit<EditionEntry, 'id' | 'dir'> | Diagnostic> {
  const [{ parseYaml, nodePos }, { decodeSource }, { tooBig }] = await Promise.all([import('./yaml-source.js'), import('./decode.js'), import('./read-data-files.js')]);
  const size = await world.size(file);
  if (size > MAX_FILE_BYTES) return tooBig(file, size);
  const { src, diagnostics } = parseYaml(file, decodeSource(file, await world.readBytes(file)).text);
  if (diagnostics.length) return diagnostics[0];
  const scalar = (...path: string[]): unknown => {
    const v = src.doc.getIn(path);
    return v === null || typeof v !== 'object' ? v : undefined;
  };
  const date = scalar('edition', 'date');
  const debut = scalar('feuille_de_route', 'periode', 'debut');
  const fin = scalar('feuille_de_route', 'periode', 'fin');
  const periode = typeof debut === 'number' && typeof fin === 'number' ? `${debut}-${fin}` : undefined;
  const precedente = scalar('edition', 'precedente');
  const datePos = nodePos(src, src.doc.getIn(['edition', 'date'], true) as Node | undefined);
  // The same error as the full load's (cross-check.ts), found first: the order of the editions depends on it.
  if (typeof date === 'string' && checkIsoDate(date) === 'jour')
    return { severity: 'error', code: 'date-invalide', pos: datePos, message: `date de l'édition « ${date} » invalide : ce jour n'existe pas` };
  if (typeof date === 'string' && !checkIsoDate(date))
    return { date, datePos, ...(periode ? { periode } : {}), ...(typeof precedente === 'string' ? { precedente } : {}) };
  return { severity: 'error', code: 'edition-date', pos: { file, line: 1, column: 1 }, message: `date de l’édition introuvable ou illisible dans ${file} : attendue sous « edition: » comme « date: AAAA-MM-JJ »` };
}

/** Thrown when `--edition` names no edition of the repository: a usage error, not an input error. */
export class UnknownEditionError extends Error {
  constructor(
    readonly id: string,
    readonly known: readonly string[],
  ) {
    super(known.length ? `édition « ${id} » inconnue : éditions disponibles ${known.join(', ')}` : `édition « ${id} » inconnue : ce projet n’a pas de dossier d’éditions`);
    this.name = 'UnknownEditionError';
  }
}

/**
 * The editions, oldest first, or a BuildError with every error found listing them and the syntax errors of the other
 * files the build would read (`syntaxOfOtherFiles`).
 */
export async function editionsOrThrow(world: World, config: Config): Promise<EditionEntry[]> {
  const { editions, diagnostics } = await listEditions(world, config);
  if (diagnostics.length) throw new BuildError(sortDiagnostics([...diagnostics, ...(await syntaxOfOtherFiles(world, config, diagnostics))]));
  return editions;
}

/**
 * The edition a build reads: `config.edition` when set, else the latest. Without an `editions/` folder, the single
 * edition of `data/` and `content/` (and `config.edition` must be unset).
 */
export async function editionSources(world: World, config: Config): Promise<EditionSources> {
  const editions = await editionsOrThrow(world, config);
  if (!editions.length) {
    if (config.edition !== undefined) throw new UnknownEditionError(config.edition, []);
    return { all: [], latest: true, ...editionFolders(config) };
  }
  const latest = editions[editions.length - 1];
  const chosen = config.edition === undefined ? latest : editions.find((e) => e.id === config.edition);
  if (!chosen) throw new UnknownEditionError(config.edition!, editions.map((e) => e.id));
  const clash = await sharedNames(world, config, editions, chosen);
  if (clash.length) throw new BuildError(clash);
  return { id: chosen.id, all: editions, latest: chosen === latest, ...editionFolders(config, chosen.id) };
}

/**
 * When the editions cannot be listed, the build stops before its loaders. The YAML files they would have read — data/,
 * the folders of the editions in error and the one asked for — are still read as the loader reads them (size,
 * encoding, syntax, a file's shape), so that one run says what to fix in all of them (issue 15: every error in one pass).
 */
async function syntaxOfOtherFiles(world: World, config: Config, found: readonly Diagnostic[]): Promise<Diagnostic[]> {
  const { readDataFiles } = await import('./read-data-files.js');
  const root = trim(config.editionsDir);
  const editionDir = (file: string) => {
    const end = file.startsWith(`${root}/`) ? file.indexOf('/', root.length + 1) : -1;
    return end < 0 ? [] : [file.slice(0, end)];
  };
  const asked = config.edition !== undefined && EDITION_ID.test(config.edition) ? [`${root}/${config.edition}`] : [];
  const dirs = new Set([trim(config.dataDir), ...found.flatMap((d) => editionDir(d.pos?.file ?? '')), ...asked]);
  const reported = new Set(found.map((d) => d.pos?.file));
  const read = await Promise.all([...dirs].map((dir) => readDataFiles(world, dir)));
  return read.flatMap((r) => [...r.diagnostics, ...r.textDiagnostics]).filter((d) => !reported.has(d.pos?.file));
}

/**
 * Publishing one edition must never overwrite another's files: a name pattern without `{edition}` or `{date}`
 * (in brochure.config.yaml), or two editions of the same day, would give two editions one file.
 */
async function sharedNames(world: World, config: Config, editions: readonly EditionEntry[], chosen: EditionEntry): Promise<Diagnostic[]> {
  const namesOf = async (e: EditionEntry) => {
    const page = (await world.list(editionFolders(config, e.id).pageDir, '.markdown'))[0];
    const n = outputNames(config, { id: e.id, date: e.date, page: page ? page.slice(page.lastIndexOf('/') + 1) : '' });
    return [n.pdf, n.thumbnail, n.une, ...(page ? [n.page] : [])];
  };
  const own = await namesOf(chosen);
  const out: Diagnostic[] = [];
  for (const e of editions) {
    if (e === chosen) continue;
    const both = (await namesOf(e)).filter((n) => own.includes(n));
    if (both.length)
      out.push({
        severity: 'error',
        code: 'noms-en-double',
        pos: { file: `${chosen.dir}/${EDITION_FILE}`, line: 1, column: 1 },
        message: `les éditions « ${chosen.id} » et « ${e.id} » seraient publiées sous le même nom (${both.join(', ')}) : l’une remplacerait l’autre sur le site`,
        hint: 'donnez à chaque édition sa date, et gardez {edition} ou {date} dans les noms de brochure.config.yaml',
      });
  }
  return out;
}
