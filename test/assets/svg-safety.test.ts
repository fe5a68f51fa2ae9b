// Each unsafe construct is refused with its own code, at the line and column where it starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSvg, MAX_BYTES, MAX_ELEMENTS } from '../../src/assets/svg.js';

const wrap = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${body}\n</svg>\n`;

function only(text: string, code: string, line: number, column: number) {
  const r = parseSvg(text, 'assets/x.svg');
  assert.equal(r.asset, undefined, 'an unsafe file yields no asset');
  const d = r.diagnostics.find((x) => x.code === code);
  assert.ok(d, `expected ${code}, got ${JSON.stringify(r.diagnostics)}`);
  assert.equal(d.severity, 'error');
  assert.deepEqual(d.pos, { file: 'assets/x.svg', line, column });
  assert.match(d.message, /[éèàôû]|refusé|inconnu/, 'message is French');
  return d;
}

test('<script> is refused where it opens', () => {
  only(wrap('  <script>alert(1)</script>'), 'svg-script', 2, 3);
});

test('<foreignObject> is refused', () => {
  only(wrap('<g>\n    <foreignObject width="1" height="1"></foreignObject></g>'), 'svg-foreign-object', 3, 5);
});

test('event attributes are refused at the attribute', () => {
  only(wrap('<rect onclick="x()" width="1" height="1"/>'), 'svg-evenement', 2, 7);
  only(wrap('<g><path d="M0 0" ONLOAD="x()"/></g>'), 'svg-evenement', 2, 19);
});

test('DOCTYPE and ENTITY declarations are refused', () => {
  only('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "y">]>\n<svg viewBox="0 0 1 1"/>', 'svg-doctype', 2, 1);
  only('<!ENTITY x SYSTEM "file:///etc/passwd">\n<svg viewBox="0 0 1 1"/>', 'svg-entite', 1, 1);
  only(wrap('<title>&xxe;</title>'), 'svg-entite', 2, 8);
});

test('external references are refused: href, xlink:href, url(), <image>, @import', () => {
  only(wrap('<use href="https://example.org/a.svg#x"/>'), 'svg-reference-externe', 2, 6);
  only(wrap('<use xlink:href="file:///etc/passwd"/>'), 'svg-reference-externe', 2, 6);
  only(wrap('<path fill="url(https://example.org/p)" d="M0 0"/>'), 'svg-reference-externe', 2, 7);
  only(wrap('<rect style="fill: url( \'x.svg#g\')" width="1" height="1"/>'), 'svg-reference-externe', 2, 7);
  only(wrap('  <image href="#a" width="1" height="1"/>'), 'svg-reference-externe', 2, 3);
  only(wrap('<style>\n  @import "evil.css";\n</style>'), 'svg-reference-externe', 3, 3);
});

test('an unknown element is an error that names it', () => {
  const d = only(wrap('<g>\n<linearGradient id="g"/></g>'), 'svg-element-inconnu', 3, 1);
  assert.match(d.message, /linearGradient/);
});

test('files over 1 MB or with too many elements are refused', () => {
  only(wrap('<!--' + 'x'.repeat(MAX_BYTES) + '-->'), 'svg-trop-gros', 1, 1);
  only(wrap('<g/>'.repeat(MAX_ELEMENTS)), 'svg-trop-d-elements', 1, 1);
});

test('use cycles and missing ids are reported, not looped on', () => {
  only(wrap('<symbol id="a"><use href="#a"/></symbol>\n<use href="#a"/>'), 'svg-reference-circulaire', 2, 21);
  only(wrap('<use href="#nope"/>'), 'svg-reference-introuvable', 2, 6);
});

test('url(#id) is not an external reference (but paint servers are not drawn)', () => {
  const r = parseSvg(wrap('<path fill="url(#g)" d="M0 0"/>'), 'assets/x.svg');
  assert.ok(!r.diagnostics.some((d) => d.code === 'svg-reference-externe'));
  assert.ok(r.diagnostics.some((d) => d.code === 'svg-style-invalide'));
});

test('a safe file with a harmless unknown attribute parses, with a warning', () => {
  const r = parseSvg(wrap('<rect width="2" height="2" stroke-linecap="round"/>'), 'assets/x.svg');
  assert.ok(r.asset);
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['svg-attribut-ignore', 'warning']]);
});
