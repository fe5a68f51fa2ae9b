// Runs every accessibility/archival check on PDF bytes, reading the file only (never the writer's state).
import { checkCatalog, checkMetadata, checkOutputIntent, checkVersion } from './checks-document.js';
import { checkFonts } from './checks-fonts.js';
import { checkContent } from './checks-content.js';
import { checkAnnotations, checkOutline } from './checks-navigation.js';
import { checkDocumentRoot, checkFigures, checkHeadings, checkLinks, checkLists, checkRoles, checkTables } from './checks-structure.js';
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
  checkContent,
  checkAnnotations,
  checkOutline,
];

export async function checkPdf(bytes: Uint8Array): Promise<CheckResult[]> {
  const pdf = await loadPdf(bytes);
  const r = new Reader(pdf.context);
  const ctx: CheckContext = { pdf, r, tree: readStructTree(r, pdf.catalog) };
  return CHECKS.flatMap((check) => {
    try {
      return check(ctx);
    } catch (e) {
      // One check tripping on an odd file must not hide the others' answers.
      return [{ id: check.name, ok: false, message: 'vérification interrompue par une erreur', details: [(e as Error).message] }];
    }
  });
}
