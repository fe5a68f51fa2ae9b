// The terminal summary of a review, in French, one fact per line.
import type { Review } from './review.js';
import { formatWordDiff } from './word-diff.js';
import { fillLabel } from './fill-label.js';
import { MIN_FILL } from '../layout/fill.js';

export function summariseReview(review: Review): string[] {
  const lines: string[] = [];
  const a = review.against;
  const pages = review.pages.filter((p) => p.current).length;
  const short = review.fills.filter((f) => !f.ok);
  const fill = `Remplissage : ${short.length ? `${short.length} page(s) s’arrêtent avant ${Math.round(MIN_FILL * 100)} % de la zone de texte : ${short.map((f) => `page ${f.page} (${fillLabel(f)})`).join(', ')}` : `chaque page jugée atteint ${Math.round(MIN_FILL * 100)} % de la zone de texte`}.`;
  if (!a) return [`${review.title} : ${pages} pages.`, fill];
  lines.push(`Comparaison avec ${a.label}${a.previousTitle ? ` (${a.previousTitle})` : ''} :`);
  const e = a.edition;
  if (e) {
    lines.push(`  ${e.statusChanges.length} projet(s) changent de statut`);
    for (const s of e.statusChanges) lines.push(`    ${s.id} : ${s.from} → ${s.to}`);
    lines.push(`  ${e.added.length} projet(s) ajouté(s)${e.added.length ? ' : ' + e.added.map((p) => p.id).join(', ') : ''}`);
    lines.push(`  ${e.removed.length} projet(s) retiré(s)${e.removed.length ? ' : ' + e.removed.map((p) => p.id).join(', ') : ''}`);
    for (const m of e.missionsRenommees) lines.push(`  mission renommée : ${m.before.code} → ${m.after.code}${m.before.nom !== m.after.nom ? ` (« ${m.after.nom} »)` : ''}`);
    lines.push(`  ${e.textChanges.length} texte(s) modifié(s)`);
    for (const t of e.textChanges) lines.push(`    ${t.where} : ${truncate(formatWordDiff(t.ops), 160)}`);
  } else lines.push('  édition précédente connue par son seul PDF : pages comparées, données non comparées');
  const changed = review.pages.filter((p) => p.status !== 'same');
  const label = (s: string) => (s === 'added' ? ' (nouvelle)' : s === 'removed' ? ' (retirée)' : '');
  lines.push(`  ${changed.length} page(s) sur ${pages} diffèrent${changed.length ? ' : ' + changed.map((p) => `${p.number}${label(p.status)}`).join(', ') : ''}`);
  lines.push(fill);
  return lines;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
