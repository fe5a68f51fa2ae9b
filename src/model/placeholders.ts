// `{{ name }}` placeholders in editorial text: the one syntax, the one list of data values and the one expansion,
// for the brochure's blocks and for the web page (which adds the values of the files just built).
import type { RoadmapData } from '../load/types.js';
import { nearest } from '../load/suggest.js';
import type { Counts } from './counts.js';
import { formatDateFr } from './dates.js';
import { lowerFirst, statutLabel } from './wording.js';
import { STATUTS } from '../load/types.js';
import { changesParagraph, type EditionChanges } from './changes.js';

/** Anything between the braces is captured, so `{{ Projets }}` or `{{ pdf-url }}` is reported rather than left in the text. */
export const PLACEHOLDER = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

/**
 * Values that come from the data alone (the web page adds the file-dependent ones: pdf_url, pdf_label, vignette_*).
 * `changes`: what changed since the previous edition, when it is in editions/ (`{{ changements }}`).
 */
export function dataValues(data: RoadmapData, counts: Counts, changes?: EditionChanges): Record<string, string> {
  const { edition } = data.programme;
  const prev = counts.precedente;
  const annee = edition.date.slice(0, 4);
  return {
    projets: String(counts.projets),
    acheves: String(counts.acheves),
    a_achever: String(counts.aAchever),
    en_cours: String(counts.enCours),
    nouveaux: String(counts.nouveaux),
    missions: String(counts.missions),
    enjeux: String(counts.enjeux),
    periode: counts.periode,
    // « achevé, en cours ou nouveau »: the statuses this edition uses, in the words of its cards.
    statuts: statutsFr(counts, annee),
    date_edition: formatDateFr(edition.date),
    // The edition's year (« nouveaux en 2021 »), and its id, which is its short name (« Le bilan à mi-2021 »).
    annee,
    ...(edition.id !== undefined ? { edition_courte: edition.id } : {}),
    // In running text: « TECH.GOUV, …, édition actualisée mi-2020 », « Éditeur : direction interministérielle… ».
    edition: lowerFirst(edition.libelle),
    porteur: lowerFirst(data.programme.porteur),
    licence: data.programme.licence,
    ...(edition.publication ? { date_publication: formatDateFr(edition.publication), date_publication_iso: edition.publication } : {}),
    ...(prev
      ? {
          periode_precedente: prev.periode,
          projets_precedents: String(prev.projets),
          acheves_precedents: String(prev.acheves),
        }
      : {}),
    ...(edition.precedente?.libelle ? { edition_precedente: lowerFirst(edition.precedente.libelle) } : {}),
    ...(edition.precedente?.id !== undefined ? { edition_precedente_courte: edition.precedente.id } : {}),
    ...(changes ? { changements: changesParagraph(changes, annee) } : {}),
  };
}

export interface UnknownPlaceholder {
  name: string;
  /** Offset of the `{{` in the text. */
  offset: number;
  /** The known name it most likely meant. */
  suggestion?: string;
}

/** Replaces every known placeholder; unknown names are left as they are and reported. */
export function expandPlaceholders(
  text: string,
  values: Readonly<Record<string, string>>,
): { text: string; unknown: UnknownPlaceholder[] } {
  const unknown: UnknownPlaceholder[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    if (v === undefined) {
      const suggestion = nearest(name, Object.keys(values));
      unknown.push({ name, offset, ...(suggestion ? { suggestion } : {}) });
      return whole;
    }
    return v;
  });
  return { text: out, unknown };
}

/** The French message for an unknown placeholder, the same in the brochure's texts and in the page. */
export function unknownPlaceholderMessage(u: UnknownPlaceholder, file: string, values: Readonly<Record<string, string>>): { message: string; hint?: string } {
  return {
    message: `variable « {{ ${u.name} }} » inconnue dans ${file} : variables connues ${Object.keys(values).join(', ')}`,
    ...(u.suggestion ? { hint: `vouliez-vous dire « {{ ${u.suggestion} }} » ?` } : {}),
  };
}

function statutsFr(counts: Counts, annee: string): string {
  const used = STATUTS.filter((s) => counts.parMission.some((m) => m.parStatut[s] > 0)).map((s) => lowerFirst(statutLabel(s, annee)));
  return used.length <= 1 ? (used[0] ?? '') : `${used.slice(0, -1).join(', ')} ou ${used[used.length - 1]}`;
}
