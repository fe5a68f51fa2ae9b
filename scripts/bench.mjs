// `npm run bench`: runs the bundled CLI as fresh processes on the real brochure and on synthetic 10×/100× roadmaps,
// and prints medians and spreads of wall time, peak RSS, per-stage times and output sizes as a Markdown table.
//
// Options: --runs N (timed runs per size, default 5, after one warm-up), --sizes 1,10 (multiples of the real
// projects; default 1,10,100: about a minute in all), --quick (1× and 10× only), --json (raw results),
// --cli FILE (bench another bundle than dist/cli.js, e.g. a copy of an earlier build under node_modules/.cache/),
// --cache cold|warm|both (default both): `cold` runs with --no-cache, as a first build or CI does; `warm` lets each
// run find what the warm-up run left in the build cache (shaped words, typeset paragraphs), as the comms team's
// second and later builds do; --watch (the watch loop instead: one word of data/projets.yaml changed N times in a
// running `--watch`, each rebuild's time as the CLI reports it, and from the save to the end of publication).
import { spawn } from 'node:child_process';
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
const INPUTS = ['data', 'content', 'fonts', 'assets', 'brochure.config.yaml'];
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
    // Another bundle, to compare builds; it must sit inside this project so it finds node_modules/.
    else if (a === '--cli') o.cli = path.resolve(argv[++i]);
    else if (a === '--cache') {
      const v = argv[++i];
      if (!['cold', 'warm', 'both'].includes(v)) throw new Error('--cache attend cold, warm ou both');
      o.caches = v === 'both' ? ['cold', 'warm'] : [v];
    } else throw new Error(`option inconnue « ${a} » (--runs N, --sizes 1,10, --quick, --json, --cli FICHIER, --cache cold|warm|both)`);
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
  const projets = parseDocument(await fs.readFile(path.join(ROOT, 'data/projets.yaml'), 'utf8')).toJS().projets;
  await fs.writeFile(path.join(dir, 'data/projets.yaml'), projetsYaml(syntheticProjets(projets, missions, factor * projets.length)));
  return dir;
}

/** One fresh process; wall time from spawn to exit, peak RSS from GNU time (or the child's own report). */
function runOnce(project, outDir, cache) {
  const useTime = existsSync(GNU_TIME);
  const rssFile = path.join(outDir + '.rss');
  const report = 'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nrusage ${u.maxRSS} ${(u.userCPUTime+u.systemCPUTime)/1e6}\\n`)})';
  const node = [process.execPath, ...(useTime ? [] : ['--import', `data:text/javascript,${report}`]), CLI, '--quiet', '--out', outDir, ...(cache === 'cold' ? ['--no-cache'] : [])];
  const [cmd, ...args] = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...node] : node;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const env = { ...process.env, BROCHURE_ROOT: project, BROCHURE_TIMINGS: 'json', BROCHURE_CACHE_DIR: path.join(project, '.cache') };
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
      resolve({ wallMs, cpuMs: cpu.reduce((a, b) => a + b, 0) * 1000, rssMb: rssKb / 1024, stages: JSON.parse(line ?? '{}') });
    });
  });
}

