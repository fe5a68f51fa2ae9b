// The regenerated web page: the editorial page's raw text with its `{{ name }}` placeholders filled, nothing else
// touched; and what makes it a drop-in publication for numerique.gouv.fr, checked before it is written.
import type { Diagnostic } from '../diagnostics.js';
import { splitFrontMatter } from '../load/front-matter.js';
import type { EditorialDoc } from '../load/types.js';
import { formatDateFr } from '../model/dates.js';
import { expandPlaceholders, unknownPlaceholderMessage } from '../model/placeholders.js';
import { lineColumn } from '../text-position.js';

/** The placeholders' values: the data's (`dataValues`) plus the built files' (see `pageValues`). */
export type PageValues = Readonly<Record<string, string>>;

/**
 * Values go in verbatim (front matter included): the page's author owns the quoting around each placeholder.
 * Unknown names are left in place and reported as errors, so the caller must not publish a page with errors.
 */
export function renderWebPage(page: EditorialDoc, values: PageValues): { text: string; diagnostics: Diagnostic[] } {
  const { text, unknown } = expandPlaceholders(page.source, values);
  const diagnostics: Diagnostic[] = unknown.map((u) => ({
    severity: 'error',
    code: 'placeholder-inconnu',
    pos: { file: page.file, ...lineColumn(page.source, u.offset) },
    ...unknownPlaceholderMessage(u, page.file, values),
  }));
  return { text, diagnostics };
}

/**
 * numerique.gouv.fr's publication pages, from the site's sources (numerique-gouv/numerique.gouv.fr: `_config.yml`,
 * `_layouts/rgaa.html`, `_publications/tech-gouv-*.markdown`): the page is dropped into the `_publications`
 * collection under its own file name, which gives its URL, and shown with the `rgaa` layout. docs/website-contract.md.
 */
export const SITE_PUBLICATIONS = {
  collection: '_publications',
  layout: 'rgaa',
  /** The collection's URL prefix: every link of the site to a publication reads `/publications/<file name>/`. */
  urlPrefix: '/publications/',
} as const;

/** Where the site serves the page named `pageName` (`OutputNames.page`): `/publications/tech-gouv-…-mi-2020/`. */
export function publicationUrl(pageName: string): string {
  return `${SITE_PUBLICATIONS.urlPrefix}${pageName.replace(/\.[^.]+$/, '')}/`;
}

/** What the page's front matter must say, from the data and the files just built. */
export interface PublicationExpectations {
  /** The `une` image produced from the cover (`une.image`, `une-ou-diaporama[0].image`). */
  uneUrl: string;
  /** The day the edition goes online (`edition.publication`, YYYY-MM-DD), when the data give it. */
  publication?: string;
}

/**
 * The front matter fields the site's publication pages carry and its layouts read (the `rgaa` layout: `une.image`
 * and `une.alternative-textuelle` for the header image; the listing card: `une-ou-diaporama[0]`, `title`, `date`,
 * `chapeau-text`), checked on the rendered page: a page missing one is not a drop-in replacement and is not published.
 * Positions are the editorial page's: placeholders never span lines, so the lines are the same.
 */
export function checkPublicationFrontMatter(page: EditorialDoc, rendered: string, expect: PublicationExpectations): Diagnostic[] {
  const { frontMatter: fm, frontMatterPos: at, lineOffset, diagnostics } = splitFrontMatter(page.file, rendered);
  if (diagnostics.length) return diagnostics;
  const out: Diagnostic[] = [];
  const end = { file: page.file, line: Math.max(lineOffset, 1), column: 1 };
  const problem = (key: string, message: string, hint?: string) =>
    out.push({ severity: 'error', code: 'page-en-tete', pos: at[key] ?? end, message, ...(hint ? { hint } : {}) });
  const missing = (key: string, what: string) => problem(key, `champ « ${key} » absent de l’en-tête de la page : ${what}`, `ajoutez-le avant la ligne --- qui ferme l’en-tête`);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

  if (fm.layout !== SITE_PUBLICATIONS.layout) {
    if (fm.layout === undefined) missing('layout', `le site affiche ses publications avec « layout: ${SITE_PUBLICATIONS.layout} » (sans cette ligne, la page s’affiche sans la mise en page du site)`);
    else problem('layout', `« layout: ${String(fm.layout)} » : les publications du site utilisent « layout: ${SITE_PUBLICATIONS.layout} »`);
  }
  if (!text(fm.title)) missing('title', 'le titre de la publication');
  if (!text(fm['chapeau-text'])) missing('chapeau-text', 'le chapeau, repris sur la carte de la liste des publications');
  const tags = fm.tags;
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every((t) => text(t))) {
    if (tags === undefined) missing('tags', 'la liste des thèmes de la publication');
    else problem('tags', '« tags » doit être une liste de thèmes, un par ligne commençant par « - »');
  }
  checkDates(fm, expect, problem, missing);
  checkUne(fm, expect, problem, missing);
  return out;
}

