// The cover: bloc-marque, programme, title and edition on a band of bleu France, the six enjeux as a motif.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import { CONTENT, PAGE, MM } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { placeLines, linesHeight } from '../text.js';
import { placePictogram, placeVector, BLOC_MARQUE } from '../vectors.js';

type Cover = Extract<Section, { kind: 'cover' }>;

/** The band starts a little under mid-page, so the thumbnail reads as "title on blue". */
const BAND_TOP = 405;
/** The cover title may take three lines at most before it would crowd the enjeux motif. */
const MAX_TITLE_LINES = 3;

export function layoutCover(b: LayoutBuilder, parent: StructNode, s: Cover): void {
  b.newPage();
  const sect = b.node(parent, 'Sect', { title: 'Couverture' });
  b.anchor(s.id, 0);

  placeVector(b, sect, BLOC_MARQUE, CONTENT.x, 20 * MM, 92, 'Bloc-marque de la République française : Marianne, « République française », devise « Liberté, Égalité, Fraternité »');

  const prog = b.typeset('couverture-programme', { runs: [{ text: s.programme, style: STYLES.coverProgramme }], width: CONTENT.width, align: 'left', hyphenate: false });
  let y = placeLines(b, prog.lines, CONTENT.x, 190, b.node(sect, 'P'));
  b.add({ kind: 'rect', x: CONTENT.x, y: y + 8, w: 48, h: 4, fill: COLORS.redMarianne, tag: { artifact: 'Layout' } });
  const accroche = b.typeset('couverture-accroche', { runs: [{ text: s.accroche, style: STYLES.coverAccroche }], width: CONTENT.width * 0.75, align: 'left', hyphenate: false });
  placeLines(b, accroche.lines, CONTENT.x, y + 26, b.node(sect, 'P'));

  b.add({ kind: 'rect', x: 0, y: BAND_TOP, w: PAGE.width, h: PAGE.height - BAND_TOP, fill: COLORS.blueFrance, tag: { artifact: 'Background' } });
  const title = b.typeset('couverture-titre', { runs: [{ text: s.titre, style: STYLES.coverTitle }], width: CONTENT.width, align: 'left', hyphenate: false });
  if (title.lines.length > MAX_TITLE_LINES || title.lines.some((l) => l.overfull)) {
    const excess = title.lines.slice(MAX_TITLE_LINES).reduce((h, l) => h + l.lineHeight, 0);
    b.diagnostics.push({
      severity: 'error',
      code: 'titre-trop-long',
      pos: s.titrePos,
      message: `le titre de couverture « ${s.titre} » prend ${title.lines.length} lignes : ${MAX_TITLE_LINES} au plus tiennent sur la couverture (dépassement de ${excess.toFixed(0)} pt)`,
    });
  }
  y = placeLines(b, title.lines, CONTENT.x, BAND_TOP + 48, b.node(sect, 'H1'));
  b.bookmark(1, s.titre, s.id);
  const edition = b.typeset('couverture-edition', { runs: [{ text: s.edition, style: STYLES.coverEdition }], width: CONTENT.width, align: 'left', hyphenate: false });
  y = placeLines(b, edition.lines, CONTENT.x, y + 10, b.node(sect, 'P'));

  // The six enjeux as a motif: one white disc per enjeu with its pictogram, its name underneath.
  const motif = b.node(sect, 'Figure', { alt: `Les ${s.enjeux.length} enjeux du programme : ${s.enjeux.map((e) => e.nom).join(', ')}.` });
  const n = s.enjeux.length;
  const cell = CONTENT.width / n;
  const disc = 54;
  const discTop = PAGE.height - 22 * MM - 92;
  motif.bbox = { x: CONTENT.x, y: discTop, w: CONTENT.width, h: disc + 6 + STYLES.coverEnjeu.lineHeight };
  s.enjeux.forEach((e, i) => {
    const cx = CONTENT.x + cell * i + cell / 2;
    b.add({ kind: 'rect', x: cx - disc / 2, y: discTop, w: disc, h: disc, radius: disc / 2, fill: COLORS.white, tag: { node: motif.id } });
    placePictogram(b, motif, e.pictogramme, cx - 20, discTop + 7, 40);
    const name = b.typeset(`couverture-enjeu-${i}`, { runs: [{ text: e.nom, style: STYLES.coverEnjeu }], width: cell, align: 'center', hyphenate: false });
    placeLines(b, name.lines, cx - cell / 2, discTop + disc + 6, motif);
  });
  const porteur = b.typeset('couverture-porteur', { runs: [{ text: s.porteur, style: { ...STYLES.coverPorteur, color: COLORS.white } }], width: CONTENT.width, align: 'left', hyphenate: false });
  placeLines(b, porteur.lines, CONTENT.x, PAGE.height - 12 * MM - linesHeight(porteur.lines), b.node(sect, 'P'));
}
