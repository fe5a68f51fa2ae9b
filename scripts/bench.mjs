// `npm run bench`: runs the bundled CLI as fresh processes on the real brochure and on synthetic 10×/100× roadmaps,
// and prints medians and spreads of wall time, peak RSS, per-stage times and output sizes as a Markdown table.
//
// Options: --runs N (timed runs per size, default 5, after one warm-up), --sizes 1,10 (multiples of the real
// projects; default 1,10,100: about a minute in all), --quick (1× and 10× only), --json (raw results),
// --cli FILE (bench another bundle than dist/cli.js, e.g. a copy of an earlier build under node_modules/.cache/),
// --cache cold|warm|both (default both): `cold` runs with --no-cache, as a first build or CI does; `warm` lets each
// run find what the warm-up run left in the build cache (shaped words, typeset paragraphs), as the comms team's
// second and later builds do; --watch (the watch loop instead: one word of the mid-2020 projets.yaml changed N times in a
// running `--watch`, each rebuild's time as the CLI reports it, and from the save to the end of publication);
// --ablation [NAMES] (each speed mechanism of scripts/ablation.mjs: the CLI with and without it, in alternating pairs,
// the table of docs/performance.md), with --instructions (callgrind's instruction counts instead of wall time);
// --against FILE (paired runs of the CLI and another bundle). Every mode also times a yardstick (a bare Node start
// and a fixed loop, see YARDSTICK_LOOP) in the same run: figures are given in loops (L) as well, to compare machines.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { projetsYaml, syntheticProjets } from './synthetic-roadmap.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let CLI = path.join(ROOT, 'dist', 'cli.js');
const GNU_TIME = '/usr/bin/time';
/** Folders a build reads; copied (not linked: the World refuses paths that leave the project through a link). */
const INPUTS = ['data', 'content', 'editions', 'fonts', 'assets', 'brochure.config.yaml'];
// The edition measured: mid-2020 (38 projects), the roadmap of every figure in docs/performance.md.
const EDITION = 'mi-2020';
const PROJETS = `editions/${EDITION}/projets.yaml`;
/** Stages the CLI reports with BROCHURE_TIMINGS=json, in pipeline order. */
const STAGES = ['startup', 'load', 'model', 'typeset+layout', 'render', 'lint', 'thumbnail', 'publish'];

function parseOptions(argv) {
  const o = { runs: 5, sizes: [1, 10, 100], json: false, caches: ['cold', 'warm'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--sizes') o.sizes = argv[++i].split(',').map(Number);
    else if (a === '--quick') o.sizes = [1, 10];
    else if (a === '--json') o.json = true;
    else if (a === '--watch') o.watch = true;
    // Paired runs of the CLI (dist/cli.js or --cli) against another bundle: is a change worth it?
    else if (a === '--against') o.against = path.resolve(argv[++i]);
    // Each mechanism of scripts/ablation.mjs: the CLI with and without it, paired runs; optionally only those named.
    // With --ablation: instructions instead of wall time (valgrind's callgrind; slow, but the machine's load does not change them).
    else if (a === '--instructions') o.instructions = true;
    else if (a === '--ablation') o.ablation = argv[i + 1] && !argv[i + 1].startsWith('-') ? argv[++i].split(',') : [];
    // Another bundle, to compare builds; it must sit inside this project so it finds node_modules/.
    else if (a === '--cli') o.cli = path.resolve(argv[++i]);
    else if (a === '--cache') {
      const v = argv[++i];
      if (!['cold', 'warm', 'both'].includes(v)) throw new Error('--cache attend cold, warm ou both');
      o.caches = v === 'both' ? ['cold', 'warm'] : [v];
    } else throw new Error(`option inconnue « ${a} » (--runs N, --sizes 1,10, --quick, --json, --cli FICHIER, --cache cold|warm|both, --watch, --ablation [NOMS])`);
  }
  if (!(o.runs >= 1) || o.sizes.some((s) => !(Number.isInteger(s) && s >= 1))) throw new Error('--runs et --sizes attendent des entiers positifs');
  return o;
}

/** A copy of the project whose roadmap has `factor` times the projects (`synthetic-roadmap.mjs`). */
async function syntheticProject(factor) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `bench-${factor}x-`));
  for (const name of INPUTS) {
    if (existsSync(path.join(ROOT, name))) await fs.cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  }
  if (factor === 1) return dir;
  const missions = parseDocument(await fs.readFile(path.join(ROOT, 'data/missions.yaml'), 'utf8')).toJS().missions.map((m) => m.code);
  const projets = parseDocument(await fs.readFile(path.join(ROOT, PROJETS), 'utf8')).toJS().projets;
  await fs.writeFile(path.join(dir, PROJETS), projetsYaml(syntheticProjets(projets, missions, factor * projets.length)));
  return dir;
}

