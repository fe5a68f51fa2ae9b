// Navigation checks: annotation descriptions and tab order (Matterhorn 28, 31) and bookmarks.
import { PDFDict } from 'pdf-lib';
import { result, type CheckContext, type CheckResult } from './types.js';

// Annotations that are not content a reader meets: no description or tab order required.
const EXEMPT = new Set(['Popup', 'PrinterMark', 'TrapNet', 'Widget']);

export function checkAnnotations({ pdf, r }: CheckContext): CheckResult[] {
  const contents: string[] = [];
  const tabs: string[] = [];
  let count = 0;
  for (const page of pdf.pages) {
    const annots = r.array(page.dict, 'Annots').filter((a): a is PDFDict => a instanceof PDFDict);
    if (annots.length && r.name(page.dict, 'Tabs') !== 'S') tabs.push(`page ${page.number} : ${annots.length} annotation(s) mais /Tabs ${r.name(page.dict, 'Tabs') ?? 'absent'} au lieu de /S`);
    annots.forEach((a, i) => {
      const subtype = r.name(a, 'Subtype') ?? '?';
      if (EXEMPT.has(subtype)) return;
      count++;
      if (!r.text(a, 'Contents')?.trim()) contents.push(`page ${page.number}, annotation ${i + 1} (/${subtype}) sans /Contents`);
    });
  }
  return [
    result('annotations.contents', contents, `${count} annotation(s), toutes décrites par /Contents`, 'annotation(s) sans description /Contents'),
    result('annotations.tabs', tabs, 'ordre de tabulation suivant la structure (/Tabs /S) sur les pages annotées', 'ordre de tabulation non structurel'),
  ];
}

export function checkOutline({ pdf, r, tree }: CheckContext): CheckResult {
  const hasH1 = tree.elements.some((e) => e.role === 'H1');
  const outlines = r.dict(pdf.catalog, 'Outlines');
  const failures: string[] = [];
  let entries = 0;
  const seen = new Set<PDFDict>();
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item && !seen.has(item); item = r.dict(item, 'Next')) {
      seen.add(item);
      entries++;
      const title = r.text(item, 'Title') ?? '(sans titre)';
      if (!r.get(item, 'Dest') && !r.get(item, 'A')) failures.push(`signet « ${title} » sans destination (/Dest ou /A)`);
      if (!r.text(item, 'Title')?.trim()) failures.push(`signet de niveau ${depth} sans titre`);
      walk(r.dict(item, 'First'), depth + 1);
    }
  };
  walk(r.dict(outlines, 'First'), 1);
  if (hasH1 && !entries) failures.unshift(outlines ? 'signets (/Outlines) vides alors que le document a des titres H1' : 'signets (/Outlines) absents alors que le document a des titres H1');
  // Every heading down to level 2 gets a bookmark (issue 4); fewer entries than H1+H2 means some are missing.
  const wanted = tree.elements.filter((e) => e.role === 'H1' || e.role === 'H2').length;
  if (entries && entries < wanted) failures.push(`${entries} signet(s) pour ${wanted} titres de niveau 1 ou 2`);
  return result('outline', failures, `${entries} signet(s), tous avec destination`, 'signets absents ou incomplets');
}

