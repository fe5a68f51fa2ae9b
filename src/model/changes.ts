// What changed between two editions, from their data alone: projects followed by id, missions by their shared code.
// The brochure's « Ce qui a changé » section, the page's {{ changements }} paragraph and `npm run review` read it here.
import type { Mission, Projet, RoadmapData, Statut } from '../load/types.js';
import { lowerFirst } from './wording.js';

export interface ProjetRef {
  id: string;
  titre: string;
  /** Mission code in the edition the project is listed in. */
  mission: string;
  statut: Statut;
  illustratif: boolean;
  /** Its statut is a guess (`champs_illustratifs: [statut]`). */
  statutSuppose: boolean;
}

export interface StatusChange extends ProjetRef {
  from: Statut;
}

export interface MissionRename {
  ref: string;
  before: { code: string; nom: string };
  after: { code: string; nom: string };
}

export interface ProjetsDiff {
  /** Projects of both editions whose statut changed, in the later edition's order. */
  statusChanges: StatusChange[];
  /** In the later edition only. */
  added: ProjetRef[];
  /** In the earlier edition only: they left the roadmap. */
  removed: ProjetRef[];
}

export interface EditionChanges extends ProjetsDiff {
  /** « édition actualisée mi-2020 » (in running text). */
  depuis: string;
  /** Completed since: achevé now, something else before (the new ones completed at once included). */
  acheves: ProjetRef[];
  /** Statut « à achever » in this edition. */
  aAchever: ProjetRef[];
  missionsRenommees: MissionRename[];
}

const ref = (p: Projet): ProjetRef => ({
  id: p.id,
  titre: p.titre,
  mission: p.mission,
  statut: p.statut,
  illustratif: p.illustratif,
  statutSuppose: !p.illustratif && (p.champsIllustratifs ?? []).includes('statut'),
});

/** Projects followed by id from `before` to `after`. */
export function diffProjets(before: RoadmapData, after: RoadmapData): ProjetsDiff {
  const old = new Map(before.projets.map((p) => [p.id, p]));
  const now = new Set(after.projets.map((p) => p.id));
  return {
    statusChanges: after.projets.flatMap((p) => {
      const o = old.get(p.id);
      return o && o.statut !== p.statut ? [{ ...ref(p), from: o.statut }] : [];
    }),
    added: after.projets.filter((p) => !old.has(p.id)).map(ref),
    removed: before.projets.filter((p) => !now.has(p.id)).map(ref),
  };
}

/** Missions present in both editions (by shared code) under another code or name. */
export function renamedMissions(before: readonly Mission[], after: readonly Mission[]): MissionRename[] {
  const old = new Map(before.map((m) => [m.ref, m]));
  return after.flatMap((m) => {
    const o = old.get(m.ref);
    return o && (o.code !== m.code || o.nom !== m.nom) ? [{ ref: m.ref, before: { code: o.code, nom: o.nom }, after: { code: m.code, nom: m.nom } }] : [];
  });
}

export function editionChanges(before: RoadmapData, after: RoadmapData): EditionChanges {
  const diff = diffProjets(before, after);
  const old = new Map(before.projets.map((p) => [p.id, p]));
  return {
    ...diff,
    depuis: lowerFirst(before.programme.edition.libelle),
    acheves: after.projets.filter((p) => p.statut === 'achevé' && old.get(p.id)?.statut !== 'achevé').map(ref),
    aAchever: after.projets.filter((p) => p.statut === 'à achever').map(ref),
    missionsRenommees: renamedMissions(before.missions, after.missions),
  };
}

/** « projet illustratif », « statut à confirmer », or nothing: what the data says it does not know about a project. */
export function refCaveat(p: ProjetRef): string | undefined {
  return p.illustratif ? 'projet illustratif' : p.statutSuppose ? 'statut à confirmer' : undefined;
}

/** « (projet illustratif) », « (statut à confirmer) »: the caveat after a project's title. */
function refNote(p: ProjetRef): string {
  const caveat = refCaveat(p);
  return caveat ? ` (${caveat})` : '';
}

/** « l’édition actualisée mi-2020 », « la mise à jour de 2021 ». */
export function elided(noun: string): string {
  return /^[aeiouyàâéèêëîïôûh]/i.test(noun) ? `l’${noun}` : `la ${noun}`;
}

/** `A, B et C`. */
export function listFr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * The page's paragraph, `{{ changements }}`: sentences without figures (the counts are the page's own sentences,
 * which `--check` compares), one per kind of change, each naming the projects.
 */
export function changesParagraph(c: EditionChanges, editionYear: string): string {
  const titles = (ps: readonly ProjetRef[]) => listFr(ps.map((p) => `« ${p.titre} »${refNote(p)}`));
  const sentences = [
    c.acheves.length ? `${c.acheves.length > 1 ? 'ont été achevés' : 'a été achevé'} : ${titles(c.acheves)}` : 'aucun projet n’a été achevé',
    ...(c.aAchever.length ? [`${c.aAchever.length > 1 ? 'doivent être achevés' : 'doit être achevé'} d’ici la fin de ${editionYear} : ${titles(c.aAchever)}`] : []),
    c.added.length ? `${c.added.length > 1 ? 'ont rejoint' : 'a rejoint'} la feuille de route : ${titles(c.added)}` : 'aucun projet n’a rejoint la feuille de route',
    // No « aucun projet ne l’a quittée » when none did in the data: the record says some left without naming them.
    ...(c.removed.length ? [`${c.removed.length > 1 ? 'l’ont quittée' : 'l’a quittée'} : ${titles(c.removed)}`] : []),
    ...c.missionsRenommees.map((m) => (m.before.code !== m.after.code ? `la mission ${m.before.code} est devenue ${m.after.code}` : `la mission ${m.after.code} s’appelle désormais « ${m.after.nom} »`)),
  ];
  return `Depuis ${elided(c.depuis)} : ${sentences.join(' ; ')}.`;
}
