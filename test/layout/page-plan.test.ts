// The page planner on made-up heights: breaks and forms chosen for the fill rule, kept blocks, oversized blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planPages, type PlanBlock } from '../../src/layout/page-plan.js';
import { CONTENT } from '../../src/layout/geometry.js';
import { TEXT_AREA_HEIGHT } from '../../src/layout/fill.js';

const H = TEXT_AREA_HEIGHT;
const row = (height: number, run = 'a'): PlanBlock => ({ forms: [{ height, spaceBefore: 10, spaceAfter: 10 }], run });
/** An opener whose full form takes `full` of the page top, with a compact form of `compact` when given. */
const opener = (full: number, compact?: number, run = 'a'): PlanBlock => ({
  forms: [full, ...(compact ? [compact] : [])].map((h, k) => ({ height: h, endAtTop: CONTENT.y + h, spaceBefore: 20, spaceAfter: 20, penalty: k * 0.5 })),
  keepWithNext: true,
  run,
  inFlowPenalty: 1,
});
const shape = (plan: ReturnType<typeof planPages>) => plan.pages.map((p) => p.map((b) => `${b.index}${b.form ? 'c' : ''}${b.atTop ? '' : '↓'}`).join(' '));

test('blocks that fit stay on one page', () => {
  const plan = planPages([opener(0.2 * H), row(0.3 * H), row(0.3 * H)]);
  assert.deepEqual(shape(plan), ['0 1↓ 2↓']);
  assert.equal(plan.underfilled, 0);
});

test('a third row that does not fit: the opener takes its compact form rather than leave a lone row on a page', () => {
  const blocks = [opener(0.3 * H, 0.2 * H), row(0.24 * H), row(0.24 * H), row(0.24 * H)];
  assert.deepEqual(shape(planPages(blocks)), ['0c 1↓ 2↓ 3↓']);
  // Without a compact form, the last page is underfilled and the plan says so.
  const plan = planPages([opener(0.3 * H), ...blocks.slice(1)]);
  assert.deepEqual(shape(plan), ['0 1↓ 2↓', '3']);
  assert.equal(plan.underfilled, 1);
});

test('a short run continues the page it starts on; an opener is never the last block of a page', () => {
  const start = { y: CONTENT.y + 0.4 * H, bottom: CONTENT.y + 0.4 * H };
  const plan = planPages([opener(0.2 * H, undefined, 'b'), row(0.3 * H, 'b')], start);
  assert.equal(plan.continuesStart, true);
  assert.deepEqual(shape(plan), ['0↓ 1↓']);
  for (const page of planPages([row(0.5 * H), opener(0.2 * H, undefined, 'b'), row(0.4 * H, 'b'), row(0.4 * H, 'b')]).pages) {
    assert.equal(page[page.length - 1].index === 1, false, 'the opener ends no page');
  }
});

test('two missions whose rows cannot fill their own pages share one, the second opener mid-page', () => {
  const blocks = [opener(0.2 * H, undefined, 'a'), row(0.3 * H, 'a'), opener(0.2 * H, undefined, 'b'), row(0.2 * H, 'b')];
  const plan = planPages(blocks);
  assert.deepEqual(shape(plan), ['0 1↓ 2↓ 3↓']);
  assert.equal(plan.underfilled, 0);
});

test('a block taller than a page gets a page of its own and the plan ends', () => {
  const plan = planPages([row(0.5 * H), row(1.4 * H), row(0.7 * H)]);
  assert.deepEqual(plan.pages.map((p) => p.map((b) => b.index)), [[0], [1], [2]]);
});
