// `--watch`: a first build, then one rebuild per burst of changes, never two at once; errors keep the last good out/.
import { BuildError } from '../diagnostics.js';
import { printDiagnostics } from '../diagnostics-format.js';
import { EnvironmentError } from '../environment-error.js';
import { CONFIG_FILE, loadConfig } from '../config-file.js';
import { DEFAULT_CONFIG, inputDirs } from '../config.js';
import type { World } from '../world.js';
import type { CoverRasteriser } from '../publish/thumbnails.js';
import { createProgress, type ProgressOutput } from './progress.js';
import { rebuild } from './rebuild.js';
import { TypesetReuse } from './typeset-reuse.js';
import { CoverReuse } from './cover-reuse.js';
import { watchInputs, DEBOUNCE_MS } from './watch-inputs.js';
import { changedPaths, snapshotInputs, type Snapshot } from './input-snapshot.js';

export interface WatchOptions {
  world: World;
  out?: string;
  /** `--edition`: the edition to rebuild (default: the latest, which may change when an edition is added). */
  edition?: string;
  /** Where summaries go (stdout in the CLI). */
  log: (line: string) => void;
  /** Where errors go (stderr in the CLI). */
  error: (line: string) => void;
  /** Stage progress for slow builds; omitted in tests. */
  progressOut?: ProgressOutput;
  debounceMs?: number;
  /** Draws the covers off this thread (see CoverReuse); the caller closes it after `stop()`. */
  rasteriser?: CoverRasteriser;
  /** Called after every rebuild attempt, good or not (tests wait on it). */
  onRebuilt?: (outcome: RebuildOutcome) => void;
}

export interface RebuildOutcome {
  ok: boolean;
  changed: string[];
  pages?: number;
  ms: number;
}

export interface WatchSession {
  /** Resolves once the first build has been attempted and the watchers are live. */
  ready: Promise<void>;
  /** Closes the watchers and waits for a running build to finish. */
  stop(): Promise<void>;
}

const ms = (n: number) => `${Math.round(n)} ms`;

function describeChange(changed: string[]): string {
  if (!changed.length) return 'première construction';
  const shown = changed.slice(0, 3).join(', ');
  const more = changed.length > 3 ? ` et ${changed.length - 3} autre${changed.length > 4 ? 's' : ''}` : '';
  return `${shown}${more} modifié${changed.length > 1 ? 's' : ''}`;
}

export function startWatch(opts: WatchOptions): WatchSession {
  const { world, log, error } = opts;
  const reuse = new TypesetReuse();
  const covers = new CoverReuse(opts.rasteriser);
  const progress = opts.progressOut ? createProgress(opts.progressOut) : undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let stopped = false;
  let fontsDir = 'fonts/';
  let dirs: string[] = [];
  let snapshot: Snapshot = new Map();

  const once = async (changed: string[]): Promise<void> => {
    // A change to the fonts invalidates kept paragraphs even when the build later fails.
    if (changed.some((f) => f.startsWith(fontsDir))) reuse.reset();
    const t0 = performance.now();
    try {
      const r = await rebuild(world, opts.out, reuse, progress, covers, opts.edition);
      if (r.warnings.length) await printDiagnostics(world, r.warnings, error);
      const detail = Object.entries(r.timings).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
      log(`${describeChange(changed)} → ${r.summary.pages} pages, reconstruit en ${ms(r.ms)} (${detail})`);
      opts.onRebuilt?.({ ok: true, changed, pages: r.summary.pages, ms: r.ms });
    } catch (e) {
      if (e instanceof BuildError) {
        await printDiagnostics(world, e.diagnostics, error);
        const n = e.diagnostics.filter((d) => d.severity === 'error').length;
        error(`${describeChange(changed)} → ${n} erreur${n > 1 ? 's' : ''} : out/ garde la dernière version correcte.`);
      } else if (e instanceof EnvironmentError) {
        error(`${describeChange(changed)} → ${e.message} : ${e.fix} ; out/ garde la dernière version correcte.`);
      } else {
        error(`${describeChange(changed)} → erreur interne : ${(e as Error).message} ; out/ garde la dernière version correcte.`);
      }
      opts.onRebuilt?.({ ok: false, changed, ms: performance.now() - t0 });
    }
  };

  // Changes that arrive during a build are merged into one rebuild after it.
  const schedule = () => {
    if (stopped || queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (stopped) return;
      // The events only say something moved; the hashes say what changed (nothing, after a save without edits).
      if (await followConfig()) log(`Configuration modifiée : surveillance de ${dirs.map((d) => `${d}/`).join(', ')}.`);
      const next = await snapshotInputs(world.root, dirs, [CONFIG_FILE]);
      const batch = changedPaths(snapshot, next);
      snapshot = next;
      if (batch.length) await once(batch);
    });
  };

  let watcher: { close(): void } | undefined;
  /** Watches the folders the config names now; true when they changed (the config moved a folder). */
  const followConfig = async (): Promise<boolean> => {
    const config = await loadConfig(world).catch(() => DEFAULT_CONFIG);
    const next = inputDirs(config);
    if (watcher && next.join('\n') === dirs.join('\n')) return false;
    dirs = next;
    fontsDir = `${config.fontsDir.replace(/\/+$/, '')}/`;
    watcher?.close();
    watcher = stopped ? undefined : watchInputs(world.root, dirs, schedule, opts.debounceMs ?? DEBOUNCE_MS);
    return true;
  };
  const ready = (async () => {
    await followConfig();
    if (stopped) return;
    snapshot = await snapshotInputs(world.root, dirs, [CONFIG_FILE]);
    log(`Surveillance de ${dirs.map((d) => `${d}/`).join(', ')} et ${CONFIG_FILE} — Ctrl-C pour arrêter.`);
    running = running.then(() => once([]));
    await running;
  })();

  return {
    ready,
    async stop() {
      stopped = true;
      watcher?.close();
      await ready.catch(() => undefined);
      await running;
    },
  };
}
