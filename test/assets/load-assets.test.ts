// Loading assets through the World: path safety, missing files, and every committed asset parsing cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fsWorld, memoryWorld } from '../../src/world.js';
import { loadVectorAssets } from '../../src/assets/load-assets.js';

const PICTO = '<svg viewBox="0 0 80 80"><rect width="8" height="8" fill="#000091"/></svg>';

test('paths are relative to assets/, must not leave it, and must exist', async () => {
  const world = memoryWorld({ 'assets/pictogrammes/a.svg': PICTO, 'secret.svg': PICTO });
  const dotted = await loadVectorAssets(world, ['./pictogrammes/./a.svg']);
  assert.deepEqual([[...dotted.assets.keys()], dotted.diagnostics], [['./pictogrammes/./a.svg'], []], 'the data loader accepts « . » segments: so does this');
  const r = await loadVectorAssets(world, ['pictogrammes/a.svg', '../secret.svg', '/etc/passwd.svg', 'pictogrammes/../../secret.svg', 'pictogrammes/b.svg', 'pictogrammes/a.svg']);
  assert.deepEqual([...r.assets.keys()], ['pictogrammes/a.svg']);
  assert.equal(r.assets.get('pictogrammes/a.svg')?.file, 'pictogrammes/a.svg');
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.pos?.file]), [
    ['chemin-interdit', 'assets/../secret.svg'],
    ['chemin-interdit', 'assets//etc/passwd.svg'],
    ['chemin-interdit', 'assets/pictogrammes/../../secret.svg'],
    ['image-introuvable', 'assets/pictogrammes/b.svg'],
  ]);
});

test('parse errors are located at the project-relative path', async () => {
  const world = memoryWorld({ 'assets/x.svg': '<svg viewBox="0 0 1 1">\n<script/></svg>' });
  const r = await loadVectorAssets(world, ['x.svg']);
  assert.equal(r.assets.size, 0);
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.pos]), [['svg-script', { file: 'assets/x.svg', line: 2, column: 1 }]]);
});

test('every committed asset parses with no diagnostic', async () => {
  const world = fsWorld(process.cwd());
  const files = (await world.list('assets', '.svg')).map((f) => f.slice('assets/'.length));
  assert.ok(files.length >= 15, `found ${files.length} SVG files`);
  const r = await loadVectorAssets(world, files);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.assets.size, files.length);
  for (const [file, a] of r.assets) {
    assert.ok(a.shapes.length > 0, `${file} draws something`);
    if (file.startsWith('pictogrammes/')) assert.deepEqual(a.viewBox, [0, 0, 80, 80], file);
  }
  const bloc = r.assets.get('bloc-marque.svg');
  assert.ok(bloc);
  assert.deepEqual(new Set(bloc.shapes.map((s) => s.fill)), new Set(['#000091', '#E1000F', '#FFFFFF', '#808080', '#000000']));
  // Symbol band, two lines of outlined text, the motto: no <text>, and the words are real outlines.
  assert.doesNotMatch(readFileSync('assets/bloc-marque.svg', 'utf8'), /<text/);
  assert.ok(bloc.shapes.filter((s) => s.fill === '#000000').length > 20);
});

test('every pictogram the data names exists and parses', async () => {
  const names = ['data/enjeux.yaml', 'data/missions.yaml'].flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/^\s*pictogramme:\s*(\S+)\s*$/gm)].map((m) => m[1]),
  );
  assert.ok(names.length >= 14, `found ${names.length} pictogramme entries`);
  const r = await loadVectorAssets(fsWorld(process.cwd()), names);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.assets.size, new Set(names).size);
});
