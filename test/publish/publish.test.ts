import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuildError } from '../../src/diagnostics.js';
import { countProjets } from '../../src/model/counts.js';
import { dataValues } from '../../src/model/placeholders.js';
import { publish, type PublishInput } from '../../src/publish/publish.js';
import { publishedNames } from '../../src/publish/manifest.js';
import { makeTestPdf, SITE_FRONT_MATTER, testConfig, testData, testNames, testPage } from './fixtures.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PAGE = `---\n${SITE_FRONT_MATTER}\n---\n[![{{ vignette_alt }}]({{ vignette_url }})]({{ pdf_url }} "{{ pdf_label }}")\n{{ projets }} projets.\n`;
const PAGE_LINES = PAGE.split('\n').length - 1;

async function input(outDir: string, source = PAGE): Promise<PublishInput> {
  const data = testData();
  const counts = countProjets(data);
  return {
    pdf: await makeTestPdf(),
    pages: 2,
    title: 'Test',
    data,
    counts,
    values: dataValues(data, counts),
    names: testNames(),
    page: testPage(source),
    config: testConfig(),
    outDir,
  };
}

test('publish writes the PDF, two thumbnails, the une, the page and a manifest whose hashes match the files', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-e2e-'));
  const t = performance.now();
  const summary = await publish(await input(out));
  console.log(`publish (2-page test PDF): ${(performance.now() - t).toFixed(0)} ms`);
  const names = summary.files.map((f) => f.path);
  assert.deepEqual(names, [
    '20200827_Plaquette_Techgouv_DINUM.pdf',
    'capture-plaquette-TECH-couv.png',
    'capture-plaquette-TECH-couv@2x.png',
    '20200827_Publication_TECHGOUV_une.jpg',
    testNames().page,
    'manifest.json',
  ]);
  // What --check takes for the published files (sync/facts.ts) is what publish writes, in the same order.
  assert.deepEqual(names, publishedNames(testNames()));
  assert.deepEqual((await fs.readdir(out)).sort(), [...names].sort());
  for (const f of summary.files) {
    const onDisk = await fs.readFile(path.join(out, f.path));
    assert.equal(onDisk.length, f.bytes, f.path);
    assert.equal(sha(onDisk), f.sha256, f.path);
  }
  const manifest = JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'));
  for (const entry of [manifest.pdf, ...manifest.thumbnails, manifest.une, manifest.page]) {
    assert.equal(sha(await fs.readFile(path.join(out, entry.path))), entry.sha256, entry.path);
  }
  assert.equal(manifest.pdf.pages, 2);
  const page = await fs.readFile(path.join(out, testNames().page), 'utf8');
  assert.ok(page.includes('](/uploads/capture-plaquette-TECH-couv.png)](/uploads/20200827_Plaquette_Techgouv_DINUM.pdf "pdf – '));
  assert.ok(page.includes('\n38 projets.\n'));
  assert.equal(summary.pages, 2);
  assert.deepEqual(summary.diagnostics, []);
  await fs.rm(out, { recursive: true });
});

test('publishing twice gives the same bytes', async () => {
  const a = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-e2e-'));
  const b = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-e2e-'));
  const sa = await publish(await input(a));
  const sb = await publish(await input(b));
  assert.deepEqual(sa.files, sb.files);
  await fs.rm(a, { recursive: true });
  await fs.rm(b, { recursive: true });
});

test('an unknown placeholder fails the publication before out/ is touched', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-e2e-'));
  await fs.writeFile(path.join(out, 'manifest.json'), 'old');
  await assert.rejects(publish(await input(out, PAGE + '{{ pdf_taille }}\n')), (err: unknown) => {
    assert.ok(err instanceof BuildError);
    assert.equal(err.diagnostics[0].code, 'placeholder-inconnu');
    assert.deepEqual(err.diagnostics[0].pos, { file: 'content/page/test.markdown', line: PAGE_LINES + 1, column: 1 });
    return true;
  });
  assert.deepEqual(await fs.readdir(out), ['manifest.json']);
  assert.equal(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'), 'old');
  await fs.rm(out, { recursive: true });
});

test('a page that is not a drop-in publication for the site (no layout, another une) fails before out/ is touched', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-e2e-'));
  const page = PAGE.replace('layout: rgaa\n', '').replace('  image: "{{ une_url }}"', '  image: "/uploads/Publication_TECHGOUV_une.jpg"');
  await assert.rejects(publish(await input(out, page)), (err: unknown) => {
    assert.ok(err instanceof BuildError);
    assert.deepEqual(
      err.diagnostics.map((d) => [d.code, d.pos?.line, d.message.split(' : ')[0]]),
      [
        ['page-en-tete', 14, 'champ « layout » absent de l’en-tête de la page'],
        ['page-en-tete', 12, 'l’image de « une » est « /uploads/Publication_TECHGOUV_une.jpg »'],
      ],
    );
    return true;
  });
  assert.deepEqual(await fs.readdir(out), []);
  await fs.rm(out, { recursive: true });
});
