// Property: whatever text or YAML damage an editor introduces, the build succeeds or stops with located input errors (exit 1), never an internal error (exit 3), and fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildToLayout, EDITION_DIR, locatedLines, readProject, type Files } from './build-to-layout.js';

/** Per run: a load failure takes ~0.1 s, a build through layout ~1–2 s; 10 s leaves room for a slow CI machine. */
const RUN_BOUND_MS = 10_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const base = readProject();
const PROJETS = `${EDITION_DIR}/projets.yaml`;
const BILAN = `${EDITION_DIR}/brochure/bilan.md`;
const YAML_FILES = Object.keys(base).filter((f) => f.startsWith('data/') || (f.startsWith(`${EDITION_DIR}/`) && f.endsWith('.yaml')));
const text = (f: string) => base[f] as string;

/** Any code point (lone surrogates and controls included), or plausible French, so that some runs get through to layout. */
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'aàbcçdeéèêfgilmnoôprstuùvz ’«»:;!?,.-0123456789\u00a0\u202f'), maxLength: 200 }),
);

type Edit = (files: Files) => string;

const summary: fc.Arbitrary<Edit> = fc.tuple(unicode, fc.boolean()).map(([s, quoted]) => (files) => {
  // Quoted: the text reaches the glyph check intact; raw: it may also break the YAML, which must then be reported.
  files[PROJETS] = text(PROJETS).replace('facilement des outils de qualité', () => (quoted ? '' : s));
  if (quoted) files[PROJETS] = (files[PROJETS] as string).replace(/resume: >-\n( +.*\n)+/, (m) => `resume: ${JSON.stringify(s || 'x')}\n`);
  return `résumé ${quoted ? 'entre guillemets' : 'brut'} ${JSON.stringify(s)}`;
});

const paragraph: fc.Arbitrary<Edit> = unicode.map((s) => (files) => {
  files[BILAN] = text(BILAN).replace('La crise sanitaire', () => `${s} La crise sanitaire`);
  return `paragraphe ${JSON.stringify(s)}`;
});

const yamlEdit: fc.Arbitrary<Edit> = fc
  .tuple(fc.constantFrom(...YAML_FILES), fc.constantFrom('delete-key', 'retype', 'truncate', 'duplicate'), fc.nat(), fc.constantFrom('[]', '{}', '42', 'true', 'null', '~', '"x"', '2020-13-45', '- a'))
  .map(([file, op, n, value]) => (files) => {
    const src = text(file);
    const lines = src.split('\n');
    const keyLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[a-z_]+:/.test(l));
    const [line, i] = keyLines[n % keyLines.length];
    if (op === 'delete-key') lines.splice(i, 1);
    else if (op === 'retype') lines[i] = line.replace(/:.*$/, `: ${value}`);
    else if (op === 'duplicate') lines.splice(i, 0, line);
    files[file] = op === 'truncate' ? src.slice(0, n % src.length) : lines.join('\n');
    return `${op} ${file}${op === 'truncate' ? ` à ${n % src.length}` : `:${i + 1} ${JSON.stringify(line)}`}${op === 'retype' ? ` → ${value}` : ''}`;
  });

test(`${RUNS} random edits: exit 0 or located errors, never internal, each under ${RUN_BOUND_MS / 1000} s`, async () => {
  const stats = { ok: 0, input: 0, slowest: 0 };
  // A library warning (e.g. yaml stringifying a list used as a key) would reach the writer's terminal as noise.
  const warnings: string[] = [];
  const onWarning = (w: Error) => void warnings.push(w.message);
  process.on('warning', onWarning);
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(summary, paragraph, yamlEdit), { minLength: 1, maxLength: 3 }), async (edits) => {
      const files = { ...base };
      const what = edits.map((e) => e(files));
      const t0 = performance.now();
      const r = await buildToLayout(files);
      const ms = performance.now() - t0;
      stats.slowest = Math.max(stats.slowest, ms);
      assert.ok(ms < RUN_BOUND_MS, `${ms.toFixed(0)} ms for ${what.join(' ; ')}`);
      if (r.kind === 'internal') assert.fail(`erreur interne ${(r.error as Error)?.stack ?? r.error} pour ${what.join(' ; ')}`);
      if (r.kind === 'input') {
        stats.input++;
        assert.ok(locatedLines(r.diagnostics).length > 0, `aucun message localisé pour ${what.join(' ; ')} : ${r.diagnostics.map((d) => d.message).join(' | ')}`);
      } else stats.ok++;
    }),
    { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
  );
  process.off('warning', onWarning);
  assert.deepEqual(warnings, []);
  console.log(`# fuzz: ${stats.ok} built, ${stats.input} refused, slowest ${stats.slowest.toFixed(0)} ms`);
});
