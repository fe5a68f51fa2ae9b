import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureText, typesetParagraph } from '../../src/typeset/typeset-paragraph.js';
import { buildItems } from '../../src/typeset/items.js';
import type { Line, ParagraphSpec, StyledRun } from '../../src/typeset/types.js';
import { body, loadFonts, styled } from './fonts.js';

const fonts = loadFonts();
const para = (runs: StyledRun[], width: number, extra: Partial<ParagraphSpec> = {}): ParagraphSpec => ({
  runs, width, align: 'justify', hyphenate: true, ...extra,
});
const lineText = (l: { fragments: { text: string }[] }) => l.fragments.map((f) => f.text).join('');
/** What lies inside the column: a justified line's width less what hangs into the margins. */
const inside = (l: Line) => l.width - (l.hang?.left ?? 0) - (l.hang?.right ?? 0);

test('an empty paragraph gives no lines', () => {
  assert.deepEqual(typesetParagraph(para([], 240), fonts), { lines: [], height: 0 });
  assert.equal(typesetParagraph(para([{ text: '   ', style: body }], 240), fonts).lines.length, 0);
});

test('a one-word paragraph is one natural-width line', () => {
  const set = typesetParagraph(para([{ text: 'Bonjour', style: body }], 240), fonts);
  assert.equal(set.lines.length, 1);
  assert.ok(Number.isNaN(set.lines[0].ratio));
  assert.ok(Math.abs(set.lines[0].width - measureText('Bonjour', body, fonts)) < 1e-9);
  assert.equal(set.height, 14);
  assert.ok(Math.abs(set.lines[0].ascent - 11) < 1e-9); // Marianne ascent 1100/1000 at 10 pt
});

test('a word longer than the column is cut so that no line is overfull', () => {
  const word = 'anticonstitutionnellement'.repeat(3);
  const set = typesetParagraph(para([{ text: `Le mot ${word} est long.`, style: body }], 80), fonts);
  assert.ok(set.lines.length >= 4);
  for (const l of set.lines) {
    assert.equal(l.overfull, false);
    assert.ok(inside(l) <= 80 + 1e-6);
  }
  assert.ok(set.lines.map(lineText).join('').replace(/-/g, '').includes(word));
});

test('a URL too long for the column breaks after a slash', () => {
  const url = 'https://www.numerique.gouv.fr/publications/feuille-de-route-tech-gouv/annexes';
  const set = typesetParagraph(para([{ text: 'Voir ', style: body }, { text: url, style: body, verbatim: true, href: url }], 150), fonts);
  assert.ok(set.lines.every((l) => !l.overfull && inside(l) <= 150 + 1e-6));
  const urlLines = set.lines.map((l) => l.fragments.filter((f) => f.href).map((f) => f.text).join('')).filter(Boolean);
  assert.equal(urlLines.join(''), url);
  for (const part of urlLines.slice(0, -1)) assert.match(part, /[/.\-]$/);
});

test('a single character wider than the column is the only overfull case', () => {
  const set = typesetParagraph(para([{ text: 'W', style: { ...body, size: 40 } }], 10), fonts);
  assert.equal(set.lines.length, 1);
  assert.equal(set.lines[0].overfull, true);
});

test('a number and its unit are never split', () => {
  for (let width = 80; width <= 200; width += 3) {
    const set = typesetParagraph(para([{ text: 'Au total 38 projets et 2 500 réunions ont eu lieu.', style: body }], width), fonts);
    for (const l of set.lines) {
      const t = lineText(l);
      assert.ok(!/(^|\s)(38|2|2\u202F500)$/.test(t), `width ${width}: «${t}»`);
      assert.ok(!/^(projets|500|réunions)/.test(t), `width ${width}: «${t}»`);
    }
  }
  const narrow = typesetParagraph(para([{ text: '38 projets', style: body }], 60, { align: 'left' }), fonts);
  assert.equal(narrow.lines.length, 1);
  assert.equal(lineText(narrow.lines[0]), '38\u00A0projets');
});

