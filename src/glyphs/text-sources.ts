// Every string the brochure draws, each with where it was written: the YAML path of a data field, or the Markdown block it belongs to.
import { blockPieces } from '../load/block-text.js';
import type { SourcePos } from '../diagnostics.js';
import type { EditorialBlock, EditorialDoc } from '../load/types.js';

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

type Rec = Record<string, unknown>;
const records = (v: unknown): Rec[] => (Array.isArray(v) ? v.map((r) => (r && typeof r === 'object' ? (r as Rec) : {})) : []);
const section = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/**
 * The drawn fields of the data as parsed (snake_case keys), valid records or not: a character no font has is found in
 * the same run as a wrong statut elsewhere. Only strings are taken; `at` places a text whose span is unknown.
 */
export function dataTexts(raw: Rec, locate: SpanLocator, at: (path: readonly PropertyKey[]) => SourcePos): DrawnText[] {
  const out: DrawnText[] = [];
  const push = (text: unknown, path: PropertyKey[], label: string) => {
    if (typeof text === 'string' && text) out.push({ text, pos: at(path), span: locate(path), label });
  };
  const name = (r: Rec, key: string, i: number) => (typeof r[key] === 'string' || typeof r[key] === 'number' ? String(r[key]) : `n° ${i + 1}`);
  const p = section(raw.programme);
  for (const k of ['nom', 'accroche', 'porteur', 'licence']) push(p[k], ['programme', k], `le « ${k} » du programme`);
  push(section(raw.feuille_de_route).titre, ['feuille_de_route', 'titre'], 'le « titre » de la feuille de route');
  push(section(raw.edition).libelle, ['edition', 'libelle'], 'le « libelle » de l’édition');
  records(raw.sources).forEach((s, i) => push(s.titre, ['sources', i, 'titre'], `le titre de la source « ${name(s, 'id', i)} »`));
  records(raw.enjeux).forEach((e, i) => {
    for (const k of ['nom', 'resume']) push(e[k], ['enjeux', i, k], `le « ${k} » de l’enjeu « ${name(e, 'cle', i)} »`);
  });
  records(raw.groupes).forEach((g, i) => push(g.titre, ['groupes', i, 'titre'], `le titre du groupe « ${name(g, 'cle', i)} »`));
  // An edition's renamed mission is drawn under the code (and name) of `missions_renommees`, already applied to the
  // raw missions (load/mission-renames.ts): those texts are checked, and located, where the edition writes them.
  const renamed = records(raw.missions_renommees);
  renamed.forEach((r, i) => {
    for (const k of ['code_edition', 'nom']) push(r[k], ['missions_renommees', i, k], `le « ${k} » de la mission renommée « ${name(r, 'code', i)} »`);
  });
  const renamedTo = new Map(renamed.map((r) => [r.code_edition, r]));
  records(raw.missions).forEach((m, i) => {
    const r = renamedTo.get(m.code);
    for (const k of ['code', 'nom', 'resume', 'responsable']) {
      if (r && (k === 'code' || (k === 'nom' && typeof r.nom === 'string'))) continue;
      push(m[k], ['missions', i, k], `le « ${k} » de la mission « ${name(m, 'code', i)} »`);
    }
  });
  // The édito an edition gives in its data (signed, and its title named in the illustrative note).
  const edito = section(raw.edito);
  for (const k of ['signataire', 'fonction', 'titre', 'texte']) push(edito[k], ['edito', k], `le « ${k} » de l’édito`);
  records(raw.projets).forEach((pr, i) => {
    for (const k of ['titre', 'porteur', 'resume']) push(pr[k], ['projets', i, k], `le « ${k} » du projet « ${name(pr, 'id', i)} »`);
  });
  records(raw.indicateurs).forEach((ind, i) => {
    const id = name(ind, 'id', i);
    for (const k of ['nom', 'unite']) push(ind[k], ['indicateurs', i, k], `le « ${k} » de l’indicateur « ${id} »`);
    records(ind.valeurs).forEach((v, j) => push(v.libelle, ['indicateurs', i, 'valeurs', j, 'libelle'], `le « libelle » d’une valeur de l’indicateur « ${id} »`));
    records(ind.objectifs).forEach((o, j) => push(o.echeance, ['indicateurs', i, 'objectifs', j, 'echeance'], `l’« echeance » d’un objectif de l’indicateur « ${id} »`));
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
