// Lays the brochure out: sections in order onto pages, then footers; passes repeat until the contents' page numbers settle.
import type { Diagnostic } from '../diagnostics.js';
import type { VectorAsset } from '../assets/types.js';
import type { FontSet, SetParagraph } from '../typeset/types.js';
import type { BrochureDocument, Section } from '../model/types.js';
import type { PagedDocument, StructNode } from './types.js';
import { LayoutBuilder, type SetRecord } from './builder.js';
import { CONTENT } from './geometry.js';
import { layoutCover } from './sections/cover.js';
import { layoutSommaire } from './sections/sommaire.js';
import { layoutEdito } from './sections/edito.js';
import { layoutEnjeux } from './sections/enjeux.js';
import { layoutBilan } from './sections/bilan.js';
import { layoutChangements } from './sections/changements.js';
import { layoutMissions, layoutMissionsIntro } from './sections/missions.js';
import type { Flow } from './flow.js';
import { layoutCloture } from './sections/cloture.js';
import { layoutGouvernance } from './sections/gouvernance.js';
import { layoutIndicateurs } from './sections/indicateurs.js';
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
  let intro: { part: StructNode; flow: Flow } | undefined;
  // The flow of the last section a following one may continue on its page (see followingSection, sectionBelow): a
  // short édito after the contents, the enjeux, the bilan, the changes since the previous edition, the missions'
  // introduction, and the closing sections, each after the previous one.
  let previous: Flow | undefined;
  doc.sections.forEach((s, i) => {
    switch (s.kind) {
      case 'cover':
        layoutCover(b, b.root, s);
        break;
      case 'sommaire':
        previous = layoutSommaire(b, b.root, s, doc.sections, openPage);
        break;
      case 'edito':
        previous = layoutEdito(b, b.root, s, previous, openPage);
        break;
      case 'enjeux':
        previous = layoutEnjeux(b, b.root, s, previous, openPage);
        break;
      case 'bilan':
        previous = layoutBilan(b, b.root, s, previous, openPage);
        break;
      case 'changements':
        previous = layoutChangements(b, b.root, s, previous, openPage);
        break;
      case 'missions-intro':
        intro = layoutMissionsIntro(b, b.root, s, previous, openPage);
        previous = undefined;
        break;
      case 'mission': {
        // The missions are laid out together, at the first one: their page breaks are chosen over the whole run.
        if (doc.sections[i - 1]?.kind === 'mission') break;
        const run: Extract<Section, { kind: 'mission' }>[] = [];
        for (let k = i; doc.sections[k]?.kind === 'mission'; k++) run.push(doc.sections[k] as Extract<Section, { kind: 'mission' }>);
        layoutMissions(b, intro?.part ?? b.root, run, intro?.flow, openPage);
        break;
      }
      case 'gouvernance':
        previous = layoutGouvernance(b, b.root, s, openPage);
        break;
      case 'indicateurs':
        previous = layoutIndicateurs(b, b.root, s, previous, openPage);
        break;
      case 'cloture':
        layoutCloture(b, b.root, s, previous, openPage);
        break;
    }
  });
  addFooters(b, doc.footer);
}
