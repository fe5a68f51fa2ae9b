// Render reusing the typesetter's shaping (RenderInputs.fonts) must write the very bytes pdfkit's own encoding writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrochure } from '../../src/build.js';
import { fsWorld } from '../../src/world.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { renderPdf } from '../../src/render/index.js';
import { sha256Hex } from '../../src/publish/index.js';
import { pdfStandards } from '../../src/finish/standards.js';

const ROOT = new URL('../../', import.meta.url).pathname;

test('the real brochure renders byte for byte the same with and without the typesetter’s fonts', async () => {
  const built = await buildBrochure(fsWorld(ROOT, { SOURCE_DATE_EPOCH: '1598486400' }), DEFAULT_CONFIG);
  const { paged } = built.layout;
  const base = { fontBytes: built.inputs.fontBytes, assets: built.assets, standards: pdfStandards(paged.meta) };
  const own = await renderPdf(paged, base);
  const shared = await renderPdf(paged, { ...base, fonts: built.inputs.fonts });
  assert.ok(own.length > 10_000);
  assert.equal(await sha256Hex(shared), await sha256Hex(own));
});
