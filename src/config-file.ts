// Reads the optional `brochure.config.yaml` at the project root over the defaults; unknown keys are errors, not silent.
import { DEFAULT_CONFIG, type Config } from './config.js';
import { BuildError, type Diagnostic } from './diagnostics.js';
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
    if (expected === 'undefined') {
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
