// A value label across the target's dashes reads as the target: the label goes inside its bar, in white.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionRoadmap, layOut } from '../helpers/roadmaps.js';
import { COLORS } from '../../src/layout/styles.js';
import type { PageItem } from '../../src/layout/types.js';

test('mid-2021’s FranceConnect chart: « 28 », just under the 30 million target, is written inside its bar; the other labels above theirs', { timeout: 60_000 }, async () => {
  const roadmap = editionRoadmap('mi-2021');
  const laid = await layOut(roadmap.files, roadmap.edition);
  const page = laid.layout.paged!.pages.find((p) => p.items.some((it) => it.kind === 'text' && it.text === 'environ 17'))!;
  type Text = Extract<PageItem, { kind: 'text' }>;
  type Rect = Extract<PageItem, { kind: 'rect' }>;
  const label = (t: string) => page.items.find((it): it is Text => it.kind === 'text' && it.text === t)!;
  const bars = page.items.filter((it): it is Rect => it.kind === 'rect' && it.fill === COLORS.blueFrance && it.w === 30);
  // Labels are centred on their bar: the nearest bar's centre is the label's bar (slots are wider than any label).
  const barUnder = (t: Text) => bars.reduce((a, r) => (Math.abs(r.x + r.w / 2 - t.x) < Math.abs(a.x + a.w / 2 - t.x) ? r : a));
  const inside = label('28');
  assert.equal(inside.color, COLORS.white);
  const bar = barUnder(inside);
  assert.ok(inside.y > bar.y && inside.y < bar.y + bar.h, 'the label’s baseline is within its bar');
  for (const t of ['environ 10', 'plus de 15', 'environ 17'].map(label)) {
    assert.notEqual(t.color, COLORS.white);
    assert.ok(t.y < barUnder(t).y, `${t.text} above its bar`);
  }
});