async function outputSizes(outDir) {
  const manifest = JSON.parse(await fs.readFile(path.join(outDir, 'manifest.json'), 'utf8'));
  let total = 0;
  for (const f of await fs.readdir(outDir)) total += (await fs.stat(path.join(outDir, f))).size;
  return { pages: manifest.pdf.pages, pdfBytes: manifest.pdf.bytes, pngBytes: manifest.thumbnails[0].bytes, outBytes: total };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function benchSize(factor, runs, projectCount, cache) {
  const project = await syntheticProject(factor);
  try {
    const results = [];
    for (let i = 0; i <= runs; i++) {
      const outDir = path.join(project, `out-${i}`);
      const r = await runOnce(project, outDir, cache);
      // The first run warms the OS file cache (and, with a warm build cache, fills it): every run is a cold process.
      if (i > 0) results.push(r);
      process.stderr.write(`  ${factor}× (${cache}) ${i === 0 ? 'échauffement' : `essai ${i}/${runs}`} : ${(r.wallMs / 1000).toFixed(2)} s, ${Math.round(r.rssMb)} Mo\n`);
    }
    const sizes = await outputSizes(path.join(project, `out-${runs}`));
    const stages = Object.fromEntries(STAGES.map((s) => [s, median(results.map((r) => r.stages[s] ?? 0))]));
    // The PDF is ready once rendered: start-up through render (lint and publish come after).
    const pdfReady = spread(results.map((r) => ['startup', 'load', 'model', 'typeset+layout', 'render'].reduce((t, s) => t + (r.stages[s] ?? 0), 0)));
    return { factor, cache, projects: projectCount * factor, runs, wall: spread(results.map((r) => r.wallMs)), cpu: spread(results.map((r) => r.cpuMs)), rss: spread(results.map((r) => r.rssMb)), pdfReady, stages, ...sizes };
  } finally {
    await fs.rm(project, { recursive: true, force: true });
  }
}

const s = (ms) => (ms / 1000).toFixed(2);
const range = ({ median: m, min, max }, f) => `${f(m)} (${f(min)}–${f(max)})`;
const kb = (b) => `${Math.round(b / 1024)} KB`;

function table(rows) {
  const head = ['size', 'cache', 'projects', 'pages', 'wall s, median (min–max)', 'CPU s (user+sys)', 'PDF ready s', 'peak RSS MB', ...STAGES.map((x) => `${x} ms`), 'PDF', 'PNG 1×', 'out/'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const cells = [`${r.factor}×`, r.cache, r.projects, r.pages, range(r.wall, s), range(r.cpu, s), range(r.pdfReady, s), range(r.rss, Math.round), ...STAGES.map((x) => Math.round(r.stages[x])), kb(r.pdfBytes), kb(r.pngBytes), kb(r.outBytes)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The watch loop: a `--watch` process on a copy of the real project; `runs` times, one word of a card's summary is
 * changed (alternately « facilement » / « aisément »), and we wait for the line that reports the rebuild.
 */
async function benchWatch(runs) {
  const project = await syntheticProject(1);
  const file = path.join(project, 'data/projets.yaml');
  const original = await fs.readFile(file, 'utf8');
  if (!original.includes('plus\n      facilement')) throw new Error('le mot à modifier (« facilement ») a disparu de data/projets.yaml');
  const child = spawn(process.execPath, [CLI, '--watch', '--out', path.join(project, 'out')], {
    cwd: project,
    env: { ...process.env, BROCHURE_ROOT: project, BROCHURE_CACHE_DIR: path.join(project, '.cache') },
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
    for (let i = 1; i <= runs; i++) {
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
const projectCount = parseDocument(await fs.readFile(path.join(ROOT, 'data/projets.yaml'), 'utf8')).toJS().projets.length;
if (options.watch) {
  const w = await benchWatch(options.runs);
  const ms = ({ median: m, min, max }) => `${Math.round(m)} (${Math.round(min)}–${Math.round(max)})`;
  const stages = Object.entries(w.stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  console.log(options.json ? JSON.stringify(w, null, 2) : `| one-word rebuild ms, median (min–max) | save to published ms | stages ms (medians) |\n|---|---|---|\n| ${ms(w.rebuild)} | ${ms(w.savedToDone)} | ${stages} |\n\nNode ${process.version}, ${os.cpus().length} CPU, ${w.runs} edits.`);
  process.exit(0);
}
const rows = [];
for (const factor of options.sizes) for (const cache of options.caches) rows.push(await benchSize(factor, options.runs, projectCount, cache));
console.log(options.json ? JSON.stringify(rows, null, 2) : `${table(rows)}\n\nNode ${process.version}, ${os.cpus().length} CPU, ${options.runs} runs per size after one warm-up; stage times are medians.`);
