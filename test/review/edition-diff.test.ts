import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPO } from '../helpers/project.js';
import { fsWorld } from '../../src/world.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { makeReview } from '../../src/review/review.js';
import { summariseReview } from '../../src/review/summary.js';

const MI_2020 = { ...DEFAULT_CONFIG, edition: 'mi-2020' };

// The worked example of README and docs/review.md: the mid-2020 edition against the 2019 edition, by its id.
test('mid-2020 against the 2019 edition: exact status changes, added projects, renamed mission, changed pages', { timeout: 300_000 }, async () => {
  const world = fsWorld(REPO, { SOURCE_DATE_EPOCH: '1598486400' });
  const against = '2019';
  const { review } = await makeReview(world, MI_2020, against);
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
  assert.deepEqual(e.missionsRenommees.map((m) => `${m.before.code} → ${m.after.code}`), ['FABRIQUE → BETA']);
  const where = e.textChanges.map((t) => t.where);
  assert.deepEqual(where.slice(0, 2), ['programme — édition', 'programme — période']);
  assert.deepEqual(where.filter((w) => !w.startsWith('projet ')).slice(2), ['editions/mi-2020/brochure/bilan.md', 'content/brochure/colophon.md', 'editions/mi-2020/brochure/gouvernance.md']);
  const period = e.textChanges[1].ops;
  assert.deepEqual(period, [{ op: 'del', text: '2019-2021' }, { op: 'add', text: '2019-2022' }]);

  // Every page's footer names the period (2019-2021 then 2019-2022), so every page differs; 2019 has two pages fewer
  // (three projects fewer, and its short illustrative édito shares the contents' page).
  const changed = review.pages.filter((p) => p.status !== 'same').map((p) => `${p.number}${p.status === 'added' ? '+' : ''}`);
  assert.deepEqual(changed, [...Array.from({ length: 15 }, (_, k) => `${k + 1}`), '16+', '17+']);
  const boxesPerPage = review.pages.map((p) => p.boxes.length);
  // Beyond the footers: counts, status badges, new cards, the bilan and colophon texts.
  assert.ok(boxesPerPage.every((n) => n >= 1));
  assert.ok(boxesPerPage.reduce((a, b) => a + b) > 2 * changed.length, `${boxesPerPage}`);
  // The footer box sits in the bottom tenth of every page but the cover.
  for (const p of review.pages.slice(1).filter((x) => x.status === 'changed')) assert.ok(p.boxes.some((b) => b.y > p.current!.height * 0.9), `page ${p.number}`);

  // That a second run finds the same boxes needs no second run (two more builds and 36 pages rendered): the builds
  // are byte-identical (test/reproducible), the boxes a pure function of the pixels, and the test below shows two
  // separate builds rendering to identical pixels.

  const summary = summariseReview(review).join('\n');
  assert.match(summary, /5 projet\(s\) changent de statut/);
  assert.match(summary, /3 projet\(s\) ajouté\(s\) : decision-publique-donnees, snap, logiciels-libres/);
  assert.match(summary, /mission renommée : FABRIQUE → BETA/);
  assert.match(summary, /17 page\(s\) sur 17 diffèrent : 1, 2, .*, 15, 16 \(nouvelle\), 17 \(nouvelle\)/);
});

test('this edition against itself: nothing changed', { timeout: 300_000 }, async () => {
  const world = fsWorld(REPO, { SOURCE_DATE_EPOCH: '1598486400' });
  const { review } = await makeReview(world, DEFAULT_CONFIG, '.');
  const e = review.against!.edition!;
  assert.deepEqual([e.statusChanges, e.added, e.removed, e.textChanges], [[], [], [], []]);
  assert.deepEqual(review.pages.filter((p) => p.status !== 'same'), []);
});

test('mid-2021 against mid-2020, named by id: the status changes and new projects of the published figures', { timeout: 300_000 }, async () => {
  const world = fsWorld(REPO, { SOURCE_DATE_EPOCH: '1631577600' });
  const { review } = await makeReview(world, DEFAULT_CONFIG, 'mi-2020');
  const e = review.against!.edition!;
  assert.equal(review.against!.label, 'l’édition mi-2020');
  assert.equal(e.statusChanges.filter((s) => s.to === 'achevé').length, 4, 'completed since: 9 - 5');
  assert.deepEqual(e.statusChanges.filter((s) => s.to === 'à achever').map((s) => s.id), ['supervision-commune']);
  assert.deepEqual(e.statusChanges.filter((s) => s.from === 'nouveau').map((s) => s.id).sort(), ['decision-publique-donnees', 'logiciels-libres', 'snap']);
  assert.equal(e.added.length, 5);
  assert.deepEqual(e.removed, []);
  assert.deepEqual(e.missionsRenommees, []);
});
