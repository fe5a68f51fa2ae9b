// Structure-tree checks modelled on Matterhorn checkpoints 01, 13, 14, 15, 16 and 28.
import { PDFArray, PDFDict, PDFName } from 'pdf-lib';
import type { StructElem } from './struct-tree.js';
import { result, type CheckContext, type CheckResult } from './types.js';

const path = (el: StructElem): string => {
  const parts: string[] = [];
  for (let e: StructElem | undefined = el; e; e = e.parent) parts.unshift(e.type);
  return parts.join(' > ');
};

export function checkRoles({ tree }: CheckContext): CheckResult {
  const failures = tree.elements.filter((e) => !e.role).map((e) => `type « ${e.type || '(vide)'} » ni standard ni associé dans /RoleMap : ${path(e)}`);
  failures.push(...tree.problems);
  return result('structure.roles', failures, `${tree.elements.length} éléments de structure, tous de types connus`, 'types de structure inconnus ou arbre incohérent');
}

export function checkDocumentRoot({ tree }: CheckContext): CheckResult {
  const failures: string[] = [];
  if (!tree.top.length) failures.push('arbre de structure vide');
  else if (tree.top.length > 1 || tree.top[0].role !== 'Document') failures.push(`racine(s) : ${tree.top.map((e) => e.type).join(', ')}`);
  return result('structure.document', failures, 'élément racine Document unique', 'la structure ne commence pas par un élément Document unique');
}

export function checkHeadings({ tree }: CheckContext): CheckResult {
  const headings = tree.elements.filter((e) => /^H[1-6]?$/.test(e.role ?? ''));
  const failures: string[] = [];
  const numbered = headings.filter((e) => e.role !== 'H');
  if (numbered.length && headings.length !== numbered.length) failures.push('titres numérotés (H1–H6) et non numérotés (H) mélangés');
  let previous = 0;
  for (const h of numbered) {
    const level = Number(h.role!.slice(1));
    if (previous === 0 && level !== 1) failures.push(`le premier titre est ${h.role} au lieu de H1 : ${path(h)}`);
    else if (level > previous + 1) failures.push(`niveau sauté : H${previous} puis ${h.role} : ${path(h)}`);
    previous = level;
  }
  const counts = [1, 2, 3, 4, 5, 6].map((n) => numbered.filter((h) => h.role === `H${n}`).length);
  const summary = counts.map((c, i) => (c ? `${c} H${i + 1}` : '')).filter(Boolean).join(', ') || 'aucun titre';
  return result('structure.headings', failures, `hiérarchie des titres sans saut (${summary})`, 'hiérarchie des titres incorrecte');
}

export function checkFigures({ tree, r }: CheckContext): CheckResult {
  const figures = tree.elements.filter((e) => e.role === 'Figure');
  const failures = figures
    .filter((f) => !(r.text(f.dict, 'Alt')?.trim() || r.text(f.dict, 'ActualText')?.trim()))
    .map((f) => `Figure sans texte de remplacement (/Alt) : ${path(f)}`);
  return result('structure.figures', failures, `${figures.length} figure(s), toutes avec texte de remplacement`, 'figure(s) sans texte de remplacement');
}

const ROW_GROUPS = new Set(['THead', 'TBody', 'TFoot']);

export function checkTables({ tree, r }: CheckContext): CheckResult {
  const tables = tree.elements.filter((e) => e.role === 'Table');
  const failures: string[] = [];
  for (const t of tables) {
    const rows = t.children.flatMap((c) => (ROW_GROUPS.has(c.role ?? '') ? c.children : [c])).filter((c) => c.role === 'TR');
    if (!rows.length) failures.push(`Table sans ligne TR : ${path(t)}`);
    const stray = t.children.filter((c) => !ROW_GROUPS.has(c.role ?? '') && c.role !== 'TR' && c.role !== 'Caption');
    for (const s of stray) failures.push(`enfant ${s.type} inattendu dans Table : ${path(s)}`);
    for (const row of rows) {
      for (const cell of row.children) {
        if (cell.role !== 'TH' && cell.role !== 'TD') failures.push(`enfant ${cell.type} inattendu dans TR : ${path(cell)}`);
      }
    }
  }
  for (const th of tree.elements.filter((e) => e.role === 'TH')) {
    const attrs = r.array(th.dict, 'A').filter((a): a is PDFDict => a instanceof PDFDict);
    const scope = attrs.map((a) => r.name(a, 'Scope')).find((s) => s !== undefined);
    if (!scope || !['Row', 'Column', 'Both'].includes(scope)) failures.push(`TH sans /Scope (Row, Column ou Both) : ${path(th)}`);
  }
  return result('structure.tables', failures, `${tables.length} tableau(x) bien formé(s)`, 'tableau(x) mal structuré(s)');
}

export function checkLists({ tree }: CheckContext): CheckResult {
  const lists = tree.elements.filter((e) => e.role === 'L');
  const failures: string[] = [];
  for (const l of lists) {
    for (const c of l.children) {
      if (c.role !== 'LI' && c.role !== 'Caption' && c.role !== 'L') failures.push(`enfant ${c.type} dans L au lieu de LI : ${path(c)}`);
    }
  }
  for (const li of tree.elements.filter((e) => e.role === 'LI')) {
    if (li.parent?.role !== 'L') failures.push(`LI hors d’une liste L : ${path(li)}`);
    for (const c of li.children) {
      if (c.role !== 'Lbl' && c.role !== 'LBody') failures.push(`enfant ${c.type} dans LI au lieu de Lbl/LBody : ${path(c)}`);
    }
    if (!li.children.some((c) => c.role === 'LBody')) failures.push(`LI sans LBody : ${path(li)}`);
  }
  return result('structure.lists', failures, `${lists.length} liste(s) bien formée(s)`, 'liste(s) mal structurée(s)');
}

/** Each Link element must own its annotation (OBJR), and each link annotation must belong to a Link element. */
export function checkLinks({ tree, r, pdf }: CheckContext): CheckResult {
  const failures: string[] = [];
  const owned = new Set<string>();
  const links = tree.elements.filter((e) => e.role === 'Link');
  for (const link of links) {
    if (!link.objrs.length) failures.push(`Link sans annotation associée (OBJR) : ${path(link)}`);
    for (const o of link.objrs) {
      const annot = o.obj ? r.resolve(o.obj) : undefined;
      if (!(annot instanceof PDFDict) || r.name(annot, 'Subtype') !== 'Link') {
        failures.push(`OBJR d’un Link ne désignant pas une annotation /Link : ${path(link)}`);
        continue;
      }
      owned.add(o.obj!.toString());
      const sp = r.number(annot, 'StructParent');
      if (sp === undefined) failures.push(`annotation ${o.obj} sans /StructParent`);
      else if (r.resolve(tree.parentTree.get(sp)) !== link.dict) failures.push(`annotation ${o.obj} : /StructParent ${sp} ne renvoie pas à son élément Link dans le ParentTree`);
    }
  }
  for (const page of pdf.pages) {
    for (const raw of page.dict.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const annot = r.resolve(raw);
      if (annot instanceof PDFDict && r.name(annot, 'Subtype') === 'Link' && !owned.has(raw.toString())) {
        failures.push(`page ${page.number} : annotation de lien ${raw} hors de tout élément Link`);
      }
    }
  }
  return result('structure.links', failures, `${links.length} lien(s) reliés à leur annotation`, 'lien(s) mal reliés à la structure');
}
