// The page check: every claim a page of the site makes about the brochure, compared with the data and the built PDF.
import type { SiteFacts } from './facts.js';
import { finding, type Finding, q } from './findings.js';
import { COUNT_LABELS, COUNT_PATTERNS, type CountKey, EDITION_LABEL, isGenericAlt, NUMBER_WORDS, PREVIOUS_EDITION_SUFFIX, PREVIOUS_EDITION_WORDS, ROADMAP_WORDS, YEAR_RANGE } from './patterns.js';
import { roadmapMentions } from './periods.js';
import { formatDateFr, parseDateFr } from '../model/dates.js';
import { anyEditionName } from '../config.js';
import { baseName, type Link, type ScannedPage, scanPage, sentenceAround, slice } from './scan.js';
import { sizeLabelFindings } from './size-labels.js';

/** Drifts of one page; each finding carries its fix when one can be written without guessing. */
export function checkPage(file: string, text: string, facts: SiteFacts): Finding[] {
  const page = scanPage(text);
  return [
    ...title(file, page, facts),
    ...pageDate(file, page, facts),
    ...counts(file, page, facts),
    ...periods(file, page, facts),
    ...pdfLinks(file, page, facts),
    ...thumbnails(file, page, facts),
    ...une(file, page, facts),
    // A size label on a link to another edition's PDF labels this edition's PDF once the link is fixed: it is
    // checked against it now, so that one `--fix` is enough.
    ...sizeLabelFindings(file, page, facts.produced, (name) => (brochurePdf(facts).test(name) ? facts.pdfName : undefined)),
  ].sort((a, b) => a.pos!.line - b.pos!.line || a.pos!.column - b.pos!.column);
}

const normalise = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/'/g, '’').trim();

function title(file: string, { text, scalars }: ScannedPage, facts: SiteFacts): Finding[] {
  const t = scalars.find((s) => s.key === 'title');
  if (!t || facts.title === undefined || normalise(slice(text, t.value)) === normalise(facts.title)) return [];
  const quote = text[t.value.start - 1];
  const expected = quote === "'" ? facts.title.replaceAll("'", "''") : facts.title;
  return [finding(file, text, t.value.start, 'error', 'titre', `titre ${q(slice(text, t.value))} différent de celui de la page éditoriale ; attendu ${q(facts.title)}`, { edit: { ...t.value, text: expected } })];
}

/**
 * A page about this edition cannot be older than it: its front-matter dates (`date`, and the site's
 * `date_de_modification`, « 28 août 2020 ») are the last edition's, left behind.
 */
function pageDate(file: string, { text, scalars }: ScannedPage, facts: SiteFacts): Finding[] {
  const out: Finding[] = [];
  const expected = facts.edition.publication ?? facts.edition.date;
  const d = scalars.find((x) => x.key === 'date');
  const day = d ? /^(\d{4}-\d{2}-\d{2})/.exec(slice(text, d.value))?.[1] : undefined;
  if (d && day && day < facts.edition.date) {
    out.push(
      finding(file, text, d.value.start, 'error', 'date-page', `date de la page ${q(day)} antérieure à l’édition qu’elle présente (${facts.edition.date}) ; attendu ${q(expected)}`, {
        edit: { start: d.value.start, end: d.value.start + 10, text: expected },
      }),
    );
  }
  const modified = scalars.find((x) => x.key === 'date_de_modification');
  const modifiedDay = modified ? parseDateFr(slice(text, modified.value)) : undefined;
  if (modified && modifiedDay && modifiedDay < facts.edition.date) {
    out.push(
      finding(file, text, modified.value.start, 'error', 'date-page', `date de mise à jour ${q(slice(text, modified.value))} antérieure à l’édition qu’elle présente (${formatDateFr(facts.edition.date)}) ; attendu ${q(formatDateFr(expected))}`, {
        edit: { ...modified.value, text: formatDateFr(expected) },
      }),
    );
  }
  return out;
}

function parseNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  return w === 'une' ? 1 : NUMBER_WORDS.indexOf(w as (typeof NUMBER_WORDS)[number]);
}

function counts(file: string, { text }: ScannedPage, facts: SiteFacts): Finding[] {
  const seen = new Set<number>();
  const out: Finding[] = [];
  for (const { key, re } of COUNT_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index! + m[0].indexOf(m[1]);
      if (seen.has(start)) continue;
      seen.add(start);
      // A sentence about the previous edition may quote its own counts.
      if (PREVIOUS_EDITION_WORDS.test(sentenceAround(text, start))) continue;
      const expected = facts.counts[key as CountKey];
      if (parseNumber(m[1]) === expected) continue;
      const written = /^\d+$/.test(m[1]) || expected > 20 ? String(expected) : NUMBER_WORDS[expected];
      const replacement = m[1][0] === m[1][0].toUpperCase() ? written[0].toUpperCase() + written.slice(1) : written;
      out.push(
        finding(file, text, start, 'error', 'compte-faux', `${COUNT_LABELS[key]} ${q(m[1])} dans ${q(m[0])} ; les données en donnent ${expected} : attendu ${q(m[0].replace(m[1], replacement))}`, {
          edit: { start, end: start + m[1].length, text: replacement },
        }),
      );
    }
  }
  return out;
}

