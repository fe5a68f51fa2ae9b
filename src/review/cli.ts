// `npm run review [-- --against <ref, dossier ou PDF>]`: writes out/review.png and out/review.html, prints a summary.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError } from '../diagnostics.js';
import { asEnvironmentError, environmentMessage } from '../environment-error.js';
import { printDiagnostics } from '../diagnostics-format.js';
import { loadConfig } from '../config-file.js';
import { fsWorld } from '../world.js';
import { createProgress } from '../watch/progress.js';
import { AgainstError } from './against.js';
import { UnknownEditionError } from '../load/editions.js';
import { renderReviewHtml } from './html.js';
import { makeReview, type Review } from './review.js';
import { drawSheet, registerLabelFont } from './sheet.js';
import { summariseReview } from './summary.js';
import { fillLabel } from './fill-label.js';
import { CONTENT, PAGE } from '../layout/geometry.js';
import { MIN_FILL, TEXT_AREA_HEIGHT } from '../layout/fill.js';

/** A fill (fraction of the text area) as a fraction of the page's height, where the sheet draws it. */
const fillLine = (fill: number) => (CONTENT.y + fill * TEXT_AREA_HEIGHT) / PAGE.height;

const HELP = `Usage : npm run review -- [--edition ID] [--against VERSION] [--out DOSSIER]

Construit la brochure en mémoire et écrit une planche de relecture : out/review.png (toutes les pages,
numérotées, un trait à l’endroit où le contenu de chaque page s’arrête) et out/review.html (les mêmes
pages, lisible hors ligne).

  --edition ID        l’édition à relire (défaut : la plus récente)
  --against VERSION   compare avec une autre édition : son identifiant (ex. mi-2020), une version git
                      (étiquette, branche, commit), un dossier contenant data/ (et éventuellement content/),
                      ou un PDF
  --out DOSSIER       dossier de sortie (défaut : celui de la configuration, out)
  -h, --help          affiche cette aide`;

export interface ReviewFiles {
  png: string;
  html: string;
  sheet: { width: number; height: number };
}

/** Writes the sheet and the HTML report into `outDir`; labels use the Marianne of `fontsDir`. */
export async function writeReview(review: Review, outDir: string, fontsDir: string): Promise<ReviewFiles> {
  const family = registerLabelFont(fontsDir);
  const fills = new Map(review.fills.map((f) => [f.page, f]));
  const sheet = drawSheet(
    review.pages
      .filter((p) => p.current)
      .map((p) => {
        const f = fills.get(p.number);
        return {
          canvas: p.current!,
          label: f ? `${p.number} · ${fillLabel(f)}` : `${p.number}`,
          boxes: review.against && p.status === 'changed' ? p.boxes : undefined,
          ...(f ? { fill: { end: fillLine(f.fill), threshold: fillLine(MIN_FILL), ok: f.ok, exempt: f.exempt !== undefined } } : {}),
        };
      }),
    family,
  );
  await mkdir(outDir, { recursive: true });
  const png = path.join(outDir, 'review.png');
  const html = path.join(outDir, 'review.html');
  await writeFile(png, await sheet.encode('png'));
  await writeFile(html, await renderReviewHtml(review));
  return { png, html, sheet: { width: sheet.width, height: sheet.height } };
}

export async function main(argv: readonly string[], root: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let against: string | undefined;
  let out: string | undefined;
  let edition: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(HELP);
      return 0;
    } else if (a === '--against' || a === '--out' || a === '--edition') {
      const v = argv[++i];
      if (!v) {
        console.error(`Erreur : l’option ${a} attend une valeur.\n\n${HELP}`);
        return 2;
      }
      if (a === '--against') against = v;
      else if (a === '--edition') edition = v;
      else out = v;
    } else {
      console.error(`Erreur : option inconnue « ${a} ».\n\n${HELP}`);
      return 2;
    }
  }
  const world = fsWorld(root, env);
  const progress = createProgress(process.stderr);
  try {
    const config = { ...(await loadConfig(world)), ...(edition !== undefined ? { edition } : {}) };
    const { review } = await makeReview(world, config, against, progress);
    const files = await writeReview(review, path.resolve(root, out ?? config.outDir), path.join(root, config.fontsDir));
    for (const line of summariseReview(review)) console.log(line);
    console.log(`Planche : ${path.relative(root, files.png)} (${files.sheet.width} × ${files.sheet.height} px) ; rapport : ${path.relative(root, files.html)}`);
    return 0;
  } catch (e) {
    progress.done();
    if (e instanceof BuildError) {
      await printDiagnostics(world, e.diagnostics);
      console.error('La brochure n’a pas pu être construite : planche de relecture non écrite.');
      return 1;
    }
    if (e instanceof AgainstError || e instanceof UnknownEditionError) {
      console.error(`Erreur : ${e.message}.`);
      return 2;
    }
    const environment = asEnvironmentError(e, root);
    if (environment) {
      console.error(environmentMessage(environment));
      return 4;
    }
    console.error(`Erreur interne : ${(e as Error).message}`);
    return 3;
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main(process.argv.slice(2), process.env.BROCHURE_ROOT ?? process.cwd()).then((code) => {
    process.exitCode = code;
  });
}
