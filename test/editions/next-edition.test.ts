// The road to the next edition, as the comms team takes it through the CLI: a page of the last edition brought up to
// date by --check/--fix, the lint stopping a copied label, `npm run new-edition`, and the editions' options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { captureConsole, copyProject, runCli, snapshotDir } from '../helpers/project.js';
import { main as newEdition } from '../../src/new-edition/cli.js';
import { startWatch } from '../../src/watch/watch-session.js';
import { fsWorld } from '../../src/world.js';

/** Runs `npm run new-edition` in-process with its output captured, like `runCli`. */
const runNewEdition = (args: string[], root: string) => captureConsole(() => newEdition(args, root, {}));

test('the mid-2020 page checked against mid-2021: one --check lists it all, one --fix makes it pass', { timeout: 300_000 }, async () => {
  const root = copyProject();
  try {
    assert.equal((await runCli(['--all', '--quiet'], root)).code, 0);
    copyFileSync(path.join(root, 'out/tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown'), path.join(root, 'page.markdown'));
    const page = path.join(root, 'page.markdown');
    const check = await runCli(['--check', page], root);
    assert.equal(check.code, 1);
    const codes = check.stderr.split('\n').flatMap((l) => /^page\.markdown:\d+:\d+ {2}erreur \[([^\]]+)\]/.exec(l)?.[1] ?? []);
    // The two PDFs may weigh the same rounded Ko (then the size label is right): test/editions/check-across.test.ts has one that differs.
    const stale = codes.filter((c) => c !== 'taille-fausse');
    // The front matter too: dates, and the une and its alternative text twice (the header's and the listing card's).
    assert.deepEqual(stale, [
      'titre',
      'date-page',
      'date-page',
      'compte-faux',
      'compte-faux',
      'compte-faux',
      'annee-incoherente',
      'une',
      'une-alt',
      'une',
      'une-alt',
      'vignette-alt',
      'vignette',
      'vignette',
      'edition-incoherente',
      'lien-pdf',
    ]);
    const fix = await runCli(['--check', page, '--fix'], root);
    assert.equal(fix.code, 0, fix.stderr);
    assert.match(fix.stdout, new RegExp(`^${codes.length} corrections appliquées à page\\.markdown\\.$`, 'm'));
    const again = await runCli(['--check', page], root);
    assert.equal(again.code, 0, again.stderr);
    const fixed = readFileSync(page, 'utf8');
    assert.match(fixed, /^date: 2021-09-14 12:33:00 \+02:00$/m);
    assert.match(fixed, /^date_de_modification: "14 septembre 2021"$/m);
    const generated = readFileSync(path.join(root, 'out/tech-gouv-bilan-du-programme-mise-jour-mi-2021.markdown'), 'utf8');
    // The une lines are those of the mid-2021 page, and the thumbnail's 2× is mid-2021's.
    const une = (t: string) => t.split('\n').filter((l) => /^(?:- )?\s*(?:image|alternative-textuelle):/.test(l));
    assert.deepEqual(une(fixed), une(generated));
    assert.match(fixed, /\{: srcset="\/uploads\/capture-plaquette-TECH-couv-mi-2021@2x\.png 2x"\}/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a « mi-2020 » typed in a mid-2021 text stops the build at its line and column; out/ is untouched', { timeout: 300_000 }, async () => {
  const root = copyProject();
  try {
    assert.equal((await runCli(['--quiet'], root)).code, 0);
    const before = snapshotDir(path.join(root, 'out'));
    const bilan = path.join(root, 'editions/mi-2021/brochure/bilan.md');
    writeFileSync(bilan, readFileSync(bilan, 'utf8').replace('titre: Le bilan à {{ edition_courte }}', 'titre: Le bilan à mi-2020'));
    const r = await runCli([], root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^editions\/mi-2021\/brochure\/bilan\.md:2:19 {2}erreur \[edition-incoherente\] édition « mi-2020 » : ce texte est celui de l’édition « mi-2021 » ; attendu « mi-2021 »/m);
    assert.deepEqual(snapshotDir(path.join(root, 'out')), before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('npm run new-edition: the next edition from the latest, built, with the checklist; a project may leave', { timeout: 300_000 }, async () => {
  const root = copyProject();
  try {
    assert.equal((await runCli(['--all', '--quiet'], root)).code, 0);
    const mi2021 = ['20210914_Plaquette_Techgouv_DINUM.pdf', 'capture-plaquette-TECH-couv-mi-2021.png', 'manifest-mi-2021.json', 'tech-gouv-bilan-du-programme-mise-jour-mi-2021.markdown'];
    const kept = (snap: Record<string, string>) => mi2021.map((f) => snap[f]);
    const before = kept(snapshotDir(path.join(root, 'out')));

    const r = await runNewEdition(['--date', '2022-07-01', '--label', 'mi-2022'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Édition mi-2022 créée dans editions\/mi-2022\/ à partir de l’édition mi-2021/m);
    assert.match(r.stdout, /^À faire à la main pour l’édition mi-2022/m);
    assert.match(r.stdout, /Étaient « à achever » d’ici fin 2021, remis « en cours » : supervision-commune/);
    assert.match(r.stdout, /Étaient « nouveau » dans l’édition mi-2021, remis « en cours » : ouverture-donnees, securite-souverainete/);

    const dir = path.join(root, 'editions/mi-2022');
    const edition = readFileSync(path.join(dir, 'edition.yaml'), 'utf8');
    assert.match(edition, /^ {2}libelle: Édition actualisée mi-2022$/m);
    assert.match(edition, /^ {2}date: 2022-07-01$/m);
    assert.match(edition, /^ {2}precedente: mi-2021$/m);
    assert.match(edition, /^ {2}sources: \[\]$/m);
    assert.match(edition, /^# Le nom du dossier \(editions\/mi-2022\)/m);
    const projets = readFileSync(path.join(dir, 'projets.yaml'), 'utf8');
    assert.doesNotMatch(projets, /statut: (nouveau|à achever)/);
    assert.ok(existsSync(path.join(dir, 'page/tech-gouv-bilan-du-programme-mise-jour-mi-2022.markdown')));

    // The new edition is the latest: npm run brochure builds it, under its own names; mid-2021's files stay.
    const manifest = JSON.parse(readFileSync(path.join(root, 'out/manifest.json'), 'utf8'));
    assert.deepEqual([manifest.edition.id, manifest.edition.precedente, manifest.pdf.path, manifest.counts.projets, manifest.counts.nouveaux], ['mi-2022', 'mi-2021', '20220701_Plaquette_Techgouv_DINUM.pdf', 43, 0]);
    assert.deepEqual(kept(snapshotDir(path.join(root, 'out'))), before);

    // A project leaves the programme: the page says so, from the data of both editions.
    writeFileSync(path.join(dir, 'projets.yaml'), projets.replace(/\n {2}- id: communaute-solutions\n(?: {4}.*\n)+/, '\n'));
    assert.equal((await runCli(['--quiet'], root)).code, 0);
    const page = readFileSync(path.join(root, 'out/tech-gouv-bilan-du-programme-mise-jour-mi-2022.markdown'), 'utf8');
    assert.match(page, /l’a quittée : « Animer la communauté des utilisateurs de solutions labellisées » \(projet illustratif\)/);

    // Not twice, and not before the latest edition.
    assert.equal((await runNewEdition(['--date', '2022-08-01', '--label', 'mi-2022'], root)).code, 2);
    const early = await runNewEdition(['--date', '2021-01-01', '--label', 'debut-2021'], root);
    assert.equal(early.code, 2);
    assert.match(early.stderr, /la date 2021-01-01 doit suivre celle de la dernière édition \(mi-2022, 2022-07-01\)/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--edition names an edition of editions/; --all builds them all; a wrong choice is a usage error', async () => {
  const root = copyProject();
  try {
    const unknown = await runCli(['--edition', 'mi-2030'], root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^Erreur : édition « mi-2030 » inconnue : éditions disponibles 2019, mi-2020, mi-2021\./m);
    assert.equal((await runCli(['--all', '--edition', 'mi-2020'], root)).code, 2);
    assert.equal((await runCli(['--all', '--watch'], root)).code, 2);
    // --check publishes nothing, --watch publishes on every save: together one would be silently dropped.
    for (const args of [['--check', '--watch'], ['--watch', '--check', 'page.markdown'], ['--check', 'page.markdown', '--fix', '--watch']]) {
      const both = await runCli(args, root);
      assert.equal(both.code, 2, args.join(' '));
      assert.match(both.stderr, /^Erreur : --check et --watch ne se combinent pas/m);
    }
    assert.equal((await runCli(['--edition'], root)).code, 2);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--watch --edition mi-2020 rebuilds that edition', { timeout: 300_000 }, async () => {
  const root = copyProject();
  const pages: number[] = [];
  const session = startWatch({ world: fsWorld(root, {}), edition: 'mi-2020', log: () => {}, error: () => {}, onRebuilt: (o) => void (o.pages && pages.push(o.pages)) });
  try {
    await session.ready;
    assert.deepEqual(pages, [17]);
    assert.ok(existsSync(path.join(root, 'out/20200827_Plaquette_Techgouv_DINUM.pdf')));
    assert.ok(!existsSync(path.join(root, 'out/manifest.json')), 'manifest.json is the latest edition’s');
  } finally {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
