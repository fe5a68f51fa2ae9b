// The website's side of the contract, on one real build of every edition by the shipped CLI (`npm run brochure --
// --all`, one out/): a real Jekyll (Debian's) builds a stand-in of numerique.gouv.fr (test/fixtures/site) with every
// edition's page dropped into `_publications` and every file the manifests list put at its URL, as
// docs/website-contract.md tells the site to do; the release job's file lists and tag checks on that build, edition by
// edition; the docs' figures against that build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyProject, REPO } from '../helpers/project.js';
import { DEFAULT_CONFIG, outputNames } from '../../src/config.js';
import { listEditions } from '../../src/load/editions.js';
import { formatDateFr } from '../../src/model/dates.js';
import { formatSizeLabel } from '../../src/publish/size-label.js';
import { fsWorld } from '../../src/world.js';
import { releaseFiles, taggedEdition } from '../../scripts/release.js';
import { CONTRACT, type ContractBuild, type ContractEdition, latestOf, readBuild, README, renderContract, renderReadme, UNE_PNG } from '../../scripts/website-contract.js';

let root: string;
let out: string;
/** Every edition of one `--all` build, oldest first. */
let build: ContractBuild;
let latest: ContractEdition;
let mi2020: ContractEdition;

before(async () => {
  root = copyProject();
  const r = spawnSync('npm', ['run', '--silent', 'brochure', '--', '--all', '--quiet'], { cwd: REPO, env: { ...process.env, BROCHURE_ROOT: root }, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  out = path.join(root, 'out');
  const world = fsWorld(root);
  const { editions } = await listEditions(world, DEFAULT_CONFIG);
  build = readBuild(out, editions.map((e) => outputNames(DEFAULT_CONFIG, { id: e.id, date: e.date, page: '' }).manifests[0]), process.version);
  latest = latestOf(build);
  mi2020 = build.editions.find((e) => e.manifest.edition.id === 'mi-2020')!;
});
after(() => rmSync(root, { recursive: true, force: true }));

/** The files an edition's manifest lists (PDF, thumbnails, une, page), in its order. */
const listed = (e: ContractEdition): { path: string }[] => [e.manifest.pdf, ...e.manifest.thumbnails, e.manifest.une, e.manifest.page];

test('every edition in one out/: its own file names, /uploads/ URLs and permalink; mid-2020 keeps the names online', () => {
  assert.deepEqual(
    build.editions.map((e) => e.manifest.edition.id),
    ['2019', 'mi-2020', 'mi-2021'],
  );
  const paths = build.editions.flatMap((e) => [e.file, ...listed(e).map((f) => f.path)]);
  assert.equal(new Set(paths).size, paths.length, `a name shared by two editions: ${paths.filter((p, i) => paths.indexOf(p) !== i).join(', ')}`);
  const uploads = build.editions.flatMap(({ manifest: m }) => [m.pdf, ...m.thumbnails, m.une].map((f: { url: string }) => f.url));
  assert.equal(new Set(uploads).size, uploads.length);
  assert.ok(uploads.every((u) => u.startsWith('/uploads/')));
  const permalinks = build.editions.map((e) => e.manifest.page.url);
  assert.equal(new Set(permalinks).size, permalinks.length);
  // What the build wrote is what the editions' manifests list, and manifest.json (the latest's): nothing more.
  assert.deepEqual(readdirSync(out).filter((f) => !f.startsWith('.')).sort(), [...paths, 'manifest.json'].sort());
  assert.ok(readFileSync(path.join(out, 'manifest.json')).equals(readFileSync(path.join(out, latest.file))));
  assert.deepEqual(
    [mi2020.manifest.pdf.path, ...mi2020.manifest.thumbnails.map((t: { path: string }) => t.path), mi2020.manifest.page.path, mi2020.manifest.page.url],
    [
      '20200827_Plaquette_Techgouv_DINUM.pdf',
      'capture-plaquette-TECH-couv.png',
      'capture-plaquette-TECH-couv@2x.png',
      'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
      '/publications/tech-gouv-bilan-du-programme-mise-jour-mi-2020/',
    ],
  );
  assert.deepEqual(
    build.editions.map((e) => e.manifest.une.path),
    ['20191002_Publication_TECHGOUV_une.jpg', '20200827_Publication_TECHGOUV_une.jpg', '20210914_Publication_TECHGOUV_une.jpg'],
  );
});

// ---- Jekyll -------------------------------------------------------------------------------------------------------

const jekyllVersion = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
const HAS_JEKYLL = jekyllVersion.status === 0;
/** .ci/run sets it: there the Jekyll test must run, never be skipped. */
const REQUIRED = process.env.BROCHURE_REQUIRE_JEKYLL === '1';
const SKIP = HAS_JEKYLL || REQUIRED ? false : 'Debian’s jekyll is not installed here (apt-get install -y jekyll); CI (.ci/run) installs it and runs these tests';
if (SKIP) console.log(`website.test.ts: Jekyll tests skipped: ${SKIP}`);

/**
 * The site with every edition's files at their URLs and, in `_publications/`, the pages given (by default every
 * edition's generated page under its own name), as docs/website-contract.md tells the site to publish them.
 */
function siteWith(pages: { name: string; text: string }[] = build.editions.map((e) => ({ name: e.manifest.page.path, text: e.page }))): string {
  const site = path.join(mkdtempSync(path.join(tmpdir(), 'site-')), 'site');
  cpSync(path.join(REPO, 'test/fixtures/site'), site, { recursive: true });
  for (const e of build.editions) {
    const m = e.manifest;
    mkdirSync(path.join(site, m.page.collection), { recursive: true });
    for (const f of [m.pdf, ...m.thumbnails, m.une]) cpSync(path.join(out, f.path), path.join(site, f.url));
  }
  for (const p of pages) writeFileSync(path.join(site, latest.manifest.page.collection, p.name), p.text);
  return site;
}

/** `lax`: Liquid's strict variables off (an absent field prints nothing), as on a site with default settings. */
function jekyllBuild(site: string, lax = false) {
  assert.ok(HAS_JEKYLL, `jekyll is required here (BROCHURE_REQUIRE_JEKYLL=1) but \`jekyll --version\` failed: ${jekyllVersion.error?.message ?? jekyllVersion.stderr}`);
  const config = path.join(site, '_config.yml');
  if (lax) writeFileSync(path.join(site, '_lax.yml'), 'liquid:\n  error_mode: warn\n  strict_variables: false\n');
  const configs = lax ? `${config},${path.join(site, '_lax.yml')}` : config;
  const r = spawnSync('jekyll', ['build', '--config', configs, '--source', site, '--destination', path.join(site, '_site')], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, JEKYLL_ENV: 'production' } });
  return { status: r.status, log: `${r.stdout}\n${r.stderr}` };
}

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&(quot|amp|lt|gt|nbsp);/g, (_, e) => ({ quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' })[e as 'quot']);
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

/**
 * What a visitor of the built site would find wrong with the publication served at `url`: empty when the page is at
 * its permalink inside the `rgaa` layout, every /uploads/ link and image resolves to a built file, every image has
 * its alternative text, and the size label next to the PDF link is the PDF's real size.
 */
function problems(site: string, url: string): string[] {
  const built = path.join(site, '_site');
  const file = path.join(built, url, 'index.html');
  if (!existsSync(file)) return [`nothing at the permalink ${url}`];
  const html = readFileSync(file, 'utf8');
  const found: string[] = [];
  if (!/data-layout="rgaa"/.test(html)) found.push('not inside the rgaa layout');
  const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
  if (images.length === 0) found.push('no image');
  for (const img of images) if (!attr(img, 'alt')?.trim()) found.push(`image without alt text: ${img}`);
  const urls = [
    ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1])),
    ...images.flatMap((img) => (attr(img, 'srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean)),
  ];
  for (const u of urls.filter((x) => x.startsWith('/uploads/'))) {
    if (!existsSync(path.join(built, decodeURIComponent(u)))) found.push(`${u} is not a file of the built site`);
  }
  for (const link of html.matchAll(/<a\s[^>]*href="(\/uploads\/[^"]+\.pdf)"[^>]*>([^<]*)<\/a>/g)) {
    const label = /\(([^()]*[KM]o)\)/.exec(decode(link[2]))?.[1];
    const pdf = path.join(built, decodeURIComponent(link[1]));
    if (label && existsSync(pdf) && label.replace(/\s+/g, ' ') !== formatSizeLabel(statSync(pdf).size).replace(/\s+/g, ' ')) {
      found.push(`« ${label} » next to ${link[1]}, which is ${statSync(pdf).size} bytes (« ${formatSizeLabel(statSync(pdf).size)} »)`);
    }
  }
  return found;
}

test('Jekyll builds every edition’s page at its permalink, inside its layout, every /uploads/ file found, no Liquid warning', { skip: SKIP }, () => {
  const site = siteWith();
  try {
    const { status, log } = jekyllBuild(site);
    assert.equal(status, 0, log);
    assert.doesNotMatch(log, /Liquid (?:Warning|Exception)|warning|error/i, log);
    const list = readFileSync(path.join(site, '_site/publications/index.html'), 'utf8');
    assert.equal([...list.matchAll(/<a class="carte"/g)].length, build.editions.length, list);
    for (const { manifest } of build.editions) {
      const id = manifest.edition.id;
      assert.deepEqual(problems(site, manifest.page.url), [], id);
      const html = readFileSync(path.join(site, '_site', manifest.page.url, 'index.html'), 'utf8');
      // The header image is the edition's une, with the cover's description; the thumbnail offers its 2× to dense screens.
      const une = /<img class="une"[^>]*>/.exec(html)?.[0] ?? '';
      assert.equal(attr(une, 'src'), manifest.une.url, id);
      assert.equal(attr(une, 'alt'), manifest.thumbnailAlt, id);
      assert.match(html, new RegExp(`<img src="${manifest.thumbnails[0].url}" alt="[^"]+" srcset="${manifest.thumbnails[1].url} 2x" />`), id);
      const published = manifest.edition.publication;
      assert.ok(html.includes(`Publié le ${published}, mis à jour le ${formatDateFr(published)}`), id);
      assert.ok(html.includes(`(${manifest.pdf.sizeLabel})</a>`), `${id}: the label the manifest gives is the one on the page`);
      // The listing card: the une-ou-diaporama picture and its alternative text, linking to the page.
      const card = new RegExp(`<a class="carte" href="${manifest.page.url}">\\s*<img src="${manifest.une.url}" alt="([^"]+)">`).exec(list);
      assert.ok(card, `${id}: ${list}`);
      assert.equal(decode(card[1]), manifest.thumbnailAlt);
    }
    assert.match(readFileSync(path.join(site, '_site', mi2020.manifest.page.url, 'index.html'), 'utf8'), /<blockquote class="citation">/);
  } finally {
    rmSync(path.dirname(site), { recursive: true, force: true });
  }
});

test('the same check finds what is wrong with the page as published in August 2020 (the seed)', { skip: SKIP }, () => {
  const seed = readFileSync(path.join(REPO, 'test/fixtures/pages/seed.markdown'), 'utf8');
  // In place of the mid-2020 page, alone, among the files of every edition.
  const { manifest } = mi2020;
  const site = siteWith([{ name: manifest.page.path, text: seed }]);
  try {
    // Its listing card has no alternative text (une-ou-diaporama lists an image only): the strict site refuses it.
    const strict = jekyllBuild(site);
    assert.notEqual(strict.status, 0);
    assert.match(strict.log, /Liquid error \(line \d+\): undefined variable alternative-textuelle in publications\.html/);
    // Built anyway, as a site with default settings would: no layout, and the typed size label is wrong.
    const { status, log } = jekyllBuild(site, true);
    assert.equal(status, 0, log);
    assert.deepEqual(problems(site, manifest.page.url), [
      'not inside the rgaa layout',
      // Typed by hand in August 2020 (hyphen, &nbsp;), the size of a PDF of that day, not of this one.
      `« pdf - 857\u00a0Ko » next to ${manifest.pdf.url}, which is ${manifest.pdf.bytes} bytes (« ${manifest.pdf.sizeLabel} »)`,
    ]);
  } finally {
    rmSync(path.dirname(site), { recursive: true, force: true });
  }
});

// ---- The release job (.github/workflows/release.yml through scripts/release.ts) -----------------------------------

const RELEASE = path.join(REPO, 'scripts/release.ts');
/** `node --import tsx scripts/release.ts …args`, in the copied project (tsx found from here: the copy has no node_modules). */
const release = (args: string[], cwd = root) => spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), RELEASE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, BROCHURE_ROOT: cwd } });
const lines = (s: string) => s.trim().split('\n');

