// The plain text of an editorial block, piece by piece (a paragraph, each list item, each quoted paragraph).
import type { EditorialBlock, InlineRun } from './types.js';

export const runsText = (runs: readonly InlineRun[]): string => runs.map((r) => r.text).join('');

/** Images have no text of their own here: what stands for them (caption, alt) depends on the reader. */
export function blockPieces(b: EditorialBlock): string[] {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return [runsText(b.runs)];
    case 'list':
      return b.items.map(runsText);
    case 'quote':
      return b.paragraphs.map(runsText);
    case 'image':
      return [];
  }
}
