// SVG geometry: transform lists to matrices, basic shapes to path data, and path data re-serialised so pdfkit's lax parser reads it right.
import type { Matrix } from './types.js';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1 × m2`: apply m2 first, then m1 (SVG's `transform="m1 m2"` order). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;

/** Parses a transform list; returns a French error message instead of a matrix when it is malformed. */
export function parseTransform(text: string): Matrix | string {
  let m = IDENTITY;
  const re = /\s*,?\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/gy;
  let last = 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    last = re.lastIndex;
    const args = hit[2].trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (args.some((n) => !Number.isFinite(n))) return `nombre invalide dans ${hit[1]}(${hit[2]})`;
    const n = args.length;
    const bad = `${hit[1]}() ne prend pas ${n} argument${n > 1 ? 's' : ''}`;
    let t: Matrix;
    const rad = ((args[0] ?? 0) * Math.PI) / 180;
    switch (hit[1]) {
      case 'matrix':
        if (n !== 6) return bad;
        t = args as unknown as Matrix;
        break;
      case 'translate':
        if (n < 1 || n > 2) return bad;
        t = [1, 0, 0, 1, args[0], args[1] ?? 0];
        break;
      case 'scale':
        if (n < 1 || n > 2) return bad;
        t = [args[0], 0, 0, args[1] ?? args[0], 0, 0];
        break;
      case 'rotate': {
        if (n !== 1 && n !== 3) return bad;
        const r: Matrix = [Math.cos(rad), Math.sin(rad), -Math.sin(rad), Math.cos(rad), 0, 0];
        t = n === 3 ? multiply(multiply([1, 0, 0, 1, args[1], args[2]], r), [1, 0, 0, 1, -args[1], -args[2]]) : r;
        break;
      }
      case 'skewX':
        if (n !== 1) return bad;
        t = [1, 0, Math.tan(rad), 1, 0, 0];
        break;
      default:
        if (n !== 1) return bad;
        t = [1, Math.tan(rad), 0, 1, 0, 0];
    }
    m = multiply(m, t);
  }
  if (text.slice(last).trim()) return `« ${text.slice(last).trim()} » n’est pas une transformation reconnue`;
  return m;
}

/** Short, exponent-free number text (pdfkit's parser knows no exponents in every position). */
export function fmt(n: number): string {
  const s = Number(n.toFixed(4)).toString();
  return s === '-0' ? '0' : s;
}

const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/**
 * Re-serialises path data with explicit commands and space separators. pdfkit's own parser only
 * splits on spaces and commas, so newlines, tabs and compact arc flags (`a1 1 0 01.3 2`) would
 * otherwise be misread. Returns a French error message when the data is malformed.
 */
export function normalizePathData(d: string): { d: string } | { error: string } {
  const out: string[] = [];
  let i = 0;
  let cmd = '';
  const skip = () => {
    while (i < d.length && /[\s,]/.test(d[i])) i++;
  };
  skip();
  while (i < d.length) {
    if (/[A-Za-z]/.test(d[i])) {
      cmd = d[i];
      if (!(cmd.toLowerCase() in ARITY)) return { error: `commande de tracé « ${cmd} » inconnue` };
      i++;
      if (cmd === 'z' || cmd === 'Z') out.push(cmd);
      skip();
      if (cmd !== 'z' && cmd !== 'Z') {
        const r = readArgs();
        if (r) return { error: r };
      }
      continue;
    }
    if (!cmd || cmd === 'z' || cmd === 'Z') return { error: `nombre sans commande à la position ${i + 1} du tracé` };
    // Implicit repetition: extra coordinates after a moveto are linetos.
    if (cmd === 'M') cmd = 'L';
    else if (cmd === 'm') cmd = 'l';
    const r = readArgs();
    if (r) return { error: r };
  }
  if (out.length && !/^[Mm]/.test(out[0])) return { error: 'un tracé doit commencer par M ou m' };
  return { d: out.join(' ') };

  function readArgs(): string | undefined {
    const lower = cmd.toLowerCase();
    const args: string[] = [];
    for (let k = 0; k < ARITY[lower]; k++) {
      skip();
      if (lower === 'a' && (k === 3 || k === 4)) {
        if (d[i] !== '0' && d[i] !== '1') return `drapeau d’arc attendu (0 ou 1) à la position ${i + 1} du tracé`;
        args.push(d[i++]);
        continue;
      }
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(d);
      if (!m) return `nombre attendu à la position ${i + 1} du tracé (commande ${cmd})`;
      args.push(fmt(Number(m[0])));
      i = NUMBER.lastIndex;
    }
    out.push(`${cmd} ${args.join(' ')}`);
    skip();
    return undefined;
  }
}

/** Basic shapes as path data (SVG 2 § 10), or null when the shape has nothing to draw. */
export function rectPath(x: number, y: number, w: number, h: number, rx0?: number, ry0?: number): string | null {
  if (!(w > 0 && h > 0)) return null;
  let rx = rx0 ?? ry0 ?? 0;
  let ry = ry0 ?? rx0 ?? 0;
  rx = Math.min(Math.max(rx, 0), w / 2);
  ry = Math.min(Math.max(ry, 0), h / 2);
  if (!rx || !ry) return `M ${fmt(x)} ${fmt(y)} H ${fmt(x + w)} V ${fmt(y + h)} H ${fmt(x)} Z`;
  const a = (dx: number, dy: number) => `A ${fmt(rx)} ${fmt(ry)} 0 0 1 ${fmt(dx)} ${fmt(dy)}`;
  return [
    `M ${fmt(x + rx)} ${fmt(y)}`, `H ${fmt(x + w - rx)}`, a(x + w, y + ry), `V ${fmt(y + h - ry)}`,
    a(x + w - rx, y + h), `H ${fmt(x + rx)}`, a(x, y + h - ry), `V ${fmt(y + ry)}`, a(x + rx, y), 'Z',
  ].join(' ');
}

export function ellipsePath(cx: number, cy: number, rx: number, ry: number): string | null {
  if (!(rx > 0 && ry > 0)) return null;
  const a = (x: number, y: number) => `A ${fmt(rx)} ${fmt(ry)} 0 0 1 ${fmt(x)} ${fmt(y)}`;
  return `M ${fmt(cx + rx)} ${fmt(cy)} ${a(cx, cy + ry)} ${a(cx - rx, cy)} ${a(cx, cy - ry)} ${a(cx + rx, cy)} Z`;
}

/** `points` of polygon/polyline; null when the list is malformed (odd count or not numbers). */
export function pointsPath(points: string, close: boolean): string | null {
  const n = points.trim().split(/[\s,]+/).filter(Boolean).map(Number);
  if (n.length < 4 || n.length % 2 || n.some((v) => !Number.isFinite(v))) return null;
  const parts = [];
  for (let k = 0; k < n.length; k += 2) parts.push(`${k ? 'L' : 'M'} ${fmt(n[k])} ${fmt(n[k + 1])}`);
  if (close) parts.push('Z');
  return parts.join(' ');
}
