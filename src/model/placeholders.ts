// `{{ name }}` placeholders in editorial text: the one list of data values and the one expansion, for the brochure's
// blocks and for the web page (which adds the values of the files just built). The syntax and the names a writer may
// use are the load stage's (load/placeholder-syntax.ts), which reports an unknown or unclosed one with the other input errors.
import type { RoadmapData } from '../load/types.js';
import { nearest } from '../load/suggest.js';
import { PLACEHOLDER, unknownPlaceholderMessage as messageFor, type DataPlaceholder } from '../load/placeholder-syntax.js';
import type { Counts } from './counts.js';
import { formatDateFr } from './dates.js';
import { editionYearOf, lowerFirst, statutLabel } from './wording.js';
import { STATUTS } from '../load/types.js';
import { changesParagraph, type EditionChanges } from './changes.js';

export type DataValues = Partial<Record<DataPlaceholder, string>> & Record<string, string>;

/**
 * Values that come from the data alone (the web page adds the file-dependent ones: pdf_url, pdf_label, vignette_*).
 * `changes`: what changed since the previous edition, when it is in editions/ (`{{ changements }}`). Typed by the load
 * stage's list of names (DATA_PLACEHOLDERS), so a value cannot be added here without a writer being allowed to use it.
 */
export function dataValues(data: RoadmapData, counts: Counts, changes?: EditionChanges): DataValues {
  const { edition } = data.programme;
  const prev = counts.precedente;
  const annee = editionYearOf(data);
  const values: Partial<Record<DataPlaceholder, string>> = {
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
  return values as Record<string, string>;
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

/** The French message for a name the load stage knows but these values lack (`{{ date_publication }}` without a publication date). */
export function unknownPlaceholderMessage(u: UnknownPlaceholder, file: string, values: Readonly<Record<string, string>>): { message: string; hint?: string } {
  return messageFor(u.name, file, Object.keys(values));
}

function statutsFr(counts: Counts, annee: string): string {
  const used = STATUTS.filter((s) => counts.parMission.some((m) => m.parStatut[s] > 0)).map((s) => lowerFirst(statutLabel(s, annee)));
  return used.length <= 1 ? (used[0] ?? '') : `${used.slice(0, -1).join(', ')} ou ${used[used.length - 1]}`;
}
