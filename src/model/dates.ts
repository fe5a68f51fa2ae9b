// French dates as the brochure and the page print them, without Intl (the output must not depend on the machine's ICU data).
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2020-08-27` → `27 août 2020`; `2020-08-01` → `1er août 2020`. */
export function formatDateFr(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}
