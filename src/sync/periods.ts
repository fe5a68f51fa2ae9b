// Year ranges that name the roadmap, each classified: current, the previous edition presented as such, or unmarked.
import { PREVIOUS_EDITION_WORDS, ROADMAP_WORDS, YEAR_RANGE } from './patterns.js';
import { linkAt, type Link, type ScannedPage, sentenceAround, slice } from './scan.js';

export interface PeriodMention {
  start: number;
  end: number;
  /** « 2019-2021 » normalised with a hyphen, whatever dash the text uses. */
  value: string;
  /** The dash as written, so a fix keeps it. */
  dash: string;
  where: 'prose' | 'link-text' | 'url';
  /** The outermost link the mention is in. */
  link?: Link;
  /** The text tells the reader this is the previous edition. */
  markedPrevious: boolean;
}

/**
 * A link is one claim: when its text states a period, the period in its URL is not reported again. A mention is
 * "marked previous" when its link text (or, in prose, its sentence) says so with one of PREVIOUS_EDITION_WORDS.
 */
export function roadmapMentions(page: ScannedPage): PeriodMention[] {
  const { text, links } = page;
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(YEAR_RANGE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const { part, outer } = linkAt(links, start);
    const where = part === 'url' ? 'url' : outer ? 'link-text' : 'prose';
    const claim = outer ? linkWords(text, outer) : sentenceAround(text, start, end);
    const names = ROADMAP_WORDS.test(where === 'url' ? text.slice(start - 60, end) + claim : claim);
    if (!names) continue;
    out.push({
      start,
      end,
      value: `${m[1]}-${m[3]}`,
      dash: m[2],
      where,
      ...(outer ? { link: outer } : {}),
      markedPrevious: PREVIOUS_EDITION_WORDS.test(outer ? linkWords(text, outer) + sentenceAround(text, outer.span.start, outer.span.end) : claim),
    });
  }
  const textual = new Set(out.filter((m) => m.where !== 'url' && m.link).map((m) => m.link));
  return out.filter((m) => !(m.where === 'url' && m.link && textual.has(m.link)));
}

/** What a reader sees of a link: its text and title (an image link's alt included, since it is inside the text). */
function linkWords(text: string, l: Link): string {
  return `${slice(text, l.text)} ${l.title ? slice(text, l.title) : ''}`;
}