type Problem = (key: string, message: string, hint?: string) => void;
type Missing = (key: string, what: string) => void;

function checkDates(fm: Record<string, unknown>, expect: PublicationExpectations, problem: Problem, missing: Missing) {
  // `date: 2020-08-28 12:33:00 +02:00`: the core schema keeps it a string, so no time zone moves its day.
  const date = typeof fm.date === 'string' ? fm.date : undefined;
  const day = date && /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?$/.exec(date.trim())?.[1];
  if (fm.date === undefined) missing('date', `la date de mise en ligne (ex. « date: ${expect.publication ?? '2020-08-28'} 12:00:00 +02:00 »)`);
  else if (!day) problem('date', `« date » vaut « ${String(fm.date)} » : attendu AAAA-MM-JJ, éventuellement suivi de l’heure (ex. « ${expect.publication ?? '2020-08-28'} 12:00:00 +02:00 »)`);
  else if (expect.publication && day !== expect.publication) {
    problem('date', `« date » est le ${day}, mais l’édition est publiée le ${expect.publication} (edition.publication dans les données)`);
  }
  const modified = fm.date_de_modification;
  const label = expect.publication ? formatDateFr(expect.publication) : undefined;
  if (modified === undefined) missing('date_de_modification', `la date de mise à jour affichée par le site${label ? ` (ici « ${label} »)` : ''}`);
  else if (label && modified !== label) {
    problem('date_de_modification', `« date_de_modification » vaut « ${String(modified)} » : attendu « ${label} », la date de publication de l’édition`, 'écrivez « date_de_modification: {{ date_publication }} »');
  }
}

function checkUne(fm: Record<string, unknown>, expect: PublicationExpectations, problem: Problem, missing: Missing) {
  const hint = 'écrivez « image: "{{ une_url }}" » et « alternative-textuelle: "{{ vignette_alt }}" »';
  const image = (key: string, entry: unknown) => {
    const e = entry as Record<string, unknown> | undefined;
    if (!e || typeof e !== 'object') return problem(key, `« ${key} » doit contenir « image » et « alternative-textuelle »`, hint);
    if (e.image !== expect.uneUrl) {
      problem(key, `l’image de « ${key} » est « ${String(e.image ?? '')} » : attendu « ${expect.uneUrl} », l’image produite à partir de la couverture`, hint);
    }
    const alt = e['alternative-textuelle'];
    if (typeof alt !== 'string' || alt.trim() === '') problem(key, `« ${key} » n’a pas de texte alternatif (« alternative-textuelle ») : le site l’affiche dans la balise alt de l’image`, hint);
  };
  if (fm.une === undefined) missing('une', 'l’image d’en-tête de la publication (« image » et « alternative-textuelle »)');
  else image('une', fm.une);
  // The listing card reads the first picture of `une-ou-diaporama`, with its own alternative text.
  const list = fm['une-ou-diaporama'];
  if (list === undefined) missing('une-ou-diaporama', 'l’image de la carte dans la liste des publications');
  else if (!Array.isArray(list) || list.length === 0) problem('une-ou-diaporama', '« une-ou-diaporama » doit être une liste dont le premier élément commence par « - image: »', hint);
  else image('une-ou-diaporama', list[0]);
}
