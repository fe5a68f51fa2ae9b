// The page-fill rule (issue 16), for every roadmap size the brochure must handle: no page but the cover and the
// contents ends above MIN_FILL of the text area, and a mission continued on a later page brings two rows of cards
// to it — or, when no order of breaks allows that (a one-card mission after a two-row one), its last row there is
// followed by the next mission's opener, never alone on its page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_FILL, pageFill } from '../../src/layout/fill.js';
import { fillRoadmaps, layOut, type LaidOut } from '../helpers/roadmaps.js';

/** Pages exempt from the rule: the cover and the contents; the last page is judged on its own (see below). */
const EXEMPT = new Set([1, 2]);

/** Roadmaps whose missions all split without a lone row (the planner's cost avoids one whenever it can). */
const NO_LONE_ROW = /^(réelle|édition)/;

interface Continuation {
  mission: string;
  page: number;
  /** Rows of its cards on that page (distinct tops). */
  rows: number;
  /** Another mission opens on that page. */
  openerAfter: boolean;
}

/** The pages each mission continues onto (its cards there, its opener on an earlier page). */
function continuations({ document, layout }: LaidOut): Continuation[] {
  const missions = document.sections.flatMap((s) => (s.kind === 'mission' ? [s] : []));
  const out: Continuation[] = [];
  for (const page of layout.paged!.pages) {
    const anchors = new Map(page.items.flatMap((it) => (it.kind === 'anchor' ? [[it.id, it.y] as const] : [])));
    for (const m of missions) {
      const tops = new Set(m.projets.flatMap((p) => (anchors.has(`projet-${p.id}`) ? [Math.round(anchors.get(`projet-${p.id}`)!)] : [])));
      if (tops.size === 0 || anchors.has(m.id)) continue;
      out.push({ mission: m.code, page: page.number, rows: tops.size, openerAfter: missions.some((o) => o !== m && anchors.has(o.id)) });
    }
  }
  return out;
}

for (const roadmap of fillRoadmaps()) {
  test(`page fill, ${roadmap.name}: every page but the cover, the contents and the last reaches ${MIN_FILL * 100} % of the text area; missions split without a lone row`, { timeout: 60_000 }, async () => {
    const laid = await layOut(roadmap.files);
    assert.deepEqual(laid.layout.diagnostics, []);
    const pages = laid.layout.paged!.pages;
    const short = pages
      .filter((p) => !EXEMPT.has(p.number) && p.number < pages.length && pageFill(p) < MIN_FILL)
      .map((p) => `page ${p.number} : ${Math.round(pageFill(p) * 100)} %`);
    assert.deepEqual(short, []);
    const lone = continuations(laid).filter((c) => c.rows < 2);
    assert.deepEqual(lone.filter((c) => !c.openerAfter), [], 'a lone row alone on its page');
    if (NO_LONE_ROW.test(roadmap.name)) assert.deepEqual(lone, []);
  });
}
