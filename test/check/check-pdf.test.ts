// The checker passes a correctly built PDF and each hand-made bad PDF fails exactly the check it breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPdf } from '../../src/check/check-pdf.js';
import { isLanguageTag } from '../../src/check/checks-language.js';
import { buildSample, type Fault } from './build-sample.js';

const failing = async (fault?: Fault) => (await checkPdf(await buildSample(fault))).filter((r) => !r.ok);

test('a PDF built with pdfkitOptions/applyStandards and full tagging passes every check', async () => {
  const results = await checkPdf(await buildSample());
  assert.ok(results.length >= 20, `only ${results.length} checks ran`);
  assert.deepEqual(results.filter((r) => !r.ok), []);
  assert.equal(new Set(results.map((r) => r.id)).size, results.length, 'check ids are unique');
});

const EXPECTED: [Fault, string, RegExp][] = [
  ['untaggedText', 'content.text', /page 1, opérateur n° \d+ \(TJ\) : hors contenu marqué/],
  ['figureNoAlt', 'structure.figures', /Figure sans texte de remplacement/],
  ['skippedHeading', 'structure.headings', /H1 puis H3/],
  ['noLang', 'catalog.lang', /\/Lang absent/],
  ['noPdfua', 'metadata.pdfua', /pdfuaid:part absent/],
  ['untaggedPath', 'content.graphics', /page 1, opérateur n° \d+ \(f\) : hors contenu marqué/],
  ['linkNoContents', 'annotations.contents', /annotation 1 \(\/Link\) sans \/Contents/],
  ['thNoScope', 'structure.tables', /TH sans \/Scope/],
  ['listItemNoBody', 'structure.lists', /enfant P dans LI/],
  ['badLang', 'structure.lang', /\/Lang « en_GB! » n’est pas une étiquette de langue BCP 47 : Document > Sect > P > Span/],
  ['strayCaption', 'structure.captions', /Caption hors d’une Figure.* : Document > Sect > Caption/],
];

for (const [fault, id, detail] of EXPECTED) {
  test(`${fault} fails ${id} and nothing else`, async () => {
    const failed = await failing(fault);
    assert.deepEqual(failed.map((r) => r.id), [id]);
    assert.ok(failed[0].details?.length, 'a failure names what failed');
    assert.match(failed[0].details![0], detail);
  });
}

test('garbage is rejected by the loader, not reported as passing', async () => {
  await assert.rejects(checkPdf(new TextEncoder().encode('not a pdf at all')));
});

test('isLanguageTag accepts BCP 47 tags and rejects the usual mistakes', () => {
  for (const ok of ['fr', 'fr-FR', 'en-GB', 'de-CH-1996', 'zh-Hant-TW', 'es-419', 'x-klingon', 'sl-rozaj', 'en-US-x-twain']) assert.ok(isLanguageTag(ok), ok);
  for (const bad of ['', 'fr_FR', 'français', 'f', 'en-', 'en--GB', 'en-GB!', '12']) assert.ok(!isLanguageTag(bad), bad);
});
