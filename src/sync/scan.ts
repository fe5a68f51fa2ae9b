// A light scanner of a Markdown page's raw text: links, images, front-matter scalars, with offsets so fixes touch only their span.

export interface Span {
  start: number;
  end: number;
}

export interface Link {
  kind: 'markdown' | 'html';
  image: boolean;
  /** Whole construct, `[...](...)` or `<a ...>...</a>`. */
  span: Span;
  /** Link text, or an image's alternative text. */
  text: Span;
  /** Destination (without the `<>` of `(<url>)`). */
  url: Span;
  title?: Span;
}

export interface Scalar {
  key: string;
  /** The value without its quotes. */
  value: Span;
}

export interface ScannedPage {
  text: string;
  links: Link[];
  /** `key: value` lines of the front matter (or of a whole YAML file). */
  scalars: Scalar[];
  /** Offset where the body starts (0 when there is no front matter). */
  bodyStart: number;
}

export function scanPage(text: string, yaml = false): ScannedPage {
  // A YAML file is all "front matter" for its scalars, and all body for the links its texts may contain.
  const bodyStart = yaml ? 0 : frontMatterEnd(text);
  return {
    text,
    links: [...markdownLinks(text, bodyStart), ...htmlLinks(text, bodyStart)].sort((a, b) => a.span.start - b.span.start),
    scalars: scalars(text, yaml ? 0 : 3, yaml ? text.length : bodyStart),
    bodyStart,
  };
}

export const slice = (text: string, s: Span) => text.slice(s.start, s.end);

function frontMatterEnd(text: string): number {
  if (!/^---\r?\n/.test(text)) return 0;
  const m = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return m ? 3 + m.index + m[0].length : 0;
}

/** Every `[text](url "title")` and `![alt](src)`, nested ones included (an image inside a link gives two links). */
function markdownLinks(text: string, from: number): Link[] {
  const out: Link[] = [];
  for (let i = text.indexOf('[', from); i >= 0; i = text.indexOf('[', i + 1)) {
    if (text[i - 1] === '\\') continue;
    const close = matchingBracket(text, i);
    if (close < 0 || text[close + 1] !== '(') continue;
    const dest = destination(text, close + 2);
    if (!dest) continue;
    const image = text[i - 1] === '!';
    out.push({
      kind: 'markdown',
      image,
      span: { start: image ? i - 1 : i, end: dest.end },
      text: { start: i + 1, end: close },
      url: dest.url,
      ...(dest.title ? { title: dest.title } : {}),
    });
  }
  return out;
}

function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
    else if (c === '\n' && text[j + 1] === '\n') return -1;
  }
  return -1;
}

