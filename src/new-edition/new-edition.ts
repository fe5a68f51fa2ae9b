// The next edition, from the latest one: its folder copied and brought forward (dates, label, previous edition,
// statuses), its edition words rewritten, and the list of what only a person can write. Reads through the World,
// returns the files to write: the CLI writes them and builds the new edition.
import { type Config } from '../config.js';
import { BuildError } from '../diagnostics.js';
import { EDITION_FILE, EDITION_ID, listEditions, type EditionEntry } from '../load/editions.js';
import { checkIsoDate } from '../load/dates.js';
import { applyEdits } from '../sync/fix.js';
import { lintText } from '../sync/lint.js';
import type { World } from '../world.js';

export interface NewEditionOptions {
  /** ISO date of the new edition (its PDF's name). */
  date: string;
  /** Its short label, « mi-2022 »: also its id (the folder's name) unless `id` is given. */
  label: string;
  id?: string;
  /** The edition to start from; default: the latest. */
  from?: string;
}

export interface NewEditionPlan {
  id: string;
  from: EditionEntry;
  /** `editions/mi-2022`. */
  dir: string;
  /** Project-relative path → text, the whole new folder. */
  files: Map<string, string>;
  /** Edition words of the copied texts rewritten for the new edition (« mi-2021 » → « mi-2022 »), as `file:line`. */
  rewritten: string[];
  /** Projects whose statut was reset, by former statut. */
  reset: { nouveau: string[]; aAchever: string[] };
  /** Paths, in the new folder, of what a person must write or check. */
  todo: { edition: string; projets: string; page?: string; brochure: string[] };
}

/** A usage mistake (bad date, existing id…): the CLI prints it and exits 2. */
export class NewEditionError extends Error {}

/** « mi-2022 » → « mi-2022 »; « Mi 2022 » → « mi-2022 ». */
export function editionId(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function planNewEdition(world: World, config: Config, opts: NewEditionOptions): Promise<NewEditionPlan> {
  const problem = checkIsoDate(opts.date);
  if (problem) throw new NewEditionError(`date « ${opts.date} » ${problem === 'format' ? 'illisible : attendue au format AAAA-MM-JJ (ex. 2022-07-01)' : 'invalide : ce jour n’existe pas'}`);
  const label = opts.label.trim();
  if (!label) throw new NewEditionError('--label attend le nom court de l’édition (ex. mi-2022)');
  const id = opts.id ?? editionId(label);
  if (!EDITION_ID.test(id)) throw new NewEditionError(`identifiant « ${id} » : minuscules, chiffres et tirets attendus (ex. mi-2022)`);

  const { editions, diagnostics } = await listEditions(world, config);
  if (diagnostics.length) throw new BuildError(diagnostics);
  if (!editions.length) throw new NewEditionError(`aucune édition dans ${config.editionsDir}/ : il faut une édition de départ`);
  if (editions.some((e) => e.id === id)) throw new NewEditionError(`l’édition « ${id} » existe déjà (${config.editionsDir}/${id}/)`);
  const from = opts.from === undefined ? editions[editions.length - 1] : editions.find((e) => e.id === opts.from);
  if (!from) throw new NewEditionError(`édition de départ « ${opts.from} » inconnue : éditions disponibles ${editions.map((e) => e.id).join(', ')}`);
  const latest = editions[editions.length - 1];
  if (opts.date <= latest.date) throw new NewEditionError(`la date ${opts.date} doit suivre celle de la dernière édition (${latest.id}, ${latest.date}) : l’édition la plus récente est celle que construit npm run brochure`);

  const dir = `${config.editionsDir.replace(/\/+$/, '')}/${id}`;
  const files = new Map<string, string>();
  const reset = { nouveau: [] as string[], aAchever: [] as string[] };
  let page: string | undefined;
  const brochure: string[] = [];
  for (const file of await world.list(from.dir)) {
    const rel = file.slice(from.dir.length + 1);
    let text = await world.readText(file);
    let target = `${dir}/${rel}`;
    if (rel === EDITION_FILE) text = await bringEditionForward(text, from, id, label, opts.date);
    else if (rel === 'projets.yaml') text = resetStatuts(text, reset);
    else if (rel.startsWith('page/') && rel.endsWith('.markdown')) {
      const name = rel.slice('page/'.length);
      target = `${dir}/page/${name.includes(from.id) ? name.replaceAll(from.id, id) : name.replace(/\.markdown$/, `-${id}.markdown`)}`;
      text = text.replace(/^(date:[ \t]*)\d{4}-\d{2}-\d{2}/m, `$1${opts.date}`);
      page = target;
    } else if (rel.startsWith('brochure/')) brochure.push(target);
    // Comments name the edition's folder (« editions/mi-2021 »).
    files.set(target, text.replaceAll(`${config.editionsDir.replace(/\/+$/, '')}/${from.id}`, dir));
  }

  // The copied texts still say the last edition's words where they were typed rather than written as placeholders:
  // the lint's own fixes, as for `--fix`, with this edition's words.
  const rewritten: string[] = [];
  const words = { courte: id, annee: opts.date.slice(0, 4), date: opts.date, publication: opts.date };
  for (const [file, text] of files) {
    if (!/\.(?:md|markdown)$/.test(file) && !file.endsWith(`/${EDITION_FILE}`)) continue;
    const findings = lintText(file, text, { config, produced: new Map(), edition: words }).filter((f) => f.edit && (f.code === 'edition-incoherente' || f.code === 'annee-incoherente'));
    if (!findings.length) continue;
    files.set(file, applyEdits(text, findings).text);
    for (const f of findings) rewritten.push(`${f.pos!.file}:${f.pos!.line}`);
  }
  return { id, from, dir, files, rewritten, reset, todo: { edition: `${dir}/${EDITION_FILE}`, projets: `${dir}/projets.yaml`, ...(page ? { page } : {}), brochure } };
}

/** `edition:` brought forward, everything else (comments included) as it was; the édito becomes an illustrative draft. */
async function bringEditionForward(text: string, from: EditionEntry, id: string, label: string, date: string): Promise<string> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text);
  const libelle = doc.getIn(['edition', 'libelle']);
  const next = typeof libelle === 'string' && libelle.includes(from.id) ? libelle.replaceAll(from.id, label) : `Édition actualisée ${label}`;
  doc.setIn(['edition', 'libelle'], next);
  doc.setIn(['edition', 'date'], date);
  if (doc.hasIn(['edition', 'publication'])) doc.setIn(['edition', 'publication'], date);
  doc.setIn(['edition', 'precedente'], from.id);
  // The last edition's own documents are not this one's: only the sources its projects cite, until some are added.
  if (doc.hasIn(['edition', 'sources'])) doc.setIn(['edition', 'sources'], doc.createNode([]));
  if (doc.hasIn(['edito'])) {
    doc.setIn(['edito', 'illustratif'], true);
    doc.deleteIn(['edito', 'titre']);
    doc.setIn(['edito', 'texte'], 'Ici prendra place l’édito de cette édition, qui reste à écrire : ce texte provisoire en tient la place.');
  }
  return doc.toString({ lineWidth: 100 });
}

