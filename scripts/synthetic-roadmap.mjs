// Synthetic roadmaps from the real one, shared by the bench (10×, 100×) and the layout tests (any project count):
// the real projects repeated with new ids, copy k moved k missions further along, so every mission grows alike and
// the cards keep the real texts' lengths. Truncated to `count` projects (fewer than the real ones drops the last).
import { stringify } from 'yaml';

/** The real projects cycled into `count` projects; `missions` are the mission codes in the data's order. */
export function syntheticProjets(projets, missions, count) {
  const out = [];
  for (let k = 0; out.length < count; k++) {
    for (const p of projets) {
      if (out.length === count) break;
      const mission = missions[(missions.indexOf(p.mission) + k) % missions.length];
      out.push(k === 0 ? p : { ...p, id: `${p.id}-${k + 1}`, mission });
    }
  }
  return out;
}

/**
 * data/projets.yaml for those projects: comment-free, one line per scalar (3,800 projects stay under the loader's
 * 2 MB limit), no YAML aliases for the arrays the copies share — real data has none, and resolving thousands of
 * them would dominate the load stage.
 */
export function projetsYaml(projets) {
  return stringify({ projets }, { lineWidth: 0, aliasDuplicateObjects: false });
}
