// The roadmap's counts, computed in this one place for the PDF, the web page, the manifest and the checks.
import type { RoadmapData, Statut } from '../load/types.js';
import { STATUTS } from '../load/types.js';

export interface MissionCounts {
  code: string;
  nom: string;
  total: number;
  parStatut: Record<Statut, number>;
}

export interface Counts {
  /** Number of projects in the roadmap. */
  projets: number;
  acheves: number;
  /** To be completed by the end of the edition's year (statut « à achever »). */
  aAchever: number;
  enCours: number;
  nouveaux: number;
  missions: number;
  enjeux: number;
  /** In mission order. */
  parMission: MissionCounts[];
  /** "2019-2022". */
  periode: string;
  /** The previous edition's figures: typed in the data, or counted from its data when it is in editions/. */
  precedente?: { periode: string; projets: number; acheves: number };
}

function emptyByStatut(): Record<Statut, number> {
  return Object.fromEntries(STATUTS.map((s) => [s, 0])) as Record<Statut, number>;
}

/** `previous`: the previous edition's data, when the edition names one of editions/ (see `loadRoadmap`). */
export function countProjets(data: RoadmapData, previous?: RoadmapData): Counts {
  const total = emptyByStatut();
  const byMission = new Map<string, MissionCounts>(
    data.missions.map((m) => [m.code, { code: m.code, nom: m.nom, total: 0, parStatut: emptyByStatut() }]),
  );
  for (const p of data.projets) {
    total[p.statut] += 1;
    const m = byMission.get(p.mission);
    if (m) {
      m.total += 1;
      m.parStatut[p.statut] += 1;
    }
  }
  const { debut, fin } = data.programme.feuilleDeRoute.periode;
  const prev = data.programme.edition.precedente;
  const prevCounts = previous ? countProjets(previous) : undefined;
  const projets = prev?.projets ?? prevCounts?.projets;
  const acheves = prev?.acheves ?? prevCounts?.acheves;
  return {
    projets: data.projets.length,
    acheves: total['achevé'],
    aAchever: total['à achever'],
    enCours: total['en cours'],
    nouveaux: total['nouveau'],
    missions: data.missions.length,
    enjeux: data.enjeux.length,
    parMission: [...byMission.values()],
    periode: formatPeriode(debut, fin),
    ...(prev && projets !== undefined && acheves !== undefined ? { precedente: { periode: formatPeriode(prev.periode.debut, prev.periode.fin), projets, acheves } } : {}),
  };
}

export function formatPeriode(debut: number, fin: number): string {
  return `${debut}-${fin}`;
}
