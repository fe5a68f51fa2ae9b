// Small pieces of the loader: nearest-word hints, ISO dates, asset paths, font formats, the code frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { formatWithFrame } from '../../src/diagnostics-format.js';
import { resolveAssetPath } from '../../src/load/assets.js';
import { checkIsoDate } from '../../src/load/dates.js';
import { loadFonts, sniffFontFormat } from '../../src/load/fonts.js';
import { didYouMean, editDistance, listFr } from '../../src/load/suggest.js';
import { memoryWorld } from '../../src/world.js';

test('edit distance counts a transposition as one edit', () => {
  assert.equal(editDistance('statu', 'statut'), 1);
  assert.equal(editDistance('IDNUN', 'IDNUM'), 1);
  assert.equal(editDistance('LABLE', 'LABEL'), 1);
  assert.equal(editDistance('abc', 'xyz'), 3);
});

test('hints: accents and case are not typos; far words get no hint', () => {
  assert.equal(didYouMean('acheve', ['achevé', 'en cours', 'nouveau']), 'vouliez-vous dire « achevé » ?');
  assert.equal(didYouMean('en-cours', ['achevé', 'en cours', 'nouveau']), 'vouliez-vous dire « en cours » ?');
  assert.equal(didYouMean('terminé', ['achevé', 'en cours', 'nouveau']), undefined);
  assert.equal(listFr(['a', 'b', 'c']), '« a », « b » ou « c »');
});

test('ISO dates: real days only', () => {
  assert.equal(checkIsoDate('2020-08-27'), undefined);
  assert.equal(checkIsoDate('2020-02-29'), undefined);
  assert.equal(checkIsoDate('2019-02-29'), 'jour');
  assert.equal(checkIsoDate('2020-02-30'), 'jour');
  assert.equal(checkIsoDate('2020-13-01'), 'jour');
  assert.equal(checkIsoDate('27/08/2020'), 'format');
});

const pos = { file: 'data/enjeux.yaml', line: 3, column: 18 };

test('asset paths: relative, inside assets/, existing, not a link out', async () => {
  const world = memoryWorld({ 'assets/p/a.svg': '<svg/>' });
  assert.deepEqual(await resolveAssetPath(world, DEFAULT_CONFIG, 'p/a.svg', pos), { file: 'assets/p/a.svg', diagnostics: [] });
  assert.deepEqual(await resolveAssetPath(world, DEFAULT_CONFIG, './p//a.svg', pos), { file: 'assets/p/a.svg', diagnostics: [] });
  const code = async (rel: string, w = world) => (await resolveAssetPath(w, DEFAULT_CONFIG, rel, pos)).diagnostics.map((d) => d.code);
  assert.deepEqual(await code('../p/a.svg'), ['chemin-interdit']);
  assert.deepEqual(await code('p/../../x.svg'), ['chemin-interdit']);
  assert.deepEqual(await code('/abs/a.svg'), ['chemin-absolu']);
  assert.deepEqual(await code('C:\\a.svg'), ['chemin-absolu']);
  assert.deepEqual(await code('p/b.svg'), ['fichier-manquant']);
  const linked = Object.assign(memoryWorld({ 'assets/p/a.svg': '<svg/>' }), {
    realPath: async (rel: string) => (rel === 'assets/p/a.svg' ? '/etc/secret' : `/proj/${rel}`),
  });
  assert.deepEqual(await code('p/a.svg', linked), ['chemin-interdit']);
});

test('font formats are sniffed from the bytes', () => {
  const b = (s: string) => new TextEncoder().encode(s);
  assert.equal(sniffFontFormat(new Uint8Array([0, 1, 0, 0, 9])), 'ttf');
  assert.equal(sniffFontFormat(b('OTTO....')), 'otf');
  assert.equal(sniffFontFormat(b('wOF2....')), 'woff2');
  assert.equal(sniffFontFormat(b('wOFF....')), 'woff');
  assert.equal(sniffFontFormat(b('<html>')), 'inconnu');
});

test('a WOFF2 standing in for a missing TTF is named, with the reason', async () => {
  const { diagnostics } = await loadFonts(memoryWorld({ 'fonts/Marianne-Bold.woff2': 'wOF2' }), DEFAULT_CONFIG);
  const woff = diagnostics.find((d) => d.pos?.file === 'fonts/Marianne-Bold.woff2');
  assert.equal(woff?.code, 'police-format');
  assert.match(woff!.message, /15 fois/);
  assert.equal(diagnostics.filter((d) => d.code === 'police-manquante').length, 9);
});

test('code frame: source line and carets under the value', () => {
  const src = 'projets:\n  - id: x\n    statut: en-cours\n';
  const out = formatWithFrame(
    { severity: 'error', code: 'schema-enum', pos: { file: 'data/projets.yaml', line: 3, column: 13 }, message: 'statut « en-cours » inconnu', hint: 'vouliez-vous dire « en cours » ?' },
    src,
  );
  assert.equal(
    out,
    [
      'data/projets.yaml:3:13  erreur [schema-enum] statut « en-cours » inconnu (vouliez-vous dire « en cours » ?)',
      '  |',
      '3 |     statut: en-cours',
      '  |             ^^^^^^^^',
    ].join('\n'),
  );
  assert.equal(formatWithFrame({ severity: 'warning', code: 'x', message: 'm' }, src), '(sans emplacement)  avertissement [x] m');
});
