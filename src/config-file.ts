// Reads the optional `brochure.config.yaml` at the project root over the defaults; unknown keys are errors, not silent.
import { DEFAULT_CONFIG, type Config } from './config.js';
import { BuildError, type Diagnostic, type SourcePos } from './diagnostics.js';
import type { World } from './world.js';

export const CONFIG_FILE = 'brochure.config.yaml';

export async function loadConfig(world: World): Promise<Config> {
  if (!(await world.exists(CONFIG_FILE))) return DEFAULT_CONFIG;
  // Loaded only when there is a config file. Through our own ESM module, never `import('yaml')` itself: the bundle
  // turns a dynamic import of a CommonJS package into a chunk that exports only `default` (issue 13: « parse is not
  // a function »); scripts/bundle-guard.mjs refuses such an import at build time.
  const [{ parseYaml, keyPos, pathPos }, { nearest }] = await Promise.all([import('./load/yaml-source.js'), import('./load/suggest.js')]);
  const { src, diagnostics } = parseYaml(CONFIG_FILE, await world.readText(CONFIG_FILE), 'config-syntaxe');
  if (diagnostics.length) throw new BuildError(diagnostics);
  const raw: unknown = src.doc.toJS();
  if (raw == null) return DEFAULT_CONFIG;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new BuildError([
      { severity: 'error', code: 'config-type', pos: { file: CONFIG_FILE, line: 1, column: 1 }, message: `le fichier de configuration doit être une liste de clés « clé: valeur » : clés possibles ${Object.keys(DEFAULT_CONFIG).join(', ')}` },
    ]);
  }
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const errors: Diagnostic[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const expected = typeof (DEFAULT_CONFIG as unknown as Record<string, unknown>)[key];
    if (key === 'editions') {
      const own = editionNames(value, { at: (path) => pathPos(src, ['editions', ...path]), key: (path, k) => keyPos(src, ['editions', ...path], k), nearest });
      if (Array.isArray(own)) errors.push(...own);
      else config.editions = mergeEditions(DEFAULT_CONFIG.editions, own);
    } else if (expected === 'undefined') {
      const suggestion = nearest(key, Object.keys(DEFAULT_CONFIG));
      errors.push({
        severity: 'error',
        code: 'config-cle-inconnue',
        pos: keyPos(src, [], key),
        message: `clé « ${key} » inconnue : clés possibles ${Object.keys(DEFAULT_CONFIG).join(', ')}`,
        ...(suggestion ? { hint: `vouliez-vous dire « ${suggestion} » ?` } : {}),
      });
    } else if (typeof value !== expected) {
      errors.push({ severity: 'error', code: 'config-type', pos: pathPos(src, [key]), message: `la clé « ${key} » attend une valeur de type ${expected === 'number' ? 'nombre' : 'texte'}` });
    } else config[key] = value;
  }
  if (errors.length) throw new BuildError(errors);
  return config as unknown as Config;
}

const NAME_KEYS = ['pdfName', 'thumbnailName', 'pageName', 'uneName'] as const;

/** Where in the config file a path under `editions` is, and the nearest name to a mistyped key. */
interface Locate {
  at(path: readonly string[]): SourcePos;
  key(path: readonly string[], key: string): SourcePos;
  nearest(word: string, candidates: readonly string[]): string | undefined;
}

/** `editions: { mi-2020: { thumbnailName: … } }`: per-edition output names, or the errors, located, that say why not. */
function editionNames(value: unknown, where: Locate): Config['editions'] | Diagnostic[] {
  const example = 'par exemple « mi-2020: { thumbnailName: capture-plaquette-TECH-couv } »';
  const error = (pos: SourcePos, message: string, hint?: string): Diagnostic => ({ severity: 'error', code: 'config-type', pos, message, ...(hint ? { hint } : {}) });
  const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isMap(value)) return [error(where.at([]), `la clé « editions » attend, pour chaque identifiant d’édition, des noms de fichiers (${NAME_KEYS.join(', ')}) : ${example}`)];
  const out: Config['editions'] = {};
  const errors: Diagnostic[] = [];
  for (const [id, names] of Object.entries(value as Record<string, unknown>)) {
    if (!isMap(names)) {
      errors.push(error(where.at([id]), `« editions.${id} » attend des noms de fichiers (${NAME_KEYS.join(', ')}) : ${example}`));
      continue;
    }
    for (const [k, v] of Object.entries(names as Record<string, unknown>)) {
      if (!(NAME_KEYS as readonly string[]).includes(k)) {
        const suggestion = where.nearest(k, NAME_KEYS);
        errors.push({
          severity: 'error',
          code: 'config-cle-inconnue',
          pos: where.key([id], k),
          message: `clé « ${k} » inconnue dans « editions.${id} » : clés possibles ${NAME_KEYS.join(', ')}`,
          ...(suggestion ? { hint: `vouliez-vous dire « ${suggestion} » ?` } : {}),
        });
      } else if (typeof v !== 'string') errors.push(error(where.at([id, k]), `la clé « editions.${id}.${k} » attend un nom de fichier (texte)`));
    }
    out[id] = names as Config['editions'][string];
  }
  return errors.length ? errors : out;
}

/** The file's names over the defaults, edition by edition and key by key. */
function mergeEditions(base: Config['editions'], own: Config['editions']): Config['editions'] {
  const out: Config['editions'] = { ...base };
  for (const [id, names] of Object.entries(own)) out[id] = { ...(out[id] ?? {}), ...names };
  return out;
}
