// `{{ name }}` placeholders in editorial text: the one list of data values and the one expansion, for the brochure's
// blocks and for the web page (which adds the values of the files just built). The syntax and the names a writer may
// use are the load stage's (load/placeholder-syntax.ts), which reports an unknown or unclosed one with the other input errors.
import type { RoadmapData } from '../load/types.js';
import { nearest } from '../load/suggest.js';
import { PLACEHOLDER, unknownPlaceholderMessage as messageFor, type DataPlaceholder } from '../load/placeholder-syntax.js';
import type { Counts } from './counts.js';
import { formatPeriode } from './counts.js';
import { formatDateFr } from './dates.js';
import { lowerFirst } from './wording.js';

/** Values that come from the data alone (the web page adds the file-dependent ones: pdf_url, pdf_label, vignette_*). */
export function dataValues(data: RoadmapData, counts: Counts): Partial<Record<DataPlaceholder, string>> & Record<string, string> {
  const { edition } = data.programme;
  const prev = edition.precedente;
  const values: Partial<Record<DataPlaceholder, string>> = {
    projets: String(counts.projets),
    acheves: String(counts.acheves),
    en_cours: String(counts.enCours),
    nouveaux: String(counts.nouveaux),
    missions: String(counts.missions),
    enjeux: String(counts.enjeux),
    periode: counts.periode,
    date_edition: formatDateFr(edition.date),
    // In running text: « TECH.GOUV, …, édition actualisée mi-2020 », « Éditeur : direction interministérielle… ».
    edition: lowerFirst(edition.libelle),
    porteur: lowerFirst(data.programme.porteur),
    licence: data.programme.licence,
    ...(edition.publication ? { date_publication: formatDateFr(edition.publication) } : {}),
    ...(prev
      ? {
          periode_precedente: formatPeriode(prev.periode.debut, prev.periode.fin),
          projets_precedents: String(prev.projets),
        }
      : {}),
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
