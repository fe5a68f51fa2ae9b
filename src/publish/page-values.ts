// The values of the web page's placeholders, all derived here from the data, the counts and the published files.
import { type Config, type OutputNames, publicUrl } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import { dataValues } from '../model/placeholders.js';
import { editionChanges } from '../model/changes.js';
import { thumbnailAlt } from './alt-text.js';
import { formatSizeLabel } from './size-label.js';
import { thumbnailNames } from './thumbnails.js';
import type { PageValues } from './web-page.js';

/** The page's values for the edition whose files are `names` (its PDF weighs `pdfBytes.length`); `previous`: see `Inputs.previous`. */
export function pageValues(data: RoadmapData, counts: Counts, config: Config, names: OutputNames, pdfBytes: Uint8Array, previous?: RoadmapData): PageValues {
  const thumbnails = thumbnailNames(names.thumbnail);
  return {
    ...dataValues(data, counts, previous ? editionChanges(previous, data) : undefined),
    pdf_url: publicUrl(config, names.pdf),
    pdf_label: formatSizeLabel(pdfBytes.length),
    vignette_url: publicUrl(config, thumbnails.png),
    // For `{: srcset="{{ vignette_2x_url }} 2x"}` after the image: sharp on high-density screens.
    vignette_2x_url: publicUrl(config, thumbnails.png2x),
    vignette_alt: thumbnailAlt(data, counts),
    une_url: publicUrl(config, names.une),
  };
}
