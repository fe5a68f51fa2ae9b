// `{{ name }}` placeholders in editorial text: the one syntax and the one expansion for the page and the brochure.
import type { RoadmapData } from '../load/types.js';
import type { Counts } from './counts.js';
import { formatPeriode } from './counts.js';

export const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** Values that come from the data alone (the page adds the file-dependent ones: pdf_url, pdf_label, vignette_*). */
export function dataValues(data: RoadmapData, counts: Counts): Record<string, string> {
  const prev = data.programme.edition.precedente;
  return {
    projets: String(counts.projets),
    acheves: String(counts.acheves),
    en_cours: String(counts.enCours),
    nouveaux: String(counts.nouveaux),
    missions: String(counts.missions),
    enjeux: String(counts.enjeux),
    periode: counts.periode,
    ...(prev
      ? {
          periode_precedente: formatPeriode(prev.periode.debut, prev.periode.fin),
          projets_precedents: String(prev.projets),
        }
      : {}),
  };
}

export interface UnknownPlaceholder {
  name: string;
  /** Offset of the `{{` in the text. */
  offset: number;
}

/** Replaces every known placeholder; unknown names are left as they are and reported. */
export function expandPlaceholders(
  text: string,
  values: Readonly<Record<string, string>>,
): { text: string; unknown: UnknownPlaceholder[] } {
  const unknown: UnknownPlaceholder[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    const v = values[name];
    if (v === undefined) {
      unknown.push({ name, offset });
      return whole;
    }
    return v;
  });
  return { text: out, unknown };
}
