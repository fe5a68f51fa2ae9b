// The missions: an introduction with the two groups, then one section per mission with its projects as cards.
import type { ProjetCard, Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { SetParagraph } from '../../typeset/types.js';
import { applyFrenchSpacing } from '../../typeset/index.js';
import { CONTENT, GRID, PAGE, gridSpan } from '../geometry.js';
import { COLORS, STATUT_COLORS, STYLES } from '../styles.js';
import type { Flow } from '../flow.js';
import { MIN_FILL, contentBottom, pageFill } from '../fill.js';
import { planPages, type PlanBlock } from '../page-plan.js';
import { followingSection, heading } from '../headings.js';
import { placeLines, linesHeight } from '../text.js';
import { placePictogram } from '../vectors.js';
import { BODY } from '../families.js';
import { plural } from '../../model/wording.js';

/** The missions' introduction; returns its part and its flow, which the first mission may continue on the same page. */
export function layoutMissionsIntro(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'missions-intro' }>, previous: Flow | undefined, openPage: () => number): { part: StructNode; flow: Flow } {
  const { sect: part, flow } = followingSection(b, parent, s, previous, openPage);
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
  return { part, flow };
}

/**
 * The opener's two forms: full, and compact (smaller disc, tighter band) for when the full one would leave a page
 * under the fill rule. The summary is body text in both, as the brief's type scale has it: a larger summary in the
 * full form only made the openers of one brochure differ in type size, page by page. `pad`: inside the band above
 * its text (mid-page; at a page top the page margin is above it) and below; `gap`: above the band when it follows
 * cards; `after`: to the first row; `leading`: after the group, the title and the summary.
 */
const OPENER_FORMS = [
  { disc: 66, picto: 50, pad: 20, gap: 30, after: 22, leading: [6, 8, 8], penalty: 0 },
  { disc: 54, picto: 40, pad: 14, gap: 24, after: 16, leading: [4, 6, 6], penalty: 0.5 },
] as const;
type OpenerForm = (typeof OPENER_FORMS)[number];
const CARD_PAD = 11;
/** A mission opener drawn mid-page costs this much: missions open pages unless the fill rule needs otherwise. */
const IN_FLOW_PENALTY = 1;

type Mission = Extract<Section, { kind: 'mission' }>;

interface MeasuredOpener {
  s: Mission;
  kicker: SetParagraph;
  title: SetParagraph;
  counts: SetParagraph;
  /** Per form: its summary, and the height of text and pictogram without the band's padding. */
  forms: { form: OpenerForm; resume: SetParagraph; stack: number }[];
}

function measureOpener(b: LayoutBuilder, s: Mission): MeasuredOpener {
  const textWidth = (form: OpenerForm) => CONTENT.width - form.disc - 20;
  const [full] = OPENER_FORMS;
  // The group's name runs the band's whole width, above the pictogram.
  const kicker = b.typeset(`${s.id}-groupe`, { runs: [{ text: s.groupe.toUpperCase(), style: STYLES.kicker }], width: CONTENT.width, align: 'left', hyphenate: false });
  const title = b.typeset(`${s.id}-titre`, { runs: [{ text: `${s.code} — ${s.nom}`, style: STYLES.h2 }], width: textWidth(full), align: 'left', hyphenate: false });
  // A caveat follows the counts as a second sentence of the same line.
  const caveat = s.nomNote ? [{ text: ` ${s.nomNote}`, style: STYLES.caveat }] : [];
  const counts = b.typeset(`${s.id}-compte`, { runs: [{ text: s.nomNote ? `${s.compte}.` : s.compte, style: { ...STYLES.bodyBold, color: COLORS.blueFrance } }, ...caveat], width: textWidth(full), align: 'left', hyphenate: false });
  const forms = OPENER_FORMS.map((form, k) => {
    const resume = b.typeset(`${s.id}-resume${k ? '-compact' : ''}`, { runs: [{ text: s.resume, style: STYLES.body }], width: textWidth(form), align: 'left', hyphenate: false });
    const [k1, k2, k3] = form.leading;
    const text = linesHeight(title.lines) + k2 + linesHeight(resume.lines) + k3 + linesHeight(counts.lines);
    return { form, resume, stack: linesHeight(kicker.lines) + k1 + Math.max(text, s.pictogramme ? form.disc : 0) };
  });
  return { s, kicker, title, counts, forms };
}

/**
 * The missions, one after the other, as one run of blocks — each mission's opener, then its cards two by two —
 * whose page breaks `planPages` chooses from their measured heights. A mission opens a page, its band from the page
 * edge, unless that would leave a page under MIN_FILL; then its opener shrinks to its compact form, or follows the
 * previous mission's last cards (or the introduction) mid-page. A mission's rows are spread so that no page holds a
 * single row of a mission begun on the page before when another order avoids it.
 */
