// Every painted thing is tagged or an artifact (Matterhorn 01-001 … 01-004), page by page, operator by operator.
import { PDFArray, PDFDict, PDFName } from 'pdf-lib';
import { parseContent, type Operand } from './content-lexer.js';
import { findPaintOps, type PaintOp } from './marked-content.js';
import type { PageInfo } from './pdf-model.js';
import { mcidKey } from './struct-tree.js';
import { result, type CheckContext, type CheckResult } from './types.js';

function pageContent(ctx: CheckContext, page: PageInfo): Uint8Array {
  const parts = ctx.r.items(page.dict.get(PDFName.of('Contents'))).map((s) => ctx.r.streamBytes(s) ?? new Uint8Array());
  // Streams of one page are one content stream split anywhere but inside a token; a newline joins them safely.
  return Buffer.concat(parts.flatMap((p) => [Buffer.from(p), Buffer.from('\n')]));
}

/** Marked-content property lists named in /Resources /Properties, converted to the lexer's operand shape. */
function propertiesOf(ctx: CheckContext, page: PageInfo) {
  const props = ctx.r.dict(ctx.r.dict(page.dict, 'Resources'), 'Properties');
  return (name: string): Map<string, Operand> | undefined => {
    const d = ctx.r.dict(props, name);
    const mcid = ctx.r.number(d, 'MCID');
    return d ? new Map<string, Operand>(mcid === undefined ? [] : [['MCID', mcid]]) : undefined;
  };
}

export function checkContent(ctx: CheckContext): CheckResult[] {
  const text: string[] = [];
  const graphics: string[] = [];
  let painted = 0;
  for (const page of ctx.pdf.pages) {
    let ops;
    try {
      ops = parseContent(pageContent(ctx, page));
    } catch (e) {
      text.push(`page ${page.number} : flux de contenu illisible (${(e as Error).message})`);
      continue;
    }
    const { paints, errors } = findPaintOps(ops, propertiesOf(ctx, page));
    for (const err of errors) graphics.push(`page ${page.number}, ${err}`);
    const key = ctx.r.number(page.dict, 'StructParents');
    const parentEntry = key === undefined ? undefined : ctx.r.resolve(ctx.tree.parentTree.get(key));
    const parents = parentEntry instanceof PDFArray ? parentEntry : undefined;
    for (const p of paints) {
      painted++;
      const problem = untagged(ctx, page, p, parents);
      if (!problem) continue;
      const line = `page ${page.number}, opérateur n° ${p.index} (${p.op}) : ${problem}`;
      (p.kind === 'text' ? text : graphics).push(line);
    }
  }
  return [
    result('content.text', text, 'tout le texte est balisé ou marqué comme artefact', 'texte hors de la structure et non marqué comme artefact'),
    result('content.graphics', graphics, `${painted} opérations de dessin vérifiées, toutes balisées ou artefacts`, 'tracé(s) ou image(s) hors de la structure et non marqué(s) comme artefact'),
  ];
}

function untagged(ctx: CheckContext, page: PageInfo, p: PaintOp, parents: PDFArray | undefined): string | undefined {
  if (p.artifact) return undefined;
  if (p.mcid === undefined) return 'hors contenu marqué (ni MCID ni /Artifact)';
  if (!ctx.tree.referencedMcids.has(mcidKey(page.key, p.mcid))) return `MCID ${p.mcid} absent de l’arbre de structure`;
  const parent = parents && p.mcid < parents.size() ? ctx.r.resolve(parents.get(p.mcid)) : undefined;
  if (!(parent instanceof PDFDict)) return `MCID ${p.mcid} sans entrée dans le /ParentTree de la page`;
  return undefined;
}
