// Checks that hold between records: references exist, ids are unique, each mission is in one group, dates are real and in order.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { checkIsoDate, yearOf } from './dates.js';
import type { RawRoadmap } from './schema.js';
import { projetSchema } from './schema.js';
import { didYouMean } from './suggest.js';

type At = (path: readonly PropertyKey[]) => SourcePos;

const PROJET_FIELDS = Object.keys(projetSchema.shape);

function knownList(values: readonly string[], max = 10): string {
  return values.slice(0, max).join(', ') + (values.length > max ? ', …' : '');
}

export function crossCheck(raw: RawRoadmap, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (code: string, path: readonly PropertyKey[], message: string, hint?: string) =>
    out.push({ severity: 'error', code, pos: at(path), message, ...(hint ? { hint } : {}) });

  const unique = (list: 'projets' | 'missions' | 'enjeux' | 'groupes' | 'sources', key: string, what: string) => {
    const seen = new Map<string, number>();
    (raw[list] as Record<string, unknown>[]).forEach((r, i) => {
      const id = String(r[key]);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else err('id-en-double', [list, i, key], `${what} « ${id} » en double : déjà défini ligne ${at([list, first, key]).line}`);
    });
    return [...seen.keys()];
  };
  const projetIds = unique('projets', 'id', 'projet');
  void projetIds;
  const missionCodes = unique('missions', 'code', 'mission');
  const enjeuCles = unique('enjeux', 'cle', 'enjeu');
  unique('groupes', 'cle', 'groupe');
  const sourceIds = unique('sources', 'id', 'source');
  const missions = new Set(missionCodes);
  const enjeux = new Set(enjeuCles);
  const sources = new Set(sourceIds);

  raw.projets.forEach((p, i) => {
    if (!missions.has(p.mission))
      err('mission-inconnue', ['projets', i, 'mission'], `mission « ${p.mission} » inconnue pour le projet « ${p.id} » : missions connues ${knownList(missionCodes)}`, didYouMean(p.mission, missionCodes));
    p.enjeux.forEach((e, j) => {
      if (!enjeux.has(e))
        err('enjeu-inconnu', ['projets', i, 'enjeux', j], `enjeu « ${e} » inconnu pour le projet « ${p.id} » : enjeux connus ${knownList(enjeuCles)}`, didYouMean(e, enjeuCles));
    });
    p.sources.forEach((s, j) => {
      if (!sources.has(s))
        err('source-inconnue', ['projets', i, 'sources', j], `source « ${s} » inconnue pour le projet « ${p.id} » : sources déclarées dans « sources » : ${knownList(sourceIds) || 'aucune'}`, didYouMean(s, sourceIds));
    });
    (p.champs_illustratifs ?? []).forEach((c, j) => {
      if (!PROJET_FIELDS.includes(c))
        err('champ-inconnu', ['projets', i, 'champs_illustratifs', j], `champ « ${c} » inconnu dans « champs_illustratifs » du projet « ${p.id} »`, didYouMean(c, PROJET_FIELDS));
    });
  });

  const groupOf = new Map<string, string>();
  raw.groupes.forEach((g, i) => {
    g.missions.forEach((code, j) => {
      if (!missions.has(code))
        err('mission-inconnue', ['groupes', i, 'missions', j], `mission « ${code} » inconnue dans le groupe « ${g.cle} » : missions connues ${knownList(missionCodes)}`, didYouMean(code, missionCodes));
      const prev = groupOf.get(code);
      if (prev !== undefined) err('mission-plusieurs-groupes', ['groupes', i, 'missions', j], `mission « ${code} » déjà rangée dans le groupe « ${prev} » : une mission appartient à un seul groupe`);
      else groupOf.set(code, g.cle);
    });
  });
  raw.missions.forEach((m, i) => {
    if (!groupOf.has(m.code)) err('mission-sans-groupe', ['missions', i, 'code'], `mission « ${m.code} » rangée dans aucun groupe : ajoutez-la à la liste « missions » d'un groupe`);
  });

  const dates: [readonly PropertyKey[], string | undefined, string][] = [
    [['programme', 'lancement'], raw.programme.lancement, 'date de lancement'],
    [['edition', 'date'], raw.edition.date, "date de l'édition"],
    [['edition', 'publication'], raw.edition.publication, 'date de publication'],
    ...raw.sources.map((s, i): [readonly PropertyKey[], string | undefined, string] => [['sources', i, 'date'], s.date, `date de la source « ${s.id} »`]),
  ];
  let editionOk = true;
  for (const [path, value, what] of dates) {
    if (value === undefined) continue;
    const problem = checkIsoDate(value);
    if (problem === 'format') err('date-invalide', path, `${what} « ${value} » illisible : attendue au format AAAA-MM-JJ (ex. 2020-08-27)`);
    else if (problem === 'jour') err('date-invalide', path, `${what} « ${value} » invalide : ce jour n'existe pas`);
    if (problem && path[0] === 'edition' && path[1] === 'date') editionOk = false;
  }

  const periodes: [readonly PropertyKey[], { debut: number; fin: number }][] = [[['feuille_de_route', 'periode'], raw.feuille_de_route.periode]];
  if (raw.edition.precedente) periodes.push([['edition', 'precedente', 'periode'], raw.edition.precedente.periode]);
  for (const [path, p] of periodes)
    if (p.debut > p.fin) err('periode-inversee', [...path, 'debut'], `période ${p.debut}-${p.fin} inversée : « debut » doit précéder ou égaler « fin »`);

  const start = raw.feuille_de_route.periode.debut;
  if (editionOk && yearOf(raw.edition.date) < start)
    err('edition-avant-debut', ['edition', 'date'], `l'édition du ${raw.edition.date} précède le début de la feuille de route (${start})`);
  return out;
}
