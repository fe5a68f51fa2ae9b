// The SVG subset parser: shapes, colours, the style cascade, transforms and <use>/<symbol>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseSvg } from '../../src/assets/svg.js';
import type { Matrix } from '../../src/assets/types.js';

const wrap = (body: string, head = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">${head}\n${body}\n</svg>`;
const parse = (text: string) => {
  const r = parseSvg(text, 'assets/t.svg');
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.asset);
  return r.asset;
};
const close = (a: Matrix, b: number[]) => a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) < 1e-9, `${a} ≈ ${b}`));

test('a DSFR pictogram gives one shape per layer, in the DSFR colours', () => {
  const a = parse(readFileSync('assets/pictogrammes/maitrise.svg', 'utf8'));
  assert.deepEqual(a.viewBox, [0, 0, 80, 80]);
  assert.equal(a.shapes.length, 3);
  assert.deepEqual(a.shapes.map((s) => s.fill), ['#ECECFF', '#E1000F', '#000091']);
  for (const s of a.shapes) close(s.transform, [1, 0, 0, 1, 0, 0]);
  // Path data re-serialised: newlines and tabs of the source are gone.
  assert.ok(a.shapes.every((s) => /^M [-\d.]+ [-\d.]+( [A-Za-z]( [-\d.]+)*)*$/.test(s.d)), a.shapes[0].d.slice(0, 80));
});

test('fill-rule is kept per path', () => {
  const a = parse(readFileSync('assets/pictogrammes/mission-talents.svg', 'utf8'));
  assert.equal(a.shapes.length, 4);
  assert.deepEqual(a.shapes.map((s) => s.fillRule), ['nonzero', 'evenodd', 'nonzero', 'nonzero']);
  assert.deepEqual(new Set(a.shapes.map((s) => s.fill)), new Set(['#ECECFF', '#E1000F', '#000091']));
});

test('transforms compose from the root down, in list order', () => {
  const a = parse(wrap('<g transform="translate(10 20)"><g transform="scale(2)"><rect transform="rotate(90)" width="1" height="1"/></g></g>'));
  close(a.shapes[0].transform, [0, 2, -2, 0, 10, 20]);
  const b = parse(wrap('<path transform="translate(5,0) matrix(1 0 0 1 1 1) scale(3 2)" d="M0 0L1 1"/>'));
  close(b.shapes[0].transform, [3, 0, 0, 2, 6, 1]);
  const c = parse(wrap('<path transform="rotate(180 10 10)" d="M0 0L1 1"/>'));
  close(c.shapes[0].transform, [-1, 0, 0, -1, 20, 20]);
});

test('<use> resolves symbols: viewBox fitted into width/height, x/y, paint inherited from the use', () => {
  const a = parse(wrap(
    '<use class="c" href="#s" x="4" y="6" width="20" height="10"/>\n<use xlink:href="#p" fill="#abc" transform="translate(1 1)"/>',
    '<style>.c { fill: #E1000F; }</style><defs><symbol id="s" viewBox="0 0 10 10"><path d="M0 0h10v10z"/></symbol><path id="p" d="M0 0h1v1z"/></defs>',
  ));
  assert.equal(a.shapes.length, 2);
  // scale min(20/10, 10/10) = 1, centred horizontally: (20 - 10) / 2 = 5.
  assert.equal(a.shapes[0].fill, '#E1000F');
  close(a.shapes[0].transform, [1, 0, 0, 1, 9, 6]);
  assert.equal(a.shapes[1].fill, '#AABBCC');
  close(a.shapes[1].transform, [1, 0, 0, 1, 1, 1]);
});

test('symbols and defs are not drawn by themselves; nested uses resolve', () => {
  const a = parse(wrap('<use href="#b"/>', '<symbol id="a"><rect width="1" height="1"/></symbol><symbol id="b"><use href="#a" y="3"/><use href="#a" x="2"/></symbol>'));
  assert.equal(a.shapes.length, 2);
  close(a.shapes[0].transform, [1, 0, 0, 1, 0, 3]);
  close(a.shapes[1].transform, [1, 0, 0, 1, 2, 0]);
});

test('colours normalise to #RRGGBB; cascade is attribute < class < style', () => {
  const a = parse(wrap(
    '<rect width="1" height="1" fill="white"/><rect width="1" height="1" fill="currentColor"/>' +
      '<rect class="k" fill="#000" width="1" height="1"/><rect class="k" style="fill:#0f0" fill="#000" width="1" height="1"/>' +
      '<rect fill="none" stroke="black" stroke-width="2" opacity=".5" width="1" height="1"/><rect fill="none" width="1" height="1"/>',
    '<style>/* brand */ .k { fill: #123456 }</style>',
  ));
  assert.deepEqual(a.shapes.map((s) => s.fill), ['#FFFFFF', '#161616', '#123456', '#00FF00', null]);
  assert.equal(a.shapes[4].stroke, '#000000');
  assert.equal(a.shapes[4].strokeWidth, 2);
  assert.equal(a.shapes[4].opacity, 0.5);
});

test('basic shapes become path data', () => {
  const a = parse(wrap('<rect x="1" y="2" width="3" height="4"/><circle cx="5" cy="5" r="2"/><ellipse cx="0" cy="0" rx="2" ry="1"/>' +
    '<polygon points="0,0 1,0 1,1"/><polyline points="0 0 2 2"/><rect width="4" height="4" rx="1"/><rect width="0" height="3"/>'));
  assert.deepEqual(a.shapes.slice(0, 5).map((s) => s.d), [
    'M 1 2 H 4 V 6 H 1 Z',
    'M 7 5 A 2 2 0 0 1 5 7 A 2 2 0 0 1 3 5 A 2 2 0 0 1 5 3 A 2 2 0 0 1 7 5 Z',
    'M 2 0 A 2 1 0 0 1 0 1 A 2 1 0 0 1 -2 0 A 2 1 0 0 1 0 -1 A 2 1 0 0 1 2 0 Z',
    'M 0 0 L 1 0 L 1 1 Z',
    'M 0 0 L 2 2',
  ]);
  assert.match(a.shapes[5].d, /A 1 1 0 0 1/);
  assert.equal(a.shapes.length, 6, 'a zero-width rect draws nothing');
});

test('compact path data (arc flags, implicit commands, exponents) is spelled out', () => {
  const a = parse(wrap('<path d="M1 1a10.7 10.7 0 01.3-2.2l1e1.5-1 2\n\t3 4zm1,1 2,2"/>'));
  assert.equal(a.shapes[0].d, 'M 1 1 a 10.7 10.7 0 0 1 0.3 -2.2 l 10 0.5 l -1 2 l 3 4 z m 1 1 l 2 2');
  const r = parseSvg(wrap('<path d="M0 0 a1 1 0 2 1 3 3"/>'), 'assets/t.svg');
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['svg-chemin-invalide']);
});

test('width/height stand in for a missing viewBox; bad values are located', () => {
  const a = parse('<svg width="80px" height="40"><path d="M0 0h1"/></svg>');
  assert.deepEqual(a.viewBox, [0, 0, 80, 40]);
  const r = parseSvg(wrap('<rect width="abc" height="1"/>'), 'assets/t.svg');
  assert.equal(r.asset, undefined);
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.pos?.line, d.pos?.column]), [['svg-attribut-invalide', 2, 7]]);
});
