// SVG paint properties: colours, `<style>` class rules and `style="…"` declarations, with the cascade SVG uses.

/** Paint properties of an element; `undefined` means "not set here, inherit". */
export interface Paint {
  fill?: string | null;
  fillRule?: 'nonzero' | 'evenodd';
  stroke?: string | null;
  strokeWidth?: number;
  opacity?: number;
}

export interface Declaration {
  prop: string;
  value: string;
  /** Offset of the property name in the source file. */
  offset: number;
}

/** DSFR grey-50: the body text colour, which `currentColor` stands for in this project. */
const CURRENT_COLOR = '#161616';
const NAMED: Record<string, string> = { white: '#FFFFFF', black: '#000000', gray: '#808080', grey: '#808080' };

/** `#RRGGBB`, null for `none`, or undefined when the colour is not understood. */
export function parseColor(raw: string): string | null | undefined {
  const v = raw.trim();
  const lower = v.toLowerCase();
  if (lower === 'none') return null;
  if (lower === 'currentcolor') return CURRENT_COLOR;
  if (lower in NAMED) return NAMED[lower];
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return ('#' + [...v.slice(1)].map((c) => c + c).join('')).toUpperCase();
  return undefined;
}

export const PAINT_PROPS = new Set(['fill', 'fill-rule', 'stroke', 'stroke-width', 'opacity']);

/** Applies one declaration; returns a French error message when the value is not understood. */
export function applyDeclaration(paint: Paint, prop: string, value: string): string | undefined {
  const v = value.trim();
  switch (prop) {
    case 'fill':
    case 'stroke': {
      const c = parseColor(v);
      if (c === undefined) return `couleur « ${v} » non reconnue pour ${prop} (attendu #rgb, #rrggbb, white, black, none ou currentColor)`;
      if (prop === 'fill') paint.fill = c;
      else paint.stroke = c;
      return undefined;
    }
    case 'fill-rule':
      if (v !== 'nonzero' && v !== 'evenodd') return `fill-rule « ${v} » non reconnu (attendu nonzero ou evenodd)`;
      paint.fillRule = v;
      return undefined;
    case 'stroke-width':
    case 'opacity': {
      const n = Number(v.replace(/px$/, ''));
      if (!v || !Number.isFinite(n) || n < 0 || (prop === 'opacity' && n > 1)) return `valeur « ${v} » non reconnue pour ${prop}`;
      if (prop === 'opacity') paint.opacity = n;
      else paint.strokeWidth = n;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Splits `a: b; c: d` into declarations, keeping each property's offset (base = offset of the text). */
export function parseDeclarations(text: string, base: number): Declaration[] {
  const out: Declaration[] = [];
  let at = 0;
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    const lead = part.length - part.trimStart().length;
    if (part.trim()) {
      out.push({
        prop: (colon < 0 ? part : part.slice(0, colon)).trim().toLowerCase(),
        value: colon < 0 ? '' : part.slice(colon + 1).trim(),
        offset: base + at + lead,
      });
    }
    at += part.length + 1;
  }
  return out;
}

export interface StyleRule {
  className: string;
  declarations: Declaration[];
}

/** Parses a `<style>` sheet of `.class { … }` rules; other selectors and at-rules are reported, not guessed at. */
export function parseStyleSheet(css: string, base: number): { rules: StyleRule[]; errors: { offset: number; message: string }[] } {
  const rules: StyleRule[] = [];
  const errors: { offset: number; message: string }[] = [];
  // Comments are blanked, not removed, so offsets stay true.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => ' '.repeat(c.length));
  const re = /([^{}]*)\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = re.lastIndex;
    const selectorAt = base + m.index + (m[1].length - m[1].trimStart().length);
    const selectors = m[1].split(',').map((s) => s.trim());
    const bodyAt = base + m.index + m[1].length + 1;
    const declarations = parseDeclarations(m[2], bodyAt);
    for (const sel of selectors) {
      if (/^\.[A-Za-z_][-A-Za-z0-9_]*$/.test(sel)) rules.push({ className: sel.slice(1), declarations });
      else errors.push({ offset: selectorAt, message: `sélecteur CSS « ${sel} » non pris en charge (seules les classes simples « .nom » le sont)` });
    }
  }
  const rest = text.slice(last);
  if (rest.trim()) errors.push({ offset: base + last + (rest.length - rest.trimStart().length), message: `texte CSS non compris : « ${rest.trim().slice(0, 40)} »` });
  return { rules, errors };
}
