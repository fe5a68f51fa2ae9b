// Same inputs, same bytes: builds in separate processes with different time zones and SOURCE_DATE_EPOCH, and with reads in another order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld, memoryWorld, type World } from '../../src/world.js';
import { copyProject, REPO, snapshotDir } from '../helpers/project.js';

const run = promisify(execFile);
const root = copyProject();
/** 2020-08-27T00:00:00Z: the edition date at midnight UTC, which is also the date used when SOURCE_DATE_EPOCH is unset. */
const EPOCH = '1598486400';

/**
 * A real CLI run in its own process, the bundle users run (`npm test` rebundles it first when the sources are newer):
 * the time zone is read once per process, so it cannot be switched in-process.
 */
async function buildIn(out: string, env: Record<string, string>, args: string[]): Promise<Record<string, string>> {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, BROCHURE_ROOT: root, ...env };
  await run(process.execPath, [path.join(REPO, 'dist/cli.js'), '--out', out, '--quiet', ...args], { cwd: REPO, env: childEnv });
  return snapshotDir(path.join(root, out));
}

// Every edition twice, and mid-2020 once more, started together (about 2 s of CPU per edition from the bundle,
// twice that through tsx).
const builds = Promise.all([
  buildIn('out-utc', { TZ: 'UTC' }, ['--all']),
  buildIn('out-chatham', { TZ: 'Pacific/Chatham' }, ['--all']),
  buildIn('out-chatham-epoch', { TZ: 'Pacific/Chatham', SOURCE_DATE_EPOCH: EPOCH }, ['--edition', 'mi-2020']),
]);

const MI_2020 = [
  '20200827_Plaquette_Techgouv_DINUM.pdf',
  '20200827_Publication_TECHGOUV_une.jpg',
  'capture-plaquette-TECH-couv.png',
  'capture-plaquette-TECH-couv@2x.png',
  'manifest-mi-2020.json',
  'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
];

test('every edition: PDF, PNG, une JPEG, page and manifest are byte-identical in UTC and in Pacific/Chatham (UTC+12:45)', async () => {
  const [utc, chatham] = await builds;
  assert.deepEqual(Object.keys(utc).sort(), [
    '20191002_Plaquette_Techgouv_DINUM.pdf',
    '20191002_Publication_TECHGOUV_une.jpg',
    ...MI_2020.slice(0, 2),
    '20210914_Plaquette_Techgouv_DINUM.pdf',
    '20210914_Publication_TECHGOUV_une.jpg',
    'capture-plaquette-TECH-couv-2019.png',
    'capture-plaquette-TECH-couv-2019@2x.png',
    'capture-plaquette-TECH-couv-mi-2021.png',
    'capture-plaquette-TECH-couv-mi-2021@2x.png',
    ...MI_2020.slice(2, 4),
    'manifest-2019.json',
    MI_2020[4],
    'manifest-mi-2021.json',
    'manifest.json',
    'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
    'tech-gouv-bilan-du-programme-mise-jour-mi-2021.markdown',
    'tech-gouv-strategie-et-feuille-de-route-2019-2021.markdown',
  ]);
  assert.deepEqual(chatham, utc);
  assert.equal(utc['manifest.json'], utc['manifest-mi-2021.json'], 'manifest.json is the latest edition’s');
});

test('SOURCE_DATE_EPOCH set to the edition date, in another time zone, gives the same bytes as unset in UTC', async () => {
  const [utc, , chathamEpoch] = await builds;
  assert.deepEqual(chathamEpoch, Object.fromEntries(MI_2020.map((f) => [f, utc[f]])));
});

test('the world lists files sorted, whatever order they were created in', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ordre-'));
  mkdirSync(path.join(dir, 'data'));
  for (const name of ['projets.yaml', 'missions.yaml', 'enjeux.yaml', 'b/z.yaml', 'a.yaml']) {
    mkdirSync(path.dirname(path.join(dir, 'data', name)), { recursive: true });
    writeFileSync(path.join(dir, 'data', name), '');
  }
  const expected = ['data/a.yaml', 'data/b/z.yaml', 'data/enjeux.yaml', 'data/missions.yaml', 'data/projets.yaml'];
  assert.deepEqual(await fsWorld(dir).list('data', '.yaml'), expected);
  const files = Object.fromEntries([...expected].reverse().map((f) => [f, '']));
  assert.deepEqual(await memoryWorld(files).list('data', '.yaml'), expected);
});

test('a build whose files are listed in reverse and read back in a random order gives the same PDF', async () => {
  const base = fsWorld(root, {});
  const jitter = () => new Promise((r) => setTimeout(r, Math.random() * 15));
  const shuffled: World = {
    ...base,
    list: async (dir, ext) => (await base.list(dir, ext)).reverse(),
    readText: async (rel) => (await jitter(), base.readText(rel)),
    readBytes: async (rel) => (await jitter(), base.readBytes(rel)),
  };
  const [utc] = await builds;
  const built = await buildBrochure(shuffled, DEFAULT_CONFIG);
  assert.equal(createHash('sha256').update(built.pdf).digest('hex'), utc['20210914_Plaquette_Techgouv_DINUM.pdf']);
});
