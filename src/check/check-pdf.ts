// Runs every accessibility/archival check on PDF bytes, reading the file only (never the writer's state).
import { checkCatalog, checkMetadata, checkOutputIntent, checkVersion } from './checks-document.js';
import { checkFonts } from './checks-fonts.js';
import { checkContent } from './checks-content.js';
import { checkAnnotations, checkOutline } from './checks-navigation.js';
import { checkDocumentRoot, checkFigures, checkHeadings, checkLinks, checkLists, checkRoles, checkTables } from './checks-structure.js';
import { checkCaptions, checkElementLanguages } from './checks-language.js';
import { Reader, loadPdf } from './pdf-model.js';
import { readStructTree } from './struct-tree.js';
import type { CheckContext, CheckResult } from './types.js';

export type { CheckResult } from './types.js';

type Check = (ctx: CheckContext) => CheckResult | CheckResult[];

/** In the order they are printed: file, metadata, fonts, structure, content, navigation. */
const CHECKS: Check[] = [
  checkVersion,
  checkCatalog,
  checkMetadata,
  checkOutputIntent,
  checkFonts,
  checkRoles,
  checkDocumentRoot,
  checkHeadings,
  checkFigures,
  checkTables,
  checkLists,
  checkLinks,
  checkElementLanguages,
  checkCaptions,
  checkContent,
  checkAnnotations,
  checkOutline,
];

export interface CheckReport {
  results: CheckResult[];
  pageCount: number;
}

/** The checks' results and the facts the report's header shows, from one parse of the file. */
export async function inspectPdf(bytes: Uint8Array): Promise<CheckReport> {
  const pdf = await loadPdf(bytes);
  const r = new Reader(pdf.context);
  const ctx: CheckContext = { pdf, r, tree: readStructTree(r, pdf.catalog) };
  const results = CHECKS.flatMap((check) => {
    try {
      return check(ctx);
    } catch (e) {
      // One check tripping on an odd file must not hide the others' answers.
      return [{ id: check.name, ok: false, message: 'vérification interrompue par une erreur', details: [(e as Error).message] }];
    }
  });
  return { results, pageCount: pdf.pages.length };
}

export async function checkPdf(bytes: Uint8Array): Promise<CheckResult[]> {
  return (await inspectPdf(bytes)).results;
}
