// French typographic spacing rules as one table of data, applied in order by `applyFrenchSpacing`.

/** U+202F NARROW NO-BREAK SPACE: before ; ! ?, inside guillemets, thousands separator, before %. */
export const NNBSP = '\u202F';
/** U+00A0 NO-BREAK SPACE: before a colon, between a number and its unit or word. */
export const NBSP = '\u00A0';

export interface SpacingRule {
  id: string;
  /** Why the rule exists (Lexique des règles typographiques de l'Imprimerie nationale). */
  why: string;
  pattern: RegExp;
  replacement: string;
}

/** Spans left exactly as written: addresses and clock times would be broken by the rules below. */
export const PROTECTED_SPANS: readonly RegExp[] = [
  /\b(?:https?|ftp):\/\/[^\s<>«»"]*[^\s<>«»".,;:!?)]/g,
  /\bwww\.[^\s<>«»"]*[^\s<>«»".,;:!?)]/g,
  /\bmailto:[^\s<>«»"]+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // Times (10:30) and ratios (1:2) take no space around the colon.
  /\d+:\d+/g,
];

// Characters after which no space is added: whitespace, the marks themselves, an opening guillemet.
const WORDISH = '[^\\s;:!?«\\u00A0\\u202F]';

export const FRENCH_SPACING_RULES: readonly SpacingRule[] = [
  { id: 'apostrophe', why: 'the typographic apostrophe is U+2019', pattern: /'/g, replacement: '’' },
  { id: 'ellipsis', why: 'three dots are one character', pattern: /\.\.\./g, replacement: '…' },
  {
    id: 'before-high-punctuation',
    why: 'a narrow no-break space precedes ; ! ? (a wrong or missing one is replaced)',
    pattern: new RegExp(`(?<=${WORDISH})[ \\u00A0]*(?=[;!?])`, 'gu'),
    replacement: NNBSP,
  },
  {
    id: 'before-colon',
    why: 'a (full) no-break space precedes the colon',
    pattern: new RegExp(`(?<=${WORDISH})[ \\u202F]*(?=:)`, 'gu'),
    replacement: NBSP,
  },
  {
    id: 'after-opening-guillemet',
    why: 'a narrow no-break space follows «',
    pattern: /(?<=«)[ \u00A0]*(?=[^\s\u202F])/gu,
    replacement: NNBSP,
  },
  {
    id: 'before-closing-guillemet',
    why: 'a narrow no-break space precedes »',
    pattern: /(?<=[^\s\u202F])[ \u00A0]*(?=»)/gu,
    replacement: NNBSP,
  },
  {
    id: 'thousands-separator',
    why: 'digits are grouped by three with a narrow no-break space (2 500)',
    pattern: /(?<=(?<![\d,.])\d{1,3}|\u202F\d{3})[ \u00A0](?=\d{3}(?!\d))/g,
    replacement: NNBSP,
  },
  {
    id: 'before-percent',
    why: 'a narrow no-break space precedes %',
    pattern: /(?<=\d)[ \u00A0]?(?=%)/g,
    replacement: NNBSP,
  },
  {
    id: 'number-and-unit',
    why: 'a number is never separated from its unit or the word it counts (38 projets, 23 M€)',
    pattern: /(?<=\d)[ ](?=[\p{L}€$£°])/gu,
    replacement: NBSP,
  },
];

/**
 * Words the Liang patterns shipped by `hyphen` leave unbroken although French usage breaks them
 * (checked against the TeX hyph-fr patterns and dictionaries). Written as they hyphenate; the
 * left/right minimums still apply. Add a word here when the typography report shows a loose
 * line that a missing break explains.
 */
export const HYPHENATION_EXCEPTIONS: readonly string[] = [
  'con-fiance',
  'cons-truire',
  'cons-truction',
  'équi-pes',
  'équi-pe',
  'con-naître',
  'con-çoivent',
  'con-cevoir',
  'con-duite',
];
