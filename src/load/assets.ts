// Paths named by the data (pictograms): they must stay inside assets/ and name a file that exists.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import type { Config } from '../config.js';
import type { World } from '../world.js';
import type { RoadmapData } from './types.js';

/** A world that can say where a path really leads (fsWorld can, through realpath); memory worlds have no links. */
export type LinkAwareWorld = World & { realPath?: (rel: string) => Promise<string> };

export interface ResolvedAsset {
  /** Project-relative path (`assets/pictogrammes/x.svg`), set when the path is acceptable. */
  file?: string;
  diagnostics: Diagnostic[];
}

const err = (code: string, pos: SourcePos, message: string, hint?: string): Diagnostic => ({
  severity: 'error',
  code,
  pos,
  message,
  ...(hint ? { hint } : {}),
});

/** The pictograms the data names (enjeux, then missions that have one), as written: paths under assets/. */
export function namedPictogrammes(data: RoadmapData): string[] {
  return [...data.enjeux.map((e) => e.pictogramme), ...data.missions.flatMap((m) => (m.pictogramme ? [m.pictogramme] : []))];
}

/** Checks a path written relative to `config.assetsDir` and returns it relative to the project root. */
export async function resolveAssetPath(world: LinkAwareWorld, config: Config, rel: string, pos: SourcePos): Promise<ResolvedAsset> {
  const dir = config.assetsDir.replace(/\/+$/, '');
  const hint = `écrivez un chemin relatif au dossier ${dir}/, par exemple « pictogrammes/nom.svg »`;
  if (rel.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(rel) || rel.startsWith('\\'))
    return { diagnostics: [err('chemin-absolu', pos, `chemin absolu « ${rel} » interdit : les images doivent être dans ${dir}/`, hint)] };
  if (rel.includes('\\')) return { diagnostics: [err('chemin-interdit', pos, `chemin « ${rel} » : utilisez des barres obliques « / », pas « \\ »`)] };
  const parts = rel.split('/');
  if (parts.includes('..'))
    return { diagnostics: [err('chemin-interdit', pos, `chemin « ${rel} » interdit : « .. » sortirait du dossier ${dir}/`, hint)] };
  const clean = parts.filter((p) => p !== '' && p !== '.').join('/');
  const file = `${dir}/${clean}`;
  if (!(await world.exists(file))) return { diagnostics: [err('fichier-manquant', pos, `fichier « ${file} » introuvable`)] };
  if (world.realPath) {
    const real = await world.realPath(file);
    const base = await world.realPath(dir);
    if (real !== base && !real.startsWith(base + '/'))
      return { diagnostics: [err('chemin-interdit', pos, `« ${file} » est un lien symbolique qui sort du dossier ${dir}/ : copiez le fichier dans ${dir}/`)] };
  }
  return { file, diagnostics: [] };
}
