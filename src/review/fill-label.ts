// How the review says where a page's content ends: « 78 % », « 41 % : sous 60 % », « 55 % (sommaire) ».
import { MIN_FILL, type PageFillReport } from '../layout/fill.js';

export function fillLabel(f: PageFillReport): string {
  const pct = `${Math.round(f.fill * 100)} %`;
  if (f.exempt) return `${pct} (${f.exempt})`;
  return f.ok ? pct : `${pct} : sous ${Math.round(MIN_FILL * 100)} %`;
}
