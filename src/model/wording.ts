// French phrases built from the data, written once for the brochure, the chart's alt text and the page.
import type { RoadmapData, Statut } from '../load/types.js';
import type { Counts } from './counts.js';

/** `1 projet`, `4 projets`; `nouveau` → `nouveaux`, `achevé` → `achevés`. */
export function plural(n: number, one: string): string {
  const many = one.endsWith('eau') ? `${one}x` : `${one}s`;
  return `${n} ${n > 1 ? many : one}`;
}

/** The statut's words on a card and in the chart's legend; « à achever » says by when (the end of the edition's year). */
export function statutLabel(statut: Statut, editionYear: string): string {
  return statut === 'à achever' ? `À achever fin ${editionYear}` : STATUT_LABELS[statut];
}

const STATUT_LABELS: Readonly<Record<Statut, string>> = {
  achevé: 'Achevé',
  'à achever': 'À achever',
  'en cours': 'En cours',
  nouveau: 'Nouveau',
};

/** `7 projets : 2 achevés, 4 en cours, 1 nouveau` (`1 à achever fin 2021` after the achevés, when there is one). */
export function statutBreakdown(total: number, parStatut: Readonly<Record<Statut, number>>, editionYear: string): string {
  const aAchever = parStatut['à achever'] ? `, ${parStatut['à achever']} à achever fin ${editionYear}` : '';
  return `${plural(total, 'projet')} : ${plural(parStatut['achevé'], 'achevé')}${aAchever}, ${parStatut['en cours']} en cours, ${plural(parStatut['nouveau'], 'nouveau')}`;
}

/**
 * A roadmap's counts in the same words (« 43 projets : 9 achevés, 1 à achever fin 2021, 28 en cours, 5 nouveaux »):
 * the CLI's summary and the release notes, from the counts as the model and the manifest carry them.
 */
export function countsBreakdown(c: Pick<Counts, 'projets' | 'acheves' | 'aAchever' | 'enCours' | 'nouveaux'>, editionYear: string): string {
  return statutBreakdown(c.projets, { achevé: c.acheves, 'à achever': c.aAchever, 'en cours': c.enCours, nouveau: c.nouveaux }, editionYear);
}

/** « 2021 »: the year of the edition's date, as statut labels and counts say it (« à achever fin 2021 »). */
export function editionYearOf(data: RoadmapData): string {
  return data.programme.edition.date.slice(0, 4);
}

/** « Édition actualisée mi-2020 » continues a sentence after a comma: « …, édition actualisée mi-2020 ». */
export function lowerFirst(s: string): string {
  const [first = '', ...rest] = s;
  return first.toLocaleLowerCase('fr') + rest.join('');
}

/** « Stratégie et feuille de route 2019-2022 »: the roadmap's title with its period, on the cover, in footers and in the thumbnail's alt text. */
export function roadmapTitle(data: RoadmapData, counts: Counts): string {
  return `${data.programme.feuilleDeRoute.titre} ${counts.periode}`;
}
