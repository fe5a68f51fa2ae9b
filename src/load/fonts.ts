// loadFonts: the ten faces the brochure uses, as fontkit fonts for measuring and as bytes for the renderer to embed.
import type { Font } from 'fontkit';
import type { Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { World } from '../world.js';
import { FONT_KEYS, type FontKey, type FontSet } from '../typeset/types.js';

export const FONT_FILES: Readonly<Record<FontKey, string>> = {
  light: 'Marianne-Light.ttf',
  regular: 'Marianne-Regular.ttf',
  medium: 'Marianne-Medium.ttf',
  bold: 'Marianne-Bold.ttf',
  lightItalic: 'Marianne-Light_Italic.ttf',
  italic: 'Marianne-Regular_Italic.ttf',
  mediumItalic: 'Marianne-Medium_Italic.ttf',
  boldItalic: 'Marianne-Bold_Italic.ttf',
  spectral: 'Spectral-Regular.ttf',
  spectralBold: 'Spectral-ExtraBold.ttf',
};

export type FontFormat = 'ttf' | 'otf' | 'woff' | 'woff2' | 'inconnu';

export function sniffFontFormat(b: Uint8Array): FontFormat {
  const tag = String.fromCharCode(...b.subarray(0, 4));
  if (tag === '\x00\x01\x00\x00' || tag === 'true') return 'ttf';
  if (tag === 'OTTO') return 'otf';
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  return 'inconnu';
}

const WOFF_REASON =
  "seules les polices TTF ou OTF sont admises : une WOFF/WOFF2 sous-échantillonnée par fontkit pèse environ 15 fois plus dans le PDF et certaines s'affichent vides (convertissez-la avec tools/convert-fonts.mjs)";

/** What every French text needs. A face lacking most of either set is the wrong file, not a text to fix: one error naming the font
 *  rather than dozens of « caractère absent de la police » on the texts. A few letters missing (a rare œ) are left to those. */
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const FRENCH_LETTERS = [...'àâçéèêëîïôùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ'];

function missingLetters(font: Font): { missing: string[]; of: number } | undefined {
  const lack = (set: string[]) => set.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
  const [plain, french] = [lack(LETTERS), lack(FRENCH_LETTERS)];
  if (plain.length * 2 <= LETTERS.length && french.length * 2 <= FRENCH_LETTERS.length) return undefined;
  return { missing: [...french, ...plain], of: LETTERS.length + FRENCH_LETTERS.length };
}

/** Fonts parsed by an earlier build of the same process (watch mode). */
export interface LoadedFonts {
  fonts: FontSet;
  bytes: Record<FontKey, Uint8Array>;
}

/**
 * `previous`: a face whose file has the same bytes is taken as it was parsed, with the tables fontkit has read and
 * the words already shaped with it (see typeset/measure.ts): a watch rebuild does not pay for them again.
 */
export async function loadFonts(
  world: World,
  config: Config,
  previous?: LoadedFonts,
): Promise<{ fonts: FontSet; bytes: Record<FontKey, Uint8Array>; diagnostics: Diagnostic[] }> {
  const dir = config.fontsDir.replace(/\/+$/, '');
  const diagnostics: Diagnostic[] = [];
  const bytes = {} as Record<FontKey, Uint8Array>;
  // fontkit is only paid for by runs that reach this point (cold import cost, see architecture.md).
  // fontkit 2 has no default export under ESM: use the namespace.
  const fontkit = await import('fontkit');
  const fonts = {} as Record<FontKey, Font>;
  await Promise.all(
    FONT_KEYS.map(async (key) => {
      const file = `${dir}/${FONT_FILES[key]}`;
      const pos = { file, line: 1, column: 1 };
      if (!(await world.exists(file))) {
        const base = file.replace(/\.ttf$/, '');
        const woff = (await world.exists(`${base}.woff2`)) ? `${base}.woff2` : (await world.exists(`${base}.woff`)) ? `${base}.woff` : undefined;
        diagnostics.push({
          severity: 'error',
          code: woff ? 'police-format' : 'police-manquante',
          pos: woff ? { file: woff, line: 1, column: 1 } : pos,
          message: woff ? `police « ${key} » fournie en ${woff.slice(woff.lastIndexOf('.') + 1).toUpperCase()} (${woff}) : ${WOFF_REASON}` : `police « ${key} » introuvable : fichier ${file} attendu`,
        });
        return;
      }
      const b = await world.readBytes(file);
      const format = sniffFontFormat(b);
      if (format === 'woff' || format === 'woff2') {
        diagnostics.push({ severity: 'error', code: 'police-format', pos, message: `police « ${key} » au format ${format.toUpperCase()} : ${WOFF_REASON}` });
        return;
      }
      if (format === 'inconnu') {
        diagnostics.push({ severity: 'error', code: 'police-format', pos, message: `police « ${key} » illisible : ${file} n'est pas un fichier TTF ou OTF` });
        return;
      }
      const before = previous?.bytes[key];
      if (before && previous.fonts[key] && Buffer.from(before.buffer, before.byteOffset, before.byteLength).equals(b)) {
        fonts[key] = previous.fonts[key];
        bytes[key] = before;
        return;
      }
      try {
        const font = fontkit.create(b);
        const lacking = missingLetters(font);
        if (lacking) {
          diagnostics.push({
            severity: 'error',
            code: 'police-incomplete',
            pos,
            message: `police « ${key} » (${file}) : il y manque ${lacking.missing.length} des ${lacking.of} lettres et chiffres du français (${lacking.missing.slice(0, 10).join(' ')}${lacking.missing.length > 10 ? ' …' : ''}) : ce n’est pas la bonne police, ou le fichier est abîmé`,
            hint: `remettez le fichier ${FONT_FILES[key]} d’origine : fonts/LICENCE-DSFR.md dit d’où il vient`,
          });
          return;
        }
        fonts[key] = font;
        bytes[key] = b;
      } catch (e) {
        diagnostics.push({ severity: 'error', code: 'police-format', pos, message: `police « ${key} » illisible (${(e as Error).message})` });
      }
    }),
  );
  diagnostics.sort((a, b) => (a.pos!.file < b.pos!.file ? -1 : a.pos!.file > b.pos!.file ? 1 : 0));
  return { fonts, bytes, diagnostics };
}
