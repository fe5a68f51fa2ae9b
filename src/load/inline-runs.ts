// markdown-it inline tokens → `InlineRun`s: bold/italic/link/code, soft breaks as spaces, `<br>` as a line break, any other HTML refused.
import type Token from 'markdown-it/lib/token.mjs';
import type { Diagnostic } from '../diagnostics.js';
import type { InlineRun } from './types.js';

/** The only raw HTML the writers may use: a forced line break. */
export const BR = /^<br\s*\/?>$/i;

/** Says where raw HTML sits; the caller knows the source lines. */
export type HtmlReporter = (html: string) => Diagnostic;

export function htmlTagName(html: string): string {
  const m = /^<\/?\s*([a-zA-Z][\w-]*)/.exec(html.trim());
  return m ? m[1].toLowerCase() : html.trim().slice(0, 20);
}

export function htmlMessage(html: string): string {
  return `balise HTML <${htmlTagName(html)}> interdite (seul <br> est admis) : écrivez en Markdown, **gras**, *italique*, [lien](https://…), « > » pour une citation`;
}

function sameStyle(a: InlineRun, b: InlineRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href && a.code === b.code && a.lang === b.lang;
}

export function pushRun(runs: InlineRun[], run: InlineRun): void {
  if (run.text === '') return;
  const last = runs[runs.length - 1];
  if (last && sameStyle(last, run)) last.text += run.text;
  else runs.push(run);
}

export function toRuns(children: readonly Token[], reportHtml: HtmlReporter, diagnostics: Diagnostic[]): InlineRun[] {
  const runs: InlineRun[] = [];
  let bold = 0;
  let italic = 0;
  const links: string[] = [];
  const style = (): Omit<InlineRun, 'text'> => ({
    ...(bold ? { bold: true } : {}),
    ...(italic ? { italic: true } : {}),
    ...(links.length ? { href: links[links.length - 1] } : {}),
  });
  for (const t of children) {
    switch (t.type) {
      case 'text':
        pushRun(runs, { text: t.content, ...style() });
        break;
      case 'softbreak':
        pushRun(runs, { text: ' ', ...style() });
        break;
      case 'hardbreak':
        pushRun(runs, { text: '\n', ...style() });
        break;
      case 'code_inline':
        pushRun(runs, { text: t.content, ...style(), code: true });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        links.push(t.attrGet('href') ?? '');
        break;
      case 'link_close':
        links.pop();
        break;
      case 'html_inline':
        if (BR.test(t.content.trim())) pushRun(runs, { text: '\n', ...style() });
        // Closing tags are not reported: their opening tag already was.
        else if (!t.content.startsWith('<!--') && !t.content.startsWith('</')) diagnostics.push(reportHtml(t.content));
        break;
      case 'image':
        // An image inside running text cannot be set in a line; keep its alt text so nothing is lost.
        pushRun(runs, { text: t.content, ...style() });
        break;
      default:
        pushRun(runs, { text: t.content, ...style() });
    }
  }
  return runs;
}
