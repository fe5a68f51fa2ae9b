// Each file's last YAML parse is reused only for the very same text (and error code): an edit is always parsed anew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../src/load/yaml-source.js';

test('the same file and text give the parse already made; another text, file or code, a new one', () => {
  const a = parseYaml('data/x.yaml', 'projets:\n  - id: a\n');
  assert.equal(parseYaml('data/x.yaml', 'projets:\n  - id: a\n'), a);
  const edited = parseYaml('data/x.yaml', 'projets:\n  - id: b\n');
  assert.notEqual(edited, a);
  assert.deepEqual(edited.src.doc.toJS(), { projets: [{ id: 'b' }] });
  // The old text again after an edit: parsed again, never a stale document.
  assert.deepEqual(parseYaml('data/x.yaml', 'projets:\n  - id: a\n').src.doc.toJS(), { projets: [{ id: 'a' }] });
  assert.notEqual(parseYaml('data/y.yaml', 'projets:\n  - id: a\n'), a);
  const bad = 'projets: [a\n';
  assert.equal(parseYaml('data/x.yaml', bad).diagnostics[0].code, 'yaml-syntax');
  assert.equal(parseYaml('data/x.yaml', bad, 'config-syntaxe').diagnostics[0].code, 'config-syntaxe');
});
