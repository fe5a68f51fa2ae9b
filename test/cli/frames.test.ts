// What the CLI prints about a hostile file stays safe and small: control characters never reach the terminal raw, a
// huge line is cut around the column, a binary file gets no frame. Each class through the real CLI, in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { copyProject, runCli } from '../helpers/project.js';
import { applyCase, type Edit } from './patch-project.js';

const project = copyProject();
test.after(() => rmSync(project, { recursive: true, force: true }));

/** What a terminal would act on: C0 controls but tab and line feed, DEL, C1 controls, bidirectional overrides. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

async function stderrOf(edits: Edit[]): Promise<{ code: number; stderr: string; lines: string[] }> {
  const restore = applyCase(project, { name: 'frames', dir: '/nonexistent', edits, args: [], expected: [], exit: 1 });
  try {
    // On the mid-2020 edition, as the cases of test/fixtures/cli-bad. Every case stops before publishing: no thumbnail
    // worker to start.
    const run = await runCli(['--quiet', '--edition', 'mi-2020'], project, { SOURCE_DATE_EPOCH: '1598486400', BROCHURE_THUMBNAIL_WORKER: '0' });
    return { code: run.code, stderr: run.stderr, lines: run.stderr.split('\n') };
  } finally {
    restore();
  }
}

test('escape sequences in a title (ESC, BEL, a bidi override) are shown as symbols, in the message and in the frame', async () => {
  const { code, stderr, lines } = await stderrOf([
    { file: 'editions/mi-2020/projets.yaml', find: 'titre: Animer la communauté', replace: 'titre: Animer \u001b]0;piège\u0007\u001b[2Jla \u202Ecommunauté' },
  ]);
  assert.equal(code, 1);
  assert.doesNotMatch(stderr, RAW_CONTROL);
  const frame = lines.find((l) => /^\d+ \| {5}titre: /.test(l));
  assert.equal(frame, '56 |     titre: Animer ␛]0;piège␇␛[2Jla \uFFFDcommunauté des utilisateurs de solutions labellisées');
  // One symbol per character: the caret under the ESC still points at it.
  const caret = lines[lines.indexOf(frame!) + 1];
  assert.equal(caret.indexOf('^'), frame!.indexOf('␛'));
});

test('a corrupt font full of BEL bytes is named, without a frame of its binary « line »', async () => {
  const { code, stderr } = await stderrOf([{ file: 'fonts/Marianne-Bold.ttf', write: `true${'\u0007'.repeat(20_000)}` }]);
  assert.equal(code, 1);
  assert.doesNotMatch(stderr, RAW_CONTROL);
  assert.match(stderr, /^fonts\/Marianne-Bold\.ttf:1:1 {2}erreur \[police-format\] police « bold » illisible/m);
  assert.doesNotMatch(stderr, /^1 \| /m, 'no code frame for a font');
  assert.ok(stderr.length < 2_000, `${stderr.length} characters printed`);
});

test('a 100 000-character paragraph and a 5 MB one-line SVG print a frame cut around the column, not their whole line', async () => {
  const para = 'Une phrase qui se répète pour remplir le paragraphe. '.repeat(1900).slice(0, 99_999) + '.';
  const { code, stderr, lines } = await stderrOf([
    { file: 'editions/mi-2020/brochure/bilan.md', find: 'La crise sanitaire', replace: `${para}\n\nLa crise sanitaire` },
    { file: 'assets/pictogrammes/inclusion.svg', write: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${'<g></g>'.repeat(750_000)}</svg>` },
  ]);
  assert.equal(code, 1);
  assert.match(stderr, /editions\/mi-2020\/brochure\/bilan\.md:8:1 {2}erreur \[texte-trop-long\] paragraphe de 100000 caractères/);
  // Each frame line holds at most 100 columns of source, with « … » where it was cut.
  const framed = lines.filter((l) => /^\d+ \| /.test(l));
  assert.ok(framed.length >= 1);
  for (const l of framed) assert.ok(l.length < 120, `${l.length} characters: ${l.slice(0, 80)}…`);
  assert.ok(framed.some((l) => l.endsWith('…')), 'the long line is cut');
  assert.match(stderr, /assets\/pictogrammes\/inclusion\.svg:1:1 {2}erreur \[svg-trop-gros\]/);
  // Was 5.2 million characters (both lines whole).
  assert.ok(stderr.length < 10_000, `${stderr.length} characters printed`);
});