/** One fresh process; wall time from spawn to exit, peak RSS from GNU time (or the child's own report). */
function runOnce(project, outDir, cache, variant = {}) {
  const cli = variant.cli ?? CLI;
  const useTime = existsSync(GNU_TIME);
  const rssFile = path.join(outDir + '.rss');
  const report = 'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nrusage ${u.maxRSS} ${(u.userCPUTime+u.systemCPUTime)/1e6}\\n`)})';
  const node = [process.execPath, ...(useTime ? [] : ['--import', `data:text/javascript,${report}`]), cli, '--quiet', '--edition', EDITION, '--out', outDir, ...(cache === 'cold' ? ['--no-cache'] : [])];
  const [cmd, ...args] = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...node] : node;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // Each bundle its own build cache: variants have their own build ids and would evict each other's files.
    const env = { ...process.env, BROCHURE_ROOT: project, BROCHURE_TIMINGS: 'json', BROCHURE_CACHE_DIR: path.join(project, `.cache${variant.slug ? `-${variant.slug}` : ''}`), ...variant.env };
    const child = spawn(cmd, args, { cwd: project, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) return reject(new Error(`la construction a échoué (code ${code}) :\n${stderr}${stdout}`));
      const usage = useTime ? (await fs.readFile(rssFile, 'utf8')).trim().split('\n').at(-1) : /rusage (.*)/.exec(stderr)?.[1];
      const [rssKb, ...cpu] = (usage ?? '').split(' ').map(Number);
      const line = stdout.split('\n').reverse().find((l) => l.startsWith('{'));
      const pdf = (await fs.readdir(outDir)).find((f) => f.endsWith('.pdf'));
      const pdfSha = createHash('sha256').update(await fs.readFile(path.join(outDir, pdf))).digest('hex');
      resolve({ wallMs, cpuMs: cpu.reduce((a, b) => a + b, 0) * 1000, rssMb: rssKb / 1024, stages: JSON.parse(line ?? '{}'), pdfSha });
    });
  });
}

async function outputSizes(outDir) {
  const manifest = JSON.parse(await fs.readFile(path.join(outDir, `manifest-${EDITION}.json`), 'utf8'));
  let total = 0;
  for (const f of await fs.readdir(outDir)) total += (await fs.stat(path.join(outDir, f))).size;
  return { pages: manifest.pdf.pages, pdfBytes: manifest.pdf.bytes, pngBytes: manifest.thumbnails[0].bytes, outBytes: total };
}

/**
 * The yardstick: two workloads that do not depend on this project's code, timed in the same run as the CLI so that
 * figures can be compared between machines (and between quiet and busy hours) as ratios. `node -e 0` is a bare
 * Node start; the loop is a fixed CPU-bound piece of JavaScript (strings, a Map, integer arithmetic: what the
 * pipeline does most) that takes ≈ 0.2 s on the 2-core reference machine. Never change it: ratios would no longer
 * compare with those already published.
 */
const YARDSTICK_LOOP =
  "let h=0;const m=new Map();for(let i=0;i<4e6;i++){const k='w'+(i%4096);m.set(k,(m.get(k)|0)+i);h=(Math.imul(h,31)+k.length+(i&7))|0}";

/** Wall time of a fresh `node args…` (ms), and what it printed. */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, out }) : reject(new Error(`node ${args.join(' ')}: code ${code}`))));
  });
}

