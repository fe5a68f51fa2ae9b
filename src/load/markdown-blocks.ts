// Markdown body → `EditorialBlock`s with positions: headings, paragraphs, lists, quotes, images; kramdown `{: .class}` lines attach to their block.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Diagnostic } from '../diagnostics.js';
import { MAX_TEXT_CHARS } from './limits.js';
import { BR, htmlMessage, pushRun, toRuns } from './inline-runs.js';
import type { EditorialBlock, InlineRun } from './types.js';

// html: true so raw HTML reaches us as tokens and can be refused with a position, rather than silently escaped.
const md = new MarkdownIt({ html: true });
// Links and image paths stay as written (no percent-encoding), so `{{ pdf_url }}` placeholders survive for the model to fill.
md.normalizeLink = (url: string) => url;

const IAL = /^\{:\s*([^}]*)\}$/;

function ialClasses(s: string): string[] {
  return [...s.matchAll(/(?:^|\s)\.([\w-]+)/g)].map((m) => m[1]);
}

/** Strips a kramdown IAL written as the last line of a paragraph (lazy continuation) and returns its classes. */
function takeTrailingIal(children: Token[]): string[] | undefined {
  const last = children[children.length - 1];
  if (!last || last.type !== 'text') return undefined;
  const m = IAL.exec(last.content.trim());
  if (!m) return undefined;
  const before = children[children.length - 2];
  if (before && before.type !== 'softbreak') return undefined;
  children.splice(children.length - (before ? 2 : 1));
  return ialClasses(m[1]);
}

/** Strips a kramdown IAL written on the line just above a paragraph's text: it styles that paragraph. */
function takeLeadingIal(children: Token[]): string[] | undefined {
  const first = children[0];
  const m = first?.type === 'text' ? IAL.exec(first.content.trim()) : null;
  if (!m || children[1]?.type !== 'softbreak') return undefined;
  children.splice(0, 2);
  return ialClasses(m[1]);
}

export interface MarkdownInput {
  file: string;
  /** The Markdown body (front matter removed). */
  body: string;
  /** Lines of the real file before the body (front matter), so positions point into the real file. */
  lineOffset: number;
  /**
   * False for the brochure's texts: the layout has no figure for them, and an image silently left out would be
   * content lost; each one is an error. The web page keeps its images (the site renders them).
   */
  images?: boolean;
}