function periods(file: string, page: ScannedPage, facts: SiteFacts): Finding[] {
  const { text } = page;
  const out: Finding[] = [];
  const mentions = roadmapMentions(page);
  const stated = mentions.find((m) => m.value === facts.periode);
  // Points the reader at the page's own statement of the current period, when it has one.
  const beside = stated ? `, à côté de ${q(facts.periode)} ligne ${text.slice(0, stated.start).split('\n').length}` : '';
  for (const m of mentions) {
    if (m.value === facts.periode || (m.markedPrevious && (m.value === facts.periodePrecedente || facts.periodesAnterieures.includes(m.value)))) continue;
    const current = `${facts.debut}${m.dash}${facts.fin}`;
    const toPrevious = m.value === facts.periodePrecedente && m.link !== undefined && linksToPeriod(text, m.link, m.value);
    if (m.where === 'url') {
      // The URL is right (it is the previous edition's page): the link text must say so.
      const linkText = slice(text, m.link!.text);
      out.push(
        finding(file, text, m.start, 'error', 'periode-fausse', `le lien ${q(linkText)} mène à la feuille de route ${q(m.value)} sans dire qu’elle est l’édition précédente (en cours : ${q(facts.periode)}) ; attendu ${q(linkText + PREVIOUS_EDITION_SUFFIX)}`, {
          ...(toPrevious ? { edit: { start: m.link!.text.end, end: m.link!.text.end, text: PREVIOUS_EDITION_SUFFIX } } : {}),
        }),
      );
      continue;
    }
    const fix = toPrevious ? `${slice(text, m)}${PREVIOUS_EDITION_SUFFIX}` : current;
    const why = toPrevious
      ? `${q(m.value)}, période de l’édition précédente, présentée comme la feuille de route en cours${beside}`
      : `période de la feuille de route ${q(m.value)} ; la feuille de route en cours est ${q(facts.periode)}`;
    out.push(finding(file, text, m.start, 'error', 'periode-fausse', `${why} : attendu ${q(fix)}`, { edit: { start: m.start, end: m.end, text: fix } }));
  }
  return out;
}

function linksToPeriod(text: string, link: Link, value: string): boolean {
  const url = slice(text, link.url);
  return url.includes(value) && ROADMAP_WORDS.test(url);
}

/** Any edition's PDF (`\d{8}_Plaquette_Techgouv_DINUM.pdf`, or the config's own names). */
const brochurePdf = (facts: SiteFacts): RegExp => anyEditionName(facts.config, 'pdfName');

function pdfLinks(file: string, { text, links }: ScannedPage, facts: SiteFacts): Finding[] {
  const isBrochure = brochurePdf(facts);
  const out: Finding[] = [];
  let found = false;
  for (const l of links) {
    if (l.image) continue;
    const url = slice(text, l.url);
    const name = baseName(url);
    if (!isBrochure.test(name)) continue;
    found = true;
    if (name === facts.pdfName) continue;
    const at = l.url.start + url.lastIndexOf(name);
    out.push(
      finding(file, text, l.url.start, 'error', 'lien-pdf', `lien vers ${q(name)} : le PDF de cette édition s’appelle ${q(facts.pdfName)} ; attendu ${q(facts.values.pdf_url)}`, {
        edit: { start: at, end: at + name.length, text: facts.pdfName },
      }),
    );
  }
  if (!found) {
    out.push(finding(file, text, 0, 'error', 'lien-pdf-absent', `aucun lien vers le PDF de la brochure ; attendu un lien vers ${q(facts.values.pdf_url)}`));
  }
  return out;
}

