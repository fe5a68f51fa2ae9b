// Page, margins and the 12-column grid of the brand brief, in points (1 mm = 72 / 25.4 pt).
export const MM = 72 / 25.4;

export const PAGE = { width: 595.28, height: 841.89 } as const;

export const MARGIN = {
  outside: 18 * MM,
  top: 20 * MM,
  /** 22 mm keeps the running footer clear of the text block. */
  bottom: 22 * MM,
} as const;

export const GRID = { columns: 12, gutter: 5 * MM } as const;

export const CONTENT = {
  x: MARGIN.outside,
  y: MARGIN.top,
  width: PAGE.width - 2 * MARGIN.outside,
  bottom: PAGE.height - MARGIN.bottom,
} as const;

const columnWidth = (CONTENT.width - (GRID.columns - 1) * GRID.gutter) / GRID.columns;

/** The frame spanning grid columns [first, first + span), 0-based. */
export function gridSpan(first: number, span: number): { x: number; width: number } {
  return {
    x: CONTENT.x + first * (columnWidth + GRID.gutter),
    width: span * columnWidth + (span - 1) * GRID.gutter,
  };
}

/** Baseline of the running footer: centred in the bottom margin. */
export const FOOTER_BASELINE = PAGE.height - MARGIN.bottom / 2 + 3;
