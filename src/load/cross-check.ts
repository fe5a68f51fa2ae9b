// Checks that hold between records: references exist, ids are unique, each mission is in one group, dates are real and in order.
// Runs even when some records failed the schema (skipping those), so one run reports every error.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { checkIsoDate, checkPartialDate, knownAt, yearOf } from './dates.js';
import { projetSchema } from './schema.js';
import { didYouMean } from './suggest.js';

type At = (path: readonly PropertyKey[]) => SourcePos;
type Rec = Record<string, unknown>;
/** False for a path at or under which the schema found a problem. */
export type IsValid = (path: readonly PropertyKey[]) => boolean;

const PROJET_FIELDS = Object.keys(projetSchema.shape);

function knownList(values: readonly string[], max = 10): string {
  if (!values.length) return '(aucune)';
  return values.slice(0, max).join(', ') + (values.length > max ? ', …' : '');
}

const str = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(str) : []);

export function crossCheck(raw: Rec, at: At, isValid: IsValid = () => true): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (code: string, path: readonly PropertyKey[], message: string, hint?: string) =>
    out.push({ severity: 'error', code, pos: at(path), message, ...(hint ? { hint } : {}) });
  /** Records of a top-level list as [record, index]; `valid` keeps only those the schema accepted. */
  const records = (list: string, valid = true): [Rec, number][] =>
    (Array.isArray(raw[list]) ? (raw[list] as unknown[]) : [])
      .map((r, i): [Rec, number] => [r as Rec, i])
      .filter(([r, i]) => r !== null && typeof r === 'object' && (!valid || isValid([list, i])));

  /** Ids of every record that has one, valid or not, so a broken record does not also make its references "unknown". */
  const ids = (list: string, key: string, what: string): string[] => {
    const seen = new Map<string, number>();
    for (const [r, i] of records(list, false)) {
      const id = r[key];
      if (!str(id)) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else err('id-en-double', [list, i, key], `${what} « ${id} » en double : déjà défini ligne ${at([list, first, key]).line}`);
    }
    return [...seen.keys()];
  };
  ids('projets', 'id', 'projet');
  const missionCodes = ids('missions', 'code', 'mission');
  const enjeuCles = ids('enjeux', 'cle', 'enjeu');
  ids('groupes', 'cle', 'groupe');
  ids('indicateurs', 'id', 'indicateur');
  const sourceIds = ids('sources', 'id', 'source');
  const [missions, enjeux, sources] = [new Set(missionCodes), new Set(enjeuCles), new Set(sourceIds)];

  // Field by field, so a wrong statut does not hide a wrong mission in the same record: every error of a run at once.
  for (const [p, i] of records('projets', false)) {
    const ok = (key: string) => isValid(['projets', i, key]);
    const mission = p.mission as string;
    if (str(mission) && ok('mission') && !missions.has(mission))
      err('mission-inconnue', ['projets', i, 'mission'], `mission « ${mission} » inconnue pour le projet « ${String(p.id)} » : missions connues ${knownList(missionCodes)}`, didYouMean(mission, missionCodes));
    strings(ok('enjeux') ? p.enjeux : []).forEach((e, j) => {
      if (!enjeux.has(e))
        err('enjeu-inconnu', ['projets', i, 'enjeux', j], `enjeu « ${e} » inconnu pour le projet « ${String(p.id)} » : enjeux connus ${knownList(enjeuCles)}`, didYouMean(e, enjeuCles));
    });
    strings(ok('sources') ? p.sources : []).forEach((s, j) => {
      if (!sources.has(s))
        err('source-inconnue', ['projets', i, 'sources', j], `source « ${s} » inconnue pour le projet « ${String(p.id)} » : sources déclarées ${knownList(sourceIds)}`, didYouMean(s, sourceIds));
    });
    strings(ok('champs_illustratifs') ? p.champs_illustratifs : []).forEach((c, j) => {
      if (!PROJET_FIELDS.includes(c))
        err('champ-inconnu', ['projets', i, 'champs_illustratifs', j], `champ « ${c} » inconnu dans « champs_illustratifs » du projet « ${String(p.id)} »`, didYouMean(c, PROJET_FIELDS));
    });
  }

  const edition = raw.edition as Rec | undefined;
  strings(isValid(['edition', 'sources']) ? edition?.sources : []).forEach((s, j) => {
    if (!sources.has(s))
      err('source-inconnue', ['edition', 'sources', j], `source « ${s} » inconnue dans les sources de l’édition : sources déclarées ${knownList(sourceIds)}`, didYouMean(s, sourceIds));
  });

  const groupOf = new Map<string, string>();
  for (const [g, i] of records('groupes')) {
    strings(g.missions).forEach((code, j) => {
      if (!missions.has(code))
        err('mission-inconnue', ['groupes', i, 'missions', j], `mission « ${code} » inconnue dans le groupe « ${String(g.cle)} » : missions connues ${knownList(missionCodes)}`, didYouMean(code, missionCodes));
      const prev = groupOf.get(code);
      if (prev !== undefined) err('mission-plusieurs-groupes', ['groupes', i, 'missions', j], `mission « ${code} » déjà rangée dans le groupe « ${prev} » : une mission appartient à un seul groupe`);
      else groupOf.set(code, String(g.cle));
    });
  }
  if (isValid(['groupes']))
    for (const [m, i] of records('missions'))
      if (!groupOf.has(m.code as string)) err('mission-sans-groupe', ['missions', i, 'code'], `mission « ${String(m.code)} » rangée dans aucun groupe : ajoutez-la à la liste « missions » d'un groupe`);

  // Indicators: each value and target names a declared source; a rank is a whole number from 1.
  for (const [ind, i] of records('indicateurs')) {
    const id = String(ind.id);
    const mission = ind.mission;
    if (str(mission) && isValid(['indicateurs', i, 'mission']) && !missions.has(mission))
      err('mission-inconnue', ['indicateurs', i, 'mission'], `mission « ${mission} » inconnue pour l'indicateur « ${id} » : missions connues ${knownList(missionCodes)}`, didYouMean(mission, missionCodes));
    for (const list of ['valeurs', 'objectifs'] as const) {
      (Array.isArray(ind[list]) ? (ind[list] as Rec[]) : []).forEach((v, j) => {
        const path = ['indicateurs', i, list, j];
        if (v && str(v.source) && isValid([...path, 'source']) && !sources.has(v.source))
          err('source-inconnue', [...path, 'source'], `source « ${v.source} » inconnue pour l'indicateur « ${id} » : sources déclarées ${knownList(sourceIds)}`, didYouMean(v.source, sourceIds));
        if (v && ind.mesure === 'rang' && typeof v.valeur === 'number' && isValid([...path, 'valeur']) && !(Number.isInteger(v.valeur) && v.valeur >= 1))
          err('rang-invalide', [...path, 'valeur'], `rang « ${v.valeur} » invalide pour l'indicateur « ${id} » : un nombre entier à partir de 1 est attendu`);
      });
    }
  }

  const dates: [readonly PropertyKey[], string, 'jour' | 'partielle'][] = [
    [['programme', 'lancement'], 'date de lancement', 'jour'],
    [['edition', 'date'], "date de l'édition", 'jour'],
    [['edition', 'publication'], 'date de publication', 'jour'],
    ...records('sources').map(([s, i]): [readonly PropertyKey[], string, 'partielle'] => [['sources', i, 'date'], `date de la source « ${String(s.id)} »`, 'partielle']),
    ...records('indicateurs').flatMap(([ind, i]) =>
      (['valeurs', 'objectifs'] as const).flatMap((list) =>
        (Array.isArray(ind[list]) ? (ind[list] as unknown[]) : []).map((_, j): [readonly PropertyKey[], string, 'partielle'] => [
          ['indicateurs', i, list, j, 'date'],
          `date ${list === 'valeurs' ? "d'une valeur" : "d'un objectif"} de l'indicateur « ${String(ind.id)} »`,
          'partielle',
        ]),
      ),
    ),
  ];
  let editionOk = isValid(['edition', 'date']);
  for (const [path, what, precision] of dates) {
    const found = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Rec)[k as string] : undefined), raw);
    // A bare year reads as a number in YAML; the schema takes it as text, so it is checked as such.
    const value = typeof found === 'number' && precision === 'partielle' ? String(found) : found;
    if (!str(value) || !isValid(path)) continue;
    const problem = precision === 'jour' ? checkIsoDate(value) : checkPartialDate(value);
    const expected = precision === 'jour' ? 'AAAA-MM-JJ (ex. 2020-08-27)' : 'AAAA-MM-JJ, AAAA-MM ou AAAA (ex. 2020-08-27, 2020-08 ou 2020)';
    if (problem === 'format') err('date-invalide', path, `${what} « ${value} » illisible : attendue au format ${expected}`);
    else if (problem === 'jour') err('date-invalide', path, `${what} « ${value} » invalide : ${precision === 'jour' || value.length > 7 ? "ce jour n'existe pas" : "ce mois n'existe pas"}`);
    if (problem && path[0] === 'edition' && path[1] === 'date') editionOk = false;
  }

  const periodeAt = (path: readonly PropertyKey[]) => {
    const v = path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Rec)[k as string] : undefined), raw) as { debut: number; fin: number } | undefined;
    return v && isValid(path) ? v : undefined;
  };
  const fdr = periodeAt(['feuille_de_route', 'periode']);
  for (const path of [['feuille_de_route', 'periode'], ['edition', 'precedente', 'periode']]) {
    const p = periodeAt(path);
    if (p && p.debut > p.fin) err('periode-inversee', [...path, 'debut'], `période ${p.debut}-${p.fin} inversée : « debut » doit précéder ou égaler « fin »`);
  }
  const edDate = (raw.edition as Rec | undefined)?.date;
  if (editionOk && fdr && str(edDate) && yearOf(edDate) < fdr.debut)
    err('edition-avant-debut', ['edition', 'date'], `l'édition du ${edDate} précède le début de la feuille de route (${fdr.debut})`);

  // A brochure cannot cite what was published after it: its list of sources would date it wrong (a 2019 edition citing
  // a 2020 report). Sources without a date are not judged; the indicators skip later values themselves (model). Judged
  // against the edition's publication (else its date) only when that date stands: a wrong one is its own error.
  const pub = edition?.publication;
  const published =
    pub !== undefined
      ? str(pub) && isValid(['edition', 'publication']) && !checkIsoDate(pub) ? pub : undefined
      : editionOk && str(edDate) ? edDate : undefined;
  const beforeStart = fdr !== undefined && [published, edDate].some((d) => str(d) && yearOf(d) < fdr.debut);
  if (published && !beforeStart) {
    const dateOf = new Map(records('sources').flatMap(([r]) => (str(r.id) && str(r.date) && !checkPartialDate(r.date) ? [[r.id, r.date] as const] : [])));
    const later = (id: string, path: readonly PropertyKey[], who: string) => {
      const date = dateOf.get(id);
      if (date !== undefined && !knownAt(date, published))
        err('source-posterieure', path, `source « ${id} » citée ${who} : elle est datée de ${date}, après la publication de l’édition (${published}) ; une plaquette ne peut citer que ce qui était paru`);
    };
    for (const [p, i] of records('projets', false))
      strings(isValid(['projets', i, 'sources']) ? p.sources : []).forEach((id, j) => later(id, ['projets', i, 'sources', j], `par le projet « ${String(p.id)} »`));
    strings(isValid(['edition', 'sources']) ? edition?.sources : []).forEach((id, j) => later(id, ['edition', 'sources', j], 'dans les sources de l’édition'));
  }
  return out;
}
