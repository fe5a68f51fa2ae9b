// From the validated snake_case YAML shape to `RoadmapData` (camelCase, defaults filled, each record with its position).
import type { SourcePos } from '../diagnostics.js';
import type { RawRoadmap } from './schema.js';
import type { RoadmapData } from './types.js';

type At = (path: readonly PropertyKey[]) => SourcePos;

export interface ToRoadmapOptions {
  /** The edition's id (its folder under editions/). */
  id?: string;
  /** Missions renamed in this edition: code in this edition → code in data/missions.yaml. */
  refs?: ReadonlyMap<string, string>;
  /** Missions whose name in this edition is a guess (`illustratif: true` in `missions_renommees`). */
  supposed?: ReadonlySet<string>;
}

/** A `precedente` given as an edition id is left out here: `loadRoadmap` fills it from that edition's data. */
export function toRoadmap(raw: RawRoadmap, at: At, opts: ToRoadmapOptions = {}): RoadmapData {
  const groupOf = new Map<string, string>();
  for (const g of raw.groupes) for (const code of g.missions) if (!groupOf.has(code)) groupOf.set(code, g.cle);
  const fr = raw.feuille_de_route;
  const ed = raw.edition;
  return {
    programme: {
      nom: raw.programme.nom,
      accroche: raw.programme.accroche,
      porteur: raw.programme.porteur,
      lancement: raw.programme.lancement,
      licence: raw.programme.licence,
      feuilleDeRoute: { titre: fr.titre, titrePos: at(['feuille_de_route', 'titre']), periode: { ...fr.periode, pos: at(['feuille_de_route', 'periode']) } },
      edition: {
        ...(opts.id !== undefined ? { id: opts.id } : {}),
        libelle: ed.libelle,
        date: ed.date,
        ...(ed.publication !== undefined ? { publication: ed.publication } : {}),
        ...(ed.precedente && typeof ed.precedente === 'object'
          ? {
              precedente: {
                periode: { ...ed.precedente.periode, pos: at(['edition', 'precedente', 'periode']) },
                projets: ed.precedente.projets,
                acheves: ed.precedente.acheves,
                pos: at(['edition', 'precedente']),
              },
            }
          : {}),
        ...(ed.sources ? { sources: [...ed.sources] } : {}),
      },
      ...(raw.edito ? { edito: { ...raw.edito, pos: at(['edito']) } } : {}),
      sources: raw.sources.map((s, i) => ({ ...s, pos: at(['sources', i]) })),
      pos: at(['programme']),
    },
    enjeux: raw.enjeux.map((e, i) => ({ ...e, pos: at(['enjeux', i]) })),
    groupes: raw.groupes.map((g, i) => ({ ...g, missions: [...g.missions], pos: at(['groupes', i]) })),
    missions: raw.missions.map((m, i) => ({
      ...m,
      ref: opts.refs?.get(m.code) ?? m.code,
      groupe: groupOf.get(m.code) ?? '',
      ...(opts.supposed?.has(m.code) ? { nomSuppose: true } : {}),
      pos: at(['missions', i]),
    })),
    projets: raw.projets.map((p, i) => ({
      id: p.id,
      titre: p.titre,
      mission: p.mission,
      enjeux: [...p.enjeux],
      porteur: p.porteur,
      statut: p.statut,
      resume: p.resume,
      illustratif: p.illustratif,
      ...(p.champs_illustratifs ? { champsIllustratifs: [...p.champs_illustratifs] } : {}),
      sources: [...p.sources],
      nomsPropres: p.noms_propres ?? [],
      pos: at(['projets', i]),
    })),
    indicateurs: (raw.indicateurs ?? []).map((ind, i) => ({
      id: ind.id,
      nom: ind.nom,
      ...(ind.unite !== undefined ? { unite: ind.unite } : {}),
      mesure: ind.mesure ?? 'nombre',
      ...(ind.mission !== undefined ? { mission: ind.mission } : {}),
      valeurs: ind.valeurs.map((v, j) => ({ ...v, pos: at(['indicateurs', i, 'valeurs', j]) })),
      objectifs: (ind.objectifs ?? []).map((o, j) => ({ ...o, pos: at(['indicateurs', i, 'objectifs', j]) })),
      pos: at(['indicateurs', i]),
    })),
  };
}
