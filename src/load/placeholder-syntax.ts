// `{{ name }}` as the writers type it: the syntax, the names they may use, and the check that each one is closed and
// known. It runs at load, with every other input check, so a misspelt variable is reported in the same run as a bad
// date; the values themselves are computed later (model/placeholders.ts for the data's, publish/page-values.ts).
import type { Diagnostic } from '../diagnostics.js';
import { lineIndex } from '../text-position.js';
import { nearest } from './suggest.js';

/** Anything between the braces is captured, so `{{ Projets }}` or `{{ pdf-url }}` is reported rather than left in the text. */
export const PLACEHOLDER = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

/**
 * Names filled from the data (`dataValues`), in its order. Some only when the data give the value: `edition_courte`
 * for an edition of editions/, then, after `licence`, a publication date and a previous edition (its figures typed or
 * counted; its label, its id and what changed since, `changements`, when it is in editions/ too).
 */
export const DATA_PLACEHOLDERS = [
  'projets',
  'acheves',
  'a_achever',
  'en_cours',
  'nouveaux',
  'missions',
  'enjeux',
  'periode',
  'statuts',
  'date_edition',
  'annee',
  'edition_courte',
  'edition',
  'porteur',
  'licence',
  'date_publication',
  'date_publication_iso',
  'periode_precedente',
  'projets_precedents',
  'acheves_precedents',
  'edition_precedente',
  'edition_precedente_courte',
  'changements',
] as const;

/** Names the web page adds, from the files just built (`pageValues`). */
export const PAGE_PLACEHOLDERS = ['pdf_url', 'pdf_label', 'vignette_url', 'vignette_2x_url', 'vignette_alt', 'une_url'] as const;

export type DataPlaceholder = (typeof DATA_PLACEHOLDERS)[number];
export type PagePlaceholder = (typeof PAGE_PLACEHOLDERS)[number];

/** The French message for an unknown placeholder, the same wherever it is found. */
export function unknownPlaceholderMessage(name: string, file: string, known: readonly string[]): { message: string; hint?: string } {
  const suggestion = nearest(name, known);
  return {
    message: `variable « {{ ${name}${name ? ' ' : ''}}} » inconnue dans ${file} : variables connues ${known.join(', ')}`,
    ...(suggestion ? { hint: `vouliez-vous dire « {{ ${suggestion} }} » ?` } : {}),
  };
}

/**
 * Every `{{` of a file must open a placeholder closed by `}}` (its name on one line), whose name is one of `known`:
 * anything else would be printed as typed, braces included, in the PDF or on the published page.
 */
export function checkPlaceholders(file: string, text: string, known: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = lineIndex(text);
  const closed = new RegExp(PLACEHOLDER.source, 'y');
  for (let i = text.indexOf('{{'); i >= 0; ) {
    closed.lastIndex = i;
    const m = closed.exec(text);
    if (!m) {
      const rest = /^\{\{\s*([^\s{}]*)/.exec(text.slice(i, i + 60))?.[1] ?? '';
      out.push({
        severity: 'error',
        code: 'placeholder-non-ferme',
        pos: { file, ...at(i) },
        message: `variable « {{ ${rest}${rest ? ' ' : ''}» non fermée : « }} » attendu après son nom`,
        hint: rest && known.includes(rest) ? `écrivez « {{ ${rest} }} »` : 'une variable s’écrit {{ nom }}, par exemple {{ projets }}',
      });
      i = text.indexOf('{{', i + 2);
      continue;
    }
    const name = m[1];
    if (!known.includes(name)) out.push({ severity: 'error', code: 'placeholder-inconnu', pos: { file, ...at(i) }, ...unknownPlaceholderMessage(name, file, known) });
    i = text.indexOf('{{', i + m[0].length);
  }
  return out;
}
