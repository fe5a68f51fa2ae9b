// The values of the web page's placeholders, all derived here from the data, the counts and the published files.
import { type Config, pdfFileName, publicUrl, uneFileName } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import { dataValues } from '../model/placeholders.js';
import { thumbnailAlt } from './alt-text.js';
import { formatSizeLabel } from './size-label.js';
import { thumbnailNames } from './thumbnails.js';
import type { PageValues } from './web-page.js';

export function pageValues(data: RoadmapData, counts: Counts, config: Config, pdfBytes: Uint8Array): PageValues {
  const date = data.programme.edition.date;
  const thumbnails = thumbnailNames(config);
  return {
    ...dataValues(data, counts),
    pdf_url: publicUrl(config, pdfFileName(config, date)),
    pdf_label: formatSizeLabel(pdfBytes.length),
    vignette_url: publicUrl(config, thumbnails.png),
    // For `{: srcset="{{ vignette_2x_url }} 2x"}` after the image: sharp on high-density screens.
    vignette_2x_url: publicUrl(config, thumbnails.png2x),
    vignette_alt: thumbnailAlt(data, counts),
    une_url: publicUrl(config, uneFileName(config, date)),
  };
}
