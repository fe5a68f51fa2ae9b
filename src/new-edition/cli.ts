// `npm run new-edition -- --date AAAA-MM-JJ --label mi-2022`: creates the next edition from the latest, builds it, and
// prints what only a person can write.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config-file.js';
import { BuildError } from '../diagnostics.js';
import { environmentFailure, environmentMessage } from '../environment-error.js';
import { printDiagnostics } from '../diagnostics-format.js';
import { EXIT, main as brochure } from '../cli.js';
import { fsWorld } from '../world.js';
import { checklist, NewEditionError, planNewEdition, type NewEditionOptions } from './new-edition.js';

const HELP = `Usage : npm run new-edition -- --date AAAA-MM-JJ --label NOM [--id ID] [--from ID] [--out DOSSIER]

Crée l’édition suivante de la feuille de route à partir de la plus récente : son dossier editions/ID/
(données, textes, page web) est copié et mis à jour (date, libellé, édition précédente, statuts
« nouveau » et « à achever » remis « en cours », mots propres à l’édition), puis l’édition est construite
et la liste de ce qui reste à écrire à la main est affichée.

  --date AAAA-MM-JJ   date de la nouvelle édition (elle donne son nom au PDF)
  --label NOM         nom court de l’édition, par ex. mi-2022 (c’est aussi son identifiant)
  --id ID             identifiant (nom du dossier) s’il diffère du nom court
  --from ID           édition de départ (défaut : la plus récente)
  --out DOSSIER       dossier de sortie de la construction (défaut : out)
  -h, --help          affiche cette aide`;

export async function main(argv: readonly string[], root: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const opts: Partial<NewEditionOptions> = {};
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(HELP);
      return EXIT.ok;
    }
    const v = argv[i + 1];
    if (!['--date', '--label', '--id', '--from', '--out'].includes(a)) return usage(`option inconnue « ${a} »`);
    if (v === undefined || v.startsWith('--')) return usage(`l’option ${a} attend une valeur`);
    i++;
    if (a === '--date') opts.date = v;
    else if (a === '--label') opts.label = v;
    else if (a === '--id') opts.id = v;
    else if (a === '--from') opts.from = v;
    else out = v;
  }
  if (!opts.date || !opts.label) return usage('--date et --label sont obligatoires');
  const world = fsWorld(root, env);
  let plan;
  try {
    const config = await loadConfig(world);
    plan = await planNewEdition(world, config, opts as NewEditionOptions);
  } catch (e) {
    if (e instanceof NewEditionError) return usage(e.message);
    if (e instanceof BuildError) {
      await printDiagnostics(world, e.diagnostics);
      return EXIT.input;
    }
    throw e;
  }

  // Written beside the project, then renamed into place: an interrupted run leaves no half edition in editions/.
  const staging = path.join(root, `.new-edition-${process.pid}`);
  try {
    await rm(staging, { recursive: true, force: true });
    for (const [file, text] of plan.files) {
      const abs = path.join(staging, path.relative(plan.dir, file));
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, text);
    }
    await rename(staging, path.join(root, plan.dir));
  } catch (e) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    const environment = environmentFailure(e, `${plan.dir}/`, 'écrire dans', false);
    if (!environment) throw e;
    console.error(`${environmentMessage(environment)} Rien n’a été écrit dans ${plan.dir}/.`);
    return EXIT.environment;
  }
  console.log(`Édition ${plan.id} créée dans ${plan.dir}/ à partir de l’édition ${plan.from.id} (${plan.files.size} fichiers).`);
  for (const line of plan.rewritten.length ? [`Mots de l’édition ${plan.from.id} remplacés par ceux de ${plan.id} : ${plan.rewritten.join(', ')}.`] : []) console.log(line);

  console.log(`\nConstruction de l’édition ${plan.id} :`);
  const code = await brochure(['--edition', plan.id, ...(out ? ['--out', out] : [])], root, env);
  console.log('');
  for (const line of checklist(plan, plan.from.date.slice(0, 4))) console.log(line);
  if (code !== EXIT.ok) console.error(`\nLa construction de l’édition ${plan.id} a échoué (voir ci-dessus) ; son dossier ${plan.dir}/ est créé : corrigez-le puis relancez npm run brochure.`);
  return code;
}

function usage(message: string): number {
  console.error(`Erreur : ${message}.\n\n${HELP}`);
  return EXIT.usage;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main(process.argv.slice(2), process.env.BROCHURE_ROOT ?? process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      console.error(`Erreur interne : ${e.message}`);
      process.exitCode = EXIT.internal;
    },
  );
}
