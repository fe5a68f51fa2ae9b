// `npm run docs:contract`: builds every edition (`npm run brochure -- --all`, into out/) and rewrites, from that
// build, the generated parts of docs/website-contract.md, the size label the README quotes, and docs/images/une.png.
// test/integration/website.test.ts renders the same parts from its own build and fails when the files disagree.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputNames } from '../src/config.js';
import { loadConfig } from '../src/config-file.js';
import { listEditions } from '../src/load/editions.js';
import { formatNumberFr } from '../src/model/indicateurs.js';
import { fsWorld } from '../src/world.js';

export const CONTRACT = 'docs/website-contract.md';
export const README = 'README.md';
/** The latest edition's `une`, as PNG. */
export const UNE_PNG = 'docs/images/une.png';

/** One edition of the build: its own manifest (`manifest-ID.json`: `file`) and its page. */
export interface ContractEdition {
  file: string;
  /** The manifest file's size, as read. */
  bytes: number;
  manifest: any;
  page: string;
}

/** What the docs are rendered from: one `--all` build, its editions oldest first, and the Node that built them. */
export interface ContractBuild {
  editions: ContractEdition[];
  /** `process.version` of the build (the PDF's compressed bytes depend on Node's zlib). */
  node: string;
}


/** The newest edition: the one `manifest.json` describes. */
export const latestOf = (build: ContractBuild): ContractEdition => build.editions[build.editions.length - 1];

/**
 * An `--all` build in `out`: each edition's own manifest (`manifests`: their names, the editions oldest first, as
 * `listEditions` and `outputNames` give them), with its page.
 */
export function readBuild(out: string, manifests: readonly string[], node: string): ContractBuild {
  const editions = manifests.map((file) => {
    const text = readFileSync(path.join(out, file), 'utf8');
    const manifest = JSON.parse(text);
    return { file, bytes: Buffer.byteLength(text), manifest, page: readFileSync(path.join(out, manifest.page.path), 'utf8') };
  });
  return { editions, node };
}

function fileRows(e: ContractEdition, latest: boolean): [string, string, number, string][] {
  const m = e.manifest;
  const id = m.edition.id;
  const [one, two] = m.thumbnails;
  if (m.thumbnails.length !== 2) throw new Error(`the docs describe two thumbnails, ${e.file} lists ${m.thumbnails.length}: update scripts/website-contract.ts`);
  return [
    ...(latest ? [[id, 'manifest.json', e.bytes, 'the latest edition’s manifest, the same bytes as its own — **read this first**'] as [string, string, number, string]] : []),
    [id, e.file, e.bytes, 'the edition’s manifest: the description of the files below'],
    [id, m.pdf.path, m.pdf.bytes, `the brochure, ${m.pdf.pages} pages (\`${m.edition.date.replaceAll('-', '')}\` = the edition date)`],
    [id, one.path, one.bytes, `the cover thumbnail shown in the page, ${one.width} × ${one.height}`],
    [id, two.path, two.bytes, `the same at 2×, ${two.width} × ${two.height}: the image's \`srcset\` for high-density screens`],
    [id, m.une.path, m.une.bytes, `the page's \`une\` image (header and listing card), ${m.une.width} × ${m.une.height}`],
    [id, m.page.path, m.page.bytes, `the page, to drop into \`${m.page.collection}/\`; served at \`${m.page.url}\``],
  ];
}

function frontMatterOf(e: ContractEdition): string {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(e.page)?.[1];
  if (fm === undefined) throw new Error(`the page of edition ${e.manifest.edition.id} has no front matter`);
  return fm;
}

/** Each generated part, by the name in its `<!-- generated:NAME -->` marks; block parts start and end with a newline. */
function parts(build: ContractBuild): Record<string, string> {
  const latest = latestOf(build);
  const rows = [...build.editions].reverse().flatMap((e) => fileRows(e, e === latest));
  const frontMatters = [...build.editions].reverse().map((e) => `\`${e.manifest.page.path}\` (edition \`${e.manifest.edition.id}\`):\n\n\`\`\`yaml\n${frontMatterOf(e)}\n\`\`\``);
  return {
    node: build.node,
    files: `\n| Edition | File | Bytes | What it is |\n| --- | --- | ---: | --- |\n${rows.map(([id, f, b, w]) => `| \`${id}\` | \`${f}\` | ${formatNumberFr(b)} | ${w} |`).join('\n')}\n`,
    'front-matter': `\n${frontMatters.join('\n\n')}\n`,
    manifest: `\n\`\`\`json\n${JSON.stringify(latest.manifest, null, 2)}\n\`\`\`\n`,
    'pdf-label': `« ${latest.manifest.pdf.sizeLabel} »`,
  };
}

const MARKS = /<!-- generated:([\w-]+) -->([\s\S]*?)<!-- \/generated:\1 -->/g;

/** docs/website-contract.md with every generated part rendered from `build`; unknown or missing parts are errors. */
export function renderContract(doc: string, build: ContractBuild): string {
  const rendered = parts(build);
  const seen = new Set<string>();
  const out = doc.replace(MARKS, (_, name: string) => {
    if (!(name in rendered)) throw new Error(`${CONTRACT}: unknown generated part « ${name} »`);
    seen.add(name);
    return `<!-- generated:${name} -->${rendered[name]}<!-- /generated:${name} -->`;
  });
  const missing = Object.keys(rendered).filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`${CONTRACT}: generated parts missing: ${missing.join(', ')}`);
  return out;
}

/** The README quotes the latest edition's size label in the comms team's part (plain spaces there, as typed). */
export function renderReadme(readme: string, build: ContractBuild): string {
  const label = latestOf(build).manifest.pdf.sizeLabel.replace(/\u00a0/g, ' ');
  return readme.replace(/« pdf – [\d,]+ [KM]o »/g, `« ${label} »`);
}

/** The `une` JPEG decoded and stored as PNG: what the docs show (and what the file viewer of a review can open). */
async function unePng(jpeg: Uint8Array): Promise<Buffer> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(jpeg));
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.encode('png');
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/brochure.mjs'), '--all', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const world = fsWorld(root);
  const config = await loadConfig(world);
  const out = path.join(root, config.outDir);
  const { editions } = await listEditions(world, config);
  const build = readBuild(out, editions.map((e) => outputNames(config, { id: e.id, date: e.date, page: '' }).manifests[0]), process.version);
  const write = (file: string, next: string | Buffer, before: string | Buffer) => {
    const same = typeof next === 'string' ? next === before : Buffer.compare(next, before as Buffer) === 0;
    if (!same) writeFileSync(path.join(root, file), next);
    console.log(`${file}: ${same ? 'unchanged' : 'rewritten'}`);
  };
  const read = (file: string) => readFileSync(path.join(root, file));
  write(CONTRACT, renderContract(read(CONTRACT).toString('utf8'), build), read(CONTRACT).toString('utf8'));
  write(README, renderReadme(read(README).toString('utf8'), build), read(README).toString('utf8'));
  const png = await unePng(readFileSync(path.join(out, latestOf(build).manifest.une.path)));
  let before: Buffer = Buffer.alloc(0);
  try {
    before = read(UNE_PNG);
  } catch {}
  write(UNE_PNG, png, before);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
