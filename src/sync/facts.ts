// What the published files say, derived once from a build: the expected values every page and text is compared with.
import { type Config, pdfFileName } from '../config.js';
import type { Inputs } from '../load/index.js';
import type { Counts } from '../model/counts.js';
import { formatPeriode } from '../model/counts.js';
import { dataValues, expandPlaceholders } from '../model/placeholders.js';
import { MANIFEST_NAME, pageValues, type PageValues, thumbnailNames } from '../publish/index.js';

export interface SiteFacts {
  config: Config;
  counts: Counts;
  /** Current roadmap period, « 2019-2022 ». */
  periode: string;
  debut: number;
  fin: number;
  /** The previous edition's, when there is one. */
  periodePrecedente?: string;
  /** The page's placeholder values: pdf_url, pdf_label, vignette_url, vignette_alt… */
  values: PageValues;
  pdfName: string;
  pdfBytes: number;
  /** File names the build publishes under the uploads path, with their size when known before rasterising. */
  produced: ReadonlyMap<string, number | undefined>;
  /** The page's title as the editorial page gives it, placeholders filled. */
  title?: string;
}

/** What sync needs of a build (the pipeline's `BuildResult` is one): sync is handed a build, never runs one. */
export interface BuiltFacts {
  inputs: Pick<Inputs, 'data' | 'editorial' | 'sources'>;
  counts: Counts;
  pdf: Uint8Array;
}

export function siteFacts(built: BuiltFacts, config: Config): SiteFacts {
  const { data, editorial } = built.inputs;
  const counts = built.counts;
  const names = thumbnailNames(config);
  const pdfName = pdfFileName(config, data.programme.edition.date);
  const prev = data.programme.edition.precedente;
  const rawTitle = editorial.page.frontMatter.title;
  const { debut, fin } = data.programme.feuilleDeRoute.periode;
  return {
    config,
    counts,
    periode: counts.periode,
    debut,
    fin,
    ...(prev ? { periodePrecedente: formatPeriode(prev.periode.debut, prev.periode.fin) } : {}),
    values: pageValues(data, counts, config, built.pdf, { name: names.png }),
    pdfName,
    pdfBytes: built.pdf.length,
    produced: new Map<string, number | undefined>([
      [pdfName, built.pdf.length],
      [names.png, undefined],
      [names.png2x, undefined],
      [names.webp, undefined],
      [config.pageName, undefined],
      [MANIFEST_NAME, undefined],
    ]),
    ...(typeof rawTitle === 'string' ? { title: expandPlaceholders(rawTitle, dataValues(data, counts)).text } : {}),
  };
}