test('mixed bold and italic runs: fragments carry their fonts and x positions add up', () => {
  const runs: StyledRun[] = [
    { text: 'La stratégie repose sur ', style: body },
    { text: 'six enjeux majeurs', style: styled('bold') },
    { text: ' et sur une ', style: body },
    { text: 'méthode agile', style: styled('italic') },
    { text: ', partagée par tous les ministères et leurs opérateurs publics.', style: body },
  ];
  const set = typesetParagraph(para(runs, 180), fonts);
  assert.ok(set.lines.length >= 3);
  const fontsUsed = new Set(set.lines.flatMap((l) => l.fragments.map((f) => f.style.font)));
  assert.deepEqual([...fontsUsed].sort(), ['bold', 'italic', 'regular']);
  for (const l of set.lines) {
    let x = l.fragments[0].x;
    for (const f of l.fragments) {
      assert.ok(Math.abs(f.x - x) < 1e-9);
      // Glyphs scaled by the line's expansion, letter-spacing (in the style's tracking) and the word spaces' extra.
      const spaces = [...f.text].filter((c) => c === ' ' || c === '\u00A0').length;
      const base = { ...f.style, tracking: 0 };
      const glyphs = measureText(f.text, { ...base, tracking: 1 }, fonts) - measureText(f.text, base, fonts);
      const drawn = measureText(f.text, base, fonts) * (f.scale ?? 1) + glyphs * (f.style.tracking ?? 0) + spaces * f.spaceExtra;
      assert.ok(Math.abs(f.width - drawn) < 1e-9);
      assert.equal(f.scale, l.fragments[0].scale);
      assert.equal(f.spaceExtra, l.fragments[0].spaceExtra);
      x += f.width;
    }
    assert.ok(Math.abs(x - l.fragments[0].x - l.width) < 1e-9);
  }
  const bold = set.lines.flatMap((l) => l.fragments).filter((f) => f.style.font === 'bold');
  assert.equal(bold.map((f) => f.actualText ?? f.text).join('').replace(/\s/g, ''), 'sixenjeuxmajeurs');
});

test('an engine hyphen is drawn and left out of the actual text', () => {
  const text = 'Les administrations interministérielles accompagnent la transformation numérique des services publics territoriaux.';
  const set = typesetParagraph(para([{ text, style: body }], 120), fonts);
  const cut = set.lines.filter((l) => l.hyphenated);
  assert.ok(cut.length > 0);
  for (const l of cut) {
    const last = l.fragments[l.fragments.length - 1];
    assert.ok(last.text.endsWith('-'));
    assert.equal(last.actualText, last.text.slice(0, -1));
  }
});

test('indent shortens the first line and shifts its fragments', () => {
  const text = 'La stratégie repose sur six enjeux majeurs et une méthode partagée par tous les ministères.';
  const set = typesetParagraph(para([{ text, style: body }], 200, { indent: 20 }), fonts);
  assert.equal(set.lines[0].fragments[0].x, 20 - (set.lines[0].hang?.left ?? 0));
  assert.ok(Math.abs(inside(set.lines[0]) - 180) < 1e-6);
  assert.equal(set.lines[1].fragments[0].x, 0 - (set.lines[1].hang?.left ?? 0));
});

test('Spectral has no U+202F: it is drawn by Marianne Regular in its own fragment', () => {
  const quote: StyledRun = { text: '« Faire simple ! »', style: styled('spectral', { ...body, size: 14, lineHeight: 20 }) };
  const set = typesetParagraph(para([quote], 300, { align: 'left' }), fonts);
  const frags = set.lines[0].fragments;
  const thin = frags.filter((f) => f.text.includes('\u202F'));
  assert.ok(thin.length === 3);
  for (const f of thin) {
    assert.equal(f.text, '\u202F');
    assert.equal(f.style.font, 'regular');
    assert.equal(f.style.size, 14);
  }
  assert.ok(frags.some((f) => f.style.font === 'spectral'));
  assert.equal(set.lines[0].lineHeight, 20);
});

test('no-break spaces stretch like word spaces and never break; the narrow no-break space U+202F stays fixed', () => {
  const text = 'Au total 38\u00A0projets et 2\u202F500\u00A0réunions\u202F; le programme avance.';
  const items = buildItems([{ text, style: body }], fonts, { hyphenate: false, minLineWidth: 200 });
  const shown = items.map((it) => (it.type === 'box' ? it.pieces.map((p) => p.text).join('') : it.type === 'glue' ? `[${it.text === ' ' ? '_' : '~'}]` : `{${it.kind}}`));
  assert.equal(shown.join(''), 'Au[_]total[_]38{nobreak}[~]projets[_]et[_]2\u202F500{nobreak}[~]réunions\u202F;[_]le[_]programme[_]avance.');
  const nbsp = items.find((it) => it.type === 'glue' && it.text === '\u00A0')!;
  assert.ok(nbsp.type === 'glue' && nbsp.stretch > 0 && nbsp.shrink > 0);
  for (let width = 90; width <= 200; width += 5) {
    const set = typesetParagraph(para([{ text, style: body }], width, { hyphenate: false }), fonts);
    for (const l of set.lines.slice(0, -1)) {
      const t = lineText(l);
      assert.ok(!/[\u00A0\u202F]$/.test(t) && !/^[\u00A0\u202F]/.test(t), `width ${width}: « ${t} »`);
      // The justified line's NBSPs got the same extra as its spaces: the drawn width adds up (see the mixed-runs test).
      if (t.includes('\u00A0')) assert.ok(l.fragments.every((f) => f.spaceExtra === l.fragments[0].spaceExtra));
    }
  }
  // A no-break group wider than the column may break at its no-break spaces rather than overflow.
  const group = buildItems([{ text: 'Nom\u00A0très\u00A0long\u00A0insécable', style: body }], fonts, { hyphenate: false, minLineWidth: 40 });
  assert.ok(group.some((it) => it.type === 'penalty' && it.kind === 'emergency'));
});
