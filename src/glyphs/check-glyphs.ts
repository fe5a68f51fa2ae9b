// checkGlyphs: every character the brochure would draw must exist in Marianne Regular (the face every style falls back to), else a located error.
import { lineIndex, type LineColumn } from '../text-position.js';
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import type { PartialEditorial } from '../load/types.js';
import type { FontSet } from '../typeset/types.js';
import { FALLBACK_FONT } from '../typeset/measure.js';
import { sortDiagnostics } from '../diagnostics.js';
import { dataTexts, editorialTexts, type DrawnText, type SpanLocator } from './text-sources.js';

/** Whitespace the typesetter turns into glue and the soft hyphen it turns into a break point: never drawn as such. */
const NOT_DRAWN = new Set([0x20, 0x09, 0x0a, 0x0d, 0xad]);
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const CONTROL_OR_REPLACEMENT = /[\p{Cc}\uFFFD]/u;

/**
 * A control character or U+FFFD written as such in the file is reported where the file is read (load/decode.ts), once
 * per file; one that comes from an escape (YAML's "\e") is only seen here. markdown-it turns a NUL into U+FFFD.
 */
function reportedAtRead(ch: string, t: DrawnText): boolean {
  if (!CONTROL_OR_REPLACEMENT.test(ch) || !t.span) return false;
  const source = t.span.text.slice(t.span.start, t.span.end);
  return source.includes(ch) || (ch === '\uFFFD' && source.includes('\0'));
}
/** A field full of pasted emoji or another script would otherwise print hundreds of lines: the first ones say enough. */
const MAX_PER_TEXT = 5;
const MAX_TOTAL = 50;

export const codePointLabel = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** `data`: the data files' sections as parsed (valid or not) and where their texts are; `editorial`: whatever texts were read. */
export function checkGlyphs(
  data: { raw: Record<string, unknown>; spanAt: SpanLocator; at: (path: readonly PropertyKey[]) => SourcePos },
  editorial: PartialEditorial,
  fonts: FontSet,
): Diagnostic[] {
  const font = fonts[FALLBACK_FONT];
  if (!font) return [];
  const texts: DrawnText[] = [...dataTexts(data.raw, data.spanAt, data.at)];
  for (const key of Object.keys(editorial.blocks).sort()) texts.push(...editorialTexts(editorial.blocks[key]));
  // Of the web page (Jekyll renders the rest), the brochure draws only the edito: the quotes marked .citation and .auteur-citation.
  if (editorial.page)
    texts.push(...editorialTexts(editorial.page, (b) => b.kind === 'quote' && (b.classes.includes('citation') || b.classes.includes('auteur-citation')), []));
  const out: Diagnostic[] = [];
  const lines = new Map<string, (offset: number) => LineColumn>();
  let dropped = 0;
  for (const t of texts) {
    const seen = new Map<string, number>();
    for (const ch of t.text) {
      const cp = ch.codePointAt(0)!;
      if (NOT_DRAWN.has(cp) || reportedAtRead(ch, t)) continue;
      const invisible = INVISIBLE.test(ch);
      if (!invisible && font.hasGlyphForCodePoint(cp)) continue;
      const nth = seen.get(ch) ?? 0;
      seen.set(ch, nth + 1);
      if (nth > 0) continue;
      if (seen.size > MAX_PER_TEXT || out.length >= MAX_TOTAL) {
        dropped++;
        continue;
      }
      const count = [...t.text].filter((c) => c === ch).length;
      const where = `dans ${t.label}${count > 1 ? ` (${count} fois)` : ''}`;
      out.push({
        severity: 'error',
        code: 'glyphe-manquant',
        pos: charPos(t, ch, lines),
        message: invisible
          ? `caractère invisible ${codePointLabel(cp)} ${where} : un caractère de contrôle ou de mise en forme, que la mise en page ne sait pas dessiner`
          : `caractère « ${ch} » (${codePointLabel(cp)}) ${where} : absent de la police Marianne, il s’imprimerait comme un rectangle vide`,
        hint: invisible ? 'supprimez-le : il vient souvent d’un copier-coller depuis un traitement de texte' : 'remplacez-le par un caractère latin ou supprimez-le',
      });
    }
  }
  sortDiagnostics(out).forEach((d, i) => (out[i] = d));
  if (dropped > 0) {
    const last = out[out.length - 1];
    out.push({ severity: 'error', code: 'glyphe-manquant', pos: last?.pos, message: `et ${dropped} autre${dropped > 1 ? 's' : ''} caractère${dropped > 1 ? 's' : ''} que la police ne sait pas dessiner (corrigez les premiers et relancez)` });
  }
  return out;
}

/** The character's own line and column when it appears literally in the span; otherwise the span's start, otherwise the record's position. */
function charPos(t: DrawnText, ch: string, cache: Map<string, (offset: number) => LineColumn>): SourcePos {
  const span = t.span;
  if (!span) return t.pos;
  const at = span.text.indexOf(ch, span.start);
  const offset = at >= 0 && at < span.end ? at : span.start;
  let index = cache.get(span.file);
  if (!index) cache.set(span.file, (index = lineIndex(span.text)));
  return { file: span.file, ...index(offset) };
}
