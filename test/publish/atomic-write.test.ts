import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitOrder, publishAtomically } from '../../src/publish/atomic-write.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** Every entry under dir, recursively, with a hash for files: equal listings mean byte-identical folders. */
async function listing(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.push(`${r}/`);
        await walk(r);
      } else {
        const st = await fs.stat(path.join(dir, r));
        const hash = createHash('sha256').update(await fs.readFile(path.join(dir, r))).digest('hex');
        out.push(`${r} ${st.size} ${st.mtimeMs} ${hash}`);
      }
    }
  }
  await walk('');
  return out.sort();
}

async function populated(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-test-'));
  await fs.writeFile(path.join(dir, 'brochure.pdf'), 'old pdf');
  await fs.writeFile(path.join(dir, 'manifest.json'), '{"old":true}\n');
  await fs.mkdir(path.join(dir, 'archives'));
  await fs.writeFile(path.join(dir, 'archives', 'keep.txt'), 'unrelated');
  return dir;
}

const newFiles = () => [
  { name: 'manifest.json', bytes: enc('{"new":true}\n') },
  { name: 'brochure.pdf', bytes: enc('new pdf') },
  { name: 'vignette.png', bytes: enc('png') },
];

test('publishes every file, keeps unrelated ones, leaves no staging folder', async () => {
  const dir = await populated();
  await publishAtomically(dir, newFiles());
  assert.equal(await fs.readFile(path.join(dir, 'brochure.pdf'), 'utf8'), 'new pdf');
  assert.equal(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'), '{"new":true}\n');
  assert.equal(await fs.readFile(path.join(dir, 'vignette.png'), 'utf8'), 'png');
  assert.equal(await fs.readFile(path.join(dir, 'archives', 'keep.txt'), 'utf8'), 'unrelated');
  assert.deepEqual((await fs.readdir(dir)).filter((n) => n.startsWith('.staging')), []);
  await fs.rm(dir, { recursive: true });
});

test('creates a missing out folder', async () => {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-test-'));
  await publishAtomically(path.join(base, 'out', 'deep'), newFiles());
  assert.equal(await fs.readFile(path.join(base, 'out', 'deep', 'vignette.png'), 'utf8'), 'png');
  await fs.rm(base, { recursive: true });
});

test('the manifest is renamed last, whatever its place in the list', () => {
  assert.deepEqual(commitOrder(newFiles()).map((f) => f.name), ['brochure.pdf', 'vignette.png', 'manifest.json']);
});

test('a failure injected just before the renames leaves out/ byte-identical', async () => {
  const dir = await populated();
  const before = await listing(dir);
  let staged: string[] = [];
  await assert.rejects(
    publishAtomically(dir, newFiles(), {
      beforeRename: async () => {
        const staging = (await fs.readdir(dir)).filter((n) => n.startsWith('.staging-'));
        staged = await fs.readdir(path.join(dir, staging[0]));
        throw new Error('panne simulée');
      },
    }),
    /panne simulée/,
  );
  assert.deepEqual(staged.sort(), ['brochure.pdf', 'manifest.json', 'vignette.png'], 'everything was staged first');
  assert.deepEqual(await listing(dir), before);
  await fs.rm(dir, { recursive: true });
});

test('a real write failure in the middle of staging leaves out/ byte-identical', async () => {
  const dir = await populated();
  const before = await listing(dir);
  const files = [...newFiles(), { name: 'x'.repeat(300), bytes: enc('too long a name') }];
  await assert.rejects(publishAtomically(dir, files), (err: NodeJS.ErrnoException) => err.code === 'ENAMETOOLONG');
  assert.deepEqual(await listing(dir), before);
  await fs.rm(dir, { recursive: true });
});

test('bad names are refused before anything is written', async () => {
  const dir = await populated();
  const before = await listing(dir);
  for (const name of ['../evil', 'a/b', '', '.staging-1-x', '..']) {
    await assert.rejects(publishAtomically(dir, [{ name, bytes: enc('x') }]), /nom de fichier à publier invalide/);
  }
  await assert.rejects(publishAtomically(dir, [newFiles()[1], newFiles()[1]]), /en double/);
  assert.deepEqual(await listing(dir), before);
  await fs.rm(dir, { recursive: true });
});

test('staging folders of dead runs are cleaned, those of live processes are kept', async () => {
  const dir = await populated();
  const deadPid = 2 ** 22 + 12345; // above Linux's pid_max limit: never a live process
  await fs.mkdir(path.join(dir, `.staging-${deadPid}-abc`));
  await fs.writeFile(path.join(dir, `.staging-${deadPid}-abc`, 'brochure.pdf'), 'half');
  await fs.mkdir(path.join(dir, '.staging-legacy'));
  const live = `.staging-${process.ppid}-def`;
  await fs.mkdir(path.join(dir, live));
  await publishAtomically(dir, newFiles());
  assert.deepEqual((await fs.readdir(dir)).filter((n) => n.startsWith('.staging')), [live]);
  await fs.rm(dir, { recursive: true });
});
