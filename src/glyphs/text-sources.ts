// Every string the brochure draws, each with where it was written: the YAML path of a data field, or the Markdown block it belongs to.
import { blockPieces } from '../load/block-text.js';
import type { SourcePos } from '../diagnostics.js';
import type { EditorialBlock, EditorialDoc, RoadmapData } from '../load/types.js';

/** A stretch of a source file that holds a drawn string: `[start, end)` UTF-16 offsets into `text`. */
export interface SourceSpan {
  file: string;
  text: string;
  start: number;
  end: number;
}

/** Where the load stage found a YAML path (snake_case keys as written); undefined for a value it cannot place. */
export type SpanLocator = (path: readonly PropertyKey[]) => SourceSpan | undefined;

export interface DrawnText {
  text: string;
  /** The record's (or block's) position: the fallback when the span is unknown. */
  pos: SourcePos;
  span?: SourceSpan;
  /** The field with its article, for the message: « le « resume » du projet « x » ». */
  label: string;
}

export function dataTexts(data: RoadmapData, locate: SpanLocator = () => undefined): DrawnText[] {
  const out: DrawnText[] = [];
  const push = (text: string | undefined, path: PropertyKey[], pos: SourcePos, label: string) => {
    if (typeof text === 'string' && text) out.push({ text, pos, span: locate(path), label });
  };
  const p = data.programme;
  for (const k of ['nom', 'accroche', 'porteur', 'licence'] as const) push(p[k], ['programme', k], p.pos, `le « ${k} » du programme`);
  push(p.feuilleDeRoute.titre, ['feuille_de_route', 'titre'], p.pos, 'le « titre » de la feuille de route');
  push(p.edition.libelle, ['edition', 'libelle'], p.pos, 'le « libelle » de l’édition');
  p.sources.forEach((s, i) => push(s.titre, ['sources', i, 'titre'], s.pos, `le titre de la source « ${s.id} »`));
  data.enjeux.forEach((e, i) => {
    for (const k of ['nom', 'resume'] as const) push(e[k], ['enjeux', i, k], e.pos, `le « ${k} » de l’enjeu « ${e.cle} »`);
  });
  data.groupes.forEach((g, i) => push(g.titre, ['groupes', i, 'titre'], g.pos, `le titre du groupe « ${g.cle} »`));
  data.missions.forEach((m, i) => {
    for (const k of ['code', 'nom', 'resume', 'responsable'] as const) push(m[k], ['missions', i, k], m.pos, `le « ${k} » de la mission « ${m.code} »`);
  });
  data.projets.forEach((pr, i) => {
    for (const k of ['titre', 'porteur', 'resume'] as const) push(pr[k], ['projets', i, k], pr.pos, `le « ${k} » du projet « ${pr.id} »`);
  });
  (data.indicateurs ?? []).forEach((ind, i) => {
    for (const k of ['nom', 'unite'] as const) push(ind[k], ['indicateurs', i, k], ind.pos, `le « ${k} » de l’indicateur « ${ind.id} »`);
    ind.valeurs.forEach((v, j) => push(v.libelle, ['indicateurs', i, 'valeurs', j, 'libelle'], v.pos, `le « libelle » d’une valeur de l’indicateur « ${ind.id} »`));
    ind.objectifs.forEach((o, j) => push(o.echeance, ['indicateurs', i, 'objectifs', j, 'echeance'], o.pos, `l’« echeance » d’un objectif de l’indicateur « ${ind.id} »`));
  });
  return out;
}

const BLOCK_LABELS: Record<EditorialBlock['kind'], string> = { heading: 'l’intertitre', paragraph: 'le paragraphe', list: 'la liste', quote: 'la citation', image: 'la légende d’image' };

/** What the brochure draws of a block: its text, or an image's caption (the alt text goes to the tag tree). */
function blockText(b: EditorialBlock): string {
  return b.kind === 'image' ? (b.title ?? '') : blockPieces(b).join('\n');
}

/** Offset of the first character of a 1-based line. */
function lineOffset(text: string, line: number): number {
  let off = 0;
  for (let l = 1; l < line && off >= 0; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return off;
}

/** The drawn texts of one Markdown file: the blocks `drawn` keeps and the front-matter keys the brochure prints (its `titre`). */
export function editorialTexts(doc: EditorialDoc, drawn: (b: EditorialBlock) => boolean = () => true, keys: readonly string[] = ['titre']): DrawnText[] {
  const text = doc.source.replace(/\r\n?/g, '\n');
  const out: DrawnText[] = [];
  for (const [key, value] of Object.entries(doc.frontMatter)) {
    const pos = doc.frontMatterPos[key];
    if (!keys.includes(key) || typeof value !== 'string' || !value || !pos) continue;
    const start = lineOffset(text, pos.line) + pos.column - 1;
    const close = text.indexOf('\n---', start);
    out.push({ text: value, pos, span: { file: doc.file, text, start, end: close < 0 ? text.length : close }, label: `le « ${key} » de l’en-tête` });
  }
  doc.blocks.forEach((b, i) => {
    if (!drawn(b)) return;
    const next = doc.blocks[i + 1];
    const start = lineOffset(text, b.pos.line);
    const end = next ? lineOffset(text, next.pos.line) : text.length;
    out.push({ text: blockText(b), pos: b.pos, span: { file: doc.file, text, start, end: Math.max(end, start) }, label: BLOCK_LABELS[b.kind] });
  });
  return out;
}
