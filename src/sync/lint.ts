// The editorial lint: what must never be published, in any Markdown or YAML text of the project or in a page of the site.
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { finding, type Finding, q } from './findings.js';
import { ALT_KEYS, DOWNLOAD_EXTENSIONS, EDITION_LABEL, EDITION_YEAR, isGenericAlt, PLACEHOLDER_PATTERNS, PREVIOUS_EDITION_SUFFIX, PREVIOUS_EDITION_WORDS, SINCE } from './patterns.js';
import { roadmapMentions } from './periods.js';
import { baseName, linkAt, type ScannedPage, scanPage, sentenceAround, slice } from './scan.js';
import type { EditionWords } from './facts.js';
import { EDITION_FILE } from '../load/editions.js';
import { sizeLabelFindings } from './size-labels.js';

export interface LintContext {
  config: Config;
  /** Upload names the build produces, with their size when known (see `SiteFacts.produced`). */
  produced: ReadonlyMap<string, number | undefined>;
  /** The current roadmap period: when a text has two, the other one is the one reported. */
  periode?: string;
  /** The edition being built: a label or year of another edition typed in its texts is an error. */
  edition?: EditionWords;
  /** Folders of the edition being built (data, brochure texts, page): the lint reads these, not other editions'. */
  folders?: { dataDirs: readonly string[]; brochureDirs: readonly string[]; pageDir: string };
}

const byLine = (a: Finding, b: Finding) => a.pos!.line - b.pos!.line || a.pos!.column - b.pos!.column;

/** A pasted lorem ipsum or a page full of « ???? » would print a line per occurrence: the first ones say enough. */
const MAX_PER_CODE = 10;

/** The findings sorted, at most MAX_PER_CODE of each code, then one line that says how many more there are. */
function capped(findings: Finding[]): Finding[] {
  const sorted = findings.sort(byLine);
  const seen = new Map<string, number>();
  const out = sorted.filter((f) => {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    return n <= MAX_PER_CODE;
  });
  for (const [code, n] of seen) {
    if (n <= MAX_PER_CODE) continue;
    const last = out.filter((f) => f.code === code).at(-1)!;
    const more = n - MAX_PER_CODE;
    out.splice(out.indexOf(last) + 1, 0, { severity: last.severity, code, pos: last.pos, message: `et ${more} autre${more > 1 ? 's' : ''} du même genre dans ce fichier (corrigez les premiers et relancez)` });
  }
  return out;
}
const scan = (file: string, text: string) => scanPage(text, /\.ya?ml$/i.test(file));

/** In YAML, only the edition's own description names the edition: shared data (sources…) cites every edition. */
const namesEdition = (file: string) => !/\.ya?ml$/i.test(file) || file.endsWith(`/${EDITION_FILE}`);

/** Lints one text; `.yaml`/`.yml` files are read as YAML, anything else as a Markdown page. */
export function lintText(file: string, text: string, ctx: LintContext): Finding[] {
  const page = scan(file, text);
  return capped([
    ...textOnly(file, page),
    ...periodConflicts(file, page, ctx),
    ...(namesEdition(file) && ctx.edition ? editionWordFindings(file, page, ctx.edition) : []),
    ...brokenUploads(file, page, ctx),
    ...duplicateDownloads(file, page, ctx),
    ...sizeLabelFindings(file, page, ctx.produced),
  ]);
}

/**
 * The findings that need nothing but the text (no data, no built file): a build that fails before the lint's turn
 * runs these on what it read, so a provisional « ???? » is reported with the build's own errors, not a run later.
 */
export function lintSourceText(file: string, text: string, edition?: EditionWords): Finding[] {
  const page = scan(file, text);
  return capped([...textOnly(file, page), ...(namesEdition(file) && edition ? editionWordFindings(file, page, edition) : [])]);
}

function textOnly(file: string, page: ScannedPage): Finding[] {
  return [...placeholders(file, page), ...genericAlts(file, page), ...brokenAnchors(file, page)];
}

