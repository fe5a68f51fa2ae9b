// Watches the input folders and the config file, and calls back once per burst of events, after a quiet period.
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../config-file.js';

/** Editors save in bursts (write, rename, chmod): one rebuild per burst. */
export const DEBOUNCE_MS = 50;

export interface InputWatcher {
  close(): void;
}

/**
 * One non-recursive watcher per folder, not `recursive: true`: on Linux, Node 20's recursive mode watches files by
 * inode and goes deaf to a file once an editor (or `sed -i`) saves it by renaming a temporary file over it. A folder
 * watcher sees every rename into it. Folders created later are picked up at the next event.
 */
export function watchInputs(root: string, dirs: readonly string[], onBurst: () => void, debounceMs = DEBOUNCE_MS): InputWatcher {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const watchers = new Map<string, FSWatcher>();
  const fire = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      addFolders();
      onBurst();
    }, debounceMs);
  };
  const watchFolder = (abs: string) => {
    if (watchers.has(abs)) return;
    try {
      const w = watch(abs, fire);
      // A removed folder closes its watcher with an error: forget it, the parent's watcher reports the removal.
      w.on('error', () => {
        w.close();
        watchers.delete(abs);
      });
      watchers.set(abs, w);
    } catch {
      // Missing folder: the build reports what it needs from it.
    }
  };
  const addTree = (abs: string) => {
    watchFolder(abs);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) addTree(path.join(abs, e.name));
  };
  const addFolders = () => {
    for (const d of dirs) addTree(path.join(root, d));
  };
  addFolders();
  const rootWatcher = watch(root, (_e, f) => {
    if (f && String(f) === CONFIG_FILE) fire();
    // An input folder created (or recreated) after the start.
    else if (f && dirs.includes(String(f))) fire();
  });
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      rootWatcher.close();
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
