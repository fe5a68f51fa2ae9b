// `npm run brochure`: a thin shell around the pipeline — parse options, run the stages, print a French summary or located errors.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { BuildError } from './diagnostics.js';
import { asEnvironmentError, environmentMessage } from './environment-error.js';
import { printDiagnostics } from './diagnostics-format.js';
import { fsWorld, type World } from './world.js';
import { buildAndPublish, buildBrochure } from './build.js';
import { formatSize } from './publish/size-label.js';
import { countsBreakdown, editionYearOf } from './model/wording.js';
import { loadConfig } from './config-file.js';
import { buildCacheFor } from './build-cache/index.js';
import type { PublishHooks } from './publish/index.js';
import { earlyCover, startCoverRasteriser } from './publish/raster-worker-host.js';
import { editionsOrThrow, UnknownEditionError } from './load/editions.js';

/** Exit codes a script or CI can rely on. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3, environment: 4 } as const;

const HELP = `Usage : npm run brochure -- [options]

Construit la brochure PDF, ses vignettes, la page web et le manifeste dans out/.

Options :
  --edition ID    construit l’édition ID (le nom de son dossier dans editions/, ex. mi-2020) ;
                  par défaut, la plus récente
  --all           construit toutes les éditions, chacune sous ses propres noms de fichiers
  --out DOSSIER   dossier de sortie (défaut : out)
  --debug         affiche la pile d’appels en cas d’erreur interne
  --quiet         n’affiche que les erreurs
  --check [PAGE]  ne publie rien : compare la page (défaut : la page générée dans out/) aux données et au PDF
                  de l’édition (une page d’une autre édition : tout ce qui n’est plus à jour est listé)
  --fix           avec --check PAGE : corrige la page sur place et affiche les changements
  --no-cache      ni lit ni écrit la mémoire des constructions précédentes (node_modules/.cache/techgouv-brochure)
  --watch         reconstruit à chaque modification de data/, content/, editions/, fonts/, assets/ ou de la configuration (Ctrl-C pour arrêter)
  -h, --help      affiche cette aide

Codes de sortie : 0 succès, 1 erreur dans les données ou les textes, 2 mauvaise utilisation, 3 erreur interne,
4 problème de la machine (disque plein, dossier en lecture seule ou interdit, --out qui désigne un fichier).`;

interface Options {
  out?: string;
  debug: boolean;
  quiet: boolean;
  help: boolean;
  watch?: boolean;
  /** `--check [PAGE]`: true, or the page's path. */
  check?: true | string;
  fix?: boolean;
  noCache?: boolean;
  edition?: string;
  all?: boolean;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { debug: false, quiet: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--debug') o.debug = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a === '--watch') o.watch = true;
    else if (a === '--check') o.check = argv[i + 1] && !argv[i + 1].startsWith('-') ? argv[++i] : true;
    else if (a === '--fix') o.fix = true;
    else if (a === '--no-cache') o.noCache = true;
    else if (a === '--all') o.all = true;
    else if (a === '--edition') {
      const v = argv[++i];
      if (!v || v.startsWith('-')) throw new UsageError('l’option --edition attend l’identifiant d’une édition (ex. mi-2020)');
      o.edition = v;
    }
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a === '--out') {
      const v = argv[++i];
      if (!v || v.startsWith('-')) throw new UsageError('l’option --out attend un dossier');
      o.out = v;
    } else throw new UsageError(`option inconnue « ${a} »`);
  }
  // The generated page is out/'s, hashed in the manifest: it is fixed by fixing content/ and rebuilding.
  if (o.fix && typeof o.check !== 'string') throw new UsageError('--fix attend une page à corriger : --check PAGE --fix');
  if (o.all && o.edition) throw new UsageError('--all construit toutes les éditions : ne l’associez pas à --edition');
  if (o.all && o.watch) throw new UsageError('--watch surveille une seule édition : choisissez-la avec --edition');
  // The watch rebuilds and publishes; --check publishes nothing: together, one of them would be silently ignored.
  if (o.watch && o.check !== undefined) throw new UsageError('--check et --watch ne se combinent pas : --check vérifie une fois sans rien publier, --watch reconstruit et publie à chaque modification');
  if (o.all && typeof o.check === 'string') throw new UsageError('--check PAGE vérifie une page contre une édition : choisissez-la avec --edition');
  return o;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;

