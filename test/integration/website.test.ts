// The website's side of the contract, on one real build by the shipped CLI (`npm run brochure`): a real Jekyll
// (Debian's) builds a stand-in of numerique.gouv.fr (test/fixtures/site) with the page dropped into `_publications`
// and every file the manifest lists put at its URL, as docs/website-contract.md tells the site to do; the release
// job's file list and tag check on that build; the docs' figures against that build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyProject, REPO } from '../helpers/project.js';
import { formatSizeLabel } from '../../src/publish/size-label.js';
import { releaseFiles } from '../../scripts/release.mjs';
import { CONTRACT, README, renderContract, renderReadme, UNE_PNG } from '../../scripts/website-contract.js';

let root: string;
let out: string;
let manifest: any;

before(() => {
  root = copyProject();
  const r = spawnSync('npm', ['run', '--silent', 'brochure', '--', '--quiet'], { cwd: REPO, env: { ...process.env, BROCHURE_ROOT: root }, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  out = path.join(root, 'out');
  manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
});
after(() => rmSync(root, { recursive: true, force: true }));

// ---- Jekyll -------------------------------------------------------------------------------------------------------

const jekyllVersion = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
const HAS_JEKYLL = jekyllVersion.status === 0;
/** .ci/run sets it: there the Jekyll test must run, never be skipped. */
const REQUIRED = process.env.BROCHURE_REQUIRE_JEKYLL === '1';
const SKIP = HAS_JEKYLL || REQUIRED ? false : 'Debian’s jekyll is not installed here (apt-get install -y jekyll); CI (.ci/run) installs it and runs these tests';
if (SKIP) console.log(`website.test.ts: Jekyll tests skipped: ${SKIP}`);

/** The site with `page` (text) dropped into `_publications/<name>` and the files the manifest lists at their URLs. */
function siteWith(pageName: string, page: string): string {
  const site = path.join(mkdtempSync(path.join(tmpdir(), 'site-')), 'site');
  cpSync(path.join(REPO, 'test/fixtures/site'), site, { recursive: true });
  mkdirSync(path.join(site, manifest.page.collection), { recursive: true });
  cpSync(path.join(out, manifest.pdf.path), path.join(site, manifest.pdf.url));
  for (const f of [...manifest.thumbnails, manifest.une]) cpSync(path.join(out, f.path), path.join(site, f.url));
  writeFileSync(path.join(site, manifest.page.collection, pageName), page);
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

test('Jekyll builds the generated page at its permalink, inside its layout, every /uploads/ file found, no Liquid warning', { skip: SKIP }, () => {
  const page = readFileSync(path.join(out, manifest.page.path), 'utf8');
  const site = siteWith(manifest.page.path, page);
  try {
    const { status, log } = jekyllBuild(site);
    assert.equal(status, 0, log);
    assert.doesNotMatch(log, /Liquid (?:Warning|Exception)|warning|error/i, log);
    assert.equal(manifest.page.url, '/publications/tech-gouv-bilan-du-programme-mise-jour-mi-2020/');
    assert.deepEqual(problems(site, manifest.page.url), []);

    const html = readFileSync(path.join(site, '_site', manifest.page.url, 'index.html'), 'utf8');
    // The header image is the une, with the cover's description; the thumbnail offers its 2× to dense screens.
    const une = /<img class="une"[^>]*>/.exec(html)?.[0] ?? '';
    assert.equal(attr(une, 'src'), manifest.une.url);
    assert.equal(attr(une, 'alt'), manifest.thumbnailAlt);
    assert.match(html, new RegExp(`<img src="${manifest.thumbnails[0].url}" alt="[^"]+" srcset="${manifest.thumbnails[1].url} 2x" />`));
    assert.match(html, /<blockquote class="citation">/);
    assert.match(html, /Publié le 2020-08-28, mis à jour le 28 août 2020/);
    assert.ok(html.includes(`(${manifest.pdf.sizeLabel})</a>`), 'the label the manifest gives is the one on the page');
    // The listing card: the une-ou-diaporama picture and its alternative text, linking to the page.
    const list = readFileSync(path.join(site, '_site/publications/index.html'), 'utf8');
    const card = new RegExp(`<a class="carte" href="${manifest.page.url}">\\s*<img src="${manifest.une.url}" alt="([^"]+)">`).exec(list);
    assert.ok(card, list);
    assert.equal(decode(card[1]), manifest.thumbnailAlt);
  } finally {
    rmSync(path.dirname(site), { recursive: true, force: true });
  }
});

test('the same check finds what is wrong with the page as published in August 2020 (the seed)', { skip: SKIP }, () => {
  const seed = readFileSync(path.join(REPO, 'test/fixtures/pages/seed.markdown'), 'utf8');
  const site = siteWith(manifest.page.path, seed);
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

// ---- The release job (.github/workflows/release.yml through scripts/release.mjs) ----------------------------------

const release = (args: string[], cwd = root) => spawnSync(process.execPath, [path.join(REPO, 'scripts/release.mjs'), ...args], { cwd, encoding: 'utf8' });

test('the release attaches every file the manifest lists, checked against it, the manifest last', () => {
  const { files } = releaseFiles(out);
  const listed = [manifest.pdf, ...manifest.thumbnails, manifest.une, manifest.page].map((f: { path: string }) => path.join(out, f.path));
  assert.deepEqual(
    files.map((f) => f.path),
    [...listed, path.join(out, 'manifest.json')],
  );
  // What the build wrote is what the release carries: nothing more in out/, nothing less.
  assert.deepEqual(
    readdirSync(out).filter((f) => !f.startsWith('.')).sort(),
    files.map((f) => path.basename(f.path)).sort(),
  );
  const r = release(['files']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), files.map((f) => path.relative(root, f.path)));
});

test('a tag that does not name the built edition is refused, with the tag to use', () => {
  for (const ok of ['v2020-08-27', 'v2020-08-27.1', 'v2020-08-27.12']) assert.equal(release(['check-tag', ok]).status, 0, ok);
  for (const wrong of ['v2021-07-15', 'v2020-08-28', '2020-08-27', 'v20200827', 'v2020-08-27.0', 'v2020-08-27-rc1', 'vmi-2020']) {
    const r = release(['check-tag', wrong]);
    assert.equal(r.status, 1, wrong);
    assert.match(r.stderr, new RegExp(`tag ${wrong.replace(/\./g, '\\.')} does not name the edition the data describe \\(« Édition actualisée mi-2020 », 2020-08-27\\): tag v2020-08-27`));
  }
});

test('a file that is not the one the manifest describes, or is missing, stops the release', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'release-'));
  try {
    cpSync(out, copy, { recursive: true });
    writeFileSync(path.join(copy, manifest.une.path), 'autre image');
    rmSync(path.join(copy, manifest.thumbnails[1].path));
    const r = release(['files', '--out', copy]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`${manifest.thumbnails[1].path.replace(/[.@]/g, '\\$&')}: listed in the manifest, missing`));
    assert.match(r.stderr, new RegExp(`${manifest.une.path.replace(/\./g, '\\.')}: 11 bytes, sha256 [0-9a-f]{12}…; the manifest says ${manifest.une.bytes} bytes`));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the dry run shows the gh commands with every file, the manifest uploaded last', () => {
  const r = release(['dry-run', 'v2020-08-27']);
  assert.equal(r.status, 0, r.stderr);
  const create = r.stdout.split('\n').find((l) => l.trim().startsWith('gh release create'))!;
  for (const f of [manifest.pdf, ...manifest.thumbnails, manifest.une, manifest.page]) assert.ok(create.includes(`out/${f.path}`), f.path);
  assert.ok(!create.includes('manifest.json'));
  assert.match(r.stdout, /gh release upload v2020-08-27 out\/manifest\.json --clobber\n/);
});

test('release.yml runs the tests and checks, refuses a wrong tag, and uploads the list read from the manifest', () => {
  const yml = readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8');
  const steps = ['npm ci', 'npm run brochure', 'node scripts/release.mjs check-tag "$TAG"', 'npm test', 'npm run brochure -- --check', 'npm run check:pdf', 'node scripts/release.mjs files'];
  const at = steps.map((s) => yml.indexOf(s));
  assert.ok(at.every((i) => i >= 0), steps.filter((_, i) => at[i] < 0).join(', '));
  assert.deepEqual([...at].sort((a, b) => a - b), at, 'in this order');
  assert.doesNotMatch(yml, /out\/\*/, 'no glob of out/');
  assert.match(yml, /BROCHURE_REQUIRE_JEKYLL: '1'/);
});

// ---- The docs say what a build gives (scripts/website-contract.ts, `npm run docs:contract`) -----------------------

test('docs/website-contract.md, the README’s size label and docs/images/une.png are those of a build', async () => {
  const doc = readFileSync(path.join(REPO, CONTRACT), 'utf8');
  const docNode = /<!-- generated:node -->(v[\d.]+)<!--/.exec(doc)?.[1];
  assert.ok(docNode, 'the doc names the Node that generated it');
  const build = { manifest, page: readFileSync(path.join(out, manifest.page.path), 'utf8'), node: docNode };
  const fix = 'run `npm run docs:contract` and commit the result';
  const major = (v: string) => v.split('.')[0];
  if (major(docNode) === major(process.version)) {
    assert.equal(renderContract(doc, build), doc, `${CONTRACT} differs from a build: ${fix}`);
  } else {
    // The PDF's compressed bytes come from Node's zlib: on another Node line only sizes and hashes may differ.
    const mask = (s: string) => s.replace(/\b[0-9a-f]{64}\b/g, 'SHA256').replace(/("bytes": )\d+/g, '$1N').replace(/\| [\d ]+ \|/g, '| N |').replace(/\d+\u00a0Ko/g, 'N Ko');
    console.log(`website.test.ts: ${CONTRACT} was generated with Node ${docNode}; on ${process.version}, sizes and hashes are not compared`);
    assert.equal(mask(renderContract(doc, build)), mask(doc), `${CONTRACT} differs from a build: ${fix}`);
  }
  const readme = readFileSync(path.join(REPO, README), 'utf8');
  assert.match(readme, /« pdf – \d+ Ko »/);
  if (major(docNode) === major(process.version)) assert.equal(renderReadme(readme, build), readme, `README.md quotes another size label: ${fix}`);
  // The PNG in the docs is the une of this build, pixel for pixel.
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const pixels = async (bytes: Buffer) => {
    const image = await loadImage(bytes);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    return { size: [image.width, image.height], data: Buffer.from(ctx.getImageData(0, 0, image.width, image.height).data) };
  };
  const [docs, built] = await Promise.all([pixels(readFileSync(path.join(REPO, UNE_PNG))), pixels(readFileSync(path.join(out, manifest.une.path)))]);
  assert.deepEqual(docs.size, [manifest.une.width, manifest.une.height]);
  assert.deepEqual(built.size, docs.size);
  assert.ok(docs.data.equals(built.data), `${UNE_PNG} is not this build's une: ${fix}`);
});

test('the doc generator refuses a doc whose generated parts it does not know, or that lacks one', () => {
  const build = { manifest, page: readFileSync(path.join(out, manifest.page.path), 'utf8'), node: 'v20.0.0' };
  const doc = readFileSync(path.join(REPO, CONTRACT), 'utf8');
  assert.throws(() => renderContract(doc.replace('<!-- generated:files -->', '<!-- generated:fichiers -->').replace('<!-- /generated:files -->', '<!-- /generated:fichiers -->'), build), /unknown generated part « fichiers »/);
  assert.throws(() => renderContract(doc.replace(/<!-- generated:manifest -->[\s\S]*<!-- \/generated:manifest -->/, ''), build), /generated parts missing: manifest/);
  // A stale figure is replaced: the doc as it was before issue 13 quoted « pdf – 276 Ko ».
  const stale = doc.replace(/(<!-- generated:pdf-label -->)[^<]*/, '$1« pdf – 276 Ko »');
  assert.notEqual(stale, doc);
  assert.equal(renderContract(stale, { ...build, node: /<!-- generated:node -->(v[\d.]+)/.exec(doc)![1] }).includes('« pdf – 276 Ko »'), false);
});
