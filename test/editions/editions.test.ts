// Every edition of editions/ built through the CLI, side by side in one out/: the published figures of each, the names
// that keep one edition's files from overwriting another's, the archival checks, and the texts each edition must carry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyProject, runCli, snapshotDir } from '../helpers/project.js';
import { loadPdfjs } from '../../src/publish/index.js';
import { checkPdf } from '../../src/check/check-pdf.js';

let root: string;
let out: string;
const manifests: Record<string, any> = {};
const texts: Record<string, string> = {};

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((it: any) => it.str + (it.hasEOL ? '\n' : '')).join(''));
  return pages.join('\n').replace(/[\u00a0\u202f\s]+/g, ' ');
}

const read = (f: string) => readFileSync(path.join(out, f));

before(async () => {
  root = copyProject();
  out = path.join(root, 'out');
  const run = await runCli(['--all', '--quiet'], root);
  assert.equal(run.code, 0, run.stderr);
  for (const id of ['2019', 'mi-2020', 'mi-2021']) {
    manifests[id] = JSON.parse(read(`manifest-${id}.json`).toString('utf8'));
    texts[id] = await pdfText(new Uint8Array(read(manifests[id].pdf.path)));
  }
});
after(() => rmSync(root, { recursive: true, force: true }));

test('each edition’s manifest says the published figures', () => {
  const figures = (id: string) => {
    const { edition, counts, title } = manifests[id];
    return { id: edition.id, date: edition.publication, precedente: edition.precedente, projets: counts.projets, acheves: counts.acheves, aAchever: counts.aAchever, nouveaux: counts.nouveaux, title };
  };
  assert.deepEqual(figures('2019'), { id: '2019', date: '2019-10-02', precedente: undefined, projets: 35, acheves: 0, aAchever: 0, nouveaux: 0, title: 'TECH.GOUV — Stratégie et feuille de route 2019-2021, édition 2019' });
  assert.deepEqual(figures('mi-2020'), { id: 'mi-2020', date: '2020-08-28', precedente: '2019', projets: 38, acheves: 5, aAchever: 0, nouveaux: 3, title: 'TECH.GOUV — Stratégie et feuille de route 2019-2022, édition actualisée mi-2020' });
  assert.deepEqual(figures('mi-2021'), { id: 'mi-2021', date: '2021-09-14', precedente: 'mi-2020', projets: 43, acheves: 9, aAchever: 1, nouveaux: 5, title: 'TECH.GOUV — Stratégie et feuille de route 2019-2022, édition actualisée mi-2021' });
});

test('mid-2020 keeps the names that are online; the others have their own; manifest.json is the latest edition’s', () => {
  const m = manifests['mi-2020'];
  assert.deepEqual([m.pdf.path, ...m.thumbnails.map((t: any) => t.path), m.une.path, m.page.path], [
    '20200827_Plaquette_Techgouv_DINUM.pdf',
    'capture-plaquette-TECH-couv.png',
    'capture-plaquette-TECH-couv@2x.png',
    '20200827_Publication_TECHGOUV_une.jpg',
    'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
  ]);
  assert.equal(m.pdf.url, '/uploads/20200827_Plaquette_Techgouv_DINUM.pdf');
  const all = Object.values(manifests).flatMap((x: any) => [x.pdf.path, ...x.thumbnails.map((t: any) => t.path), x.une.path, x.page.path]);
  assert.equal(new Set(all).size, all.length, `one name per file: ${all.join(', ')}`);
  assert.deepEqual(JSON.parse(read('manifest.json').toString('utf8')), manifests['mi-2021']);
});

test('building mid-2021 leaves every mid-2020 output byte-identical (and building mid-2020 every mid-2021 one)', async () => {
  const files = (id: string) => {
    const m = manifests[id];
    return [m.pdf.path, ...m.thumbnails.map((t: any) => t.path), m.une.path, m.page.path, `manifest-${id}.json`];
  };
  const pick = (snap: Record<string, string>, names: string[]) => Object.fromEntries(names.map((n) => [n, snap[n]]));
  const before2020 = pick(snapshotDir(out), files('mi-2020'));
  assert.equal((await runCli(['--quiet', '--no-cache'], root)).code, 0);
  assert.deepEqual(pick(snapshotDir(out), files('mi-2020')), before2020);
  const before2021 = pick(snapshotDir(out), [...files('mi-2021'), 'manifest.json']);
  assert.equal((await runCli(['--quiet', '--edition', 'mi-2020'], root)).code, 0);
  assert.deepEqual(pick(snapshotDir(out), [...files('mi-2021'), 'manifest.json']), before2021);
});

test('every edition passes the PDF/UA-1 and PDF/A-2 checks', async () => {
  for (const id of Object.keys(manifests)) {
    const failed = (await checkPdf(new Uint8Array(read(manifests[id].pdf.path)))).filter((r) => !r.ok);
    assert.deepEqual(failed, [], id);
  }
});