export async function main(argv: readonly string[], root: string, env: NodeJS.ProcessEnv = process.env, hooks: PublishHooks = {}): Promise<number> {
  const t0 = performance.now();
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`Erreur : ${e.message}.\n\n${HELP}`);
      return EXIT.usage;
    }
    throw e;
  }
  if (opts.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const world = fsWorld(root, env);
  if (opts.edition !== undefined || opts.all) {
    // An unknown edition is a usage error, found before anything is built (or watched).
    let known: string[];
    try {
      known = await knownEditions(world, opts.edition);
    } catch (e) {
      return failure(e, world, root, opts.debug);
    }
    if (opts.edition !== undefined && !known.includes(opts.edition)) {
      console.error(`Erreur : ${new UnknownEditionError(opts.edition, known).message}.\n\n${HELP}`);
      return EXIT.usage;
    }
    if (opts.all && !known.length) {
      console.error(`Erreur : --all : ce projet n’a pas de dossier d’éditions.\n\n${HELP}`);
      return EXIT.usage;
    }
    if (opts.all) return buildAll(argv, root, env, hooks, known);
  }
  if (opts.watch) {
    // The session's covers are drawn on the thumbnail's thread (see watch/cover-reuse.ts); a test's rasteriser is the test's to close.
    const own = hooks.rasteriser ? undefined : startRasteriser(env);
    try {
      return await (await import('./watch/cli-watch.js')).runWatch(world, opts.out, opts.edition, hooks.rasteriser ?? own);
    } finally {
      await own?.close();
    }
  }
  // Started before anything else so pdf.js and the canvas load on the second core while this thread typesets.
  const rasteriser = opts.check ? undefined : (hooks.rasteriser ?? startRasteriser(env));
  const progress = (await import('./watch/progress.js')).createProgress(process.stderr);
  try {
    const config: Config = { ...(await loadConfig(world)), ...(opts.out ? { outDir: opts.out } : {}), ...(opts.edition !== undefined ? { edition: opts.edition } : {}) };
    if (opts.check) return await check(world, config, opts, root);
    // The worker draws the cover from page 1 rendered alone while this thread renders the whole PDF.
    const cover = rasteriser && earlyCover(rasteriser, config.thumbnailWidth);
    const { built, summary, warnings, timings } = await buildAndPublish(world, config, {
      onStage: progress.stage,
      hooks: { ...hooks, rasteriser: cover },
      reuse: { cache: opts.noCache ? undefined : buildCacheFor(world), onCover: cover?.start },
    });
    progress.done();
    // `npm run bench` reads this line: per-stage milliseconds, start-up (process start to main) included.
    if (env.BROCHURE_TIMINGS === 'json') console.log(JSON.stringify(stageTimings(t0, timings)));
    if (warnings.length) await printDiagnostics(world, warnings);
    if (!opts.quiet) {
      const c = built.counts;
      console.log(`${built.document.meta.title}`);
      // The breakdown the mission openers print, in the same words (« 1 à achever fin 2021 »).
      console.log(`  ${summary.pages} pages, ${formatSize(built.pdf.length)} — ${countsBreakdown(c, editionYearOf(built.inputs.data))}`);
      for (const f of summary.files) console.log(`  ${path.join(config.outDir, f.path)}  (${formatSize(f.bytes)})`);
      const stages = Object.entries(timings).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ');
      console.log(`Terminé en ${seconds(performance.now() - t0)} (${stages}).`);
    }
    return EXIT.ok;
  } catch (e) {
    progress.done();
    return failure(e, world, root, opts.debug);
  } finally {
    // A failed build must not wait for (or leave behind) a thread still warming up.
    if (rasteriser !== hooks.rasteriser) void rasteriser?.close();
  }
}

/** A run that failed, told by kind: input errors (1), the machine (4), else a bug (3). */
async function failure(e: unknown, world: World, root: string, debug: boolean | undefined): Promise<number> {
  if (e instanceof BuildError) {
    await printDiagnostics(world, e.diagnostics);
    const n = e.diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`\n${n} erreur${n > 1 ? 's' : ''} : la brochure n’a pas été construite ; les fichiers de out/ sont inchangés.`);
    return EXIT.input;
  }
  const environment = asEnvironmentError(e, root);
  if (environment) {
    console.error(environmentMessage(environment));
    return EXIT.environment;
  }
  console.error(`Erreur interne : ${(e as Error).message}`);
  if (debug) console.error((e as Error).stack);
  else console.error('Relancez avec --debug pour le détail (ou avec --no-cache, si la mémoire des constructions précédentes est en cause), et signalez-la à l’équipe technique.');
  return EXIT.internal;
}

