// The steering indicators as an edition shows them: only the values and targets known at its date, each worded in
// French once (chart labels, alt text, table) and pointing at its source's number in the brochure's list.
import type { Indicateur, Precision, Source } from '../load/types.js';
import { knownAt } from '../load/dates.js';
import { atDateFr, formatDateFr } from './dates.js';

/** One value of an indicator, worded. */
export interface IndicatorPoint {
  /** The period: « juin 2019 », « printemps 2020 ». */
  label: string;
  /** The period after the value in a sentence: « en juin 2019 », « au printemps 2020 », « le 27 août 2020 ». */
  at: string;
  value: number;
  /** The value as the chart writes it: « environ 10 », « 16e ». */
  text: string;
  /** Its number in the brochure's list of sources. */
  source: number;
}

export interface IndicatorTarget {
  value: number;
  /** « 30 », the target as the chart writes it. */
  text: string;
  /** « d’ici fin 2022 », or empty. */
  deadline: string;
  /** When it was set, after « fixé »: « en août 2020 », « le 27 août 2020 ». */
  set: string;
  source: number;
}

export interface IndicatorView {
  id: string;
  nom: string;
  mesure: 'nombre' | 'rang';
  /** « en millions d’utilisateurs », « rang (le 1er est le meilleur) ». */
  unitLabel: string;
  /** In date order. */
  points: IndicatorPoint[];
  /** The latest target known at the edition's date (the chart draws it); earlier ones are in the table and alt text. */
  target?: IndicatorTarget;
  targets: IndicatorTarget[];
  /** States every value and target. */
  alt: string;
  /** The same figures for screen readers and for reading: a caption with the unit, a header row, then one row per value and target. */
  table: { caption: string; columns: string[]; rows: { header: string; cells: string[] }[] };
}

/** `2500` → `2 500`, `12.5` → `12,5` (the typesetter makes the space narrow and unbreakable). */
export function formatNumberFr(n: number): string {
  const [int, dec] = String(n).split('.');
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : int;
  return dec ? `${grouped},${dec}` : grouped;
}

const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);

/** « en juin 2019 », « au printemps 2020 », « à mi-2021 »: the period after a value in a sentence. */
export function atPeriod(label: string): string {
  if (/^printemps\b/.test(label)) return `au ${label}`;
  if (/^(mi-|fin |début )/.test(label)) return `à ${label}`;
  return `en ${label}`;
}

function valueText(value: number, mesure: IndicatorView['mesure'], precision?: Precision): string {
  const n = mesure === 'rang' ? ordinal(value) : formatNumberFr(value);
  return precision ? `${precision} ${n}` : n;
}

type Dated = { date: string; source: string };

/**
 * Whether an edition published at `cutoff` shows a value or a target: dated on or before it (see `knownAt`), from a
 * declared source not dated after it.
 */
function known(r: Dated, sources: ReadonlyMap<string, Source>, cutoff: string): boolean {
  const source = sources.get(r.source);
  return knownAt(r.date, cutoff) && source !== undefined && (!source.date || knownAt(source.date, cutoff));
}

/** The ids of the sources of the values and targets an edition published at `cutoff` shows: its list must hold them. */
export function indicatorSources(indicateurs: readonly Indicateur[], sources: readonly Source[], cutoff: string): Set<string> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return new Set(indicateurs.flatMap((ind) => [...ind.valeurs, ...ind.objectifs].filter((r) => known(r, byId, cutoff)).map((r) => r.source)));
}

/**
 * The indicators an edition shows: values and targets dated on or before `cutoff` whose source is not dated after it
 * (see `known`); an indicator with no value left is left out. `sources` is the brochure's numbered list, which holds
 * their sources (`indicatorSources`).
 */
export function indicatorViews(indicateurs: readonly Indicateur[], sources: readonly Source[], cutoff: string): IndicatorView[] {
  const number = new Map(sources.map((s, i) => [s.id, i + 1]));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const shown = (r: Dated) => known(r, byId, cutoff);
  return indicateurs.flatMap((ind): IndicatorView[] => {
    const points = ind.valeurs
      .filter(shown)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((v) => ({
        label: v.libelle ?? formatDateFr(v.date),
        at: v.libelle ? atPeriod(v.libelle) : atDateFr(v.date),
        value: v.valeur,
        text: valueText(v.valeur, ind.mesure, v.precision),
        source: number.get(v.source)!,
      }));
    if (!points.length) return [];
    const targets = ind.objectifs
      .filter(shown)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((o) => ({ value: o.valeur, text: valueText(o.valeur, ind.mesure), deadline: o.echeance ? `d’ici ${o.echeance}` : '', set: atDateFr(o.date), source: number.get(o.source)! }));
    const target = targets[targets.length - 1];
    const unitLabel = ind.mesure === 'rang' ? 'rang (le 1er est le meilleur)' : ind.unite ? `en ${ind.unite}` : '';
    const sentence = (t: IndicatorTarget) => [t.text, t.deadline].filter(Boolean).join(' ');
    const values = points.map((p) => `${p.text} ${p.at}`).join(', ');
    const altTargets = target
      ? ` Objectif : ${sentence(target)}, fixé ${target.set}` +
        (targets.length > 1 ? ` ; ${targets.length > 2 ? 'objectifs précédents' : 'objectif précédent'} : ${targets.slice(0, -1).map((t) => `${sentence(t)}, fixé ${t.set}`).join(' ; ')}.` : '.')
      : '';
    return [
      {
        id: ind.id,
        nom: ind.nom,
        mesure: ind.mesure,
        unitLabel,
        points,
        ...(target ? { target } : {}),
        targets,
        alt: `${ind.mesure === 'rang' ? 'Graphique en points' : 'Graphique en barres'} : ${ind.nom}${unitLabel ? `, ${unitLabel}` : ''}. ${values.charAt(0).toUpperCase()}${values.slice(1)}.${altTargets}`,
        table: {
          caption: `${targets.length ? 'Valeurs et objectifs' : 'Valeurs'}${unitLabel ? `, ${unitLabel}` : ''}`,
          columns: ['Date', ind.mesure === 'rang' ? 'Rang' : 'Valeur', 'Source'],
          rows: [
            ...points.map((p) => ({ header: p.label, cells: [p.text, `n° ${p.source}`] })),
            ...targets.map((t) => ({ header: `Objectif fixé ${t.set}`, cells: [sentence(t), `n° ${t.source}`] })),
          ],
        },
      },
    ];
  });
}