export function parseMarkdownBlocks(input: MarkdownInput): { blocks: EditorialBlock[]; diagnostics: Diagnostic[] } {
  const { file, body, lineOffset, images = true } = input;
  const lines = body.split('\n');
  const tokens = md.parse(body, {});
  const blocks: EditorialBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  const posOf = (map: [number, number] | null, column = 1) => ({ file, line: (map?.[0] ?? 0) + lineOffset + 1, column });

  /** Locates raw HTML by searching the block's source lines, since inline tokens carry no column. */
  const htmlReporter = (map: [number, number] | null) => {
    let from = 0;
    return (html: string): Diagnostic => {
      const start = map?.[0] ?? 0;
      const end = map?.[1] ?? lines.length;
      for (let l = start; l < end; l++) {
        const col = lines[l].indexOf(html, l === start ? from : 0);
        if (col >= 0) {
          from = col + html.length;
          return { severity: 'error', code: 'html-interdit', pos: { file, line: l + lineOffset + 1, column: col + 1 }, message: htmlMessage(html) };
        }
      }
      return { severity: 'error', code: 'html-interdit', pos: posOf(map), message: htmlMessage(html) };
    };
  };
  /** Locates each `![` of a block in turn (inline tokens carry no column). */
  const imageRefuser = (map: [number, number] | null) => {
    let line = map?.[0] ?? 0;
    let from = 0;
    return (src: string): Diagnostic => {
      const end = map?.[1] ?? lines.length;
      for (; line < end; line++, from = 0) {
        const col = lines[line].indexOf('![', from);
        if (col >= 0) {
          from = col + 2;
          return imageRefused(src, { file, line: line + lineOffset + 1, column: col + 1 });
        }
      }
      return imageRefused(src, posOf(map));
    };
  };
  const runsOf = (inline: Token): InlineRun[] => {
    if (!images) {
      const refuse = imageRefuser(inline.map as [number, number]);
      for (const c of inline.children ?? []) if (c.type === 'image') diagnostics.push(refuse(c.attrGet('src') ?? ''));
    }
    const runs = toRuns(inline.children ?? [], htmlReporter(inline.map as [number, number]), diagnostics);
    const length = runs.reduce((n, r) => n + r.text.length, 0);
    if (length > MAX_TEXT_CHARS)
      diagnostics.push({ severity: 'error', code: 'texte-trop-long', pos: posOf(inline.map as [number, number]), message: `paragraphe de ${length} caractères : au plus ${MAX_TEXT_CHARS} admis (scindez-le)` });
    return runs;
  };

  let pendingClasses: string[] = [];
  let lastEnd = -1;
  const emit = (b: EditorialBlock, end: number) => {
    b.classes.push(...pendingClasses);
    pendingClasses = [];
    blocks.push(b);
    lastEnd = end;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map as [number, number] | null;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        let level = Number(t.tag.slice(1));
        if (level > 3) {
          diagnostics.push({ severity: 'warning', code: 'titre-trop-profond', pos: posOf(map), message: `titre de niveau ${level} ramené au niveau 3 : la plaquette n'a que trois niveaux de titres (#, ##, ###)` });
          level = 3;
        }
        emit({ kind: 'heading', level: level as 1 | 2 | 3, runs: runsOf(inline), pos: posOf(map), classes: [] }, map![1]);
        i += 2;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        i += 2;
        const children = inline.children ?? [];
        const only = IAL.exec(inline.content.trim());
        if (only) {
          // Directly under a block: kramdown gives the classes to that block; after a blank line, to the next one.
          const prev = blocks[blocks.length - 1];
          if (prev && lastEnd === map![0]) prev.classes.push(...ialClasses(only[1]));
          else pendingClasses.push(...ialClasses(only[1]));
          break;
        }
        const trailing = [...(takeLeadingIal(children) ?? []), ...(takeTrailingIal(children) ?? [])];
        const visible = children.filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
        const img = visible.length === 1 && visible[0].type === 'image' ? { tok: visible[0] } : visible.length === 3 && visible[0].type === 'link_open' && visible[1].type === 'image' && visible[2].type === 'link_close' ? { tok: visible[1], href: visible[0].attrGet('href') ?? undefined } : undefined;
        if (img && !images) {
          diagnostics.push(imageRefuser(map)(img.tok.attrGet('src') ?? ''));
        } else if (img) {
          const alt = img.tok.content.trim();
          const title = img.tok.attrGet('title');
          if (!alt) diagnostics.push({ severity: 'error', code: 'image-sans-alt', pos: posOf(map), message: `image « ${img.tok.attrGet('src')} » sans texte alternatif : écrivez ![description de l'image](${img.tok.attrGet('src')})` });
          emit({ kind: 'image', src: img.tok.attrGet('src') ?? '', alt, ...(title ? { title } : {}), ...(img.href ? { href: img.href } : {}), pos: posOf(map), classes: trailing }, map![1]);
        } else {
          emit({ kind: 'paragraph', runs: runsOf(inline), pos: posOf(map), classes: trailing }, map![1]);
        }
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'blockquote_open': {
        const closeType = t.type.replace('_open', '_close');
        const items: InlineRun[][] = [];
        const classes: string[] = [];
        let depth = 0;
        let j = i + 1;
        for (; j < tokens.length; j++) {
          const u = tokens[j];
          if (u.type === t.type) depth++;
          if (u.type === closeType && depth-- === 0) break;
          if (u.type === 'list_item_open') items.push([]);
          if (u.type === 'inline') {
            const children = u.children ?? [];
            classes.push(...(takeTrailingIal(children) ?? []));
            const runs = runsOf(u);
            if (t.type === 'blockquote_open' || items.length === 0) items.push(runs);
            else {
              const item = items[items.length - 1];
              if (item.length) pushRunSep(item);
              for (const r of runs) pushRun(item, { ...r });
            }
          } else if (u.type === 'html_block') checkHtmlBlock(u);
        }
        const pos = posOf(map);
        if (t.type === 'blockquote_open') emit({ kind: 'quote', paragraphs: items, pos, classes }, map![1]);
        else emit({ kind: 'list', ordered: t.type === 'ordered_list_open', items, pos, classes }, map![1]);
        i = j;
        break;
      }
      case 'html_block':
        checkHtmlBlock(t);
        break;
      case 'hr':
        diagnostics.push({ severity: 'warning', code: 'markdown-ignore', pos: posOf(map), message: 'ligne horizontale (---) ignorée dans la plaquette : la mise en page sépare déjà les parties' });
        break;
      case 'code_block':
      case 'fence':
        diagnostics.push({ severity: 'error', code: 'markdown-non-pris-en-charge', pos: posOf(map), message: "bloc de code non pris en charge : retirez l'indentation de 4 espaces ou les ``` (la plaquette n'affiche pas de code)" });
        break;
      default:
        if (t.type.endsWith('_open') && t.nesting === 1 && t.level === 0)
          diagnostics.push({ severity: 'error', code: 'markdown-non-pris-en-charge', pos: posOf(map), message: `élément Markdown « ${t.tag} » non pris en charge : titres, paragraphes, listes${images ? ', citations et images' : ' et citations'} seulement` });
    }
  }

  function checkHtmlBlock(t: Token) {
    const html = t.content.trim();
    if (BR.test(html) || /^<!--[\s\S]*-->$/.test(html)) return;
    const map = t.map as [number, number];
    const line = lines[map[0]];
    diagnostics.push({ severity: 'error', code: 'html-interdit', pos: { file, line: map[0] + lineOffset + 1, column: Math.max(0, line.indexOf('<')) + 1 }, message: htmlMessage(html) });
  }
  return { blocks, diagnostics };
}

function imageRefused(src: string, pos: Diagnostic['pos']): Diagnostic {
  return {
    severity: 'error',
    code: 'image-non-prise-en-charge',
    pos,
    message: `image « ${src} » : les textes de la brochure ne peuvent pas contenir d’image (seuls les pictogrammes nommés dans data/ sont dessinés), elle serait perdue`,
    hint: 'retirez-la, ou décrivez en une phrase ce qu’elle montre ; pour une nouvelle illustration, voyez avec l’équipe technique',
  };
}

/** Two paragraphs in one list item read as one line: a space between them. */
function pushRunSep(item: InlineRun[]): void {
  const last = item[item.length - 1];
  if (!last.text.endsWith(' ')) pushRun(item, { ...last, text: ' ' });
}