/** The ids of editions/, oldest first; a folder of editions/ that cannot be read or dated is an input error (BuildError). */
async function knownEditions(world: World, edition?: string): Promise<string[]> {
  const config = await loadConfig(world);
  return (await editionsOrThrow(world, edition === undefined ? config : { ...config, edition })).map((e) => e.id);
}

/**
 * `--all`: each edition as if built alone with `--edition ID` (same options otherwise), oldest first; each is
 * published atomically under its own names, so one that fails leaves the others' files as they are.
 */
async function buildAll(argv: readonly string[], root: string, env: NodeJS.ProcessEnv, hooks: PublishHooks, ids: readonly string[]): Promise<number> {
  const rest = argv.filter((a) => a !== '--all');
  const codes: number[] = [];
  for (const id of ids) {
    if (!rest.includes('--quiet')) console.log(`— Édition ${id}`);
    codes.push(await main([...rest, '--edition', id], root, env, hooks));
  }
  const failed = ids.filter((_, i) => codes[i] !== EXIT.ok);
  if (failed.length) console.error(`\n${failed.length} édition${failed.length > 1 ? 's' : ''} sur ${ids.length} en échec : ${failed.join(', ')}.`);
  return Math.max(...codes);
}

/**
 * The thumbnail's worker, found next to this module with its extension: `dist/publish/raster-worker.js` in the
 * bundle, `src/publish/raster-worker.ts` under tsx. `BROCHURE_THUMBNAIL_WORKER=0` keeps the rasteriser in-process.
 */
function startRasteriser(env: NodeJS.ProcessEnv) {
  if (env.BROCHURE_THUMBNAIL_WORKER === '0') return undefined;
  const ext = path.extname(fileURLToPath(import.meta.url));
  return startCoverRasteriser(new URL(`./publish/raster-worker${ext}`, import.meta.url));
}

/** The bench's view of a run; `thumbnail` is measured inside publish (a `performance.measure` of that name). */
function stageTimings(t0: number, stages: Record<string, number>): Record<string, number> {
  const thumbnail = performance.getEntriesByName('thumbnail', 'measure').at(-1)?.duration;
  const ms: Record<string, number | undefined> = { startup: t0, ...stages, ...(thumbnail !== undefined ? { thumbnail } : {}), total: performance.now() };
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round((v ?? 0) * 10) / 10]));
}

/** `--check [PAGE] [--fix]`: drifts as `file:line:col  erreur [code] message`, the diff when fixing, exit 1 on any error. */
async function check(world: World, config: Config, opts: Options, root: string): Promise<number> {
  const { runCheck, pageNotFound } = await import('./sync/index.js');
  const page = typeof opts.check === 'string' ? path.relative(root, path.resolve(opts.check)).split(path.sep).join('/') : undefined;
  // A page named on the command line is looked for before building: a mistyped path is told at once.
  const report = (page !== undefined && (await pageNotFound(world, page, true))) || (await runCheck(world, config, await buildBrochure(world, config), { ...(page ? { page } : {}), fix: opts.fix }));
  if (report.diff) console.log(report.diff);
  const fixed = report.fixed ?? 0;
  if (opts.fix) console.log(`${fixed} correction${fixed > 1 ? 's' : ''} appliquée${fixed > 1 ? 's' : ''} à ${report.page}.`);
  await printDiagnostics(world, report.diagnostics);
  const n = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (!opts.quiet) console.log(n ? `${n} écart${n > 1 ? 's' : ''} : ${report.page} ne doit pas être publiée en l’état.` : `${report.page} est conforme aux données et au PDF.`);
  return report.ok ? EXIT.ok : EXIT.input;
}

/** The process entry: runs `main` on the command line and sets the exit code, whatever happens. */
export function run(): Promise<void> {
  const root = process.env.BROCHURE_ROOT ?? process.cwd();
  // `npm run brochure | head`: a reader that leaves early must not crash the build (or a publication under way) with
  // an unhandled EPIPE; what is not read is dropped, and the exit code is still the build's.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return main(process.argv.slice(2), root).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      console.error(`Erreur interne : ${e.message}\nRelancez avec --debug pour le détail, et signalez-la à l’équipe technique.`);
      if (process.argv.includes('--debug')) console.error(e.stack);
      process.exitCode = EXIT.internal;
    },
  );
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) void run();