/** The cover image: named after the thumbnail, or the image of a link to the brochure's PDF. */
function thumbnails(file: string, { text, links }: ScannedPage, facts: SiteFacts): Finding[] {
  const isBrochure = brochurePdf(facts);
  // Any edition's thumbnail: the name up to its edition part (`capture-plaquette-TECH-couv`).
  const base = facts.config.thumbnailName.replace(/[-_.]?\{edition\}.*$/, '');
  const expectedName = baseName(facts.values.vignette_url);
  const out: Finding[] = [];
  for (const img of links.filter((l) => l.image)) {
    const src = slice(text, img.url);
    const name = baseName(src);
    const inPdfLink = links.some((l) => !l.image && l.span.start < img.span.start && img.span.end <= l.span.end && isBrochure.test(baseName(slice(text, l.url))));
    if (!name.startsWith(base) && !inPdfLink) continue;
    if (!facts.produced.has(name)) {
      const at = img.url.start + src.lastIndexOf(name);
      out.push(
        finding(file, text, img.url.start, 'error', 'vignette', `vignette ${q(src)} : ce fichier n’est pas produit ; attendu ${q(facts.values.vignette_url)}`, {
          edit: { start: at, end: at + name.length, text: expectedName },
        }),
      );
    }
    out.push(...srcset(file, text, img, base, facts));
    const alt = slice(text, img.text);
    if (!isGenericAlt(alt) && namesAnotherEdition(alt, facts)) {
      out.push(
        finding(file, text, img.text.start, 'error', 'vignette-alt', `texte alternatif de la vignette ${q(alt)} : il décrit la couverture d’une autre édition ; attendu ${q(facts.values.vignette_alt)}`, {
          edit: { ...img.text, text: facts.values.vignette_alt },
        }),
      );
    } else if (isGenericAlt(alt)) {
      out.push(
        finding(file, text, img.text.start, 'error', 'vignette-alt', `texte alternatif de la vignette ${q(alt)} vide ou générique ; attendu ${q(facts.values.vignette_alt)}`, {
          edit: { ...img.text, text: facts.values.vignette_alt },
        }),
      );
    }
  }
  return out;
}

/**
 * The thumbnail's 2× in the kramdown attribute list right after the image (`{: srcset="/uploads/…@2x.png 2x"}`):
 * another edition's cover on high-density screens once the image itself is fixed.
 */
function srcset(file: string, text: string, img: Link, base: string, facts: SiteFacts): Finding[] {
  const ial = /^\{:[^}\n]*?\bsrcset="([^"]*)"[^}\n]*\}/.exec(text.slice(img.span.end));
  if (!ial) return [];
  const expected = baseName(facts.values.vignette_2x_url);
  const valueStart = img.span.end + ial[0].indexOf(ial[1]);
  const out: Finding[] = [];
  for (const c of ial[1].matchAll(/[^\s,]+/g)) {
    const url = c[0];
    const name = baseName(url);
    if (!url.includes('/') || !name.startsWith(base) || name === expected || !/@2x\.\w+$/.test(name)) continue;
    const at = valueStart + c.index! + url.lastIndexOf(name);
    out.push(
      finding(file, text, valueStart + c.index!, 'error', 'vignette', `vignette 2× ${q(url)} (srcset) : ce n’est pas celle de cette édition ; attendu ${q(facts.values.vignette_2x_url)}`, {
        edit: { start: at, end: at + name.length, text: expected },
      }),
    );
  }
  return out;
}

/**
 * The site's `une` picture (`une.image`, `une-ou-diaporama[0].image` in the front matter) when it is one of ours,
 * any edition's (`20200827_Publication_TECHGOUV_une.jpg`): this edition's, with the cover's description as its
 * `alternative-textuelle`. Another picture (the site's own) is the page's business.
 */
function une(file: string, { text, scalars, bodyStart }: ScannedPage, facts: SiteFacts): Finding[] {
  const isUne = anyEditionName(facts.config, 'uneName');
  const expectedName = baseName(facts.values.une_url);
  const out: Finding[] = [];
  let lastImageIsUne = false;
  for (const s of scalars.filter((x) => x.value.start < bodyStart)) {
    if (s.key === 'image') {
      const src = slice(text, s.value);
      const name = baseName(src);
      lastImageIsUne = isUne.test(name);
      if (lastImageIsUne && name !== expectedName) {
        const at = s.value.start + src.lastIndexOf(name);
        out.push(
          finding(file, text, s.value.start, 'error', 'une', `image « à la une » ${q(src)} : c’est celle d’une autre édition ; attendu ${q(facts.values.une_url)}`, {
            edit: { start: at, end: at + name.length, text: expectedName },
          }),
        );
      }
    } else if (s.key === 'alternative-textuelle' && lastImageIsUne) {
      const alt = slice(text, s.value);
      const why = isGenericAlt(alt) ? 'vide ou générique' : namesAnotherEdition(alt, facts) ? 'il décrit la couverture d’une autre édition' : undefined;
      if (why) {
        out.push(
          finding(file, text, s.value.start, 'error', 'une-alt', `texte alternatif de l’image « à la une » ${q(alt)} : ${why} ; attendu ${q(facts.values.vignette_alt)}`, {
            edit: { ...s.value, text: facts.values.vignette_alt },
          }),
        );
      }
    }
  }
  return out;
}

/** A text that names an edition label or roadmap period other than this edition's (« …, édition actualisée mi-2020 »). */
function namesAnotherEdition(text: string, facts: SiteFacts): boolean {
  const labels = [...text.matchAll(EDITION_LABEL)].map((m) => (m[1].toLowerCase().startsWith('mi-') ? m[1].toLowerCase() : m[1].slice(-4)));
  if (labels.some((l) => l !== facts.edition.courte)) return true;
  return [...text.matchAll(YEAR_RANGE)].some((m) => `${m[1]}-${m[3]}` !== facts.periode);
}
