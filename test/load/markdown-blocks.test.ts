// Markdown → editorial blocks: inline styles merged, IAL classes attached, images, quotes, lists, raw HTML refused with a position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdownBlocks } from '../../src/load/markdown-blocks.js';
import { splitFrontMatter } from '../../src/load/front-matter.js';

const parse = (body: string, lineOffset = 0) => parseMarkdownBlocks({ file: 'x.md', body, lineOffset });

test('inline runs: bold, italic, link, code; adjacent same-style runs merged; soft break is a space', () => {
  const { blocks, diagnostics } = parse('Un **gras** et *ita*\nsuite [lien **fort**](https://a.fr) `c`');
  assert.deepEqual(diagnostics, []);
  assert.equal(blocks.length, 1);
  const b = blocks[0];
  assert.equal(b.kind, 'paragraph');
  assert.deepEqual(b.kind === 'paragraph' && b.runs, [
    { text: 'Un ' },
    { text: 'gras', bold: true },
    { text: ' et ' },
    { text: 'ita', italic: true },
    { text: ' suite ' },
    { text: 'lien ', href: 'https://a.fr' },
    { text: 'fort', bold: true, href: 'https://a.fr' },
    { text: ' ' },
    { text: 'c', code: true },
  ]);
});

test('<br> is a line break, any other tag an html-interdit error at its column', () => {
  const { blocks, diagnostics } = parse('a<br>b\n\nx <em>y</em>\n\n<div>\nbloc\n</div>\n');
  assert.deepEqual(blocks[0].kind === 'paragraph' && blocks[0].runs, [{ text: 'a\nb' }]);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.pos?.line, d.pos?.column, /<(\w+)>/.exec(d.message)?.[1]]),
    [
      ['html-interdit', 3, 3, 'em'],
      ['html-interdit', 5, 1, 'div'],
    ],
  );
});

test('kramdown IAL: directly under a block (even lazily inside a quote) gives it classes; is never a paragraph', () => {
  const { blocks } = parse('> cité\n> encore\n{: .citation}\n\n## Titre\n{: .centre .gros}\n\n{: .suivant}\nPara\n');
  assert.deepEqual(blocks.map((b) => [b.kind, b.classes]), [
    ['quote', ['citation']],
    ['heading', ['centre', 'gros']],
    ['paragraph', ['suivant']],
  ]);
  const q = blocks[0];
  assert.deepEqual(q.kind === 'quote' && q.paragraphs, [[{ text: 'cité encore' }]]);
});

test('images: standalone or wrapped in a link; missing alt is an error', () => {
  const { blocks, diagnostics } = parse('![Une vue](/a.png "t")\n\n[![Couv](/c.png)](/d.pdf)\n\n![](/x.png)\n');
  assert.deepEqual(
    blocks.map((b) => b.kind === 'image' && [b.src, b.alt, b.title, b.href]),
    [
      ['/a.png', 'Une vue', 't', undefined],
      ['/c.png', 'Couv', undefined, '/d.pdf'],
      ['/x.png', '', undefined, undefined],
    ],
  );
  assert.deepEqual(diagnostics.map((d) => [d.code, d.pos?.line]), [['image-sans-alt', 5]]);
});

test('lists and headings keep their kind, level and line (offset by the front matter)', () => {
  const { blocks } = parse('# Un\n\n1. a\n2. **b**\n\n- x\n', 4);
  assert.deepEqual(blocks.map((b) => [b.kind, b.pos.line, b.pos.column]), [['heading', 5, 1], ['list', 7, 1], ['list', 10, 1]]);
  const l = blocks[1];
  assert.ok(l.kind === 'list' && l.ordered);
  assert.deepEqual(l.kind === 'list' && l.items, [[{ text: 'a' }], [{ text: 'b', bold: true }]]);
});

test('a paragraph over 5 000 characters is an error', () => {
  const { diagnostics } = parse('a'.repeat(5001));
  assert.deepEqual(diagnostics.map((d) => d.code), ['texte-trop-long']);
});

test('front matter: values located in the real file, body line offset counted', () => {
  const src = '---\ntitre: Édito\nliste:\n  - a\n---\n# Corps\n';
  const fm = splitFrontMatter('e.md', src);
  assert.deepEqual(fm.frontMatter, { titre: 'Édito', liste: ['a'] });
  assert.deepEqual(fm.frontMatterPos.titre, { file: 'e.md', line: 2, column: 8 });
  assert.deepEqual(fm.frontMatterPos.liste, { file: 'e.md', line: 4, column: 3 });
  assert.equal(fm.lineOffset, 5);
  assert.equal(fm.body, '# Corps\n');
});