/** Every Markdown and YAML file under the content and data folders, in sorted order. */
/** `known`: texts already read by the build (Inputs.sources), so the lint judges what was built, not a later save. */
export async function lintProject(world: World, ctx: LintContext, known: ReadonlyMap<string, string> = new Map()): Promise<Finding[]> {
  const { contentDir, dataDir } = ctx.config;
  const f = ctx.folders;
  // With editions: the shared folders and this edition's own files (its subfolders brochure/ and page/ included).
  const textDirs = f ? [contentDir, ...f.brochureDirs.slice(1), f.pageDir] : [contentDir];
  const dataDirs = f ? f.dataDirs : [dataDir];
  const listed = async (dirs: readonly string[], re: RegExp) => (await Promise.all(dirs.map((d) => world.list(d.replace(/\/+$/, ''))))).flat().filter((x) => re.test(x));
  const files = [...new Set([...(await listed(textDirs, /\.(?:md|markdown)$/i)), ...(await listed(dataDirs, /\.ya?ml$/i))])];
  const texts = await Promise.all(files.map((f) => known.get(f) ?? world.readText(f)));
  return files.flatMap((f, i) => lintText(f, texts[i], ctx));
}

function placeholders(file: string, { text }: ScannedPage): Finding[] {
  return PLACEHOLDER_PATTERNS.flatMap(({ re }) =>
    [...text.matchAll(re)].map((m) =>
      finding(file, text, m.index!, 'error', 'texte-provisoire', `texte provisoire ${q(m[0])} : à remplacer par le texte définitif avant publication`),
    ),
  );
}

/**
 * A document's title quoted « … », or its address, names that document's roadmap (the shared list of sources cites
 * documents of every edition): a citation, not a claim about the roadmap of this edition.
 */
function isCitation(page: ScannedPage, m: { start: number; end: number }): boolean {
  const { text } = page;
  if (page.scalars.some((s) => s.key === 'url' && s.value.start <= m.start && m.end <= s.value.end)) return true;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const before = text.slice(lineStart, m.start);
  return before.lastIndexOf('«') > before.lastIndexOf('»');
}

function periodConflicts(file: string, page: ScannedPage, ctx: LintContext): Finding[] {
  const mentions = roadmapMentions(page).filter((m) => !m.markedPrevious && !isCitation(page, m));
  const values = [...new Set(mentions.map((m) => m.value))];
  if (values.length < 2) return [];
  const reference = ctx.periode && values.includes(ctx.periode) ? ctx.periode : values[0];
  const first = mentions.find((m) => m.value === reference)!;
  const line = page.text.slice(0, first.start).split('\n').length;
  return mentions
    .filter((m) => m.value !== reference)
    .map((m) =>
      finding(file, page.text, m.start, 'error', 'periode-incoherente', `feuille de route ${q(m.value)} ici mais ${q(reference)} ligne ${line} : une même feuille de route a deux périodes`, {
        hint: `s’il s’agit de l’édition précédente, écrivez-le : ${q(m.value + PREVIOUS_EDITION_SUFFIX)}`,
      }),
    );
}

/**
 * Edition words typed in a text (« mi-2020 », « Édition 2019 », « nouveaux … en 2020 ») that are not those of the
 * edition being built — the words a copied text keeps from the last edition. A mention the sentence presents as
 * a past edition (« depuis », « précédente », « comptait »…), a quoted title « … » and a link's address are not claims
 * about this edition. The fix writes the edition's own word.
 */
function editionWordFindings(file: string, page: ScannedPage, ed: EditionWords): Finding[] {
  const { text } = page;
  const out: Finding[] = [];
  const past = (start: number, end: number) => {
    if (linkAt(page.links, start).part === 'url') return true;
    const sentence = sentenceAround(text, start, end);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    const quoted = before.lastIndexOf('«') > before.lastIndexOf('»');
    return quoted || PREVIOUS_EDITION_WORDS.test(sentence) || SINCE.test(sentence);
  };
  for (const m of text.matchAll(EDITION_LABEL)) {
    const start = m.index! + m[0].indexOf(m[1]);
    const label = m[1].toLowerCase().replace(/[\u00a0\s]+/g, '');
    const short = label.startsWith('mi-') ? label : label.replace(/^\D+/, '');
    if (short === ed.courte || past(start, start + m[1].length)) continue;
    const fix = ed.courte && /^mi-\d{4}$/.test(short) === /^mi-\d{4}$/.test(ed.courte) ? ed.courte : undefined;
    // « mi-2020 » is replaced whole; in « édition 2019 », the year only.
    const end = start + m[1].length;
    const from = short.startsWith('mi-') ? start : end - 4;
    out.push(
      finding(file, text, start, 'error', 'edition-incoherente', `édition ${q(m[1])} : ce texte est celui de l’édition ${q(ed.courte ?? ed.annee)}${fix ? ` ; attendu ${q(fix)}` : ''}`, {
        hint: 'dans les textes de content/ et editions/, écrivez {{ edition_courte }} ou {{ edition }} ; s’il s’agit d’une édition passée, dites-le (« depuis l’édition mi-2020 », « l’édition précédente »)',
        ...(fix ? { edit: { start: from, end, text: fix } } : {}),
      }),
    );
  }
  for (const m of text.matchAll(EDITION_YEAR)) {
    const start = m.index! + m[0].length - m[1].length;
    if (m[1] === ed.annee || past(start, start + 4)) continue;
    out.push(
      finding(file, text, start, 'error', 'annee-incoherente', `${q(m[0].replace(/[\s\u00a0]+/g, ' '))} : l’édition est celle de ${ed.annee} ; attendu ${q(ed.annee)}`, {
        hint: 'dans les textes de content/ et editions/, écrivez {{ annee }}',
        edit: { start, end: start + 4, text: ed.annee },
      }),
    );
  }
  return out;
}

