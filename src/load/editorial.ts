// loadEditorial: the web page (content/page/*.markdown) and the brochure's blocks (content/brochure/*.md), parsed into positioned blocks.
import type { Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import type { World } from '../world.js';
import { splitFrontMatter } from './front-matter.js';
import { MAX_FILE_BYTES } from './limits.js';
import { parseMarkdownBlocks } from './markdown-blocks.js';
import { tooBig } from './read-data-files.js';
import type { Editorial, EditorialDoc } from './types.js';
import { editionSources, type EditionSources } from './editions.js';

export async function loadEditorialDoc(world: World, file: string): Promise<{ doc?: EditorialDoc; diagnostics: Diagnostic[] }> {
  const size = await world.size(file);
  if (size > MAX_FILE_BYTES) return { diagnostics: [tooBig(file, size)] };
  const bytes = await world.readBytes(file);
  const source = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  // Positions count lines with \n; a file saved with CRLF would otherwise shift columns.
  const text = source.replace(/\r\n?/g, '\n');
  const fm = splitFrontMatter(file, text);
  const md = parseMarkdownBlocks({ file, body: fm.body, lineOffset: fm.lineOffset });
  const diagnostics = [...fm.diagnostics, ...md.diagnostics];
  return { doc: { file, frontMatter: fm.frontMatter, frontMatterPos: fm.frontMatterPos, source, blocks: md.blocks }, diagnostics };
}

/**
 * The edition's web page (the one `.markdown` of its page folder) and the brochure's texts: the shared ones of
 * content/brochure/, each replaced by the edition's own file of the same name when it has one.
 */
export async function loadEditorial(world: World, config: Config, sources?: EditionSources): Promise<{ editorial?: Editorial; diagnostics: Diagnostic[] }> {
  const ed = sources ?? (await editionSources(world, config));
  const pageDir = ed.pageDir;
  const diagnostics: Diagnostic[] = [];
  const pages = (await world.list(pageDir, '.markdown')).filter((f) => !f.slice(`${pageDir}/`.length).includes('/'));
  if (pages.length !== 1) {
    diagnostics.push({
      severity: 'error',
      code: pages.length ? 'page-multiple' : 'page-manquante',
      pos: { file: pages[1] ?? pageDir, line: 1, column: 1 },
      message: pages.length
        ? `${pages.length} pages dans ${pageDir}/ (${pages.join(', ')}) : une seule page .markdown attendue`
        : `aucune page .markdown dans ${pageDir}/ : la page web à régénérer est attendue là`,
    });
  }
  const byName = new Map<string, string>();
  for (const dir of ed.brochureDirs) {
    for (const f of (await world.list(dir, '.md')).filter((f) => !f.slice(`${dir}/`.length).includes('/'))) byName.set(f.slice(dir.length + 1).replace(/\.md$/, ''), f);
  }
  const blockFiles = [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f);
  const loaded = await Promise.all([...pages.slice(0, 1), ...blockFiles].map((f) => loadEditorialDoc(world, f)));
  for (const l of loaded) diagnostics.push(...l.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const [page, ...blocks] = loaded.map((l) => l.doc!);
  const keyed: Record<string, EditorialDoc> = {};
  for (const b of blocks) keyed[b.file.slice(b.file.lastIndexOf('/') + 1).replace(/\.md$/, '')] = b;
  return { editorial: { page, blocks: keyed }, diagnostics };
}
