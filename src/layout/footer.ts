// The running footer of every page but the cover: programme on the left, page number on the right (artifacts).
import type { LayoutBuilder } from './builder.js';
import { CONTENT, FOOTER_BASELINE } from './geometry.js';
import { COLORS, STYLES } from './styles.js';
import { artifactLine } from './text.js';

export function addFooters(b: LayoutBuilder, text: string): void {
  const left = b.typeset('pied-de-page', { runs: [{ text, style: STYLES.footer }], width: CONTENT.width - 60, align: 'left', hyphenate: false });
  for (const page of b.pages) {
    if (page.number === 1) continue;
    const num = String(page.number);
    const n = b.typeset(`pied-de-page-${num}`, { runs: [{ text: num, style: STYLES.footerNumber }], width: 40, align: 'right', hyphenate: false });
    const rule = FOOTER_BASELINE - 14;
    page.items.push({ kind: 'line', x1: CONTENT.x, y1: rule, x2: CONTENT.x + CONTENT.width, y2: rule, color: COLORS.rule, width: 0.75, tag: { artifact: 'Pagination' } });
    if (left.lines[0]) page.items.push(...artifactLine(left.lines[0], CONTENT.x, FOOTER_BASELINE, 'Pagination'));
    if (n.lines[0]) page.items.push(...artifactLine(n.lines[0], CONTENT.x + CONTENT.width - 40, FOOTER_BASELINE, 'Pagination'));
  }
}
