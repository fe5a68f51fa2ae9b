// ISO calendar dates as the data writes them (`2020-08-27`), checked as real days without any time zone.

export type DateProblem = 'format' | 'jour';

/** Undefined when `s` is a real YYYY-MM-DD day; 2020-02-30 is a `jour` problem. */
export function checkIsoDate(s: string): DateProblem | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return 'format';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return 'jour';
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d > days ? 'jour' : undefined;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Undefined when `s` is a year (`2021`), a month (`2021-09`) or a real day: a date as precise as the record. */
export function checkPartialDate(s: string): DateProblem | undefined {
  if (/^\d{4}$/.test(s)) return undefined;
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? undefined : 'jour';
  return checkIsoDate(s);
}

/**
 * Whether something dated `date` (a day, a month or a year) was known at `cutoff` (a day): its period had begun.
 * A source dated `2021` may be cited from 1 January 2021; a value of `2020-08` from 1 August 2020.
 */
export function knownAt(date: string, cutoff: string): boolean {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return start <= cutoff;
}
