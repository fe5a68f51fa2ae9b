// The editorial lint: what must never be published, in any Markdown or YAML text of the project or in a page of the site.
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { finding, type Finding, q } from './findings.js';
import { ALT_KEYS, DOWNLOAD_EXTENSIONS, isGenericAlt, PLACEHOLDER_PATTERNS, PREVIOUS_EDITION_SUFFIX } from './patterns.js';
import { roadmapMentions } from './periods.js';
import { baseName, type ScannedPage, scanPage, slice } from './scan.js';
import { sizeLabelFindings } from './size-labels.js';

export interface LintContext {
  config: Config;
  /** Upload names the build produces, with their size when known (see `SiteFacts.produced`). */
  produced: ReadonlyMap<string, number | undefined>;
  /** The current roadmap period: when a text has two, the other one is the one reported. */
  periode?: string;
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

/** Lints one text; `.yaml`/`.yml` files are read as YAML, anything else as a Markdown page. */
export function lintText(file: string, text: string, ctx: LintContext): Finding[] {
  const page = scan(file, text);
  return capped([
    ...textOnly(file, page),
    ...periodConflicts(file, page, ctx),
    ...brokenUploads(file, page, ctx),
    ...duplicateDownloads(file, page, ctx),
    ...sizeLabelFindings(file, page, ctx.produced),
  ]);
}

/**
 * The findings that need nothing but the text (no data, no built file): a build that fails before the lint's turn
 * runs these on what it read, so a provisional « ???? » is reported with the build's own errors, not a run later.
 */
export function lintSourceText(file: string, text: string): Finding[] {
  return capped(textOnly(file, scan(file, text)));
}

function textOnly(file: string, page: ScannedPage): Finding[] {
  return [...placeholders(file, page), ...genericAlts(file, page), ...brokenAnchors(file, page)];
}

/** Every Markdown and YAML file under the content and data folders, in sorted order. */
/** `known`: texts already read by the build (Inputs.sources), so the lint judges what was built, not a later save. */
export async function lintProject(world: World, ctx: LintContext, known: ReadonlyMap<string, string> = new Map()): Promise<Finding[]> {
  const { contentDir, dataDir } = ctx.config;
  const files = [
    ...(await world.list(contentDir)).filter((f) => /\.(?:md|markdown)$/i.test(f)),
    ...(await world.list(dataDir)).filter((f) => /\.ya?ml$/i.test(f)),
  ];
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

function periodConflicts(file: string, page: ScannedPage, ctx: LintContext): Finding[] {
  const mentions = roadmapMentions(page).filter((m) => !m.markedPrevious);
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