test('a tag names an edition, v<edition id>[.N]: the release takes that edition’s files and manifests, the latest’s manifest.json last', async () => {
  for (const [tag, e] of [
    ['vmi-2021', latest],
    ['vmi-2020.1', mi2020],
  ] as const) {
    const edition = await taggedEdition(tag, root);
    assert.equal(edition.id, e.manifest.edition.id);
    const { assets, manifests } = releaseFiles(out, edition);
    assert.deepEqual(
      assets.map((f) => f.path),
      listed(e).map((f) => path.join(out, f.path)),
    );
    assert.deepEqual(
      manifests.map((f) => path.basename(f.path)),
      e === latest ? [e.file, 'manifest.json'] : [e.file],
    );
    const r = release(['assets', tag]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(lines(r.stdout), assets.map((f) => f.path));
    const m = release(['manifests', tag]);
    assert.deepEqual(lines(m.stdout), manifests.map((f) => f.path));
    assert.equal(release(['edition', tag]).stdout, `${e.manifest.edition.id}\n`);
  }
  assert.equal((await taggedEdition('vmi-2020.1', root)).rebuild, 1);
  assert.equal((await taggedEdition('v2019', root)).latest, false);
});

test('a tag that names no edition of the data is refused, saying which tags would do', () => {
  for (const [tag, message] of [
    ['vmi-2022', /tag vmi-2022 names edition « mi-2022 », which the data do not have: editions 2019, mi-2020, mi-2021 \(tag v<edition id>\)/],
    ['v2021-09-14', /names edition « 2021-09-14 », which the data do not have/],
    ['mi-2021', /tag mi-2021 does not name an edition: expected v<edition id> \(vmi-2021\), or v<edition id>\.N for a corrected rebuild \(vmi-2021\.1\)/],
    ['vmi-2021.0', /does not name an edition/],
    ['vMi-2021', /does not name an edition/],
    ['vmi-2021.1.2', /does not name an edition/],
  ] as const) {
    for (const command of ['edition', 'check-tag']) {
      const r = release([command, tag]);
      assert.equal(r.status, 1, `${command} ${tag}`);
      assert.match(r.stderr, message, `${command} ${tag}`);
    }
  }
});

test('out/ that is not a build of the tagged edition stops the release: another edition’s manifest, a file changed or missing', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'release-'));
  try {
    cpSync(out, copy, { recursive: true });
    const r0 = release(['check-tag', 'vmi-2020', '--out', copy]);
    assert.equal(r0.status, 0, r0.stderr);
    writeFileSync(path.join(copy, mi2020.manifest.une.path), 'autre image');
    rmSync(path.join(copy, mi2020.manifest.thumbnails[1].path));
    const r = release(['assets', 'vmi-2020', '--out', copy]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`${mi2020.manifest.thumbnails[1].path.replace(/[.@]/g, '\\$&')}: listed in the manifest, missing`));
    assert.match(r.stderr, new RegExp(`${mi2020.manifest.une.path.replace(/\./g, '\\.')}: 11 bytes, sha256 [0-9a-f]{12}…; the manifest says ${mi2020.manifest.une.bytes} bytes`));
    // The latest edition's two manifests come from one build.
    writeFileSync(path.join(copy, 'manifest.json'), readFileSync(path.join(copy, mi2020.file)));
    const r2 = release(['check-tag', 'vmi-2021', '--out', copy]);
    assert.equal(r2.status, 1);
    assert.match(r2.stderr, new RegExp(`manifest\\.json: not the bytes of ${latest.file.replace(/\./g, '\\.')} \\(another build\\)`));
    // manifest-mi-2021.json describing mid-2020: out/ holds another edition's build under this edition's name.
    writeFileSync(path.join(copy, latest.file), readFileSync(path.join(copy, mi2020.file)));
    const r3 = release(['check-tag', 'vmi-2021', '--out', copy]);
    assert.equal(r3.status, 1);
    assert.match(r3.stderr, /describes edition « mi-2020 », not « mi-2021 »/);
    rmSync(path.join(copy, build.editions[0].file));
    assert.match(release(['check-tag', 'v2019', '--out', copy]).stderr, /manifest-2019\.json not found: build the edition first \(npm run brochure -- --edition 2019\)/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the dry run shows the edition’s checks and the gh commands with every file, the manifests uploaded last', () => {
  for (const [tag, e] of [
    ['vmi-2021', latest],
    ['vmi-2020', mi2020],
  ] as const) {
    const id = e.manifest.edition.id;
    const r = release(['dry-run', tag]);
    assert.equal(r.status, 0, r.stderr);
    for (const step of [`npm run brochure -- --edition ${id}`, `npm run brochure -- --check --edition ${id}`, `npm run check:pdf -- --edition ${id}`]) assert.ok(r.stdout.includes(step), step);
    const create = lines(r.stdout).find((l) => l.trim().startsWith('gh release create'))!;
    for (const f of listed(e)) assert.ok(create.includes(`out/${f.path}`), f.path);
    assert.ok(!create.includes('manifest'));
    const uploads = lines(r.stdout).filter((l) => l.trim().startsWith('gh release upload'));
    assert.deepEqual(
      uploads.map((l) => l.trim()),
      (e === latest ? [e.file, 'manifest.json'] : [e.file]).map((m) => `gh release upload ${tag} out/${m} --clobber`),
    );
    // Every other edition's files stay out of this release.
    for (const other of build.editions.filter((o) => o !== e)) assert.ok(!r.stdout.includes(other.manifest.pdf.path), other.manifest.pdf.path);
  }
});

