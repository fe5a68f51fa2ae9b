import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO } from '../helpers/project.js';
import { fsWorld } from '../../src/world.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { makeReview } from '../../src/review/review.js';
import { summariseReview } from '../../src/review/summary.js';

// The worked example of docs/review.md: the mid-2020 edition against the 2019 data (35 projects, none completed).
test('mid-2020 against the 2019 edition: exact status changes, added projects, changed pages', { timeout: 30_000 }, async () => {
  const world = fsWorld(REPO, { SOURCE_DATE_EPOCH: '1598486400' });
  const against = path.join('test', 'fixtures', 'editions', '2019');
  const { review } = await makeReview(world, DEFAULT_CONFIG, against);
  const e = review.against!.edition!;
  assert.deepEqual(
    e.statusChanges.map((s) => `${s.id}: ${s.from} → ${s.to}`),
    [
      'offre-labellisation: en cours → achevé',
      'plateforme-echanges-confiance: en cours → achevé',
      'doctrine-echanges-donnees: en cours → achevé',
      'cadre-architecture: en cours → achevé',
      'cartographie-metiers: en cours → achevé',
    ],
  );
  assert.deepEqual(e.added.map((p) => `${p.id} (${p.statut})`), ['decision-publique-donnees (nouveau)', 'snap (nouveau)', 'logiciels-libres (nouveau)']);
  assert.deepEqual(e.removed, []);
  assert.deepEqual(e.textChanges.map((t) => t.where), ['programme — édition', 'programme — période', 'content/brochure/bilan.md', 'content/brochure/colophon.md']);
  const period = e.textChanges[1].ops;
  assert.deepEqual(period, [{ op: 'del', text: '2019-2021' }, { op: 'add', text: '2019-2022' }]);

  // Every page's footer names the period (2019-2021 then 2019-2022), so every page differs; the 2019 edition has two
  // pages fewer (three projects fewer, no steering indicator known yet), so the last two are new.
  const pages = review.pages.length;
  assert.equal(pages, 17);
  assert.deepEqual(
    review.pages.map((p) => p.status),
    Array.from({ length: pages }, (_, k) => (k < 15 ? 'changed' : 'added')),
  );
  const changed = review.pages.filter((p) => p.status === 'changed');
  const boxesPerPage = changed.map((p) => p.boxes.length);
  // Beyond the footers: counts, status badges, new cards, the bilan and colophon texts.
  assert.ok(boxesPerPage.every((n) => n >= 1));
  assert.ok(boxesPerPage.reduce((a, b) => a + b) > 2 * changed.length, `${boxesPerPage}`);
  // The footer box sits in the bottom tenth of every page but the cover.
  for (const p of changed.slice(1)) assert.ok(p.boxes.some((b) => b.y > p.current!.height * 0.9), `page ${p.number}`);

  // Stable: a second run finds the same pages and the same boxes.
  const again = await makeReview(world, DEFAULT_CONFIG, against);
  assert.deepEqual(again.review.pages.map((p) => p.boxes), review.pages.map((p) => p.boxes));

  const summary = summariseReview(review).join('\n');
  assert.match(summary, /5 projet\(s\) changent de statut/);
  assert.match(summary, /3 projet\(s\) ajouté\(s\) : decision-publique-donnees, snap, logiciels-libres/);
  assert.match(summary, /17 page\(s\) sur 17 diffèrent : 1, 2, .*, 15, 16 \(nouvelle\), 17 \(nouvelle\)/);
});

test('this edition against itself: nothing changed', { timeout: 30_000 }, async () => {
  const world = fsWorld(REPO, { SOURCE_DATE_EPOCH: '1598486400' });
  const { review } = await makeReview(world, DEFAULT_CONFIG, '.');
  const e = review.against!.edition!;
  assert.deepEqual([e.statusChanges, e.added, e.removed, e.textChanges], [[], [], [], []]);
  assert.deepEqual(review.pages.filter((p) => p.status !== 'same'), []);
});
