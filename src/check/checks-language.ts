// Natural-language and caption checks (Matterhorn 11, 14): declared languages are valid tags, captions sit in their container.
import type { StructElem } from './struct-tree.js';
import { result, type CheckContext, type CheckResult } from './types.js';

/** RFC 5646 `langtag` (well-formedness only, no registry lookup), private-use tags, and the usual grandfathered forms. */
const LANGTAG = new RegExp(
  '^(?:' +
    '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})' + // language (extlang)
    '(?:-[a-z]{4})?' + // script
    '(?:-(?:[a-z]{2}|\\d{3}))?' + // region
    '(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*' + // variants
    '(?:-[\\da-wy-z](?:-[a-z\\d]{2,8})+)*' + // extensions
    '(?:-x(?:-[a-z\\d]{1,8})+)?' + // private use
    '|x(?:-[a-z\\d]{1,8})+' +
    '|i-[a-z]{2,8}' +
    ')$',
  'i',
);

export function isLanguageTag(tag: string): boolean {
  return LANGTAG.test(tag);
}

const path = (el: StructElem): string => {
  const parts: string[] = [];
  for (let e: StructElem | undefined = el; e; e = e.parent) parts.unshift(e.type);
  return parts.join(' > ');
};

/**
 * Every `/Lang` on a structure element must be a well-formed BCP 47 tag. Text in another language that
 * nobody declared cannot be found by reading the file: that stays the editors' job (markup `{lang=en}`).
 */
export function checkElementLanguages({ tree, r }: CheckContext): CheckResult {
  const failures: string[] = [];
  const declared = new Map<string, number>();
  for (const el of tree.elements) {
    const lang = r.text(el.dict, 'Lang');
    if (lang === undefined) continue;
    if (!isLanguageTag(lang)) failures.push(`/Lang « ${lang} » n’est pas une étiquette de langue BCP 47 : ${path(el)}`);
    else declared.set(lang, (declared.get(lang) ?? 0) + 1);
  }
  const summary = declared.size ? [...declared].map(([l, n]) => `${n} en ${l}`).join(', ') : 'aucun';
  return result('structure.lang', failures, `passages en langue déclarée : ${summary} (étiquettes valides ; une langue non déclarée ne peut pas être détectée)`,
    'étiquette(s) de langue invalide(s) dans la structure');
}

const CAPTION_PARENTS = new Set(['Figure', 'Formula', 'Table', 'L']);

/** PDF 1.7 §14.8.4: a Caption belongs to a Figure, Formula, Table or list, never loose in the text. */
export function checkCaptions({ tree }: CheckContext): CheckResult {
  const captions = tree.elements.filter((e) => e.role === 'Caption');
  const failures = captions
    .filter((c) => !CAPTION_PARENTS.has(c.parent?.role ?? ''))
    .map((c) => `Caption hors d’une Figure, d’une Formula, d’un tableau ou d’une liste : ${path(c)}`);
  return result('structure.captions', failures, `${captions.length} légende(s), toutes dans leur figure, tableau ou liste`, 'légende(s) mal placée(s)');
}