/** One sample of each yardstick workload (ms); the caller interleaves samples with the runs it measures. */
async function yardstickSample() {
  const nodeStart = (await timeProcess(['-e', '0'])).ms;
  // The loop alone, timed inside its process: Node's start-up is the other figure.
  const loop = Number((await timeProcess(['-e', `const t=performance.now();${YARDSTICK_LOOP};console.log(performance.now()-t+(h===1?1e-9:0))`])).out);
  return { nodeStart, loop };
}

function yardstickOf(samples) {
  return { nodeStart: spread(samples.map((y) => y.nodeStart)), loop: spread(samples.map((y) => y.loop)) };
}

/** `ms` in loops of the yardstick: "2.6 L" means the time of 2.6 runs of the fixed loop on the same machine. */
const inLoops = (ms, y) => `${(ms / y.loop.median).toFixed(2)} L`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function benchSize(factor, runs, projectCount, cache) {
  const project = await syntheticProject(factor);
  try {
    const results = [];
    const yard = [];
    for (let i = 0; i <= runs; i++) {
      const outDir = path.join(project, `out-${i}`);
      if (i > 0) yard.push(await yardstickSample());
      const r = await runOnce(project, outDir, cache);
      // The first run warms the OS file cache (and, with a warm build cache, fills it): every run is a cold process.
      if (i > 0) results.push(r);
      process.stderr.write(`  ${factor}× (${cache}) ${i === 0 ? 'échauffement' : `essai ${i}/${runs}`} : ${(r.wallMs / 1000).toFixed(2)} s, ${Math.round(r.rssMb)} Mo\n`);
    }
    const sizes = await outputSizes(path.join(project, `out-${runs}`));
    const stages = Object.fromEntries(STAGES.map((s) => [s, median(results.map((r) => r.stages[s] ?? 0))]));
    // The PDF is ready once rendered: start-up through render (lint and publish come after).
    const pdfReady = spread(results.map((r) => ['startup', 'load', 'model', 'typeset+layout', 'render'].reduce((t, s) => t + (r.stages[s] ?? 0), 0)));
    return { factor, cache, projects: projectCount * factor, runs, yardstick: yardstickOf(yard), wall: spread(results.map((r) => r.wallMs)), cpu: spread(results.map((r) => r.cpuMs)), rss: spread(results.map((r) => r.rssMb)), pdfReady, stages, ...sizes };
  } finally {
    await fs.rm(project, { recursive: true, force: true });
  }
}

const s = (ms) => (ms / 1000).toFixed(2);
const range = ({ median: m, min, max }, f) => `${f(m)} (${f(min)}–${f(max)})`;
const kb = (b) => `${Math.round(b / 1024)} KB`;

