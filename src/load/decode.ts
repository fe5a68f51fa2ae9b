// The bytes of a data or text file → the text the loaders parse, with what a writer must fix in the bytes themselves:
// a file not saved in UTF-8, and control characters (NUL, ESC, BEL …) that would reach the PDF and the published page.
import type { Diagnostic } from '../diagnostics.js';
import { lineIndex } from '../text-position.js';

/** Windows-1252's 0x80–0x9F (the rest of the byte range is Latin-1): what a French file not in UTF-8 is almost always in. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. None is ever typed on purpose. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** U+FFFD is what a botched conversion leaves behind (and what markdown-it makes of a NUL): the original letter is lost. */
const REPLACEMENT = '\uFFFD';

/** A file full of one control character (a binary file) would otherwise print hundreds of lines: the first ones say enough. */
const MAX_REPORTED = 5;

const CONTROL_NAMES: Record<number, string> = { 0x00: 'NUL', 0x07: 'BEL', 0x08: 'retour arrière', 0x0b: 'tabulation verticale', 0x0c: 'saut de page', 0x1b: 'ESC', 0x7f: 'DEL' };

const SAVE_AS_UTF8 =
  'réenregistrez-le en UTF-8 : dans VS Code, « Enregistrer avec l’encodage » puis « UTF-8 » ; dans le Bloc-notes, « Enregistrer sous » puis Encodage « UTF-8 » ; dans TextEdit, « Dupliquer » puis « Enregistrer » en Unicode (UTF-8)';

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/**
 * UTF-8 (a leading BOM dropped). Bytes that are not UTF-8 are read as Windows-1252, so the rest of the file is still
 * checked with its letters in place, and only the encoding is reported (not a « missing glyph » per accent).
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string; diagnostics: Diagnostic[] } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const diagnostics: Diagnostic[] = [];
  let text = '';
  let bad: number[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    bad = invalidUtf8(body);
    text = decodeLeniently(body, bad);
  }
  if (bad.length) {
    const first = bad[0];
    const at = lineIndex(text)(new TextDecoder('utf-8').decode(body.subarray(0, first)).length);
    const others = bad.length > 1 ? ` (et ${bad.length - 1} autre${bad.length > 2 ? 's' : ''} plus loin)` : '';
    diagnostics.push({
      severity: 'error',
      code: 'encodage-invalide',
      pos: { file, ...at },
      message: `fichier non enregistré en UTF-8 : l’octet 0x${hex(body[first], 2)} ici${others} n’est pas de l’UTF-8 (sans doute un « ${cp1252(body[first])} » enregistré en Latin-1 ou Windows-1252)`,
      hint: SAVE_AS_UTF8,
    });
  }
  text = composed(text);
  diagnostics.push(...controlCharacters(file, text));
  return { text, diagnostics };
}

/** One error per kind of control character, at its first occurrence, with how many there are. */
function controlCharacters(file: string, text: string): Diagnostic[] {
  const first = new Map<string, { offset: number; count: number }>();
  const note = (ch: string, offset: number) => {
    const seen = first.get(ch);
    if (seen) seen.count++;
    else first.set(ch, { offset, count: 1 });
  };
  for (const m of text.matchAll(CONTROL)) note(m[0], m.index!);
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) note(REPLACEMENT, i);
  if (!first.size) return [];
  const at = lineIndex(text);
  const found = [...first].sort((a, b) => a[1].offset - b[1].offset);
  const out: Diagnostic[] = found.slice(0, MAX_REPORTED).map(([ch, { offset, count }]) => {
    const cp = ch.codePointAt(0)!;
    const times = count > 1 ? ` (${count} fois dans le fichier)` : '';
    return ch === REPLACEMENT
      ? {
          severity: 'error',
          code: 'caractere-de-remplacement',
          pos: { file, ...at(offset) },
          message: `caractère de remplacement U+FFFD${times} : la trace d’une conversion d’encodage ratée, la lettre d’origine est perdue`,
          hint: 'retapez la lettre d’origine (souvent une lettre accentuée ou une apostrophe)',
        }
      : {
          severity: 'error',
          code: 'caractere-de-controle',
          pos: { file, ...at(offset) },
          message: `caractère de contrôle U+${hex(cp, 4)}${CONTROL_NAMES[cp] ? ` (${CONTROL_NAMES[cp]})` : ''}${times} : invisible, il passerait tel quel dans le PDF et dans la page publiée`,
          hint: 'supprimez-le : il vient d’un copier-coller ou d’un fichier abîmé',
        };
  });
  if (found.length > MAX_REPORTED) {
    const rest = found.length - MAX_REPORTED;
    out.push({ severity: 'error', code: 'caractere-de-controle', pos: out[out.length - 1].pos, message: `et ${rest} autre${rest > 1 ? 's' : ''} sorte${rest > 1 ? 's' : ''} de caractères de contrôle dans ce fichier (est-ce bien un fichier texte ?)` });
  }
  return out;
}

const cp1252 = (b: number) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b));

function decodeLeniently(bytes: Uint8Array, bad: readonly number[]): string {
  const utf8 = new TextDecoder('utf-8');
  let out = '';
  let from = 0;
  for (const b of bad) {
    out += utf8.decode(bytes.subarray(from, b)) + cp1252(bytes[b]);
    from = b + 1;
  }
  return out + utf8.decode(bytes.subarray(from));
}

/** Offsets of the bytes that do not start or continue a well-formed UTF-8 sequence (RFC 3629: no overlong form, no surrogate). */
export function invalidUtf8(b: Uint8Array): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    let ok = n > 0 && i + n < b.length;
    for (let k = 1; ok && k <= n; k++) {
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) ok = false;
    }
    if (ok) i += n + 1;
    else {
      bad.push(i);
      i++;
    }
  }
  return bad;
}

/**
 * Composed (NFC): text pasted from macOS often spells « é » as e + U+0301, whose accent fontkit places with a
 * mark offset that the renderer does not draw (it draws at the advances); composed, it is one glyph of the font.
 * Positions are the composed text's: after a decomposed letter on its line, a column is one less than an editor
 * counting UTF-16 units shows (the line is right; such files are rare).
 */
export function composed(text: string): string {
  return text.normalize('NFC');
}
