import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyProject, snapshotDir } from '../helpers/project.js';
import { fsWorld } from '../../src/world.js';
import { startWatch, type RebuildOutcome } from '../../src/watch/watch-session.js';
import { createProgress } from '../../src/watch/progress.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Saves the way editors and `sed -i` do: a temporary file renamed over the original. */
function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.tmp~`, text);
  renameSync(`${file}.tmp~`, file);
}

/** A watch session on `root` that records every rebuild; `next()` resolves at the following one. */
function watchRecording(root: string, env: Record<string, string> = {}) {
  const outcomes: RebuildOutcome[] = [];
  const logs: string[] = [];
  const errors: string[] = [];
  let waiter: (() => void) | undefined;
  const next = () => new Promise<void>((r) => (waiter = r));
  const session = startWatch({
    world: fsWorld(root, env),
    log: (l) => logs.push(l),
    error: (l) => errors.push(l),
    debounceMs: 30,
    onRebuilt: (o) => {
      outcomes.push(o);
      waiter?.();
    },
  });
  return { session, outcomes, logs, errors, next };
}

test('a change rebuilds once, an input error keeps the last good out/, stop ends cleanly', { timeout: 30_000 }, async () => {
  const root = copyProject();
  const { session, outcomes, logs, errors, next } = watchRecording(root, { SOURCE_DATE_EPOCH: '1598486400' });
  try {
    await session.ready;
    assert.equal(outcomes.length, 1);
    assert.equal(outcomes[0].ok, true, errors.join('\n'));
    const out = path.join(root, 'out');
    const first = snapshotDir(out);

    const projets = path.join(root, 'editions/mi-2021/projets.yaml');
    const text = readFileSync(projets, 'utf8');
    let done = next();
    saveByRename(projets, text.replace('depuis le premier trimestre 2020', 'depuis le tout premier trimestre 2020'));
    await done;
    await sleep(300);
    assert.equal(outcomes.length, 2, 'exactly one rebuild for one save');
    assert.deepEqual(outcomes[1].changed, ['editions/mi-2021/projets.yaml']);
    assert.equal(outcomes[1].ok, true, errors.join('\n'));
    assert.match(logs.at(-1)!, /^editions\/mi-2021\/projets\.yaml modifié → \d+ pages, reconstruit en \d+ ms/);
    const second = snapshotDir(out);
    assert.notDeepEqual(second, first, 'the PDF changed');

    done = next();
    saveByRename(projets, text.replace('statut: achevé', 'statut: fini'));
    await done;
    assert.equal(outcomes[2].ok, false);
    assert.match(errors.join('\n'), /editions\/mi-2021\/projets\.yaml:\d+:\d+ +erreur \[schema-enum\] statut « fini »/);
    assert.match(errors.at(-1)!, /1 erreur : out\/ garde la dernière version correcte/);
    assert.deepEqual(snapshotDir(out), second, 'out/ keeps the last good build');

    // A save that changes nothing (same bytes) does not rebuild.
    saveByRename(path.join(root, 'data/enjeux.yaml'), readFileSync(path.join(root, 'data/enjeux.yaml'), 'utf8'));
    await sleep(400);
    assert.equal(outcomes.length, 3);
  } finally {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('progress: plain lines without control characters off a terminal, one updated line on a terminal', async () => {
  const plain: string[] = [];
  const p = createProgress({ write: (t) => plain.push(t), isTTY: false }, 20);
  p.stage('render');
  await sleep(60);
  p.stage('publish');
  p.done();
  assert.deepEqual(plain, ['… rendu du PDF\n']);
  assert.ok(plain.every((l) => !/[\x00-\x09\x0b-\x1f]/.test(l)));

  const tty: string[] = [];
  const q = createProgress({ write: (t) => tty.push(t), isTTY: true }, 20);
  q.stage('load');
  await sleep(60);
  q.done();
  assert.deepEqual(tty, ['\r\x1b[2K… lecture des données et des textes', '\r\x1b[2K']);

  const quick: string[] = [];
  const r = createProgress({ write: (t) => quick.push(t), isTTY: false }, 1000);
  r.stage('model');
  r.done();
  assert.deepEqual(quick, [], 'quick stages print nothing');
});

test('a config that moves the data folder makes the watch follow the new folder', { timeout: 30_000 }, async () => {
  const root = copyProject();
  const { session, outcomes, errors, next } = watchRecording(root);
  try {
    await session.ready;
    renameSync(path.join(root, 'data'), path.join(root, 'donnees'));
    let done = next();
    writeFileSync(path.join(root, 'brochure.config.yaml'), 'dataDir: donnees\n');
    await done;
    assert.equal(outcomes.at(-1)!.ok, true, errors.join('\n'));
    const count = outcomes.length;
    const missions = path.join(root, 'donnees/missions.yaml');
    done = next();
    saveByRename(missions, readFileSync(missions, 'utf8').replace('Repérer des solutions', 'Identifier des solutions'));
    await done;
    assert.equal(outcomes.length, count + 1);
    assert.deepEqual(outcomes.at(-1)!.changed, ['donnees/missions.yaml']);
  } finally {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
