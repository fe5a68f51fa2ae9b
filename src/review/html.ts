// out/review.html: the pages and the differences for a reviewer, one self-contained file (images as data URIs).
import type { Canvas } from '@napi-rs/canvas';
import type { Review } from './review.js';
import type { WordOp } from './word-diff.js';
import { outlineBoxes } from './sheet.js';
import { fillLabel } from './fill-label.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const img = async (c: Canvas, alt: string) => `<img src="data:image/png;base64,${(await c.encode('png')).toString('base64')}" alt="${esc(alt)}" width="${c.width}" height="${c.height}">`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

function opsHtml(ops: readonly WordOp[]): string {
  return ops.map((o) => (o.op === 'same' ? esc(o.text) : o.op === 'del' ? `<del>${esc(o.text)}</del>` : `<ins>${esc(o.text)}</ins>`)).join(' ');
}

async function editionSection(review: Review): Promise<string> {
  const a = review.against;
  if (!a) return '';
  const parts: string[] = [`<h2>Comparaison avec ${esc(a.label)}</h2>`];
  if (a.previousTitle) parts.push(`<p>Édition précédente : ${esc(a.previousTitle)}.</p>`);
  const e = a.edition;
  if (!e) parts.push('<p>L’édition précédente n’est connue que par son PDF : seules les pages sont comparées.</p>');
  else {
    parts.push(`<h3>Projets qui changent de statut (${e.statusChanges.length})</h3>`);
    parts.push(e.statusChanges.length ? `<ul>${e.statusChanges.map((s) => `<li><code>${esc(s.id)}</code> ${esc(s.titre)} : ${esc(s.from)} → <strong>${esc(s.to)}</strong></li>`).join('')}</ul>` : '<p>Aucun.</p>');
    parts.push(`<h3>Projets ajoutés (${e.added.length})</h3>`);
    parts.push(e.added.length ? `<ul>${e.added.map((p) => `<li><code>${esc(p.id)}</code> ${esc(p.titre)} (${esc(p.statut)})</li>`).join('')}</ul>` : '<p>Aucun.</p>');
    parts.push(`<h3>Projets retirés (${e.removed.length})</h3>`);
    parts.push(e.removed.length ? `<ul>${e.removed.map((p) => `<li><code>${esc(p.id)}</code> ${esc(p.titre)}</li>`).join('')}</ul>` : '<p>Aucun.</p>');
    parts.push(`<h3>Textes modifiés (${e.textChanges.length})</h3>`);
    parts.push(e.textChanges.map((t) => `<section class="texte"><h4>${esc(t.where)}</h4><p>${opsHtml(t.ops)}</p></section>`).join('') || '<p>Aucun.</p>');
  }
  const changed = review.pages.filter((p) => p.status !== 'same');
  parts.push(`<h3>Pages qui diffèrent (${changed.length})</h3>`);
  if (!changed.length) parts.push('<p>Aucune : les pages sont identiques.</p>');
  for (const p of changed) {
    const label = p.status === 'added' ? 'nouvelle page' : p.status === 'removed' ? 'page retirée' : plural(p.boxes.length, 'zone modifiée', 'zones modifiées');
    const before = p.previous ? `<figure>${await img(p.previous, `Page ${p.number}, avant`)}<figcaption>Avant</figcaption></figure>` : '';
    const after = p.current ? `<figure>${await img(outlineBoxes(p.current, p.status === 'changed' ? p.boxes : []), `Page ${p.number}, maintenant`)}<figcaption>Maintenant</figcaption></figure>` : '';
    parts.push(`<section class="paire"><h4>Page ${p.number} — ${label}</h4><div class="cote">${before}${after}</div></section>`);
  }
  return parts.join('\n');
}

export async function renderReviewHtml(review: Review): Promise<string> {
  const fills = new Map(review.fills.map((f) => [f.page, f]));
  const pages = await Promise.all(
    review.pages
      .filter((p) => p.current)
      .map(async (p) => {
        const f = fills.get(p.number);
        const fill = f ? ` — contenu jusqu’à ${fillLabel(f)}` : '';
        return `<figure class="${p.status === 'same' ? '' : 'modifiee'}">${await img(p.current!, `Page ${p.number}`)}<figcaption${f && !f.ok ? ' class="courte"' : ''}>Page ${p.number}${p.status === 'same' || !review.against ? '' : ' — modifiée'}${esc(fill)}</figcaption></figure>`;
      }),
  );
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Relecture — ${esc(review.title)}</title>
<style>
body { font-family: Marianne, Arial, sans-serif; margin: 2rem; color: #161616; background: #f6f6f6; }
.pages, .cote { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; text-align: center; }
figure img { width: 250px; height: auto; background: #fff; box-shadow: 0 1px 4px #0003; }
.cote figure img { width: 420px; }
figure.modifiee img { outline: 3px solid #e1000f; }
figcaption { margin-top: .4rem; }
figcaption.courte { color: #e1000f; font-weight: bold; }
del { background: #fdd; color: #900; }
ins { background: #dfd; color: #060; text-decoration: none; }
.texte p { background: #fff; padding: .5rem 1rem; line-height: 1.5; }
</style>
</head>
<body>
<h1>Relecture de la brochure</h1>
<p>${esc(review.title)} — ${plural(review.pages.filter((p) => p.current).length, 'page', 'pages')}.</p>
${await editionSection(review)}
<h2>Toutes les pages</h2>
<div class="pages">
${pages.join('\n')}
</div>
</body>
</html>
`;
}