function destination(text: string, at: number): { url: Span; title?: Span; end: number } | undefined {
  let j = at;
  while (text[j] === ' ') j++;
  let url: Span;
  if (text[j] === '<') {
    const end = text.indexOf('>', j);
    if (end < 0) return undefined;
    url = { start: j + 1, end };
    j = end + 1;
  } else {
    const m = /^[^\s)]+/.exec(text.slice(j, j + 2000));
    if (!m) return undefined;
    url = { start: j, end: j + m[0].length };
    j = url.end;
  }
  let title: Span | undefined;
  const t = /^[ \t]+(["'])([^]*?)\1/.exec(text.slice(j, j + 2000));
  if (t) {
    title = { start: j + t[0].indexOf(t[1]) + 1, end: j + t[0].length - 1 };
    j += t[0].length;
  }
  while (text[j] === ' ') j++;
  if (text[j] !== ')') return undefined;
  return { url, ...(title ? { title } : {}), end: j + 1 };
}

/** `<a href="…">text</a>` and `<img src="…" alt="…">`, the raw HTML that hand-edited pages of the site contain. */
function htmlLinks(text: string, from: number): Link[] {
  const out: Link[] = [];
  const body = text.slice(from);
  for (const m of body.matchAll(new RegExp(`<a\\s(?:${ATTRS})*>([^]*?)<\\/a>`, 'gi'))) {
    const start = from + m.index!;
    const open = m[0].length - m[1].length - '</a>'.length;
    const href = attribute(m[0].slice(0, open), 'href', start);
    if (!href) continue;
    const textAt = start + open;
    out.push({ kind: 'html', image: false, span: { start, end: start + m[0].length }, text: { start: textAt, end: textAt + m[1].length }, url: href });
  }
  for (const m of body.matchAll(new RegExp(`<img\\s(?:${ATTRS})*>`, 'gi'))) {
    const start = from + m.index!;
    const attr = (name: string) => attribute(m[0], name, start);
    const src = attr('src');
    if (!src) continue;
    out.push({ kind: 'html', image: true, span: { start, end: start + m[0].length }, text: attr('alt') ?? { start: src.start, end: src.start }, url: src });
  }
  return out;
}

/** The inside of a tag: anything but `>` outside quotes, so an `alt="l’État > tout"` does not end the tag. */
const ATTRS = `[^>"']|"[^"]*"|'[^']*'`;

/**
 * The span of an attribute's value in a tag found at `offset`: `name="…"` or `name='…'`, each kind of quote
 * ending only at its own kind (an apostrophe inside double quotes is text: `alt="l'équipe"`).
 */
function attribute(tag: string, name: string, offset: number): Span | undefined {
  const a = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  if (!a) return undefined;
  const value = a[1] ?? a[2];
  const at = offset + a.index + a[0].length - value.length - 1;
  return { start: at, end: at + value.length };
}

/** `key: value` and `- key: value` lines, plain or quoted scalars only (block scalars are prose, scanned as text). */
function scalars(text: string, from: number, to: number): Scalar[] {
  const out: Scalar[] = [];
  const re = /^[ \t]*(?:-[ \t]+)?([\w-]+):[ \t]+(?!\||>)(.+?)[ \t]*$/gm;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const raw = m[2];
    const at = m.index + m[0].indexOf(raw, m[0].indexOf(':') + 1);
    const quoted = /^(["']).*\1$/.test(raw);
    out.push({ key: m[1], value: quoted ? { start: at + 1, end: at + raw.length - 1 } : { start: at, end: at + raw.length } });
  }
  return out;
}

/** The innermost link whose text, URL or title contains `offset`, and the outermost link around it. */
export function linkAt(links: readonly Link[], offset: number): { link?: Link; outer?: Link; part?: 'text' | 'url' | 'title' } {
  let best: { link: Link; part: 'text' | 'url' | 'title' } | undefined;
  let outer: Link | undefined;
  for (const l of links) {
    if (offset < l.span.start || offset >= l.span.end) continue;
    if (!outer || l.span.start < outer.span.start) outer = l;
    const part = within(l.url, offset) ? 'url' : l.title && within(l.title, offset) ? 'title' : within(l.text, offset) ? 'text' : undefined;
    if (part && (!best || l.span.end - l.span.start < best.link.span.end - best.link.span.start)) best = { link: l, part };
  }
  return best ? { link: best.link, outer, part: best.part } : {};
}

const within = (s: Span, o: number) => o >= s.start && o < s.end;

/** File name at the end of a URL path, query and fragment removed. */
export function baseName(url: string): string {
  const p = url.replace(/[?#].*$/, '');
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The sentence around an offset (within its line), for the wording of a claim. */
export function sentenceAround(text: string, offset: number, end = offset): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const before = text.slice(lineStart, offset);
  // A full stop followed by a space ends a sentence; « TECH.GOUV » does not.
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = text.slice(end, lineEnd);
  const stop = /[.!?](?:\s|$)/.exec(after);
  return text.slice(cut >= 0 ? lineStart + cut + 2 : lineStart, stop ? end + stop.index + 1 : lineEnd);
}
