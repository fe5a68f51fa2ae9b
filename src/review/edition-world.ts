// A World for a previous edition: its own input folders where it has them, the current tree's for the rest.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inputDirs, type Config } from '../config.js';
import { fsWorld, type World } from '../world.js';

/**
 * Folder by folder, never file by file: a previous edition with a data/ folder reads only its own data files,
 * and one without fonts/ (older git refs, fixtures) borrows the current fonts and assets.
 */
export function editionWorld(editionRoot: string, currentRoot: string, config: Config, env: NodeJS.ProcessEnv = {}): World {
  const edition = fsWorld(editionRoot, env);
  const current = fsWorld(currentRoot, env);
  const folders = inputDirs(config);
  const owned = new Set(folders.filter((d) => existsSync(path.join(editionRoot, d))));
  const pick = (rel: string): World => {
    const top = folders.find((d) => rel === d || rel.startsWith(`${d}/`));
    return top !== undefined && !owned.has(top) ? current : edition;
  };
  return {
    root: editionRoot,
    readText: (rel) => pick(rel).readText(rel),
    readBytes: (rel) => pick(rel).readBytes(rel),
    size: (rel) => pick(rel).size(rel),
    exists: (rel) => pick(rel).exists(rel),
    list: (relDir, ext) => pick(relDir).list(relDir, ext),
    env: (name) => edition.env(name),
  };
}
