// The load stage's checks of the bytes and of the input languages, at their boundaries: UTF-8 validation agrees with
// the platform's decoder, YAML nesting is refused one level past its limit and not before, and the placeholder names a
// writer may use are exactly those the model and the page fill.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG, outputNames } from '../../src/config.js';
import { decodeSource, invalidUtf8 } from '../../src/load/decode.js';
import { DATA_PLACEHOLDERS, PAGE_PLACEHOLDERS, checkPlaceholders } from '../../src/load/placeholder-syntax.js';
import { loadRoadmap } from '../../src/load/roadmap.js';
import { MAX_YAML_DEPTH, parseYaml } from '../../src/load/yaml-source.js';
import { editionChanges } from '../../src/model/changes.js';
import { countProjets } from '../../src/model/counts.js';
import { dataValues } from '../../src/model/placeholders.js';
import { pageValues } from '../../src/publish/page-values.js';
import { REPO } from '../helpers/project.js';
import { readProject } from '../cli/build-to-layout.js';
import { BuildError } from '../../src/diagnostics.js';
import { loadInputs } from '../../src/load/index.js';
import { fsWorld, memoryWorld } from '../../src/world.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (b: Uint8Array) => {
  try {
    fatal.decode(b);
    return true;
  } catch {
    return false;
  }
};

test('invalidUtf8 finds no bad byte exactly when the platform decoder accepts the bytes', () => {
  const bytes = fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new TextEncoder().encode(s)));
  fc.assert(fc.property(bytes, (b) => (invalidUtf8(b).length === 0) === isUtf8(b)), { numRuns: 2000 });
});

test('a valid file decodes as the platform does (BOM dropped); a Latin-1 one keeps its letters and says where it went wrong', () => {
  const text = '\uFEFFtitre: Préparer l’édition\n';
  assert.equal(decodeSource('f.yaml', new TextEncoder().encode(text)).text, text.slice(1));
  const latin1 = Uint8Array.from([...'a: ok\nb: Préparer\n'].map((c) => c.charCodeAt(0)));
  const { text: read, diagnostics } = decodeSource('f.yaml', latin1);
  assert.equal(read, 'a: ok\nb: Préparer\n');
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.pos]),
    [['encodage-invalide', { file: 'f.yaml', line: 2, column: 6 }]],
  );
});

test('decomposed accents (e + U+0301, as pasted from macOS) are read composed: one glyph of the font, no mark offset to draw', () => {
  const { text, diagnostics } = decodeSource('f.yaml', new TextEncoder().encode('titre: Re\u0301seau de l\u2019E\u0301tat, c\u0327a\n'));
  assert.equal(text, 'titre: Réseau de l’État, ça\n');
  assert.deepEqual(diagnostics, []);
});

test(`YAML nested ${MAX_YAML_DEPTH} levels deep parses; one more is refused before yaml composes it`, () => {
  const nested = (n: number) => `x: ${'['.repeat(n - 1)}1${']'.repeat(n - 1)}\n`;
  assert.deepEqual(parseYaml('f.yaml', nested(MAX_YAML_DEPTH)).diagnostics, []);
  const refused = parseYaml('f.yaml', nested(MAX_YAML_DEPTH + 1));
  assert.deepEqual(refused.diagnostics.map((d) => d.code), ['yaml-trop-imbrique']);
  assert.equal(refused.src.doc.contents, null, 'nothing was composed');
});

test('the names a writer may use are exactly those the data (and, for the page, the built files) give a value', async () => {
  // The latest edition: a publication date, and a previous edition of editions/ (figures, label, id, changes).
  const { data, previous } = await loadRoadmap(fsWorld(REPO, {}), DEFAULT_CONFIG);
  const edition = data?.programme.edition;
  assert.ok(edition?.publication && edition.id !== undefined && edition.precedente?.id !== undefined && previous, 'the latest edition gives every optional value');
  const counts = countProjets(data!, previous);
  const values = dataValues(data!, counts, editionChanges(previous, data!));
  assert.deepEqual(Object.keys(values).sort(), [...DATA_PLACEHOLDERS].sort());
  const names = outputNames(DEFAULT_CONFIG, { id: edition.id, date: edition.date, page: 'page.markdown', latest: true });
  const page = pageValues(values, data!, counts, DEFAULT_CONFIG, names, new Uint8Array(1000));
  assert.deepEqual(Object.keys(page).sort(), [...DATA_PLACEHOLDERS, ...PAGE_PLACEHOLDERS].sort());
});

test('placeholders: closed and known pass (the braces may close on the next line); unknown, empty and unclosed are located', () => {
  const text = 'A {{ projets }} et {{projets}}, {{ acheves\n}}.\nB {{ projet }} puis {{ nouveaux\n\nC {{ }}\n';
  const found = checkPlaceholders('t.md', text, DATA_PLACEHOLDERS).map((d) => [d.code, d.pos!.line, d.pos!.column, d.message.split(' : ')[0]]);
  assert.deepEqual(found, [
    ['placeholder-inconnu', 3, 3, 'variable « {{ projet }} » inconnue dans t.md'],
    ['placeholder-non-ferme', 3, 21, 'variable « {{ nouveaux » non fermée'],
    ['placeholder-inconnu', 5, 3, 'variable « {{ }} » inconnue dans t.md'],
  ]);
});

test('the texts an edition draws from its own data (a data édito, a renamed mission) are checked for glyphs where written', async () => {
  const files = readProject();
  const edit = (file: string, find: string, replace: string) => {
    assert.ok((files[file] as string).includes(find), `${find} in ${file}`);
    files[file] = (files[file] as string).replace(find, replace);
  };
  edit('editions/mi-2021/edition.yaml', 'signataire: Amélie', 'signataire: 🚀 Amélie');
  edit('editions/2019/edition.yaml', 'code_edition: FABRIQUE', 'code_edition: FABRIQUE\n    nom: La fabrique ☂');
  const glyphs = async (edition: string) => {
    try {
      await loadInputs(memoryWorld(files), { ...DEFAULT_CONFIG, edition });
      return [];
    } catch (e) {
      assert.ok(e instanceof BuildError, String(e));
      return e.diagnostics.filter((d) => d.code === 'glyphe-manquant').map((d) => `${d.pos!.file}:${d.pos!.line}:${d.pos!.column} ${d.message.split(' : ')[0]}`);
    }
  };
  assert.deepEqual(await glyphs('mi-2021'), ['editions/mi-2021/edition.yaml:33:15 caractère « 🚀 » (U+1F680) dans le « signataire » de l’édito']);
  // Reported once, at the edition's line, not also at the shared mission it renames.
  assert.deepEqual(await glyphs('2019'), ['editions/2019/edition.yaml:41:22 caractère « ☂ » (U+2602) dans le « nom » de la mission renommée « BETA »']);
});