function table(rows) {
  const head = ['size', 'cache', 'projects', 'pages', 'wall s, median (min–max)', 'wall in L', 'CPU s (user+sys)', 'PDF ready s', 'PDF ready in L', 'peak RSS MB', ...STAGES.map((x) => `${x} ms`), 'PDF', 'PNG 1×', 'out/'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const y = r.yardstick;
    const cells = [`${r.factor}×`, r.cache, r.projects, r.pages, range(r.wall, s), inLoops(r.wall.median, y), range(r.cpu, s), range(r.pdfReady, s), inLoops(r.pdfReady.median, y), range(r.rss, Math.round), ...STAGES.map((x) => Math.round(r.stages[x])), kb(r.pdfBytes), kb(r.pngBytes), kb(r.outBytes)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', yardstickLine(rows.flatMap((r) => [r.yardstick])));
  return lines.join('\n');
}

/** The yardstick as measured in this run: what L (one fixed loop) and a bare Node start took here. */
function yardstickLine(ys) {
  const loop = median(ys.map((y) => y.loop.median));
  const start = median(ys.map((y) => y.nodeStart.median));
  const lo = Math.min(...ys.map((y) => y.loop.min));
  const hi = Math.max(...ys.map((y) => y.loop.max));
  return `Yardstick, interleaved with the runs: L = the fixed loop (scripts/bench.mjs, YARDSTICK_LOOP) = ${Math.round(loop)} ms here (${Math.round(lo)}–${Math.round(hi)}); \`node -e 0\` = ${Math.round(start)} ms = ${(start / loop).toFixed(2)} L.`;
}

/**
 * `--ablation`: for each mechanism of scripts/ablation.mjs, the real brochure built by a bundle without it and by the
 * full bundle (both built here, alike), warm and cold, in pairs whose order alternates (ABBA), with a yardstick
 * sample per pair: a busy machine slows both sides of a pair alike. Prints the Markdown table of docs/performance.md.
 */
async function benchAblation(only, runs, caches, instructions = false) {
  const { ABLATIONS, WATCH_ABLATIONS, editPlugin, linesOf } = await import('./ablation.mjs');
  const { bundle, buildId, BUNDLE_OPTIONS } = await import('./build.mjs');
  const all = [...ABLATIONS, ...WATCH_ABLATIONS];
  const chosen = only.length ? all.filter((a) => only.some((n) => a.name.includes(n))) : all;
  if (only.length && chosen.length === 0) throw new Error(`aucune ablation ne correspond à ${only.join(', ')} : ${all.map((a) => a.name).join(', ')}`);
  const cwd = process.cwd();
  process.chdir(ROOT);
  // Per process: two ablation benches may run side by side (instruction counts do not mind).
  const variants = path.join(ROOT, 'node_modules/.cache/techgouv-ablation', String(process.pid));
  const id = buildId();
  const build = async (slug, ablation) => {
    const outdir = path.join(variants, slug);
    const over = ablation?.build?.(BUNDLE_OPTIONS) ?? {};
    const plugins = [...(over.plugins ?? BUNDLE_OPTIONS.plugins), ...(ablation?.edits ? [editPlugin(ROOT, ablation)] : [])];
    await bundle({ ...over, plugins, outdir, logLevel: 'error', define: { __BROCHURE_BUILD_ID__: JSON.stringify(`${id}-${slug}`) } });
    return { slug, cli: path.join(outdir, 'cli.js'), env: ablation?.env ?? {} };
  };
  const base = await build('full');
  process.chdir(cwd);
  const rows = [];
  for (const ablation of chosen) {
    const slug = ablation.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    process.chdir(ROOT);
    const without = await build(slug, ablation);
    process.chdir(cwd);
    const row = { name: ablation.name, what: ablation.what, loc: linesOf(ROOT, ablation.files), files: ablation.files, differentPdf: !!ablation.differentPdf, cacheOnly: !!ablation.cacheOnly };
    if (instructions) {
      // A worker's work runs beside the main thread's: its instructions say nothing of wall time.
      if (WATCH_ABLATIONS.includes(ablation) || ablation.thread) continue;
      row.instructions = {};
      for (const cache of caches) if (!(cache === 'cold' && ablation.cacheOnly)) row.instructions[cache] = await pairedInstructions(base, without, cache);
    } else if (WATCH_ABLATIONS.includes(ablation)) {
      // Two rounds each way, alternating: watch sessions are long-lived, so rounds rather than single runs pair.
      const w = { with: [], without: [] };
      for (const v of [without, base, base, without]) {
        const r = await benchWatch(Math.max(4, Math.ceil(runs / 2)), v);
        (v === base ? w.with : w.without).push(...r.all);
      }
      row.watch = { with: spread(w.with), without: spread(w.without) };
    } else {
      for (const cache of caches) if (!(cache === 'cold' && ablation.cacheOnly)) row[cache] = await pairedRuns(base, without, cache, runs);
    }
    rows.push(row);
    process.stderr.write(`  ${ablation.name} : ${JSON.stringify(summaryOf(row))}\n`);
  }
  await fs.rm(variants, { recursive: true, force: true });
  return rows;
}

/**
 * Instructions of one run of each bundle under callgrind, thumbnail in-process, V8 without background threads and with
 * fixed seeds: then the count is the same from one run to the next within 0.1 %, whatever else the machine is doing.
 */
async function pairedInstructions(a, b, cache) {
  const project = await syntheticProject(1);
  try {
    const count = async (v) => {
      const outDir = path.join(project, `out-${v.slug}`);
      await runOnce(project, outDir, cache, v);
      const env = { ...process.env, ...v.env, BROCHURE_ROOT: project, BROCHURE_CACHE_DIR: path.join(project, `.cache-${v.slug}`), BROCHURE_THUMBNAIL_WORKER: '0' };
      // Fixed seeds: with random hash seeds the count of the same run moves by ±3 %; with them, by < 0.1 %.
      const args = ['--tool=callgrind', `--callgrind-out-file=${path.join(project, 'callgrind.out')}`, process.execPath, '--single-threaded', '--hash-seed=42', '--random-seed=42', v.cli, '--quiet', '--edition', EDITION, '--out', outDir, ...(cache === 'cold' ? ['--no-cache'] : [])];
      const stderr = await new Promise((resolve, reject) => {
        const child = spawn('valgrind', args, { cwd: project, env, stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (c) => (err += c));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(err) : reject(new Error(`valgrind : code ${code}\n${err.slice(-2000)}`))));
      });
      return Number(/Collected : (\d+)/.exec(stderr)[1]);
    };
    const withIt = await count(a);
    const without = await count(b);
    process.stderr.write(`    ${cache} : ${withIt} → ${without} instructions\n`);
    return { with: withIt, without };
  } finally {
    await fs.rm(project, { recursive: true, force: true });
  }
}

/** Median of the pairs' differences (without − with) and each side's spread; PDF bytes compared at every run. */
async function pairedRuns(a, b, cache, runs) {
  const project = await syntheticProject(1);
  try {
    const side = { with: [], without: [], diff: [], yard: [] };
    let samePdf = true;
    // One warm-up each: fills each bundle's build cache (warm) and the OS file cache.
    await runOnce(project, path.join(project, 'out-a'), cache, a);
    await runOnce(project, path.join(project, 'out-b'), cache, b);
    for (let i = 0; i < runs; i++) {
      side.yard.push(await yardstickSample());
      const order = i % 4 === 0 || i % 4 === 3 ? [a, b] : [b, a];
      const r = {};
      for (const v of order) r[v === a ? 'with' : 'without'] = await runOnce(project, path.join(project, `out-${v.slug}`), cache, v);
      samePdf &&= r.with.pdfSha === r.without.pdfSha;
      (side.stagesWith ??= []).push(r.with.stages);
      (side.stagesWithout ??= []).push(r.without.stages);
      side.with.push(r.with.wallMs);
      side.without.push(r.without.wallMs);
      side.diff.push(r.without.wallMs - r.with.wallMs);
      side.cpuDiff ??= [];
      side.cpuDiff.push(r.without.cpuMs - r.with.cpuMs);
    }
    const stageMedians = (list) => Object.fromEntries(STAGES.map((x) => [x, Math.round(median(list.map((st) => st[x] ?? 0)))]));
    return { stagesWith: stageMedians(side.stagesWith), stagesWithout: stageMedians(side.stagesWithout), with: spread(side.with), without: spread(side.without), diff: spread(side.diff), cpuDiff: spread(side.cpuDiff), yardstick: yardstickOf(side.yard), samePdf, runs };
  } finally {
    await fs.rm(project, { recursive: true, force: true });
  }
}

function summaryOf(row) {
  const f = (x) => x && { with: Math.round(x.with.median), without: Math.round(x.without.median), gain: x.diff && Math.round(x.diff.median) };
  return { warm: f(row.warm), cold: f(row.cold), watch: f(row.watch), samePdf: row.warm?.samePdf ?? row.cold?.samePdf };
}

function instructionTable(rows) {
  const g = (n) => (n / 1e9).toFixed(3);
  const cell = (x) => (x ? `${g(x.with)} → ${g(x.without)} G (${(((x.without - x.with) / x.with) * 100).toFixed(1)} %)` : '');
  const lines = ['| mechanism | warm: instructions with → without | cold |', '|---|---|---|'];
  for (const r of rows) if (r.instructions) lines.push(`| ${r.name} | ${cell(r.instructions.warm)} | ${r.cacheOnly ? 'not used (`--no-cache`)' : cell(r.instructions.cold)} |`);
  return `${lines.join('\n')}\n\nInstructions of the whole process (callgrind), thumbnail in-process (\`BROCHURE_THUMBNAIL_WORKER=0\`), \`node --single-threaded --hash-seed=42 --random-seed=42\`; Node ${process.version}.`;
}

function ablationTable(rows) {
  const head = ['mechanism', 'LOC', 'warm: with → without, ms', 'warm: buys (paired median, min–max)', 'cold: with → without, ms', 'cold: buys', 'same PDF'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  const ms = (x) => Math.round(x);
  const buys = (x) => (x ? `${ms(x.diff.median)} ms = ${((100 * x.diff.median) / x.with.median).toFixed(1)} % (${ms(x.diff.min)}…${ms(x.diff.max)}); CPU ${ms(x.cpuDiff.median)} ms` : '');
  const pair = (x) => (x ? `${ms(x.with.median)} → ${ms(x.without.median)}` : '');
  const cold = (r, f) => (r.cacheOnly && !r.cold ? 'not used (`--no-cache`)' : f(r.cold));
  for (const r of rows) {
    const same = r.differentPdf ? 'no (by design)' : [r.warm, r.cold].filter(Boolean).every((x) => x.samePdf) ? 'yes' : r.watch ? '' : '**NO**';
    const loc = r.files.length ? `${r.loc} (${r.files.map((f) => path.basename(f)).join(', ')})` : '—';
    if (r.watch) {
      const d = r.watch.without.median - r.watch.with.median;
      lines.push(`| ${r.name}: ${r.what} | ${loc} | one-word rebuild ${ms(r.watch.with.median)} → ${ms(r.watch.without.median)} | ${ms(d)} ms = ${((100 * d) / r.watch.with.median).toFixed(0)} % of the rebuild | | | ${same} |`);
    } else {
      lines.push(`| ${r.name}: ${r.what} | ${loc} | ${pair(r.warm)} | ${buys(r.warm)} | ${cold(r, pair)} | ${cold(r, buys)} | ${same} |`);
    }
  }
  const ys = rows.flatMap((r) => [r.warm?.yardstick, r.cold?.yardstick].filter(Boolean));
  if (ys.length) lines.push('', yardstickLine(ys));
  return lines.join('\n');
}

/**
 * The watch loop: a `--watch` process on a copy of the real project; `runs` times, one word of a card's summary is
 * changed (alternately « facilement » / « aisément »), and we wait for the line that reports the rebuild.
 */
async function benchWatch(runs, variant = {}) {
  const project = await syntheticProject(1);
  const file = path.join(project, PROJETS);
  const original = await fs.readFile(file, 'utf8');
  if (!original.includes('plus\n      facilement')) throw new Error(`le mot à modifier (« facilement ») a disparu de ${PROJETS}`);
  const child = spawn(process.execPath, [variant.cli ?? CLI, '--watch', '--edition', EDITION, '--out', path.join(project, 'out')], {
    cwd: project,
    env: { ...process.env, BROCHURE_ROOT: project, BROCHURE_CACHE_DIR: path.join(project, '.cache'), ...variant.env },
  });
  let stdout = '';
  let stderr = '';
  const waiters = [];
  child.stdout.on('data', (c) => {
    stdout += c;
    let i;
    while ((i = stdout.indexOf('\n')) >= 0) {
      const line = stdout.slice(0, i);
      stdout = stdout.slice(i + 1);
      if (line.includes('→')) waiters.shift()?.(line);
    }
  });
  child.stderr.on('data', (c) => (stderr += c));
  const nextLine = () => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pas de reconstruction en 20 s :\n${stderr}`)), 20_000);
    waiters.push((l) => (clearTimeout(timer), resolve(l)));
  });
  try {
    const first = await nextLine();
    process.stderr.write(`  watch : ${first}\n`);
    const results = [];
    const yard = [];
    for (let i = 1; i <= runs; i++) {
      yard.push(await yardstickSample());
      const word = i % 2 ? 'aisément' : 'facilement';
      const line = nextLine();
      const t0 = process.hrtime.bigint();
      await fs.writeFile(file, original.replace('plus\n      facilement', `plus\n      ${word}`));
      const text = await line;
      const savedToDone = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!/reconstruit en/.test(text)) throw new Error(`la reconstruction a échoué : ${text}\n${stderr}`);
      const reported = Number(/reconstruit en (\d+) ms/.exec(text)[1]);
      const stages = Object.fromEntries([...text.matchAll(/(load|model|typeset\+layout|render|lint|publish) (\d+) ms/g)].map((m) => [m[1], Number(m[2])]));
      results.push({ reported, savedToDone, stages });
      process.stderr.write(`  watch essai ${i}/${runs} : ${reported} ms (${Math.round(savedToDone)} ms de l’enregistrement à la publication)\n`);
    }
    const names = [...new Set(results.flatMap((r) => Object.keys(r.stages)))];
    return {
      runs,
      yardstick: yardstickOf(yard),
      all: results.map((r) => r.reported),
      rebuild: spread(results.map((r) => r.reported)),
      savedToDone: spread(results.map((r) => r.savedToDone)),
      stages: Object.fromEntries(names.map((n) => [n, median(results.map((r) => r.stages[n] ?? 0))])),
    };
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.on('close', r));
    await fs.rm(project, { recursive: true, force: true });
  }
}

const options = parseOptions(process.argv.slice(2));
if (options.cli) CLI = options.cli;
if (!existsSync(CLI)) throw new Error('dist/cli.js absent : lancez « npm run build » d’abord');
const projectCount = parseDocument(await fs.readFile(path.join(ROOT, PROJETS), 'utf8')).toJS().projets.length;
if (options.against) {
  const rows = [];
  for (const cache of options.caches) rows.push({ cache, ...(await pairedRuns({ slug: 'this', cli: CLI }, { slug: 'other', cli: options.against }, cache, options.runs)) });
  const ms = (x) => `${Math.round(x.median)} (${Math.round(x.min)}…${Math.round(x.max)})`;
  const lines = ['| cache | this bundle, wall ms | the other, wall ms | other − this, paired ms | CPU, paired ms | same PDF |', '|---|---|---|---|---|---|'];
  const st = (x) => Object.entries(x).map(([k, v]) => `${k} ${v}`).join(', ');
  for (const r of rows) lines.push(`| ${r.cache} | ${ms(r.with)} | ${ms(r.without)} | ${ms(r.diff)} | ${ms(r.cpuDiff)} | ${r.samePdf ? 'yes' : 'no'} |`);
  lines.push('', ...rows.map((r) => `Stages, ${r.cache}, medians ms — this: ${st(r.stagesWith)}; the other: ${st(r.stagesWithout)}.`));
  console.log(`${lines.join('\n')}\n\n${yardstickLine(rows.map((r) => r.yardstick))}\n\nNode ${process.version}, ${os.cpus().length} CPU, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${options.runs} pairs per cache.`);
  process.exit(0);
}
if (options.ablation) {
  const rows = await benchAblation(options.ablation, options.runs, options.caches, options.instructions);
  console.log(options.json ? JSON.stringify(rows, null, 2) : options.instructions ? instructionTable(rows) : `${ablationTable(rows)}\n\nNode ${process.version}, ${os.cpus().length} CPU, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; ${options.runs} pairs per mechanism and cache after one warm-up each.`);
  process.exit(0);
}
if (options.watch) {
  const w = await benchWatch(options.runs);
  const ms = ({ median: m, min, max }) => `${Math.round(m)} (${Math.round(min)}–${Math.round(max)})`;
  const stages = Object.entries(w.stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  const table = `| one-word rebuild ms, median (min–max) | in L | save to published ms | stages ms (medians) |\n|---|---|---|---|\n| ${ms(w.rebuild)} | ${inLoops(w.rebuild.median, w.yardstick)} | ${ms(w.savedToDone)} | ${stages} |`;
  console.log(options.json ? JSON.stringify(w, null, 2) : `${table}\n\n${yardstickLine([w.yardstick])}\n\nNode ${process.version}, ${os.cpus().length} CPU, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${w.runs} edits.`);
  process.exit(0);
}
const rows = [];
for (const factor of options.sizes) for (const cache of options.caches) rows.push(await benchSize(factor, options.runs, projectCount, cache));
console.log(options.json ? JSON.stringify(rows, null, 2) : `${table(rows)}\n\nNode ${process.version}, ${os.cpus().length} CPU, ${options.runs} runs per size after one warm-up; stage times are medians.`);
