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

test('the status chart: a bar of several statuses labels each part and its total; a bar of one status, its total alone', { timeout: 60_000 }, async () => {
  const roadmap = editionRoadmap('mi-2020');
  const laid = await layOut(roadmap.files, roadmap.edition);
  const bilan = laid.document.sections.find((s) => s.kind === 'bilan')!;
  assert.ok(bilan.kind === 'bilan');
  const page = laid.layout.paged!.pages.find((p) => p.items.some((it) => it.kind === 'text' && it.text.startsWith('Statut des')))!;
  const texts = page.items.filter((it): it is Extract<PageItem, { kind: 'text' }> => it.kind === 'text');
  for (const row of bilan.chart.rows) {
    const code = texts.find((t) => t.text === row.code)!;
    // The row's numbers: text items on the code's line (same baseline within a point), right of the code.
    const numbers = texts.filter((t) => t !== code && Math.abs(t.y - code.y) < 1.5 && /^\d+$/.test(t.text)).map((t) => Number(t.text));
    const parts = Object.values(row.parStatut).filter((n) => n > 0);
    assert.deepEqual(numbers, parts.length > 1 ? [...parts, row.total] : [row.total], row.code);
  }
});
