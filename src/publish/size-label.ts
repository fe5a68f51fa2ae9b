// The download size shown next to the PDF link ("pdf – 857 Ko"), and its inverse for the checks of the published page.

/**
 * The rule, written once:
 * - 1 Ko = 1024 octets and 1 Mo = 1024 Ko, as the DSFR download component and most French administrations
 *   compute it (so the seed page's « 857 Ko » is exactly 877 568 octets).
 * - Below 1 Mo: a whole number of Ko, rounded UP, so a 300-octet file reads « 1 Ko », never « 0 Ko »
 *   (only an empty file reads « 0 Ko »). A size whose rounded-up Ko would reach 1024 is shown in Mo.
 * - From 1 Mo: Mo with one decimal, rounded to the nearest tenth (half up), decimal comma, and no « ,0 »:
 *   « 1,2 Mo », « 2 Mo ».
 * - Text: `pdf`, a space, an en dash (U+2013), a space, the number, a no-break space (U+00A0), the unit.
 *   No thousands grouping: Ko never exceed 4 digits and a brochure never weighs 1000 Mo.
 */
export const KO = 1024;
export const MO = 1024 * KO;

const EN_DASH = '\u2013';
const NBSP = '\u00a0';

/** `279 Ko`, `1,2 Mo`: the size alone, by the rule above (the CLI, the checker and the label all print it this way). */
export function formatSize(bytes: number): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new RangeError(`taille invalide : ${bytes} octets`);
  const ko = Math.ceil(bytes / KO);
  if (ko < 1024) return `${ko}${NBSP}Ko`;
  const tenths = Math.round((bytes * 10) / MO);
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  const number = decimal === 0 ? `${whole}` : `${whole},${decimal}`;
  return `${number}${NBSP}Mo`;
}

export function formatSizeLabel(bytes: number): string {
  return `pdf ${EN_DASH} ${formatSize(bytes)}`;
}

/** `285669` → `285 669` (narrow no-break spaces, as French groups thousands; no Intl, so no dependence on ICU data). */
export function formatBytes(bytes: number): string {
  return String(bytes).replace(/\B(?=(\d{3})+$)/g, '\u202f');
}

export interface SizeRange {
  /** Smallest byte count `formatSizeLabel` turns into this label (inclusive). */
  min: number;
  /** Largest one (inclusive). */
  max: number;
}

/** First byte count that is written in Mo (its rounded-up Ko would be 1024). */
const FIRST_MO_BYTES = 1023 * KO + 1;

/**
 * Finds a size in a label (`pdf – 857 Ko`, `(pdf - 857&nbsp;Ko)`, `1,2 Mo`…) and returns the range of byte counts
 * that `formatSizeLabel` would write that way; `undefined` when no size is found. Lenient on dashes, spaces and
 * `&nbsp;` so it can read hand-written pages too; the unit decides the rule, 1024-based.
 */
export function parseSizeLabel(label: string): SizeRange | undefined {
  const m = /(\d+)(?:[.,](\d))?(?:\s|&nbsp;|\u00a0|\u202f)*([KM])o\b/i.exec(label);
  if (!m) return undefined;
  const whole = Number(m[1]);
  const unit = m[3].toUpperCase();
  if (unit === 'K') {
    if (m[2] !== undefined) return undefined; // Ko are always whole
    if (whole === 0) return { min: 0, max: 0 };
    return { min: (whole - 1) * KO + 1, max: Math.min(whole * KO, FIRST_MO_BYTES - 1) };
  }
  const tenths = whole * 10 + Number(m[2] ?? 0);
  // round(bytes*10/MO) = tenths  ⇔  (tenths - 0.5)·MO/10 ≤ bytes < (tenths + 0.5)·MO/10
  const min = Math.max(Math.ceil(((tenths - 0.5) * MO) / 10), FIRST_MO_BYTES);
  const max = Math.ceil(((tenths + 0.5) * MO) / 10) - 1;
  return min <= max ? { min, max } : undefined;
}
