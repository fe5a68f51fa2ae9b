// `npm run docs:contract`: builds the brochure (`npm run brochure`, into out/) and rewrites, from that build, the
// generated parts of docs/website-contract.md, the size label the README quotes, and docs/images/une.png.
// test/integration/website.test.ts renders the same parts from its own build and fails when the files disagree.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTRACT = 'docs/website-contract.md';
export const README = 'README.md';
export const UNE_PNG = 'docs/images/une.png';

/** What the docs are rendered from: one build's manifest and page, and the Node that built them. */
export interface ContractBuild {
  manifest: any;
  page: string;
  /** `process.version` of the build (the PDF's compressed bytes depend on Node's zlib). */
  node: string;
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

/** Each generated part, by the name in its `<!-- generated:NAME -->` marks; block parts start and end with a newline. */
function parts(build: ContractBuild): Record<string, string> {
  const { manifest: m, page } = build;
  const [one, two] = m.thumbnails;
  const rows: [string, number, string][] = [
    ['manifest.json', Buffer.byteLength(JSON.stringify(m, null, 2) + '\n'), 'the description of the set below — **read this first**'],
    [m.pdf.path, m.pdf.bytes, `the brochure, ${m.pdf.pages} pages (\`${m.edition.date.replaceAll('-', '')}\` = the edition date in \`data/programme.yaml\`)`],
    [one.path, one.bytes, `the cover thumbnail shown in the page, ${one.width} × ${one.height}`],
    [two.path, two.bytes, `the same at 2×, ${two.width} × ${two.height}, the image's \`srcset\` for high-density screens`],
    [m.une.path, m.une.bytes, `the page's \`une\` image (header and listing card), ${m.une.width} × ${m.une.height}`],
    [m.page.path, m.page.bytes, `the page: Jekyll front matter + kramdown, to drop into \`${m.page.collection}/\``],
  ];
  if (m.thumbnails.length !== 2) throw new Error(`the docs describe two thumbnails, the manifest lists ${m.thumbnails.length}: update scripts/website-contract.ts`);
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(page)?.[1];
  if (frontMatter === undefined) throw new Error('the page has no front matter');
  return {
    node: build.node,
    files: `\n| File | Bytes | What it is |\n| --- | ---: | --- |\n${rows.map(([f, b, w]) => `| \`${f}\` | ${grouped(b)} | ${w} |`).join('\n')}\n`,
    'front-matter': `\n\`\`\`yaml\n${frontMatter}\n\`\`\`\n`,
    manifest: `\n\`\`\`json\n${JSON.stringify(m, null, 2)}\n\`\`\`\n`,
    'pdf-label': `« ${m.pdf.sizeLabel} »`,
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

/** The README quotes the page's size label in the comms team's part (plain spaces there, as typed). */
export function renderReadme(readme: string, build: ContractBuild): string {
  const label = build.manifest.pdf.sizeLabel.replace(/\u00a0/g, ' ');
  return readme.replace(/« pdf – [\d,]+ [KM]o »/g, `« ${label} »`);
}

/** The `une` JPEG decoded and stored as PNG: what the docs show (and what the file viewer of a review can open). */
export async function unePng(jpeg: Uint8Array): Promise<Buffer> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(jpeg));
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.encode('png');
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/brochure.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const out = path.join(root, 'out');
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  const build: ContractBuild = { manifest, page: readFileSync(path.join(out, manifest.page.path), 'utf8'), node: process.version };
  const write = (file: string, next: string | Buffer, before: string | Buffer) => {
    const same = typeof next === 'string' ? next === before : Buffer.compare(next, before as Buffer) === 0;
    if (!same) writeFileSync(path.join(root, file), next);
    console.log(`${file}: ${same ? 'unchanged' : 'rewritten'}`);
  };
  const read = (file: string) => readFileSync(path.join(root, file));
  write(CONTRACT, renderContract(read(CONTRACT).toString('utf8'), build), read(CONTRACT).toString('utf8'));
  write(README, renderReadme(read(README).toString('utf8'), build), read(README).toString('utf8'));
  const png = await unePng(readFileSync(path.join(out, manifest.une.path)));
  let before: Buffer = Buffer.alloc(0);
  try {
    before = read(UNE_PNG);
  } catch {}
  write(UNE_PNG, png, before);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
