// The missions: an introduction with the two groups, then one section per mission with its projects as cards.
import type { ProjetCard, Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { SetParagraph } from '../../typeset/types.js';
import { applyFrenchSpacing } from '../../typeset/index.js';
import { CONTENT, GRID, PAGE, gridSpan } from '../geometry.js';
import { COLORS, STATUT_COLORS, STYLES } from '../styles.js';
import { Flow } from '../flow.js';
import { heading, openSection } from '../headings.js';
import { placeLines, linesHeight } from '../text.js';
import { placeVector } from '../vectors.js';
import { BODY, LEAD } from '../families.js';
import { plural } from '../../model/wording.js';

export function layoutMissionsIntro(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'missions-intro' }>, openPage: () => number): StructNode {
  const { sect: part, flow } = openSection(b, parent, s, openPage);
  flow.prose('missions-intro', s.intro, part, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  s.groupes.forEach((g, i) => {
    flow.space(20);
    const group = b.node(part, 'Sect');
    heading(b, flow, group, { id: `groupe-${i + 1}`, text: g.titre, level: 2, style: { ...STYLES.h2, size: 15, lineHeight: 19 } });
    const list = b.node(group, 'L');
    for (const m of g.missions) {
      const li = b.node(list, 'LI');
      const code = b.typeset(`missions-intro-${m.code}`, { runs: [{ text: m.code, style: { ...STYLES.bodyBold, color: COLORS.blueFrance }, href: `#mission-${m.code.toLowerCase()}` }], width: 80, align: 'left', hyphenate: false });
      const text = `${m.nom} (${plural(m.projets, 'projet')})`;
      const body = b.typeset(`missions-intro-${m.code}-nom`, { runs: [{ text, style: STYLES.body }], width: CONTENT.width - 90, align: 'left', hyphenate: false });
      flow.ensure(linesHeight(body.lines));
      placeLines(b, code.lines, CONTENT.x, flow.y, b.node(li, 'Lbl'));
      flow.placed(placeLines(b, body.lines, CONTENT.x + 90, flow.y, b.node(li, 'LBody')) + 5);
    }
  });
  return part;
}

const BAND_PAD = 20;
const PICTO = 56;
const CARD_PAD = 11;

export function layoutMission(b: LayoutBuilder, part: StructNode, s: Extract<Section, { kind: 'mission' }>, openPage: () => number): void {
  const sect = b.node(part, 'Sect', { title: `${s.code} — ${s.nom}` });
  let top = openPage();
  // Opener: a tinted band across the page top with the group, the code and name, the summary and the counts.
  const textWidth = CONTENT.width - PICTO - 20;
  const kicker = b.typeset(`${s.id}-groupe`, { runs: [{ text: s.groupe.toUpperCase(), style: STYLES.kicker }], width: textWidth, align: 'left', hyphenate: false });
  const title = b.typeset(`${s.id}-titre`, { runs: [{ text: `${s.code} — ${s.nom}`, style: STYLES.h2 }], width: textWidth, align: 'left', hyphenate: false });
  const resume = b.typeset(`${s.id}-resume`, { runs: [{ text: s.resume, style: LEAD.regular }], width: textWidth, align: 'left', hyphenate: false });
  const counts = b.typeset(`${s.id}-compte`, { runs: [{ text: s.compte, style: { ...STYLES.bodyBold, color: COLORS.blueFrance } }], width: textWidth, align: 'left', hyphenate: false });
  const bandBottom = top + linesHeight(kicker.lines) + 6 + linesHeight(title.lines) + 8 + linesHeight(resume.lines) + 8 + linesHeight(counts.lines) + BAND_PAD;
  b.add({ kind: 'rect', x: 0, y: 0, w: PAGE.width, h: bandBottom, fill: COLORS.blue975, tag: { artifact: 'Background' } });
  b.add({ kind: 'rect', x: 0, y: bandBottom - 4, w: PAGE.width, h: 4, fill: COLORS.blueFrance, tag: { artifact: 'Layout' } });
  if (s.pictogramme) placeVector(b, null, s.pictogramme, CONTENT.x + CONTENT.width - PICTO, top, PICTO);
  let y = placeLines(b, kicker.lines, CONTENT.x, top, b.node(sect, 'P'));
  b.anchor(s.id, y);
  y = placeLines(b, title.lines, CONTENT.x, y + 6, b.node(sect, 'H2'));
  b.bookmark(2, `${s.code} — ${s.nom}`, s.id);
  y = placeLines(b, resume.lines, CONTENT.x, y + 8, b.node(sect, 'P'));
  placeLines(b, counts.lines, CONTENT.x, y + 8, b.node(sect, 'P'));
  top = bandBottom + 22;

  const flow = new Flow(b, { x: CONTENT.x, width: CONTENT.width, bottom: CONTENT.bottom }, top, openPage);
  const cols = [gridSpan(0, 6), gridSpan(6, 6)];
  for (let i = 0; i < s.projets.length; i += 2) {
    const row = s.projets.slice(i, i + 2).map((p, j) => measureCard(b, p, cols[j].width));
    const { top: rowTop, height: h } = flow.row(row, (tallest, excess) => ({
      severity: 'error',
      code: 'texte-trop-long',
      pos: tallest.p.pos,
      message: `la fiche du projet « ${tallest.p.id} » est plus haute qu’une page : dépassement de ${excess} pt (titre de ${tallest.title.lines.length} lignes, résumé de ${tallest.resume.lines.length} lignes : raccourcissez-les)`,
    }));
    row.forEach((card, j) => drawCard(b, sect, card, cols[j].x, rowTop, cols[j].width, h));
    flow.placed(rowTop + h + GRID.gutter);
  }
}

interface MeasuredCard {
  p: ProjetCard;
  badge: SetParagraph;
  title: SetParagraph;
  porteur: SetParagraph;
  resume: SetParagraph;
  enjeux: SetParagraph;
  note?: SetParagraph;
  height: number;
}

function measureCard(b: LayoutBuilder, p: ProjetCard, width: number): MeasuredCard {
  const inner = width - 2 * CARD_PAD;
  const fg = STATUT_COLORS[p.statut].fg;
  const badge = b.typeset(`projet-${p.id}-statut`, { runs: [{ text: p.statutLabel.toUpperCase(), style: { ...STYLES.badge, color: fg } }], width: inner, align: 'left', hyphenate: false });
  const title = b.typeset(`projet-${p.id}-titre`, { runs: [{ text: p.titre, style: STYLES.h3 }], width: inner, align: 'left', hyphenate: false });
  const porteur = b.typeset(`projet-${p.id}-porteur`, { runs: [{ text: `Porteur : ${p.porteur}`, style: STYLES.cardMeta }], width: inner, align: 'left', hyphenate: false });
  const resume = b.typeset(`projet-${p.id}-resume`, { runs: [{ text: p.resume, style: STYLES.card }], width: inner, align: 'justify', hyphenate: true });
  const enjeux = b.typeset(`projet-${p.id}-enjeux`, { runs: [{ text: `Enjeux : ${p.enjeux.join(', ')}`, style: STYLES.cardMeta }], width: inner, align: 'left', hyphenate: false });
  // The data says what the public record does not: an invented project, or a guessed statut, is said so on its card.
  const noteText = p.illustratif ? 'Projet illustratif : absent des sources publiques' : p.statutSuppose ? 'Statut à confirmer : non établi par les sources publiques' : undefined;
  const note = noteText
    ? b.typeset(`projet-${p.id}-illustratif`, { runs: [{ text: noteText, style: { ...STYLES.cardMeta, font: 'italic' } }], width: inner, align: 'left', hyphenate: false })
    : undefined;
  const height =
    CARD_PAD + linesHeight(badge.lines) + 6 + linesHeight(title.lines) + 3 + linesHeight(porteur.lines) + 6 + linesHeight(resume.lines) + 6 + linesHeight(enjeux.lines) + (note ? linesHeight(note.lines) : 0) + CARD_PAD;
  return { p, badge, title, porteur, resume, enjeux, note, height };
}

function drawCard(b: LayoutBuilder, sect: StructNode, c: MeasuredCard, x: number, top: number, width: number, height: number): void {
  const card = b.node(sect, 'Div', { title: c.p.titre });
  b.add({ kind: 'rect', x, y: top, w: width, h: height, stroke: COLORS.rule, lineWidth: 0.75, fill: COLORS.white, tag: { artifact: 'Layout' } });
  b.add({ kind: 'rect', x, y: top, w: 3, h: height, fill: STATUT_COLORS[c.p.statut].fg, tag: { artifact: 'Layout' } });
  const ix = x + CARD_PAD;
  let y = top + CARD_PAD;
  b.anchor(`projet-${c.p.id}`, top);
  // The title comes first in reading order; the badge above it is read right after as "Statut : …".
  const titleTop = y + linesHeight(c.badge.lines) + 6;
  const afterTitle = placeLines(b, c.title.lines, ix, titleTop, b.node(card, 'H3'));
  const badgeWidth = c.badge.lines[0].width + 10;
  b.add({ kind: 'rect', x: ix, y: y - 1, w: badgeWidth, h: linesHeight(c.badge.lines) + 2, fill: STATUT_COLORS[c.p.statut].bg, tag: { artifact: 'Background' } });
  // What a reader hears and copies, spaced as the page would set it (a no-break space before the colon).
  placeLines(b, c.badge.lines, ix + 5, y, b.node(card, 'P', { actualText: applyFrenchSpacing(`Statut : ${c.p.statutLabel}`) }));
  y = placeLines(b, c.porteur.lines, ix, afterTitle + 3, b.node(card, 'P'));
  y = placeLines(b, c.resume.lines, ix, y + 6, b.node(card, 'P'));
  y = placeLines(b, c.enjeux.lines, ix, y + 6, b.node(card, 'P'));
  if (c.note) placeLines(b, c.note.lines, ix, y, b.node(card, 'P'));
}
