// What changed between two editions' inputs: project statuses, projects added or removed, texts (word by word).
import { blockPieces } from '../load/block-text.js';
import type { Editorial, EditorialBlock, RoadmapData, Statut } from '../load/types.js';
import { diffWords, hasChanges, type WordOp } from './word-diff.js';
import { diffProjets, renamedMissions, type MissionRename, type ProjetRef } from '../model/changes.js';

export interface StatusChange {
  id: string;
  titre: string;
  from: Statut;
  to: Statut;
}

export interface TextChange {
  /** French, for the reader: « projet offre-labellisation — résumé », « content/brochure/bilan.md ». */
  where: string;
  ops: WordOp[];
}

export interface EditionDiff {
  statusChanges: StatusChange[];
  added: { id: string; titre: string; statut: Statut }[];
  removed: { id: string; titre: string; statut: Statut }[];
  missionsRenommees: MissionRename[];
  textChanges: TextChange[];
}

export interface EditionInputs {
  data: RoadmapData;
  editorial: Editorial;
}

/** A block as one line of the diff: list items marked, images by their alt text. */
function blockText(b: EditorialBlock): string {
  if (b.kind === 'image') return `[image : ${b.alt}]`;
  return blockPieces(b).map((t) => (b.kind === 'list' ? `• ${t}` : t)).join(' ');
}

/** A block of editorial text as the reader sees it: front-matter titles first, then the blocks, one per line. */
function docText(doc: Editorial['blocks'][string]): string {
  const titles = Object.values(doc.frontMatter).filter((v): v is string => typeof v === 'string');
  return [...titles, ...doc.blocks.map(blockText)].join('\n');
}

function textChange(where: string, before: string, after: string, out: TextChange[]): void {
  if (before === after) return;
  const ops = diffWords(before, after);
  if (hasChanges(ops)) out.push({ where, ops });
}

/** Projects and missions are followed as the brochure's « ce qui a changé » follows them (model/changes.ts). */
export function diffEditions(before: EditionInputs, after: EditionInputs): EditionDiff {
  const old = new Map(before.data.projets.map((p) => [p.id, p]));
  const projets = diffProjets(before.data, after.data);
  const textChanges: TextChange[] = [];
  const pa = before.data.programme;
  const pb = after.data.programme;
  textChange('programme — édition', pa.edition.libelle, pb.edition.libelle, textChanges);
  textChange('programme — période', `${pa.feuilleDeRoute.periode.debut}-${pa.feuilleDeRoute.periode.fin}`, `${pb.feuilleDeRoute.periode.debut}-${pb.feuilleDeRoute.periode.fin}`, textChanges);
  for (const p of after.data.projets) {
    const o = old.get(p.id);
    if (!o) continue;
    textChange(`projet ${p.id} — titre`, o.titre, p.titre, textChanges);
    textChange(`projet ${p.id} — résumé`, o.resume, p.resume, textChanges);
  }
  for (const key of [...new Set([...Object.keys(before.editorial.blocks), ...Object.keys(after.editorial.blocks)])].sort()) {
    const a = before.editorial.blocks[key];
    const b = after.editorial.blocks[key];
    textChange(b?.file ?? a!.file, a ? docText(a) : '', b ? docText(b) : '', textChanges);
  }
  const brief = (p: ProjetRef) => ({ id: p.id, titre: p.titre, statut: p.statut });
  return {
    statusChanges: projets.statusChanges.map((c) => ({ id: c.id, titre: c.titre, from: c.from, to: c.statut })),
    added: projets.added.map(brief),
    removed: projets.removed.map(brief),
    missionsRenommees: renamedMissions(before.data.missions, after.data.missions),
    textChanges,
  };
}
