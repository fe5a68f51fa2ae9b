// The French wording the page check and the lint recognise, as data: one table per kind of claim, edited here only.

export type CountKey = 'projets' | 'acheves' | 'enCours' | 'nouveaux' | 'missions' | 'enjeux';

/** Numbers written out, as the comms team does for small ones (« six enjeux »); the fixer keeps the written form. */
export const NUMBER_WORDS = [
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt',
] as const;

/** `N` in a count pattern: digits or a written number (longest first so « dix-huit » wins over « dix »). */
const N = `(\\d+|${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')}|une)`;
const S = '[\\s\\u00a0]+';

/**
 * Sentences that state a count of this edition. The first group is the number. Past tenses (« comptait 35 projets »)
 * are deliberately absent: they describe the previous edition.
 */
export const COUNT_PATTERNS: readonly { key: CountKey; re: RegExp }[] = [
  { key: 'projets', re: new RegExp(`\\b(?:comprend|compte|rassemble|regroupe|réunit|contient|totalise)${S}${N}${S}projets\\b`, 'giu') },
  { key: 'projets', re: new RegExp(`\\b${N}${S}projets${S}(?:au total|en tout)\\b`, 'giu') },
  { key: 'acheves', re: new RegExp(`\\b${N}${S}(?:projets${S})?(?:sont|ont été)${S}(?:désormais${S}|déjà${S}|maintenant${S})?achevés\\b`, 'giu') },
  { key: 'acheves', re: new RegExp(`\\b${N}${S}(?:projets${S})?achevés\\b`, 'giu') },
  { key: 'nouveaux', re: new RegExp(`\\b${N}${S}(?:projets${S})?nouveaux\\b`, 'giu') },
  { key: 'enCours', re: new RegExp(`\\b${N}${S}(?:projets${S})?(?:sont${S})?en cours\\b`, 'giu') },
  { key: 'enjeux', re: new RegExp(`\\b${N}${S}enjeux\\b`, 'giu') },
  { key: 'missions', re: new RegExp(`\\b${N}${S}missions\\b`, 'giu') },
];

export const COUNT_LABELS: Record<CountKey, string> = {
  projets: 'nombre de projets',
  acheves: 'nombre de projets achevés',
  enCours: 'nombre de projets en cours',
  nouveaux: 'nombre de nouveaux projets',
  missions: 'nombre de missions',
  enjeux: 'nombre d’enjeux',
};

/** A year range: « 2019-2022 », « 2019–2022 » (en dash), also inside URLs (`…-route-2019-2021/`). */
export const YEAR_RANGE = /(?<!\d)(20\d{2})(\s?[-–‑]\s?)(20\d{2})(?!\d)/g;

/** A year range names the roadmap when its sentence, link text or URL says so. */
export const ROADMAP_WORDS = /feuille[\s\u00a0-]+de[\s\u00a0-]+route|strat[ée]gie/iu;

/**
 * Words that present a mention as the previous edition, which may then keep its own period: the page may link the
 * 2019-2021 roadmap as long as the reader is told it is not the current one.
 */
export const PREVIOUS_EDITION_WORDS = /pr[ée]c[ée]dente?|initiale?|premi[èe]re[\s\u00a0]+(?:version|[ée]dition|feuille)|ancienne|ant[ée]rieure|d[’']origine|comptait|comprenait/iu;

/** « Depuis l’édition actualisée mi-2020 »: a sentence about what happened since a past edition names it as past. */
export const SINCE = /\bdepuis\b/iu;

/**
 * An edition's label: « mi-2020 » (group 1), or the year of « édition 2019 » / « édition actualisée 2019 ».
 * Group 1 is the label as written.
 */
export const EDITION_LABEL = /(?<![\w-])(mi-20\d{2}|[ée]dition(?:[\s\u00a0]+actualis[ée]e)?[\s\u00a0]+20\d{2})(?![\w-])/giu;

/** Phrases whose year is the edition's: « nouveaux en 2020 », « ont rejoint la liste en 2020 », « font leur entrée en 2020 ». Group 1: the year. */
export const EDITION_YEAR = /\b(?:nouveaux?|nouvelles?|rejoint[\s\u00a0]+la[\s\u00a0]+liste|font[\s\u00a0]+leur[\s\u00a0]+entrée|fait[\s\u00a0]+son[\s\u00a0]+entrée)(?:[\s\u00a0]+(?:projets?|actions?))?[\s\u00a0]+en[\s\u00a0]+(20\d{2})\b/giu;

/** What the fixer appends to an unmarked link to the previous edition. */
export const PREVIOUS_EDITION_SUFFIX = ' (édition précédente)';

/** Text left in by an author: never published. */
export const PLACEHOLDER_PATTERNS: readonly { re: RegExp; name: string }[] = [
  { re: /\?{2,}/g, name: '????' },
  { re: /\b(?:TODO|FIXME|TBD)\b/g, name: 'TODO' },
  { re: /\bX{3,}\b/g, name: 'XXX' },
  { re: /\blorem\b/giu, name: 'lorem' },
  { re: /\[\s*[àa][\s\u00a0]+(?:compl[ée]ter|d[ée]finir|r[ée]diger|v[ée]rifier)\s*\]/giu, name: '[à compléter]' },
];

/** An alternative text that says nothing about the image (RGAA 1.3): empty, a bare kind of image, « logo X », a file name. */
const GENERIC_ALT = /^(?:|image|img|photo|photographie|illustration|visuel|vignette|capture|capture d[’']écran|icône|icone|picto|pictogramme|logo|logo(?:[\s\u00a0]+\S+){1,2}|une|bannière|\S+\.(?:png|jpe?g|gif|svg|webp))$/iu;

export function isGenericAlt(alt: string): boolean {
  return GENERIC_ALT.test(alt.replace(/[\s\u00a0]+/g, ' ').trim());
}

/** Front-matter or YAML keys whose value is an alternative text. */
export const ALT_KEYS = /^(?:alt|alternative|alternative-textuelle|alt-text|texte-alternatif)$/i;

/** File extensions that make a link a download. */
export const DOWNLOAD_EXTENSIONS = /\.(?:pdf|zip|odt|ods|odp|docx?|xlsx?|pptx?|csv|epub)$/i;

/** « 857 Ko », « 857&nbsp;Ko », « 1,2 Mo »: number, separator, unit (groups 1, 2, 3). */
export const SIZE_LABEL = /(?<![\d,.])(\d+(?:[.,]\d)?)((?:[ \u00a0\u202f]|&nbsp;)*)([KM]o)\b/g;
