// Watch mode keeps the cover thumbnail while page 1 cannot look different, and only then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { encodeCover } from '../../src/publish/thumbnails.js';
import { CoverReuse, coverKey } from '../../src/watch/cover-reuse.js';
import { copyProject } from '../helpers/project.js';

const root = copyProject();
const world = fsWorld(root, { SOURCE_DATE_EPOCH: '1598486400' });
const WIDTH = DEFAULT_CONFIG.thumbnailWidth;
const edit = (rel: string, from: string, to: string) => {
  const file = path.join(root, rel);
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${rel} contains « ${from} »`);
  writeFileSync(file, text.replace(from, to));
};

test('a card’s word changed: same cover key, the kept thumbnail is what a fresh rasterisation gives; a cover edit draws anew', async () => {
  const covers = new CoverReuse();
  const first = await buildBrochure(world, DEFAULT_CONFIG);
  const a = (await covers.for(first).encodeCover(first.pdf, WIDTH))!;
  assert.equal(covers.reused, 0);

  edit('editions/mi-2021/projets.yaml', 'depuis le premier trimestre', 'depuis le tout premier trimestre');
  const second = await buildBrochure(world, DEFAULT_CONFIG);
  assert.notDeepEqual(second.pdf, first.pdf);
  assert.equal(coverKey(second), coverKey(first));
  const b = (await covers.for(second).encodeCover(second.pdf, WIDTH))!;
  assert.equal(covers.reused, 1);
  assert.equal(b, a);
  const fresh = await encodeCover(second.pdf, WIDTH);
  assert.deepEqual(fresh.png, b.png);
  assert.deepEqual(fresh.png2x, b.png2x);

  // The edition label is on the cover: new key, new pixels.
  edit('editions/mi-2021/edition.yaml', 'Stratégie et feuille de route\n', 'Stratégie et feuille de route revue\n');
  const third = await buildBrochure(world, DEFAULT_CONFIG);
  assert.notEqual(coverKey(third), coverKey(second));
  const c = (await covers.for(third).encodeCover(third.pdf, WIDTH))!;
  assert.equal(covers.reused, 1);
  assert.notDeepEqual(c.png, b.png);
  assert.deepEqual(c.png, (await encodeCover(third.pdf, WIDTH)).png);
});

test('a session’s covers are drawn by its worker when it has one, in-process when the worker gives up', async () => {
  const built = await buildBrochure(world, DEFAULT_CONFIG);
  const marker = { png: new Uint8Array([1]), png2x: new Uint8Array([2]), une: new Uint8Array([3]) } as unknown as Awaited<ReturnType<typeof encodeCover>>;
  const asked: number[] = [];
  const worker = { encodeCover: async (_pdf: Uint8Array, w: number) => (asked.push(w), marker), close: async () => {} };
  assert.equal(await new CoverReuse(worker).for(built).encodeCover(built.pdf, WIDTH), marker);
  assert.deepEqual(asked, [WIDTH]);
  // A worker that is gone answers undefined: the cover is drawn here, the same as without a worker.
  const gone = { encodeCover: async () => undefined, close: async () => {} };
  const drawn = (await new CoverReuse(gone).for(built).encodeCover(built.pdf, WIDTH))!;
  assert.deepEqual(drawn.png, (await encodeCover(built.pdf, WIDTH)).png);
});