function genericAlts(file: string, { text, links, scalars }: ScannedPage): Finding[] {
  const alts = [
    ...links.filter((l) => l.image).map((l) => l.text),
    ...scalars.filter((s) => ALT_KEYS.test(s.key)).map((s) => s.value),
  ];
  return alts
    .filter((s) => !slice(text, s).includes('{{') && isGenericAlt(slice(text, s)))
    .map((s) =>
      finding(file, text, s.start, 'error', 'alt-generique', `texte alternatif ${q(slice(text, s))} vide ou générique : décrivez ce que montre l’image`),
    );
}

function uploadName(url: string, config: Config): string | undefined {
  const site = config.siteUrl.replace(/\/$/, '');
  const p = url.startsWith(site) ? url.slice(site.length) : url;
  return p.startsWith(config.uploadsPath) ? p.slice(config.uploadsPath.length).replace(/[?#].*$/, '') : undefined;
}

function brokenAnchors(file: string, { text, links, bodyStart }: ScannedPage): Finding[] {
  const ids = anchors(text.slice(bodyStart));
  return links
    .filter((l) => {
      const url = slice(text, l.url);
      return url.startsWith('#') && url.length > 1 && !ids.has(decodeURIComponent(url.slice(1)));
    })
    .map((l) => finding(file, text, l.url.start, 'error', 'lien-casse', `ancre ${q(slice(text, l.url))} introuvable dans la page`));
}

function brokenUploads(file: string, { text, links }: ScannedPage, ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const l of links) {
    const url = slice(text, l.url);
    const name = uploadName(url, ctx.config);
    if (name !== undefined && !url.includes('{{') && !ctx.produced.has(name)) {
      out.push(
        finding(file, text, l.url.start, 'error', 'lien-casse', `${q(url)} : ce fichier n’est pas produit par la construction (fichiers produits : ${[...ctx.produced.keys()].join(', ')})`),
      );
    }
  }
  return out;
}

/** Heading ids as kramdown writes them (accents kept or dropped: both are accepted), `{#id}` and HTML ids. */
function anchors(body: string): Set<string> {
  const ids = new Set<string>();
  for (const m of body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const slug = m[1].toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-');
    ids.add(slug);
    ids.add(slug.normalize('NFD').replace(/\p{M}/gu, ''));
  }
  for (const m of body.matchAll(/\{:?\s*#([\w-]+)[^}]*\}|\s(?:id|name)=["']([^"']+)["']/g)) ids.add(m[1] ?? m[2]);
  return ids;
}

function duplicateDownloads(file: string, { text, links }: ScannedPage, ctx: LintContext): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const l of links) {
    if (l.image) continue;
    const url = slice(text, l.url);
    const name = uploadName(url, ctx.config) ?? (DOWNLOAD_EXTENSIONS.test(url.replace(/[?#].*$/, '')) ? url : undefined);
    if (!name || url.includes('{{')) continue;
    const key = baseName(name);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, l.span.start);
    else {
      const line = text.slice(0, seen).split('\n').length;
      out.push(finding(file, text, l.span.start, 'warning', 'lien-en-double', `deuxième lien vers le même téléchargement ${q(key)} (déjà ligne ${line}) : un seul lien par fichier suffit`));
    }
  }
  return out;
}