test('the release notes give the counts in the brochure’s words (statutBreakdown), « à achever fin 2021 » included', () => {
  const notes = release(['notes', 'vmi-2021']);
  assert.equal(notes.status, 0, notes.stderr);
  const c = latest.manifest.counts;
  assert.ok(notes.stdout.includes(`${c.projets} projets : ${c.acheves} achevés, ${c.aAchever} à achever fin 2021, ${c.enCours} en cours, ${c.nouveaux} nouveaux.`), notes.stdout);
});

test('release.yml builds and checks the tagged edition, refuses a tag naming none, and uploads the lists read from its manifest', () => {
  const yml = readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8');
  const steps = [
    'npm ci',
    'scripts/release.ts edition "$TAG"',
    'npm run brochure -- --edition "$EDITION"',
    'scripts/release.ts check-tag "$TAG"',
    'npm run typecheck',
    'npm test',
    'npm run brochure -- --check --edition "$EDITION"',
    'npm run check:pdf -- --edition "$EDITION"',
    'scripts/release.ts assets "$TAG"',
    'scripts/release.ts manifests "$TAG"',
  ];
  const at = steps.map((s) => yml.indexOf(s));
  assert.ok(at.every((i) => i >= 0), steps.filter((_, i) => at[i] < 0).join(', '));
  assert.deepEqual([...at].sort((a, b) => a - b), at, 'in this order');
  assert.doesNotMatch(yml, /out\/\*/, 'no glob of out/');
  assert.match(yml, /BROCHURE_REQUIRE_JEKYLL: '1'/);
});