export function layoutMissions(b: LayoutBuilder, part: StructNode, missions: readonly Mission[], intro: Flow | undefined, openPage: () => number): void {
  const cols = [gridSpan(0, 6), gridSpan(6, 6)];
  type Block = { kind: 'opener'; o: MeasuredOpener } | { kind: 'row'; s: Mission; cards: MeasuredCard[]; height: number };
  const items: Block[] = [];
  for (const s of missions) {
    items.push({ kind: 'opener', o: measureOpener(b, s) });
    for (let i = 0; i < s.projets.length; i += 2) {
      const cards = s.projets.slice(i, i + 2).map((p, j) => measureCard(b, p, cols[j].width));
      items.push({ kind: 'row', s, cards, height: Math.max(...cards.map((c) => c.height)) });
    }
  }
  const blocks: PlanBlock[] = items.map((it) =>
    it.kind === 'opener'
      ? {
          forms: it.o.forms.map(({ form, stack }) => ({
            height: stack + 2 * form.pad,
            endAtTop: CONTENT.y + stack + form.pad,
            spaceBefore: form.gap,
            spaceAfter: form.after,
            penalty: form.penalty,
          })),
          keepWithNext: it.o.s.projets.length > 0,
          run: it.o.s.id,
          inFlowPenalty: IN_FLOW_PENALTY,
        }
      : { forms: [{ height: it.height, spaceBefore: GRID.gutter, spaceAfter: GRID.gutter }], run: it.s.id },
  );
  const plan = planPages(blocks, intro ? { y: intro.y, bottom: contentBottom(b.page) } : undefined);
  const firstPage = intro ? b.page.number : b.pages.length + 1;

  let sect: StructNode | undefined;
  plan.pages.forEach((page, k) => {
    if (k > 0 || !plan.continuesStart) openPage();
    for (const placed of page) {
      const it = items[placed.index];
      if (it.kind === 'opener') {
        const s = it.o.s;
        const form = it.o.forms[placed.form];
        sect = b.node(part, 'Sect', { title: `${s.code} — ${s.nom}` });
        drawOpener(b, sect, it.o, form, placed.atTop ? 0 : placed.y, placed.atTop ? CONTENT.y : placed.y + form.form.pad);
        continue;
      }
      const room = CONTENT.bottom - CONTENT.y;
      if (it.height > room + 0.01) {
        const tallest = it.cards.find((c) => c.height === it.height)!;
        b.diagnostics.push({
          severity: 'error',
          code: 'texte-trop-long',
          pos: tallest.p.pos,
          message: `la fiche du projet « ${tallest.p.id} » est plus haute qu’une page : dépassement de ${Math.ceil(it.height - room)} pt (titre de ${tallest.title.lines.length} lignes, résumé de ${tallest.resume.lines.length} lignes : raccourcissez-les)`,
        });
      }
      it.cards.forEach((card, j) => drawCard(b, sect!, card, cols[j].x, placed.y, cols[j].width, it.height));
    }
  });
  // No order of breaks and forms kept every page full (cards far taller than usual): said, not hidden — unless a card
  // taller than a page already stops the build, which says what to shorten.
  const short = b.pages.filter((p) => p.number >= firstPage && pageFill(p) < MIN_FILL);
  if (plan.underfilled > 0 && short.length && !b.diagnostics.some((d) => d.code === 'texte-trop-long')) {
    const pct = `${Math.round(MIN_FILL * 100)} %`;
    b.diagnostics.push({
      severity: 'warning',
      code: 'page-peu-remplie',
      message: `${
        short.length > 1
          ? `les pages ${short.map((p) => p.number).join(', ')} des missions s’arrêtent avant ${pct} de leur hauteur utile`
          : `la page ${short[0].number} des missions s’arrête avant ${pct} de sa hauteur utile`
      } : aucun ordre des fiches ne l’évite ; raccourcissez les fiches les plus longues`,
    });
  }
}

/** The opener: a tinted band across the page with the group, code and name, summary and counts, and the pictogram. */
function drawOpener(b: LayoutBuilder, sect: StructNode, o: MeasuredOpener, f: MeasuredOpener['forms'][number], bandTop: number, textTop: number): void {
  const { s } = o;
  const { disc, picto, pad, leading } = f.form;
  const bandBottom = textTop + f.stack + pad;
  b.add({ kind: 'rect', x: 0, y: bandTop, w: PAGE.width, h: bandBottom - bandTop, fill: COLORS.blue975, tag: { artifact: 'Background' } });
  b.add({ kind: 'rect', x: 0, y: bandBottom - 4, w: PAGE.width, h: 4, fill: COLORS.blueFrance, tag: { artifact: 'Layout' } });
  let y = placeLines(b, o.kicker.lines, CONTENT.x, textTop, b.node(sect, 'P'));
  b.anchor(s.id, y);
  if (s.pictogramme) {
    // On a white disc, as on the cover: the pictogram's three layers are drawn for a white ground.
    const x = CONTENT.x + CONTENT.width - disc;
    b.add({ kind: 'rect', x, y: y + leading[0], w: disc, h: disc, radius: disc / 2, fill: COLORS.white, tag: { artifact: 'Layout' } });
    placePictogram(b, null, s.pictogramme, x + (disc - picto) / 2, y + leading[0] + (disc - picto) / 2, picto);
  }
  y = placeLines(b, o.title.lines, CONTENT.x, y + leading[0], b.node(sect, 'H2'));
  b.bookmark(2, `${s.code} — ${s.nom}`, s.id);
  y = placeLines(b, f.resume.lines, CONTENT.x, y + leading[1], b.node(sect, 'P'));
  placeLines(b, o.counts.lines, CONTENT.x, y + leading[2], b.node(sect, 'P'));
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
  const note = p.note ? b.typeset(`projet-${p.id}-illustratif`, { runs: [{ text: p.note, style: STYLES.caveat }], width: inner, align: 'left', hyphenate: false }) : undefined;
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
