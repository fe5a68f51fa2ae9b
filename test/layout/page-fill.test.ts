// The page-fill rule (issue 16), for every roadmap size the brochure must handle: no page but the cover and the
// contents ends above MIN_FILL of the text area, and a mission continued on a later page brings two rows of cards
// to it — or, when no order of breaks allows that (a one-card mission after a two-row one), its last row there is
// followed by the next mission's opener, never alone on its page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_FILL, fillReport } from '../../src/layout/fill.js';
import { BLOC_MARQUE } from '../../src/layout/vectors.js';
import { COLOPHON_ID } from '../../src/layout/sections/cloture.js';
import { fillRoadmaps, layOut, type LaidOut } from '../helpers/roadmaps.js';
import { readProject, type Files } from '../cli/build-to-layout.js';
import { parseDocument } from 'yaml';

/** Roadmaps whose missions all split without a lone row (the planner's cost avoids one whenever it can). */
const NO_LONE_ROW = /^édition/;

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
  test(`page fill, ${roadmap.name}: every page but the cover, the contents and the back page reaches ${MIN_FILL * 100} % of the text area; missions split without a lone row`, { timeout: 60_000 }, async () => {
    const laid = await layOut(roadmap.files, roadmap.edition);
    assert.deepEqual(laid.layout.diagnostics, []);
    // The figures the review sheet draws (npm run review): every page judged, the cover, contents and back page aside.
    const report = fillReport(laid.layout.paged!, laid.document.sections);
    const pages = laid.layout.paged!.pages;
    assert.equal(report.length, pages.length);
    assert.deepEqual(
      report.filter((f) => f.exempt).map((f) => `${f.page} ${f.exempt}`),
      ['1 couverture', '2 sommaire', `${pages.length} dernière page`],
    );
    assert.deepEqual(report.filter((f) => !f.ok).map((f) => `page ${f.page} : ${Math.round(f.fill * 100)} %`), []);
    // The back page is judged by what it holds: the whole colophon, then the bloc-marque at its foot.
    const last = pages[pages.length - 1];
    const colophon = pages.findIndex((p) => p.items.some((it) => it.kind === 'anchor' && it.id === COLOPHON_ID)) + 1;
    assert.equal(colophon, last.number, 'the colophon opens on the last page');
    assert.ok(last.items.some((it) => it.kind === 'vector' && it.asset === BLOC_MARQUE), 'the bloc-marque closes the last page');
    const lone = continuations(laid).filter((c) => c.rows < 2);
    assert.deepEqual(lone.filter((c) => !c.openerAfter), [], 'a lone row alone on its page');
    if (NO_LONE_ROW.test(roadmap.name)) assert.deepEqual(lone, []);
  });
}

const pageOf = (laid: LaidOut, id: string) => laid.layout.paged!.pages.find((p) => p.items.some((it) => it.kind === 'anchor' && it.id === id))!.number;
const failing = (laid: LaidOut) => fillReport(laid.layout.paged!, laid.document.sections).filter((f) => !f.ok).map((f) => f.page);

/** The edition's bilan.md reduced to its front matter: key figures and chart, about half a page. */
function shortBilan(files: Files, edition: string): Files {
  const file = `editions/${edition}/brochure/bilan.md`;
  const bilan = files[file] as string;
  return { ...files, [file]: bilan.slice(0, bilan.indexOf('---', 3) + 4) };
}

for (const [edition, next] of [
  ['mi-2020', 'missions'],
  ['mi-2021', 'changements'],
] as const) {
  test(`a short section is followed on its page by the next one: edition ${edition}, a bilan without text, then « ${next} »`, { timeout: 60_000 }, async () => {
    const laid = await layOut(shortBilan(readProject(), edition), edition);
    assert.equal(pageOf(laid, next), pageOf(laid, 'bilan'), `« ${next} » shares the bilan’s page`);
    assert.deepEqual(failing(laid), []);
  });
}

test('a short édito shares the contents’ page; one too long for it but short of a page is followed by the enjeux', { timeout: 60_000 }, async () => {
  const files = readProject();
  const editionFile = 'editions/mi-2021/edition.yaml';
  // The mid-2021 édito is an illustrative stand-in of three lines.
  const laid = await layOut(files, 'mi-2021');
  assert.equal(pageOf(laid, 'edito'), pageOf(laid, 'sommaire'));
  assert.deepEqual(failing(laid), []);
  // Four times as long: too long for the contents' page, too short for a page of its own.
  const doc = parseDocument(files[editionFile] as string);
  const texte = String(doc.getIn(['edito', 'texte']));
  doc.setIn(['edito', 'texte'], Array(4).fill(texte).join('\n\n'));
  const longer = await layOut({ ...files, [editionFile]: doc.toString() }, 'mi-2021');
  assert.equal(pageOf(longer, 'edito'), pageOf(longer, 'sommaire') + 1);
  assert.equal(pageOf(longer, 'enjeux'), pageOf(longer, 'edito'), 'the enjeux follow the édito on its page');
  assert.deepEqual(failing(longer), []);
});
