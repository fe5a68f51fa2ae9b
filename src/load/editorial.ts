// loadEditorial: the web page (content/page/*.markdown) and the brochure's blocks (content/brochure/*.md), parsed into positioned blocks.
import type { Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import type { World } from '../world.js';
import { decodeSource } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { MAX_FILE_BYTES } from './limits.js';
import { parseMarkdownBlocks } from './markdown-blocks.js';
import { checkPlaceholders, DATA_PLACEHOLDERS, PAGE_PLACEHOLDERS } from './placeholder-syntax.js';
import { tooBig } from './read-data-files.js';
import type { Editorial, EditorialDoc, PartialEditorial } from './types.js';
import { editionSources, type EditionSources } from './editions.js';

/** `images`: whether the text may hold images (the web page: yes; the brochure's texts: no, see `parseMarkdownBlocks`). */
export async function loadEditorialDoc(world: World, file: string, images = true): Promise<{ doc?: EditorialDoc; diagnostics: Diagnostic[] }> {
  const size = await world.size(file);
  if (size > MAX_FILE_BYTES) return { diagnostics: [tooBig(file, size)] };
  const decoded = decodeSource(file, await world.readBytes(file));
  const source = decoded.text;
  // Positions count lines with \n; a file saved with CRLF would otherwise shift columns.
  const text = source.replace(/\r\n?/g, '\n');
  const fm = splitFrontMatter(file, text);
  const md = parseMarkdownBlocks({ file, body: fm.body, lineOffset: fm.lineOffset, images });
  const diagnostics = [...decoded.diagnostics, ...fm.diagnostics, ...md.diagnostics];
  return { doc: { file, frontMatter: fm.frontMatter, frontMatterPos: fm.frontMatterPos, source, blocks: md.blocks }, diagnostics };
}

/**
 * The edition's web page (the one `.markdown` of its page folder) and the brochure's texts: the shared ones of
 * content/brochure/, each replaced by the edition's own file of the same name when it has one.
 */
export async function loadEditorial(
  world: World,
  config: Config,
  sources?: EditionSources,
): Promise<{ editorial?: Editorial; diagnostics: Diagnostic[]; read: PartialEditorial }> {
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
  const loaded = await Promise.all([...pages.slice(0, 1).map((f) => loadEditorialDoc(world, f)), ...blockFiles.map((f) => loadEditorialDoc(world, f, false))]);
  for (const l of loaded) diagnostics.push(...l.diagnostics);
  // The page is rewritten whole with the data's values and the built files' (PDF link, thumbnail); the brochure's texts with the data's.
  for (const doc of loaded.map((l) => l.doc)) {
    if (doc) diagnostics.push(...checkPlaceholders(doc.file, doc.source, pages.includes(doc.file) ? [...DATA_PLACEHOLDERS, ...PAGE_PLACEHOLDERS] : DATA_PLACEHOLDERS));
  }
  const docs = loaded.map((l) => l.doc);
  const page = pages.length ? docs[0] : undefined;
  const blocks: Record<string, EditorialDoc> = {};
  for (const b of docs.slice(pages.length ? 1 : 0)) if (b) blocks[b.file.slice(b.file.lastIndexOf('/') + 1).replace(/\.md$/, '')] = b;
  const read: PartialEditorial = { ...(page ? { page } : {}), blocks };
  if (hasErrors(diagnostics) || !page) return { diagnostics, read };
  return { editorial: { page, blocks }, diagnostics, read };
}
