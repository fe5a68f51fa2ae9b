// Reads the optional `brochure.config.yaml` at the project root over the defaults; unknown keys are errors, not silent.
import { DEFAULT_CONFIG, type Config } from './config.js';
import { BuildError } from './diagnostics.js';
import type { World } from './world.js';

export const CONFIG_FILE = 'brochure.config.yaml';

export async function loadConfig(world: World): Promise<Config> {
  if (!(await world.exists(CONFIG_FILE))) return DEFAULT_CONFIG;
  const { parse } = await import('yaml');
  let raw: unknown;
  try {
    raw = parse(await world.readText(CONFIG_FILE));
  } catch (e) {
    const linePos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new BuildError([
      { severity: 'error', code: 'config-syntaxe', pos: { file: CONFIG_FILE, line: linePos?.line ?? 1, column: linePos?.col ?? 1 }, message: `syntaxe YAML invalide : ${(e as Error).message.split('\n')[0]}` },
    ]);
  }
  if (raw == null) return DEFAULT_CONFIG;
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const errors = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const expected = typeof (DEFAULT_CONFIG as unknown as Record<string, unknown>)[key];
    if (key === 'editions') {
      const own = editionNames(value);
      if (typeof own === 'string') errors.push({ severity: 'error' as const, code: 'config-type', pos: { file: CONFIG_FILE, line: 1, column: 1 }, message: own });
      else config.editions = mergeEditions(DEFAULT_CONFIG.editions, own);
    } else if (expected === 'undefined') {
      errors.push({ severity: 'error' as const, code: 'config-cle-inconnue', pos: { file: CONFIG_FILE, line: 1, column: 1 }, message: `clé « ${key} » inconnue : clés possibles ${Object.keys(DEFAULT_CONFIG).join(', ')}` });
    } else if (typeof value !== expected) {
      errors.push({ severity: 'error' as const, code: 'config-type', pos: { file: CONFIG_FILE, line: 1, column: 1 }, message: `la clé « ${key} » attend une valeur de type ${expected === 'number' ? 'nombre' : 'texte'}` });
    } else config[key] = value;
  }
  if (errors.length) throw new BuildError(errors);
  return config as unknown as Config;
}

const NAME_KEYS = ['pdfName', 'thumbnailName', 'pageName'] as const;

/** `editions: { mi-2020: { thumbnailName: … } }`: per-edition output names, or the French reason they are not. */
function editionNames(value: unknown): Config['editions'] | string {
  const bad = `la clé « editions » attend, pour chaque identifiant d’édition, des noms de fichiers (${NAME_KEYS.join(', ')}) : par exemple « mi-2020: { thumbnailName: capture-plaquette-TECH-couv } »`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad;
  const out: Config['editions'] = {};
  for (const [id, names] of Object.entries(value as Record<string, unknown>)) {
    if (names === null || typeof names !== 'object' || Array.isArray(names)) return bad;
    for (const [k, v] of Object.entries(names as Record<string, unknown>)) if (!(NAME_KEYS as readonly string[]).includes(k) || typeof v !== 'string') return bad;
    out[id] = names as Config['editions'][string];
  }
  return out;
}

/** The file's names over the defaults, edition by edition and key by key. */
function mergeEditions(base: Config['editions'], own: Config['editions']): Config['editions'] {
  const out: Config['editions'] = { ...base };
  for (const [id, names] of Object.entries(own)) out[id] = { ...(out[id] ?? {}), ...names };
  return out;
}
