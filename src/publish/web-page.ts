// The regenerated web page: the editorial page's raw text with its `{{ name }}` placeholders filled, nothing else touched.
import type { Diagnostic } from '../diagnostics.js';
import type { EditorialDoc } from '../load/types.js';
import { expandPlaceholders, unknownPlaceholderMessage } from '../model/placeholders.js';
import { lineColumn } from '../text-position.js';

/** The placeholders' values: the data's (`dataValues`) plus the built files' (see `pageValues`). */
export type PageValues = Readonly<Record<string, string>>;

export interface RenderedPage {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Values go in verbatim (front matter included): the page's author owns the quoting around each placeholder.
 * Unknown names are left in place and reported as errors, so the caller must not publish a page with errors.
 */
export function renderWebPage(page: EditorialDoc, values: PageValues): RenderedPage {
  const { text, unknown } = expandPlaceholders(page.source, values);
  const diagnostics: Diagnostic[] = unknown.map((u) => ({
    severity: 'error',
    code: 'placeholder-inconnu',
    pos: { file: page.file, ...lineColumn(page.source, u.offset) },
    ...unknownPlaceholderMessage(u, page.file, values),
  }));
  return { text, diagnostics };
}


