// The values of the web page's placeholders: the data's, as the model computed them for the brochure, and the files'.
import { type Config, type OutputNames, publicUrl } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import type { DataValues } from '../model/placeholders.js';
import { thumbnailAlt } from './alt-text.js';
import { formatSizeLabel } from './size-label.js';
import { thumbnailNames } from './thumbnails.js';
import type { PageValues } from './web-page.js';

/** The page's values for the edition whose files are `names` (its PDF weighs `pdfBytes.length`); `values`: `BuildResult.values`. */
export function pageValues(values: DataValues, data: RoadmapData, counts: Counts, config: Config, names: OutputNames, pdfBytes: Uint8Array): PageValues {
  const thumbnails = thumbnailNames(names.thumbnail);
  return {
    ...values,
    pdf_url: publicUrl(config, names.pdf),
    pdf_label: formatSizeLabel(pdfBytes.length),
    vignette_url: publicUrl(config, thumbnails.png),
    // For `{: srcset="{{ vignette_2x_url }} 2x"}` after the image: sharp on high-density screens.
    vignette_2x_url: publicUrl(config, thumbnails.png2x),
    vignette_alt: thumbnailAlt(data, counts),
    une_url: publicUrl(config, names.une),
  };
}
