// The load kept between runs: used only while no input, font, folder or code changed, and only for successful loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBrochure } from '../../src/build.js';
import { BuildError } from '../../src/diagnostics.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { sha256Hex } from '../../src/publish/index.js';
import { copyProject } from '../helpers/project.js';
import { openCacheText, sealCacheText } from '../../src/build-cache/index.js';

const root = copyProject();
const world = fsWorld(root, { SOURCE_DATE_EPOCH: '1598486400' });
const dir = mkdtempSync(path.join(tmpdir(), 'load-cache-'));
const cache = { dir, codeId: 'test-build' };
const cacheFile = path.join(dir, 'load.json');
const edit = (rel: string, from: string, to: string) => {
  const file = path.join(root, rel);
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${rel} contains « ${from} »`);
  writeFileSync(file, text.replace(from, to));
};
/** Marks the kept load so that a build which used it shows it (a project title no input file has). */
const tamper = () => {
  const kept = JSON.parse(openCacheText(readFileSync(cacheFile, 'utf8'))!);
  kept.data.projets[0].titre = 'Titre venu du cache';
  writeFileSync(cacheFile, sealCacheText(JSON.stringify(kept)));
};
const firstTitle = (b: Awaited<ReturnType<typeof buildBrochure>>) => b.inputs.data.projets[0].titre;

test('a second build takes the kept load; the same PDF, the same warnings and sources', async () => {
  const plain = await buildBrochure(world, DEFAULT_CONFIG);
  const first = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
  const second = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
  assert.equal(await sha256Hex(first.pdf), await sha256Hex(plain.pdf));
  assert.equal(await sha256Hex(second.pdf), await sha256Hex(plain.pdf));
  assert.deepEqual(second.inputs.data, plain.inputs.data);
  assert.deepEqual(second.inputs.editorial, plain.inputs.editorial);
  assert.deepEqual([...second.inputs.sources], [...plain.inputs.sources]);
  assert.deepEqual(second.diagnostics, plain.diagnostics);
  tamper();
  assert.equal(firstTitle(await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache })), 'Titre venu du cache', 'the kept load was used');
  // Another --out changes nothing the loaders read.
  assert.equal(firstTitle(await buildBrochure(world, { ...DEFAULT_CONFIG, outDir: 'ailleurs' }, undefined, { cache })), 'Titre venu du cache');
});

test('any change of a data, content or asset file, or of the code, loads again', async () => {
  for (const [rel, from, to] of [
    ['editions/mi-2021/projets.yaml', 'porteur: DINUM', 'porteur:  DINUM'],
    // The previous edition's data (its figures, what changed since) and the shared texts are inputs too.
    ['editions/mi-2020/projets.yaml', 'porteur: DINUM', 'porteur:  DINUM'],
    ['editions/mi-2021/brochure/gouvernance.md', 'TECH.GOUV', 'TECH.GOUV '],
    ['content/brochure/enjeux.md', 'TECH.GOUV', 'TECH.GOUV '],
    ['assets/pictogrammes/inclusion.svg', '</svg>', '</svg>\n'],
  ] as const) {
    await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
    tamper();
    edit(rel, from, to);
    assert.notEqual(firstTitle(await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache })), 'Titre venu du cache', rel);
  }
  tamper();
  assert.notEqual(firstTitle(await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: { dir, codeId: 'other-build' } })), 'Titre venu du cache');
});

test('an input error is found by the real loaders even right after a kept load', async () => {
  await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
  edit('editions/mi-2021/projets.yaml', 'statut: achevé', 'statut: fini');
  await assert.rejects(buildBrochure(world, DEFAULT_CONFIG, undefined, { cache }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.ok(e.diagnostics.some((d) => d.code === 'schema-enum' && d.pos?.file === 'editions/mi-2021/projets.yaml' && d.pos.line > 1), JSON.stringify(e.diagnostics));
    return true;
  });
  edit('editions/mi-2021/projets.yaml', 'statut: fini', 'statut: achevé');
});

test('SVG parses are kept by path and text: a kept parse is used, an edited file is parsed again', async () => {
  const svgDir = mkdtempSync(path.join(tmpdir(), 'svg-cache-'));
  const svgCache = { dir: svgDir, codeId: 'test-build' };
  const plain = await buildBrochure(world, DEFAULT_CONFIG);
  const first = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: svgCache });
  assert.deepEqual([...first.assets], [...plain.assets]);
  const file = path.join(svgDir, 'svg.json');
  const kept = JSON.parse(openCacheText(readFileSync(file, 'utf8'))!);
  assert.equal(Object.keys(kept.parses).length, plain.assets.size);
  for (const p of Object.values(kept.parses) as { asset: { viewBox: number[] } }[]) p.asset.viewBox = [0, 0, 1, 1];
  writeFileSync(file, sealCacheText(JSON.stringify(kept)));
  const fromFile = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: svgCache });
  assert.ok([...fromFile.assets.values()].every((a) => a.viewBox.join() === '0,0,1,1'), 'the kept parses were used');
  edit('assets/pictogrammes/inclusion.svg', '</svg>', '</svg>\n\n');
  const edited = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: svgCache });
  const inclusion = [...edited.assets.values()].find((a) => a.file.endsWith('inclusion.svg'))!;
  assert.notEqual(inclusion.viewBox.join(), '0,0,1,1');
  // The file keeps the parses in use, not every version of the edited asset.
  const after = JSON.parse(openCacheText(readFileSync(file, 'utf8'))!);
  assert.equal(Object.keys(after.parses).length, edited.assets.size);
});

test('a pictogram that became a link leaving assets/ is refused even when every listed file is unchanged', async () => {
  const { symlinkSync, rmSync, copyFileSync, mkdirSync } = await import('node:fs');
  const linkRoot = copyProject();
  const linkWorld = fsWorld(linkRoot, { SOURCE_DATE_EPOCH: '1598486400' });
  const linkCache = { dir: mkdtempSync(path.join(tmpdir(), 'load-link-')), codeId: 'test-build' };
  const picto = path.join(linkRoot, 'assets/pictogrammes/inclusion.svg');
  const inside = path.join(linkRoot, 'assets/inclusion-original.svg');
  copyFileSync(picto, inside);
  rmSync(picto);
  symlinkSync(inside, picto);
  await buildBrochure(linkWorld, DEFAULT_CONFIG, undefined, { cache: linkCache });
  const outside = path.join(mkdtempSync(path.join(tmpdir(), 'outside-')), 'evil.svg');
  mkdirSync(path.dirname(outside), { recursive: true });
  copyFileSync(inside, outside);
  rmSync(picto);
  symlinkSync(outside, picto);
  await assert.rejects(buildBrochure(linkWorld, DEFAULT_CONFIG, undefined, { cache: linkCache }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.ok(e.diagnostics.some((d) => d.code === 'chemin-interdit' && d.pos?.file.startsWith('data/') && d.pos.line > 1), JSON.stringify(e.diagnostics));
    return true;
  });
});
