// The website's side of the contract, on one real build by the shipped CLI (`npm run brochure`): a real Jekyll
// (Debian's) builds a stand-in of numerique.gouv.fr (test/fixtures/site) with the page dropped into `_publications`
// and every file the manifest lists put at its URL, as docs/website-contract.md tells the site to do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyProject, REPO } from '../helpers/project.js';
import { formatSizeLabel } from '../../src/publish/size-label.js';

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
