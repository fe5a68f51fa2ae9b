// The page check compares a page's title with the title the generated page has: both expand the same values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { editionOutputNames } from '../../src/build.js';
import { loadInputs } from '../../src/load/index.js';
import { buildDocument } from '../../src/model/build.js';
import { siteFacts } from '../../src/sync/index.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';

test('a title with a page-only value (the PDF’s size label) or the changes paragraph is expanded as in the generated page', async () => {
  const config = { ...DEFAULT_CONFIG, edition: 'mi-2021' };
  const inputs = await loadInputs(fsWorld(REPO), config);
  const page = { ...inputs.editorial.page, frontMatter: { ...inputs.editorial.page.frontMatter, title: 'TECH.GOUV ({{ pdf_label }}) : {{ changements }}' } };
  const { counts, values } = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {});
  const built = { inputs: { ...inputs, editorial: { ...inputs.editorial, page } }, counts, values, names: editionOutputNames(config, inputs), pdf: new Uint8Array(282_608) };
  const facts = siteFacts(built, config);
  assert.equal(facts.title, `TECH.GOUV (${facts.values.pdf_label}) : ${facts.values.changements}`);
  assert.match(facts.values.pdf_label, /^pdf – 276\sKo$/);
  assert.doesNotMatch(facts.title!, /\{\{/);
});
