// Style families for prose: which style a bold or italic run takes in each kind of text.
import type { StyleFamily } from './flow.js';
import { STYLES } from './styles.js';

export const BODY: StyleFamily = { regular: STYLES.body, bold: STYLES.bodyBold, italic: STYLES.bodyItalic, boldItalic: STYLES.bodyBoldItalic };
export const CARD: StyleFamily = { regular: STYLES.card, bold: STYLES.cardBold, italic: STYLES.cardItalic, boldItalic: { ...STYLES.card, font: 'boldItalic' } };
