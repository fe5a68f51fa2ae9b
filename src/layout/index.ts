// Lays the brochure out: sections in order onto pages, then footers; passes repeat until the contents' page numbers settle.
import type { Diagnostic } from '../diagnostics.js';
import type { VectorAsset } from '../assets/types.js';
import type { FontSet, SetParagraph } from '../typeset/types.js';
import type { BrochureDocument } from '../model/types.js';
import type { PagedDocument } from './types.js';
import { LayoutBuilder, type SetRecord } from './builder.js';
import { CONTENT } from './geometry.js';
import { layoutCover } from './sections/cover.js';
import { layoutSommaire } from './sections/sommaire.js';
import { layoutEdito } from './sections/edito.js';
import { layoutEnjeux } from './sections/enjeux.js';
import { layoutBilan } from './sections/bilan.js';
import { layoutChangements } from './sections/changements.js';
import { layoutMission, layoutMissionsIntro } from './sections/missions.js';
import { layoutCloture } from './sections/cloture.js';
import { addFooters } from './footer.js';

/** Page numbers change the contents' width only slightly: two passes settle; the bound stops a pathological input. */
const MAX_PASSES = 4;

export interface LayoutResult {
  paged?: PagedDocument;
  diagnostics: Diagnostic[];
  paragraphs: SetRecord[];
  passes: number;
}

/**
 * `typesetCache` may be kept across builds (watch mode) to skip paragraphs that did not change; its keys do not
 * name the fonts nor the document's proper names, so the caller must drop it when either changes.
 */
export function layoutDocument(
  doc: BrochureDocument,
  fonts: FontSet,
  assets: ReadonlyMap<string, VectorAsset>,
  typesetCache: Map<string, SetParagraph> = new Map(),
): LayoutResult {
  let known = new Map<string, number>();
  for (let pass = 1; ; pass++) {
    const b = new LayoutBuilder({ fonts, assets, properNames: doc.properNames, knownPages: known, typesetCache });
    layoutPass(b, doc);
    const settled = [...b.anchors].every(([id, page]) => known.get(id) === page);
    if (b.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: b.diagnostics, paragraphs: b.paragraphs, passes: pass };
    if (settled || pass >= MAX_PASSES) {
      if (!settled) {
        b.diagnostics.push({
          severity: 'warning',
          code: 'sommaire-instable',
          message: `les numéros de page du sommaire ne se sont pas stabilisés en ${MAX_PASSES} passes : vérifiez le sommaire`,
        });
      }
      return {
        paged: { meta: doc.meta, pages: b.pages, structure: b.root, outline: b.outline },
        diagnostics: b.diagnostics,
        paragraphs: b.paragraphs,
        passes: pass,
      };
    }
    known = b.anchors;
  }
}

function layoutPass(b: LayoutBuilder, doc: BrochureDocument): void {
  const openPage = (): number => {
    b.newPage();
    return CONTENT.y;
  };
  let missionsPart = b.root;
  for (const s of doc.sections) {
    switch (s.kind) {
      case 'cover':
        layoutCover(b, b.root, s);
        break;
      case 'sommaire':
        layoutSommaire(b, b.root, s, doc.sections, openPage);
        break;
      case 'edito':
        layoutEdito(b, b.root, s, openPage);
        break;
      case 'enjeux':
        layoutEnjeux(b, b.root, s, openPage);
        break;
      case 'bilan':
        layoutBilan(b, b.root, s, openPage);
        break;
      case 'changements':
        layoutChangements(b, b.root, s, openPage);
        break;
      case 'missions-intro':
        missionsPart = layoutMissionsIntro(b, b.root, s, openPage);
        break;
      case 'mission':
        layoutMission(b, missionsPart, s, openPage);
        break;
      case 'cloture':
        layoutCloture(b, b.root, s, openPage);
        break;
    }
  }
  addFooters(b, doc.footer);
}