/** `nouveau` and `à achever` belong to the edition that said them: back to `en cours`, each listed for a person to check. */
function resetStatuts(text: string, reset: NewEditionPlan['reset']): string {
  let current = '';
  return text
    .split('\n')
    .map((line) => {
      const id = /^\s*-\s+id:\s*(\S+)/.exec(line);
      if (id) current = id[1];
      const m = /^(\s+statut:[ \t]*)(nouveau|à achever)[ \t]*$/.exec(line);
      if (!m) return line;
      (m[2] === 'nouveau' ? reset.nouveau : reset.aAchever).push(current);
      return `${m[1]}en cours`;
    })
    .join('\n');
}

/** What only a person can write, in French, one step per line: the end of the command's report. */
export function checklist(plan: NewEditionPlan, previousYear: string): string[] {
  const { todo, reset, from, id } = plan;
  const lines = [
    `À faire à la main pour l’édition ${id} (les chiffres, les dates, les noms de fichiers et « ce qui a changé » viennent des données) :`,
    `  1. Édito : ${todo.edition}, section « edito » (signataire, fonction, texte) — le texte actuel est provisoire et imprimé comme tel ;`,
    `     si l’édito est cité par la page web ({: .citation}), c’est dans ${todo.page ?? 'la page'}.`,
    `  2. Statuts : ${todo.projets} — quels projets sont achevés, lesquels seront achevés d’ici la fin de l’année (« à achever »).`,
  ];
  if (reset.aAchever.length) lines.push(`     Étaient « à achever » d’ici fin ${previousYear}, remis « en cours » : ${reset.aAchever.join(', ')} (achevés depuis ?).`);
  if (reset.nouveau.length) lines.push(`     Étaient « nouveau » dans l’édition ${from.id}, remis « en cours » : ${reset.nouveau.join(', ')}.`);
  lines.push(
    `  3. Nouveaux projets : ajoutez-les à ${todo.projets} avec « statut: nouveau » ; un projet qui quitte la feuille de route est retiré de la liste (gardez l’« id » des autres).`,
    `  4. Bilan : ${todo.brochure.find((f) => f.endsWith('/bilan.md')) ?? 'brochure/bilan.md'} — les faits de l’année, à réécrire.`,
    `  5. Gouvernance : ${todo.brochure.find((f) => f.endsWith('/gouvernance.md')) ?? 'brochure/gouvernance.md'} — responsables, instances, rang de l’actualisation.`,
    `  6. Page web : ${todo.page ?? 'page/'} — le chapeau et le texte ; la date de publication et l’heure dans « date: ».`,
    `  7. Sources : déclarez les nouvelles dans data/sources.yaml et listez celles de l’édition dans ${todo.edition} (« sources »).`,
    `  8. Dates : ${todo.edition} — « publication » (mise en ligne) ; la période de la feuille de route, si elle change.`,
    `  9. Une mission renommée : « missions_renommees » dans les éditions qui l’appelaient autrement, et data/missions.yaml.`,
    `Puis : npm run brochure (l’édition ${id} est désormais la plus récente), npm run review -- --against ${from.id}.`,
  );
  return lines;
}
