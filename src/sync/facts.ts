// What the published files say, derived once from a build: the expected values every page and text is compared with.
import type { Config, OutputNames } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Inputs } from '../load/index.js';
import type { Counts } from '../model/counts.js';
import { expandPlaceholders, type DataValues } from '../model/placeholders.js';
import { pageValues, type PageValues, publishedNames } from '../publish/index.js';

export interface SiteFacts {
  config: Config;
  counts: Counts;
  /** Current roadmap period, « 2019-2022 ». */
  periode: string;
  debut: number;
  fin: number;
  /** The previous edition's, when there is one. */
  periodePrecedente?: string;
  /** The periods of every earlier edition of editions/ (a text may cite them as past editions). */
  periodesAnterieures: readonly string[];
  /** The edition the facts describe: what its texts may call it. */
  edition: EditionWords;
  /** The page's placeholder values: pdf_url, pdf_label, vignette_url, vignette_alt… */
  values: PageValues;
  pdfName: string;
  pdfBytes: number;
  /** File names the build publishes under the uploads path, with their size when known before rasterising. */
  produced: ReadonlyMap<string, number | undefined>;
  /** The page's title as the editorial page gives it, placeholders filled. */
  title?: string;
}

/** How texts name an edition: its short label (« mi-2021 », its id), its year, its dates. */
export interface EditionWords {
  /** « mi-2021 »: the edition's id, or for a project without editions the « mi-AAAA » or year of its label. */
  courte?: string;
  annee: string;
  date: string;
  publication?: string;
}

export function editionWords(data: RoadmapData): EditionWords {
  const { edition } = data.programme;
  const courte = edition.id ?? /\bmi-\d{4}\b|\b\d{4}\b/.exec(edition.libelle)?.[0];
  return wordsOf(courte, edition.date, edition.publication);
}

/** The words of an edition from its short name and dates (a failed build knows only its id and date). */
export function wordsOf(courte: string | undefined, date: string, publication?: string): EditionWords {
  return { ...(courte ? { courte } : {}), annee: date.slice(0, 4), date, ...(publication ? { publication } : {}) };
}

/** What sync needs of a build (the pipeline's `BuildResult` is one): sync is handed a build, never runs one. */
export interface BuiltFacts {
  inputs: Pick<Inputs, 'data' | 'editorial' | 'sources' | 'edition'>;
  counts: Counts;
  /** The data placeholders' values, as the model computed them. */
  values: DataValues;
  pdf: Uint8Array;
  /** The names this edition publishes under. */
  names: OutputNames;
}

export function siteFacts(built: BuiltFacts, config: Config): SiteFacts {
  const { data, editorial } = built.inputs;
  const counts = built.counts;
  const pdfName = built.names.pdf;
  const rawTitle = editorial.page.frontMatter.title;
  const { debut, fin } = data.programme.feuilleDeRoute.periode;
  // The page's own values, the changes paragraph included: its title is expanded as the generated page's is.
  const values = pageValues(built.values, data, counts, config, built.names, built.pdf);
  return {
    config,
    counts,
    periode: counts.periode,
    debut,
    fin,
    ...(counts.precedente ? { periodePrecedente: counts.precedente.periode } : {}),
    periodesAnterieures: [
      ...new Set([
        ...built.inputs.edition.all.filter((e) => e.date < data.programme.edition.date && e.periode).map((e) => e.periode!),
        ...(counts.precedente ? [counts.precedente.periode] : []),
      ]),
    ],
    edition: editionWords(data),
    values,
    pdfName,
    pdfBytes: built.pdf.length,
    produced: new Map<string, number | undefined>(publishedNames(built.names).map((n) => [n, n === pdfName ? built.pdf.length : undefined])),
    ...(typeof rawTitle === 'string' ? { title: expandPlaceholders(rawTitle, values).text } : {}),
  };
}
