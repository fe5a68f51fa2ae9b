// The regenerated web page: the editorial page's raw text with its `{{ name }}` placeholders filled, nothing else touched.
import type { Diagnostic } from '../diagnostics.js';
import type { EditorialDoc } from '../load/types.js';

export const PLACEHOLDERS = [
  'projets',
  'acheves',
  'nouveaux',
  'periode',
  'periode_precedente',
  'pdf_url',
  'pdf_label',
  'vignette_url',
  'vignette_alt',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type PageValues = Record<PlaceholderName, string>;

/** `{{ name }}` with optional inner spaces; anything between the braces is captured so typos get reported, not left in. */
const PLACEHOLDER = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

export interface RenderedPage {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Values go in verbatim (front matter included): the page's author owns the quoting around each placeholder.
 * Unknown names are left in place and reported as errors, so the caller must not publish a page with errors.
 */
export function renderWebPage(page: EditorialDoc, values: PageValues): RenderedPage {
  const diagnostics: Diagnostic[] = [];
  const known = new Set<string>(PLACEHOLDERS);
  const text = page.source.replace(PLACEHOLDER, (whole: string, name: string, offset: number) => {
    if (known.has(name)) return values[name as PlaceholderName];
    const { line, column } = lineColumn(page.source, offset);
    const guess = closest(name, PLACEHOLDERS);
    diagnostics.push({
      severity: 'error',
      code: 'placeholder-unknown',
      pos: { file: page.file, line, column },
      message: `variable inconnue « ${name} » dans la page web ; variables possibles : ${PLACEHOLDERS.join(', ')}`,
      ...(guess ? { hint: `vouliez-vous dire « ${guess} » ?` } : {}),
    });
    return whole;
  });
  return { text, diagnostics };
}

/** 1-based; columns count characters (code points), as editors show them. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** The known name within 2 edits, if any: enough for `{{ projet }}` or `{{ pdf-url }}`. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
