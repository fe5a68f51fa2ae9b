// The type scale and colour tokens of the brand brief, as named text styles.
import type { TextStyle } from '../typeset/types.js';

/** DSFR colour tokens (light theme); every text/background pair used keeps a contrast ≥ 4.5:1. */
export const COLORS = {
  blueFrance: '#000091',
  blue975: '#F5F5FE',
  blue950: '#ECECFE',
  blue925: '#E3E3FD',
  redMarianne: '#E1000F',
  text: '#161616',
  textMuted: '#666666',
  rule: '#E5E5E5',
  white: '#FFFFFF',
} as const;

export const STATUT_COLORS = {
  achevé: { fg: '#18753C', bg: '#DFFEE6' },
  // DSFR purple-glycine: 6.7:1 against white (chart value), 6.2:1 on its badge.
  'à achever': { fg: '#8C3F84', bg: '#FEF3FD' },
  'en cours': { fg: '#0063CB', bg: '#F4F6FF' },
  nouveau: { fg: '#B34000', bg: '#FFF4F3' },
} as const;

const s = (font: TextStyle['font'], size: number, lineHeight: number, color: string = COLORS.text, tracking = 0): TextStyle => ({
  font,
  size,
  lineHeight,
  color,
  ...(tracking ? { tracking } : {}),
});

export const STYLES = {
  coverProgramme: s('bold', 46, 50, COLORS.blueFrance),
  coverAccroche: s('light', 17, 22, COLORS.text),
  coverTitle: s('bold', 36, 41, COLORS.white),
  coverEdition: s('medium', 16, 21, COLORS.white),
  coverEnjeu: s('medium', 8.5, 11, COLORS.white),
  coverPorteur: s('regular', 9, 12, COLORS.textMuted),
  h1: s('bold', 26, 31, COLORS.blueFrance),
  h2: s('bold', 18, 23, COLORS.blueFrance),
  h3: s('bold', 12.5, 16, COLORS.blueFrance),
  kicker: s('bold', 8, 11, COLORS.blueFrance, 0.6),
  body: s('regular', 10, 14),
  bodyBold: s('bold', 10, 14),
  bodyItalic: s('italic', 10, 14),
  bodyBoldItalic: s('boldItalic', 10, 14),
  quote: s('spectral', 11.5, 16.5),
  quoteBold: s('spectralBold', 11.5, 16.5),
  quoteMark: s('spectralBold', 64, 64, COLORS.redMarianne),
  author: s('bold', 11, 15, COLORS.blueFrance),
  authorRole: s('regular', 10, 14, COLORS.textMuted),
  card: s('regular', 9, 12.5),
  cardBold: s('bold', 9, 12.5),
  cardItalic: s('italic', 9, 12.5),
  cardMeta: s('regular', 8, 11, COLORS.textMuted),
  /** What the record does not establish (a card's, an opener's), in the card meta's size. */
  caveat: s('italic', 8, 11, COLORS.textMuted),
  badge: s('bold', 7.5, 10, COLORS.text, 0.4),
  figure: s('bold', 44, 46, COLORS.blueFrance),
  figureLabel: s('medium', 10, 13, COLORS.text),
  chartLabel: s('bold', 8.5, 11, COLORS.text),
  chartValue: s('bold', 8, 10, COLORS.white),
  caption: s('regular', 8, 11, COLORS.textMuted),
  tocH1: s('bold', 12, 16, COLORS.blueFrance),
  tocH2: s('regular', 10, 14, COLORS.text),
  footer: s('regular', 8, 11, COLORS.textMuted),
  footerNumber: s('bold', 8, 11, COLORS.blueFrance),
} as const;

/** The three layers of a DSFR pictogram, in the colours the published files give them (DSFR light theme). */
export const PICTO_LAYERS = { decorative: '#ECECFF', minor: '#E1000F', major: '#000091' } as const;

/**
 * How much each layer must stand out from the ground it is drawn on: the drawing (major) like text, its accent
 * (minor) like any meaningful graphic (WCAG 1.4.11: 3:1), the decoration (decorative) visibly but stepping back.
 */
export const PICTO_MIN_CONTRAST = { decorative: 2, minor: 3, major: 4.5 } as const;

/**
 * The layers' colours on the light grounds the brochure draws pictograms on (white, blue975). The published
 * decorative colour is made for DSFR's own grey-blue surfaces and vanishes on white (1.1:1): bleu France 625
 * (#8585F6, 3.1:1 on white) keeps it visible and still lighter than the drawing.
 */
export const PICTO_ON_LIGHT = { decorative: '#8585F6', minor: PICTO_LAYERS.minor, major: PICTO_LAYERS.major } as const;