test('2019: FABRIQUE, DINSIC, and the édito of Cédric O named, its text printed as illustrative', () => {
  const t = texts['2019'];
  assert.match(t, /FABRIQUE — Concevoir autrement les services publics numériques/);
  assert.doesNotMatch(t, /BETA —/);
  assert.match(t, /Cédric O Secrétaire d’État chargé du numérique/);
  assert.match(t, /Texte illustratif : l’édito publié, « Des services publics partout et pour tous », signé par Cédric O, n’est pas reproduit ici\./);
  assert.match(t, /\(DINSIC\)/);
  assert.match(t, /35 ?projets dans la feuille de route 8 ?missions 6 ?enjeux/);
});

test('mid-2020: BETA’s name said to be a guess (FABRIQUE in 2019, BETA attested in February 2021), and only there', () => {
  const caveat = /Nom de la mission à confirmer ?: ?non établi par les sources publiques à cette date\./;
  assert.match(texts['mi-2020'], /BETA — Concevoir autrement les services publics numériques/);
  assert.match(texts['mi-2020'], caveat);
  assert.equal(texts['mi-2020'].match(/Nom de la mission à confirmer/g)?.length, 1);
  assert.doesNotMatch(texts['2019'], caveat);
  assert.doesNotMatch(texts['mi-2021'], caveat);
});

test('mid-2021: the édito of Amélie de Montchalin named and marked illustrative; « à achever fin 2021 »; what changed since mid-2020', () => {
  const t = texts['mi-2021'];
  assert.match(t, /Amélie de Montchalin Ministre de la Transformation et de la Fonction publiques/);
  assert.match(t, /Texte illustratif : l’édito publié, signé par Amélie de Montchalin, n’est pas reproduit ici\./);
  assert.match(t, /1 ?projet à achever d’ici fin 2021/);
  assert.match(t, /5 ?nouveaux projets en 2021/);
  assert.match(t, /À ACHEVER FIN 2021/);
  assert.match(t, /Ce qui a changé depuis mi-2020/);
  assert.match(t, /Achevés depuis l’édition actualisée mi-2020/);
  assert.match(t, /Renforcer la résilience du réseau interministériel de l’État \(RIE\) \(INFRA, statut à confirmer\)/);
  assert.match(t, /Nouveaux en 2021/);
  assert.match(t, /Transformation numérique des territoires \(TNT\) \(TRANSFO, statut à confirmer\)/);
  assert.match(t, /Aucune mission n’a changé de nom\./);
  // An empty list of departures is not said to be none: the record says some left, unnamed.
  assert.doesNotMatch(t, /Aucun projet n’a quitté/);
  assert.doesNotMatch(t, /mi-2020 » ici|Le bilan à mi-2020/);
  // The page says it too, in one paragraph generated from both editions' data.
  const page = read(manifests['mi-2021'].page.path).toString('utf8');
  assert.match(page, /^Depuis l’édition actualisée mi-2020 : ont été achevés : « Définir et publier/m);
  assert.match(page, /doit être achevé d’ici la fin de 2021 : « Mettre en place une supervision commune/);
  assert.doesNotMatch(page, /aucun projet ne l’a quittée/);
  assert.match(page, /title: 'TECH.GOUV : bilan du programme et mise à jour à mi-2021'/);
});

test('mid-2020 has no « what changed » section: the brochure as published, on 17 pages since the page-fill layout (was 18)', () => {
  assert.equal(manifests['mi-2020'].pdf.pages, 17);
  assert.doesNotMatch(texts['mi-2020'], /Ce qui a changé depuis/);
});

test('--all with the disk full while publishing mid-2020: that edition told as the machine’s failure, exit 4, out/ as it was', async () => {
  const before = snapshotDir(out);
  let publishes = 0;
  // A full disk cannot be made here: the system error is raised where the second edition's publish stages its files.
  const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', errno: -28, path: path.join(out, '.staging-x', 'manifest.json') });
  const run = await runCli(['--all', '--quiet'], root, {}, {
    beforeRename: () => {
      if (++publishes === 2) throw enospc;
    },
  });
  assert.equal(run.code, 4, run.stderr);
  assert.equal(publishes, 3, 'the editions after it were still built and published');
  assert.deepEqual(run.stderr.split('\n'), [
    'Erreur d’environnement : impossible d’écrire dans « out » : le disque est plein (ENOSPC).',
    'Libérez de la place sur le disque, puis relancez. Les fichiers déjà publiés sont inchangés.',
    '',
    '1 édition sur 3 en échec : mi-2020.',
  ]);
  // The other editions rebuilt the same bytes; mid-2020's files are its previous ones.
  assert.deepEqual(snapshotDir(out), before);
});
