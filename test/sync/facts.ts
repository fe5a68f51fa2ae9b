// Test helper: the site facts of the real data with a fixed PDF size, so expected messages do not move with the layout.
import { DEFAULT_CONFIG } from '../../src/config.js';
import { editionOutputNames } from '../../src/build.js';
import { loadInputs } from '../../src/load/index.js';
import { buildDocument } from '../../src/model/build.js';
import { siteFacts, type SiteFacts } from '../../src/sync/index.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';

/** 282 608 octets: « pdf – 276 Ko », the size of the mid-2020 build when these fixtures were written. */
export const FIXED_PDF_BYTES = 282_608;

/** The fixture pages are pages of the mid-2020 edition: checked against its data unless told otherwise. */
export async function factsForTests(pdfBytes = FIXED_PDF_BYTES, edition = 'mi-2020'): Promise<SiteFacts> {
  const config = { ...DEFAULT_CONFIG, edition };
  const inputs = await loadInputs(fsWorld(REPO), config);
  const { counts, values } = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {});
  return siteFacts({ inputs, counts, values, names: editionOutputNames(config, inputs), pdf: new Uint8Array(pdfBytes) }, config);
}
