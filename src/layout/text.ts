// Turns typeset lines into positioned text items, tagging links, language spans and engine hyphens.
import type { Line, LineFragment } from '../typeset/types.js';
import { applyFrenchSpacing } from '../typeset/index.js';
import type { ArtifactKind, PageItem, StructNode, Tag } from './types.js';
import type { LayoutBuilder } from './builder.js';

/** Baseline offset inside a line box: centres the cap height (≈ 0.7 em for Marianne) in the leading. */
export function baselineOffset(line: Line): number {
  const size = Math.max(...line.fragments.map((f) => f.style.size), 0);
  return (line.lineHeight + size * 0.7) / 2;
}

/** One fragment of a line as a text item at `x` (the line's left edge) on `baseline`, tagged as given. */
function textItem(f: LineFragment, x: number, baseline: number, tag: Tag): PageItem {
  return {
    kind: 'text',
    x: x + f.x,
    y: baseline,
    text: f.text,
    font: f.style.font,
    size: f.style.size,
    color: f.style.color,
    spaceExtra: f.spaceExtra,
    // Measured with its tracking, so drawn with it.
    ...(f.style.tracking ? { tracking: f.style.tracking } : {}),
    ...(f.scale !== undefined && f.scale !== 1 ? { scale: f.scale } : {}),
    ...(f.style.superior ? { superior: true } : {}),
    tag,
  };
}

/** A line drawn as decoration (an Artifact: running footers, ornaments), its baseline given. */
export function artifactLine(line: Line, x: number, baseline: number, artifact: ArtifactKind): PageItem[] {
  return line.fragments.filter((f) => f.text).map((f) => textItem(f, x, baseline, { artifact }));
}

/**
 * Draws `lines` with their top at `top` and left edge at `x`; returns the y below the last line.
 * `owner` is the structure node the text belongs to (P, H1, LBody …); links and spans become its children.
 * A null owner makes the text decoration (an Artifact), which can carry no link.
 */
export function placeLines(b: LayoutBuilder, lines: readonly Line[], x: number, top: number, owner: StructNode | null): number {
  let y = top;
  let currentLink: { href: string; node: StructNode } | undefined;
  for (const line of lines) {
    const baseline = y + baselineOffset(line);
    if (!owner) {
      for (const item of artifactLine(line, x, baseline, 'Layout')) b.add(item);
      y += line.lineHeight;
      continue;
    }
    for (const f of line.fragments) {
      if (!f.text) continue;
      let parent = owner;
      if (f.href) {
        if (!currentLink || currentLink.href !== f.href) {
          currentLink = { href: f.href, node: b.node(owner, 'Link') };
        }
        parent = currentLink.node;
        const internal = f.href.startsWith('#');
        b.add({
          kind: 'link',
          x: x + f.x,
          y: baseline - f.style.size * 0.8,
          w: f.width,
          h: f.style.size * 1.05,
          target: internal ? { dest: f.href.slice(1) } : { url: f.href },
          contents: internal ? applyFrenchSpacing(`Aller à la section « ${f.text.trim()} »`) : `Ouvrir ${f.href}`,
          node: currentLink.node.id,
        });
      } else {
        currentLink = undefined;
      }
      // Engine hyphens and foreign-language runs get a Span of their own so readers get the right text.
      if (f.actualText !== undefined || f.lang) {
        parent = b.node(parent, 'Span', {
          ...(f.actualText !== undefined ? { actualText: f.actualText } : {}),
          ...(f.lang ? { lang: f.lang } : {}),
        });
      }
      b.add(textItem(f, x, baseline, { node: parent.id }));
    }
    y += line.lineHeight;
  }
  return y;
}

export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((h, l) => h + l.lineHeight, 0);
}
