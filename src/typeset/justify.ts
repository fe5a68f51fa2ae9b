// How a justified line takes up its slack: font expansion first, then the word spaces, letter-spacing last.
// The breaker uses the same function to judge each candidate line, so it chooses breaks for what will be drawn.

/** Every word space stretches by 1/2 and shrinks by 1/3 of its width (TeX's French values). */
export const SPACE_STRETCH = 1 / 2;
export const SPACE_SHRINK = 1 / 3;

/**
 * Font expansion as pdfTeX/microtype (stretch = shrink = 20, step = 5) and InDesign's glyph scaling 98–102 %: a
 * line's glyphs may be drawn up to 2 % wider or narrower, in steps of 0.5 %. Below about 2 % the change of a
 * letter's width is not seen; every line of a paragraph keeps to it, so neighbours differ by 4 % at most.
 */
export const EXPANSION_MAX = 0.02;
export const EXPANSION_STEP = 0.005;

/**
 * Letter-spacing, the last resort: only on a line whose word spaces would still be wider than this many natural
 * spaces once its glyphs are fully expanded, and by at most LETTER_SPACING_MAX_EM of the size per glyph.
 */
export const LETTER_SPACING_FROM = 1.5;
export const LETTER_SPACING_MAX_EM = 0.01;

/** A line whose word gaps are drawn wider than this many natural spaces is loose: the eye sees a hole. */
export const LOOSE_RATIO = 1.5;

/** r > LOOSE_RATIO, past rounding (letter-spacing brings a gap down to exactly LOOSE_RATIO). NaN is not loose. */
export const isLoose = (gapRatio: number): boolean => gapRatio > LOOSE_RATIO + 1e-9;

/** What a line is made of, as far as its adjustment goes. */
export interface LineShape {
  /** Natural width of everything on the line (glyphs and word spaces), points: all of it scales with expansion. */
  natural: number;
  /** Natural width of the stretching word spaces (U+0020, U+00A0), points. */
  spaces: number;
  /** How many of them. */
  count: number;
  /** Glyphs that take letter-spacing. */
  glyphs: number;
  /** Type size, points (letter-spacing is capped in ems). */
  size: number;
}

export interface Adjustment {
  /** Horizontal scale of every glyph of the line (1 = natural). */
  scale: number;
  /** Points added to each stretching word space, after scaling. */
  spaceExtra: number;
  /** Points added after each glyph. */
  letterSpacing: number;
  /** The word gap drawn ÷ the natural one (what the report measures; NaN with no gap). */
  gapRatio: number;
  /** Slack left over (points): > 0 when the line could not be filled, < 0 when it overflows. */
  rest: number;
}

const round = (e: number) => Math.round(e / EXPANSION_STEP) * EXPANSION_STEP;
const clamp = (e: number) => Math.max(-EXPANSION_MAX, Math.min(EXPANSION_MAX, e));

/**
 * Shares `slack` (available − natural, points) out. Expansion takes what it can, rounded to its step; the spaces take
 * the rest, shrinking to at most SPACE_SHRINK and stretching as needed; past LETTER_SPACING_FROM, letter-spacing
 * takes what it can of the stretch. `expand` false (ragged text) leaves glyphs alone; `fill` false (a last line, a
 * ragged one) only ever shrinks, when the line would overflow.
 */
export function adjustLine(slack: number, line: LineShape, { expand, fill }: { expand: boolean; fill: boolean }): Adjustment {
  const { natural, spaces: naturalSpaces, count, glyphs } = line;
  if (!fill && slack >= 0) return { scale: 1, spaceExtra: 0, letterSpacing: 0, gapRatio: count ? 1 : NaN, rest: slack };
  let scale = 1;
  if (expand && natural > 0) {
    const wanted = slack / natural;
    scale = 1 + clamp(round(wanted));
    // When the spaces cannot take what rounding left (no space, or not that much shrink), take the step below:
    // a line may fall short of the measure, never past it.
    const left = slack - (scale - 1) * natural;
    if ((count === 0 && left !== 0) || left < -SPACE_SHRINK * naturalSpaces * scale) {
      scale = 1 + clamp(Math.floor(wanted / EXPANSION_STEP + 1e-9) * EXPANSION_STEP);
    }
  }
  let rest = slack - (scale - 1) * natural;
  if (count === 0) return { scale, spaceExtra: 0, letterSpacing: 0, gapRatio: NaN, rest };
  let spaces = Math.max(rest, -SPACE_SHRINK * naturalSpaces * scale);
  if (!fill) spaces = Math.min(0, spaces);
  let letterSpacing = 0;
  if (expand && fill && scale + spaces / naturalSpaces > LETTER_SPACING_FROM && glyphs > 2 * count) {
    // Each glyph takes t; a gap then looks 2t wider (after the word's last glyph and after the space): solve for the
    // gap to come down to LETTER_SPACING_FROM, within the cap.
    const target = (LETTER_SPACING_FROM - scale) * naturalSpaces;
    letterSpacing = Math.min(LETTER_SPACING_MAX_EM * line.size, (spaces - target) / (glyphs - 2 * count));
    spaces -= letterSpacing * glyphs;
  }
  rest -= spaces + letterSpacing * glyphs;
  return { scale, spaceExtra: spaces / count, letterSpacing, gapRatio: scale + (spaces + 2 * letterSpacing * count) / naturalSpaces, rest };
}
