// The previous edition `--against` names: a PDF to rasterise, a folder of inputs, or a git ref whose inputs are extracted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputDirs, type Config } from '../config.js';
import { CONFIG_FILE } from '../config-file.js';
import type { World } from '../world.js';
import { editionWorld } from './edition-world.js';
import { listEditions } from '../load/editions.js';

export type Previous =
  | { kind: 'pdf'; label: string; pdf: Uint8Array }
  /** `config`: how to build it, when not the current config (another edition of this repository). */
  | { kind: 'edition'; label: string; world: World; config?: Config; cleanup: () => void };

export class AgainstError extends Error {}

function git(root: string, args: string[], input?: Buffer): Buffer {
  const r = spawnSync('git', args, { cwd: root, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new AgainstError(r.stderr.toString().trim().split('\n')[0] || `git ${args[0]} a échoué`);
  return r.stdout;
}

/** Input folders and config file of `ref`, unpacked with `git archive` into a temporary folder. */
function extractRef(root: string, ref: string, config: Config): string {
  const top = new Set(git(root, ['ls-tree', '--name-only', ref]).toString().split('\n').filter(Boolean));
  const wanted = [...inputDirs(config), CONFIG_FILE].filter((d) => top.has(d));
  if (!wanted.includes(config.dataDir)) throw new AgainstError(`la version « ${ref} » n’a pas de dossier ${config.dataDir}/`);
  const dir = mkdtempSync(path.join(tmpdir(), 'brochure-edition-'));
  const tar = git(root, ['archive', '--format=tar', ref, '--', ...wanted]);
  const r = spawnSync('tar', ['-x', '-C', dir], { input: tar });
  if (r.status !== 0) throw new AgainstError(`extraction de « ${ref} » impossible : ${r.stderr.toString().trim()}`);
  return dir;
}

/**
 * `spec`: the id of an edition of editions/ (`mi-2020`), a PDF, a folder holding data/ (and content/), or a git
 * ref whose inputs are extracted. An edition id wins over a git ref of the same name.
 */
export async function resolvePrevious(spec: string, world: World, config: Config): Promise<Previous> {
  const root = world.root;
  const abs = path.resolve(root, spec);
  if (!existsSync(abs)) {
    const { editions } = await listEditions(world, config);
    if (editions.some((e) => e.id === spec)) return { kind: 'edition', label: `l’édition ${spec}`, world, config: { ...config, edition: spec }, cleanup: () => undefined };
  }
  if (existsSync(abs) && statSync(abs).isFile()) {
    if (!spec.toLowerCase().endsWith('.pdf')) throw new AgainstError(`« ${spec} » n’est pas un PDF`);
    return { kind: 'pdf', label: path.basename(spec), pdf: new Uint8Array(readFileSync(abs)) };
  }
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    return { kind: 'edition', label: spec, world: editionWorld(abs, root, config), cleanup: () => undefined };
  }
  const verify = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${spec}^{commit}`], { cwd: root });
  if (verify.status !== 0) throw new AgainstError(`« ${spec} » n’est ni une édition, ni un PDF, ni un dossier, ni une version git connue`);
  const dir = extractRef(root, spec, config);
  return { kind: 'edition', label: `git ${spec}`, world: editionWorld(dir, root, config), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
