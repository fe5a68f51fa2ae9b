// loadRoadmap: data/*.yaml → validated `RoadmapData`, or every error of the run, each pointing at its YAML node.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { resolveAssetPath, type LinkAwareWorld } from './assets.js';
import { crossCheck } from './cross-check.js';
import { dataPos, readDataFiles } from './read-data-files.js';
import { HOME_FILE, roadmapSchema, type RawRoadmap } from './schema.js';
import { toRoadmap } from './to-roadmap.js';
import type { RoadmapData } from './types.js';
import { keyPos } from './yaml-source.js';
import { issueToDiagnostics } from './zod-issues.js';

export async function loadRoadmap(world: World, config: Config): Promise<{ data?: RoadmapData; diagnostics: Diagnostic[] }> {
  const dir = config.dataDir.replace(/\/+$/, '');
  const files = await readDataFiles(world, dir);
  const diagnostics = [...files.diagnostics];
  const home = (key: string): SourcePos => ({ file: `${dir}/${HOME_FILE[key as keyof RawRoadmap] ?? 'programme.yaml'}`, line: 1, column: 1 });
  const at = (path: readonly PropertyKey[]) => dataPos(files, path, home);

  if (files.owner.size === 0 && files.broken.size === 0) {
    diagnostics.push({ severity: 'error', code: 'donnees-absentes', pos: { file: dir, line: 1, column: 1 }, message: `aucun fichier .yaml dans ${dir}/ : attendus programme.yaml, enjeux.yaml, missions.yaml, projets.yaml` });
    return { diagnostics };
  }

  const parsed = roadmapSchema.safeParse(files.raw);
  if (!parsed.success) {
    const ctx = {
      raw: files.raw,
      schema: roadmapSchema,
      pathPos: at,
      keyPos: (path: readonly PropertyKey[], key: string) => {
        const src = files.owner.get(String(path.length ? path[0] : key));
        return src ? keyPos(src, path, key) : home(key);
      },
    };
    for (const issue of parsed.error.issues) {
      for (const d of issueToDiagnostics(issue, ctx)) {
        // A section missing because its file did not parse is not news.
        if (d.code === 'schema-required' && issue.path.length === 1 && files.broken.has(home(String(issue.path[0])).file)) continue;
        diagnostics.push(d);
      }
    }
    return { diagnostics: sortDiagnostics(diagnostics) };
  }
  if (hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };

  const raw = parsed.data;
  diagnostics.push(...crossCheck(raw, at));
  const pictos: [readonly PropertyKey[], string | undefined][] = [
    ...raw.enjeux.map((e, i): [readonly PropertyKey[], string] => [['enjeux', i, 'pictogramme'], e.pictogramme]),
    ...raw.missions.map((m, i): [readonly PropertyKey[], string | undefined] => [['missions', i, 'pictogramme'], m.pictogramme]),
  ];
  const resolved = await Promise.all(
    pictos.map(([path, rel]) => (rel === undefined ? null : resolveAssetPath(world as LinkAwareWorld, config, rel, at(path)))),
  );
  for (const r of resolved) if (r) diagnostics.push(...r.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };
  return { data: toRoadmap(raw, at), diagnostics: sortDiagnostics(diagnostics) };
}

/** File, then line, then column: the order a writer fixes them in. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const pa = a.d.pos;
      const pb = b.d.pos;
      if (!pa || !pb) return pa ? -1 : pb ? 1 : a.i - b.i;
      return pa.file < pb.file ? -1 : pa.file > pb.file ? 1 : pa.line - pb.line || pa.column - pb.column || a.i - b.i;
    })
    .map((x) => x.d);
}
