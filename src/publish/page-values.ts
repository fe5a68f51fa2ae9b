// The values of the web page's placeholders, all derived here from the data, the counts and the published files.
import { type Config, pdfFileName, publicUrl } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import { dataValues } from '../model/placeholders.js';
import { thumbnailAlt } from './alt-text.js';
import { formatSizeLabel } from './size-label.js';
import type { PageValues } from './web-page.js';

/** `thumbnail` is the file the page shows (the 1× PNG); only its name is used. */
export function pageValues(
  data: RoadmapData,
  counts: Counts,
  config: Config,
  pdfBytes: Uint8Array,
  thumbnail: { name: string },
): PageValues {
  return {
    ...dataValues(data, counts),
    pdf_url: publicUrl(config, pdfFileName(config, data.programme.edition.date)),
    pdf_label: formatSizeLabel(pdfBytes.length),
    vignette_url: publicUrl(config, thumbnail.name),
    vignette_alt: thumbnailAlt(data, counts),
  };
}
