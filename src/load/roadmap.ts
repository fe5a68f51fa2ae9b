// loadRoadmap: data/*.yaml → validated `RoadmapData`, or every error of the run, each pointing at its YAML node.
import { hasErrors, sortDiagnostics, type Diagnostic, type SourcePos } from '../diagnostics.js';
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { resolveAssetPath, type LinkAwareWorld } from './assets.js';
import { crossCheck } from './cross-check.js';
import { dataPos, dataSpan, readDataFiles } from './read-data-files.js';
import type { SpanLocator } from '../glyphs/text-sources.js';
import { HOME_FILE, roadmapSchema, type RawRoadmap } from './schema.js';
import { toRoadmap } from './to-roadmap.js';
import type { RoadmapData } from './types.js';
import { keyPos } from './yaml-source.js';
import { issueToDiagnostics } from './zod-issues.js';

export async function loadRoadmap(
  world: World,
  config: Config,
): Promise<{ data?: RoadmapData; diagnostics: Diagnostic[]; spanAt?: SpanLocator; texts?: ReadonlyMap<string, string> }> {
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
  const issues = parsed.success ? [] : parsed.error.issues;
  const ctx = {
    raw: files.raw,
    schema: roadmapSchema,
    pathPos: at,
    keyPos: (path: readonly PropertyKey[], key: string) => {
      const src = files.owner.get(String(path.length ? path[0] : key));
      return src ? keyPos(src, path, key) : home(key);
    },
  };
  for (const issue of issues) {
    for (const d of issueToDiagnostics(issue, ctx)) {
      // In a file that did not parse, or for a section missing because its file did not parse, the schema only repeats the syntax error.
      if (d.pos && files.broken.has(d.pos.file)) continue;
      diagnostics.push(d);
    }
  }
  // Cross-references over a half-parsed file, or with a section defined twice, would report the records lost as "unknown".
  if (!hasErrors(files.diagnostics)) {
    const isValid = (path: readonly PropertyKey[]) =>
      !issues.some((i) => i.code !== 'unrecognized_keys' && (startsWith(i.path, path) || startsWith(path, i.path)));
    diagnostics.push(...crossCheck(files.raw, at, isValid));
    const pictos: [readonly PropertyKey[], unknown][] = [];
    for (const list of ['enjeux', 'missions'])
      (Array.isArray(files.raw[list]) ? (files.raw[list] as Record<string, unknown>[]) : []).forEach((r, i) => {
        if (isValid([list, i, 'pictogramme'])) pictos.push([[list, i, 'pictogramme'], r?.pictogramme]);
      });
    const resolved = await Promise.all(
      pictos.map(([path, rel]) => (typeof rel === 'string' ? resolveAssetPath(world as LinkAwareWorld, config, rel, at(path)) : null)),
    );
    for (const r of resolved) if (r) diagnostics.push(...r.diagnostics);
  }
  if (!parsed.success || hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };
  return { data: toRoadmap(parsed.data, at), diagnostics: sortDiagnostics(diagnostics), spanAt: (path) => dataSpan(files, path), texts: files.texts };
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

