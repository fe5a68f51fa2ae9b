// French dates as the brochure and the page print them, without Intl (the output must not depend on the machine's ICU data).
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2020-08-27` → `27 août 2020`; `2020-08-01` → `1er août 2020`; a month or a year as precise: `août 2020`, `2021`. */
export function formatDateFr(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}

/** The date after a verb or a value: « le 27 août 2020 », « en août 2020 », « en 2021 », as precise as the date. */
export function atDateFr(iso: string): string {
  return `${iso.length === 10 ? 'le' : 'en'} ${formatDateFr(iso)}`;
}

/** `27 août 2020` (or `1er août 2020`) → `2020-08-27`; anything else → undefined. */
export function parseDateFr(text: string): string | undefined {
  const m = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (!m || month === 0 || Number(m[1]) < 1 || Number(m[1]) > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