// ---- The docs say what a build gives (scripts/website-contract.ts, `npm run docs:contract`) -----------------------

test('docs/website-contract.md, the README’s size label and docs/images/une.png are those of a build of every edition', async () => {
  const doc = readFileSync(path.join(REPO, CONTRACT), 'utf8');
  const docNode = /<!-- generated:node -->(v[\d.]+)<!--/.exec(doc)?.[1];
  assert.ok(docNode, 'the doc names the Node that generated it');
  const built = { ...build, node: docNode };
  const fix = 'run `npm run docs:contract` and commit the result';
  const major = (v: string) => v.split('.')[0];
  // Each edition's files and front matter are in the doc, the latest's manifest in full.
  for (const e of build.editions) for (const f of [e.file, ...listed(e).map((x) => x.path)]) assert.ok(doc.includes(`| \`${f}\` |`), f);
  if (major(docNode) === major(process.version)) {
    assert.equal(renderContract(doc, built), doc, `${CONTRACT} differs from a build: ${fix}`);
  } else {
    // The PDF's compressed bytes come from Node's zlib: on another Node line only sizes and hashes may differ.
    const mask = (s: string) => s.replace(/\b[0-9a-f]{64}\b/g, 'SHA256').replace(/("bytes": )\d+/g, '$1N').replace(/\| [\d ]+ \|/g, '| N |').replace(/\d+\u00a0Ko/g, 'N Ko');
    console.log(`website.test.ts: ${CONTRACT} was generated with Node ${docNode}; on ${process.version}, sizes and hashes are not compared`);
    assert.equal(mask(renderContract(doc, built)), mask(doc), `${CONTRACT} differs from a build: ${fix}`);
  }
  const readme = readFileSync(path.join(REPO, README), 'utf8');
  assert.match(readme, /« pdf – \d+ Ko »/);
  if (major(docNode) === major(process.version)) assert.equal(renderReadme(readme, built), readme, `README.md quotes another size label: ${fix}`);
  // The PNG in the docs is the latest edition's une, pixel for pixel.
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const pixels = async (bytes: Buffer) => {
    const image = await loadImage(bytes);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    return { size: [image.width, image.height], data: Buffer.from(ctx.getImageData(0, 0, image.width, image.height).data) };
  };
  const une = latest.manifest.une;
  const [docs, fromBuild] = await Promise.all([pixels(readFileSync(path.join(REPO, UNE_PNG))), pixels(readFileSync(path.join(out, une.path)))]);
  assert.deepEqual(docs.size, [une.width, une.height]);
  assert.deepEqual(fromBuild.size, docs.size);
  assert.ok(docs.data.equals(fromBuild.data), `${UNE_PNG} is not this build's une of the latest edition: ${fix}`);
});

test('the doc generator refuses a doc whose generated parts it does not know, or that lacks one', () => {
  const built = { ...build, node: 'v20.0.0' };
  const doc = readFileSync(path.join(REPO, CONTRACT), 'utf8');
  assert.throws(() => renderContract(doc.replace('<!-- generated:files -->', '<!-- generated:fichiers -->').replace('<!-- /generated:files -->', '<!-- /generated:fichiers -->'), built), /unknown generated part « fichiers »/);
  assert.throws(() => renderContract(doc.replace(/<!-- generated:manifest -->[\s\S]*<!-- \/generated:manifest -->/, ''), built), /generated parts missing: manifest/);
  // A stale figure is replaced: the doc as it was before issue 13 quoted « pdf – 276 Ko ».
  const stale = doc.replace(/(<!-- generated:pdf-label -->)[^<]*/, '$1« pdf – 276 Ko »');
  assert.notEqual(stale, doc);
  assert.equal(renderContract(stale, { ...build, node: /<!-- generated:node -->(v[\d.]+)/.exec(doc)![1] }).includes('« pdf – 276 Ko »'), false);
});
