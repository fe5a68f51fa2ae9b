// Paths, public URLs and output names; defaults work out of the box, `brochure.config.yaml` may override any of them.

/** An edition id as a pattern: its folder name in editions/ (`mi-2021`); `EDITION_ID` (load/editions.ts) anchors it. */
export const EDITION_ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** The names an edition publishes under; patterns filled by `outputNames`. */
export interface OutputNamePatterns {
  /** `{date}` is replaced by the edition date as YYYYMMDD, `{edition}` by the edition's id. */
  pdfName: string;
  /** Thumbnail base name (`.png` and `@2x.png` are appended); `{edition}` is replaced by the edition's id. */
  thumbnailName: string;
  /**
   * Name of the regenerated web page in out/; `{page}` is the name of the edition's page file, `{edition}` its id.
   * On the site it goes into `_publications/` under this name, which gives its URL (`/publications/<name>/`).
   */
  pageName: string;
  /** The page's `une` image (the site's header and listing-card picture); `{date}` and `{edition}` as in `pdfName`. */
  uneName: string;
}

export interface Config extends OutputNamePatterns {
  /** Folders, relative to the project root. `dataDir` and `contentDir` hold what every edition shares. */
  dataDir: string;
  contentDir: string;
  /** One folder per edition (`editions/mi-2021/`), its name the edition's id: what is proper to that edition. */
  editionsDir: string;
  fontsDir: string;
  assetsDir: string;
  outDir: string;
  /** Site on which the page and uploads are published. */
  siteUrl: string;
  /** Path on the site where uploads are served. */
  uploadsPath: string;
  /** Width of the thumbnail on the web page, CSS pixels (the 2× PNG is twice this). */
  thumbnailWidth: number;
  /** Per-edition output names, by edition id, over the patterns above (names already online must not change). */
  editions: Record<string, Partial<OutputNamePatterns>>;
  /** The edition to build (`--edition`); unset: the latest one. Not a key of the config file. */
  edition?: string;
}

export const DEFAULT_CONFIG: Config = {
  dataDir: 'data',
  contentDir: 'content',
  editionsDir: 'editions',
  fontsDir: 'fonts',
  assetsDir: 'assets',
  outDir: 'out',
  siteUrl: 'https://www.numerique.gouv.fr',
  uploadsPath: '/uploads/',
  pdfName: '{date}_Plaquette_Techgouv_DINUM.pdf',
  thumbnailName: 'capture-plaquette-TECH-couv-{edition}',
  thumbnailWidth: 300,
  pageName: '{page}',
  // Dated like the PDF, so each edition has its own. Not the site's `Publication_TECHGOUV_une.jpg`: the 2019
  // edition's live page shows that one, a picture of the site's own making that no build may overwrite.
  uneName: '{date}_Publication_TECHGOUV_une.jpg',
  editions: {
    // Online at /uploads/ since August 2020, under the names of the days when there was one edition.
    'mi-2020': { thumbnailName: 'capture-plaquette-TECH-couv' },
  },
};

/** The folders a build reads (what watch mode watches and an edition diff extracts), without trailing slashes. */
export function inputDirs(config: Config): string[] {
  return [config.dataDir, config.contentDir, config.editionsDir, config.fontsDir, config.assetsDir].map((d) => d.replace(/\/+$/, ''));
}

/** What names an edition's files: its id (none for a project without editions/), date, and its page's file name. */
export interface EditionNaming {
  id?: string;
  date: string;
  /** File name of the edition's page (`tech-gouv-….markdown`). */
  page: string;
  /** The latest edition also publishes `manifest.json`, the one the website reads first. */
  latest?: boolean;
}

export interface OutputNames {
  pdf: string;
  /** Base name of the thumbnails (see `thumbnailNames`). */
  thumbnail: string;
  page: string;
  /** The page's `une` image (JPEG). */
  une: string;
  /** The edition's manifest(s), written last: `manifest-ID.json`, and `manifest.json` for the latest edition. */
  manifests: string[];
}

/** The manifest of the current (latest) edition, which the website reads; each edition also has `manifest-ID.json`. */
export const MANIFEST_NAME = 'manifest.json';

/** An edition's own manifest (`manifest.json` describes the latest edition as well). */
export const editionManifestName = (id: string): string => `manifest-${id}.json`;

/** Manifest files are the commit points of a publication: written last (see publish/atomic-write.ts). */
export const isManifestName = (name: string): boolean => new RegExp(`^manifest(?:-${EDITION_ID_PATTERN})?\\.json$`).test(name);

/**
 * `{edition}` is the edition's id; without one (a project without editions/), `{edition}` and the separator before it
 * are dropped, so `capture-plaquette-TECH-couv-{edition}` gives the name of the days of a single edition.
 */
function fill(pattern: string, e: EditionNaming): string {
  const withEdition = e.id === undefined ? pattern.replace(/[-_.]?\{edition\}/g, '') : pattern.replaceAll('{edition}', e.id);
  return withEdition.replaceAll('{date}', e.date.replaceAll('-', '')).replaceAll('{page}', e.page);
}

/** The published names of one edition: its own names from `config.editions[id]`, else the patterns. */
export function outputNames(config: Config, e: EditionNaming): OutputNames {
  const own = (e.id !== undefined && Object.hasOwn(config.editions, e.id) ? config.editions[e.id] : undefined) ?? {};
  return {
    pdf: fill(own.pdfName ?? config.pdfName, e),
    thumbnail: fill(own.thumbnailName ?? config.thumbnailName, e),
    page: fill(own.pageName ?? config.pageName, e),
    une: fill(own.uneName ?? config.uneName, e),
    manifests: e.id === undefined ? [MANIFEST_NAME] : [editionManifestName(e.id), ...(e.latest ? [MANIFEST_NAME] : [])],
  };
}

/**
 * The name any edition gives a file: the pattern with its `{date}`, `{edition}` and `{page}` left open, without its
 * edition part (a project without editions/), and every edition's own name from `config.editions` — so that a page's
 * link to another edition's PDF or picture is recognised as ours, whatever the config names them.
 */
export function anyEditionName(config: Config, key: 'pdfName' | 'uneName'): RegExp {
  const open = (pattern: string) =>
    pattern
      .split(/(\{date\}|\{edition\}|\{page\})/)
      .map((p) => (p === '{date}' ? '\\d{8}' : p === '{edition}' ? EDITION_ID_PATTERN : p === '{page}' ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
  const own = Object.values(config.editions).flatMap((e) => (e[key] === undefined ? [] : [e[key]]));
  const patterns = new Set([config[key], config[key].replace(/[-_.]?\{edition\}/g, ''), ...own]);
  return new RegExp(`^(?:${[...patterns].map(open).join('|')})$`, 'i');
}

/** `2020-08-27` → `20200827_Plaquette_Techgouv_DINUM.pdf` (the PDF name of an edition). */
export function pdfFileName(config: Config, editionDate: string, id?: string): string {
  return outputNames(config, { id, date: editionDate, page: '' }).pdf;
}

export function publicUrl(config: Config, fileName: string): string {
  return `${config.uploadsPath}${fileName}`;
}
