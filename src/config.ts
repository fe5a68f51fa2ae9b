// Paths, public URLs and output names; defaults work out of the box, `brochure.config.yaml` may override any of them.

export interface Config {
  /** Folders, relative to the project root. */
  dataDir: string;
  contentDir: string;
  fontsDir: string;
  assetsDir: string;
  outDir: string;
  /** Site on which the page and uploads are published. */
  siteUrl: string;
  /** Path on the site where uploads are served. */
  uploadsPath: string;
  /** `{date}` is replaced by the edition date as YYYYMMDD. */
  pdfName: string;
  /** Thumbnail base name; `.png` and `@2x.png` are appended. */
  thumbnailName: string;
  /** Width of the thumbnail on the web page, CSS pixels (the 2× PNG is twice this). */
  thumbnailWidth: number;
  /** Name of the regenerated web page in out/; on the site, in `_publications/`, it gives the page's URL. */
  pageName: string;
  /** The page's `une` image (header and listing card on the site); `{date}` as in `pdfName`. */
  uneName: string;
}

export const DEFAULT_CONFIG: Config = {
  dataDir: 'data',
  contentDir: 'content',
  fontsDir: 'fonts',
  assetsDir: 'assets',
  outDir: 'out',
  siteUrl: 'https://www.numerique.gouv.fr',
  uploadsPath: '/uploads/',
  pdfName: '{date}_Plaquette_Techgouv_DINUM.pdf',
  thumbnailName: 'capture-plaquette-TECH-couv',
  thumbnailWidth: 300,
  pageName: 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
  // Not the site's `Publication_TECHGOUV_une.jpg`: the 2019 edition's page shows that one.
  uneName: '{date}_Publication_TECHGOUV_une.jpg',
};

/** The folders a build reads (what watch mode watches and an edition diff extracts), without trailing slashes. */
export function inputDirs(config: Config): string[] {
  return [config.dataDir, config.contentDir, config.fontsDir, config.assetsDir].map((d) => d.replace(/\/+$/, ''));
}

/** `2020-08-27` → `20200827_Plaquette_Techgouv_DINUM.pdf`. */
export function pdfFileName(config: Config, editionDate: string): string {
  return dated(config.pdfName, editionDate);
}

/** `2020-08-27` → `20200827_Publication_TECHGOUV_une.jpg`. */
export function uneFileName(config: Config, editionDate: string): string {
  return dated(config.uneName, editionDate);
}

const dated = (pattern: string, editionDate: string) => pattern.replace('{date}', editionDate.replaceAll('-', ''));

export function publicUrl(config: Config, fileName: string): string {
  return `${config.uploadsPath}${fileName}`;
}
