// Finds every painting operation of a content stream and the marked-content context it sits in.
import type { Operand, Operation } from './content-lexer.js';

export type PaintKind = 'text' | 'path' | 'xobject';

export interface PaintOp {
  index: number;
  op: string;
  kind: PaintKind;
  /** MCID of the innermost enclosing marked-content sequence that has one. */
  mcid?: number;
  /** Inside an `/Artifact` sequence (at any depth). */
  artifact: boolean;
}

const TEXT_OPS = new Set(['Tj', 'TJ', "'", '"']);
// `n` ends a path without painting it (clipping), so it is not listed.
const PATH_OPS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);

export function paintKind(op: string): PaintKind | undefined {
  if (TEXT_OPS.has(op)) return 'text';
  if (PATH_OPS.has(op)) return 'path';
  if (op === 'Do' || op === 'BI') return 'xobject';
  return undefined;
}

interface Marking {
  tag: string;
  mcid?: number;
}

/**
 * `properties` resolves a named property list (`/Tag /Name BDC`) from the page's /Properties resources.
 * Unbalanced EMCs are reported in `errors` rather than thrown, so one broken page does not hide the rest.
 */
export function findPaintOps(
  ops: Operation[],
  properties: (name: string) => Map<string, Operand> | undefined = () => undefined,
): { paints: PaintOp[]; errors: string[] } {
  const stack: Marking[] = [];
  const paints: PaintOp[] = [];
  const errors: string[] = [];
  for (const o of ops) {
    if (o.op === 'BMC') {
      stack.push({ tag: nameOperand(o.operands[0]) ?? '?' });
    } else if (o.op === 'BDC') {
      const tag = nameOperand(o.operands[0]) ?? '?';
      const raw = o.operands[1];
      const props = raw instanceof Map ? raw : nameOperand(raw) !== undefined ? properties(nameOperand(raw)!) : undefined;
      const mcid = props?.get('MCID');
      stack.push({ tag, mcid: typeof mcid === 'number' ? mcid : undefined });
    } else if (o.op === 'EMC') {
      if (!stack.pop()) errors.push(`opérateur n° ${o.index} : EMC sans BMC/BDC correspondant`);
    } else {
      const kind = paintKind(o.op);
      if (!kind) continue;
      const withId = [...stack].reverse().find((m) => m.mcid !== undefined);
      paints.push({ index: o.index, op: o.op, kind, mcid: withId?.mcid, artifact: stack.some((m) => m.tag === 'Artifact') });
    }
  }
  if (stack.length) errors.push(`${stack.length} séquence(s) de contenu marqué non fermée(s) en fin de page`);
  return { paints, errors };
}

function nameOperand(o: Operand | undefined): string | undefined {
  return o && typeof o === 'object' && !Array.isArray(o) && !(o instanceof Map) && 'name' in o ? o.name : undefined;
}
