// The release job's view of an edition (.github/workflows/release.yml): which edition a tag names, which files to
// attach (read from that edition's manifest, never a glob), the release's title and notes; and a dry run.
//
//   node --import tsx scripts/release.ts edition TAG     the id of the edition TAG names (exit 1 if it names none)
//   node --import tsx scripts/release.ts check-tag TAG   exit 1 unless out/ holds a build of that edition
//   node --import tsx scripts/release.ts assets TAG      the files its manifest lists, one per line
//   node --import tsx scripts/release.ts manifests TAG   then its manifest(s), in upload order (manifest.json last)
//   node --import tsx scripts/release.ts title|notes TAG the release's title, its notes
//   node --import tsx scripts/release.ts dry-run TAG     all of the above, and the commands the job would run
// Options: --out DIR (default: the config's outDir). The project is BROCHURE_ROOT, else the current folder.
//
// A tag is `v` and an edition id (`vmi-2021`, `v2019`), with `.N` for a corrected rebuild of that edition
// (`vmi-2021.1`): ids are folder names of editions/, which never change, and carry no dot.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITION_ID_PATTERN, outputNames } from '../src/config.js';
import { loadConfig } from '../src/config-file.js';
import { formatDiagnostic } from '../src/diagnostics.js';
import { listEditions } from '../src/load/editions.js';
import { countsBreakdown } from '../src/model/wording.js';
import { formatNumberFr } from '../src/model/indicateurs.js';
import { fsWorld } from '../src/world.js';

export class ReleaseError extends Error {}

export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** The edition a tag releases, as the data describe it. */
export interface TaggedEdition {
  tag: string;
  id: string;
  date: string;
  /** The newest edition: its build also writes `manifest.json`, the one the website reads first. */
  latest: boolean;
  /** `.N` of a corrected rebuild. */
  rebuild?: number;
  /** Its manifests, in upload order: `manifest-ID.json`, then `manifest.json` for the latest (`outputNames`). */
  manifests: string[];
}

const TAG = new RegExp(`^v(${EDITION_ID_PATTERN})(?:\\.([1-9]\\d*))?$`);
const TAG_FORMAT = 'v<edition id> (vmi-2021), or v<edition id>.N for a corrected rebuild (vmi-2021.1)';

/** The edition `tag` names, or the reason it names none of the data's editions. */
export async function taggedEdition(tag: string, root: string): Promise<TaggedEdition> {
  const m = TAG.exec(tag);
  if (!m) throw new ReleaseError(`tag ${tag} does not name an edition: expected ${TAG_FORMAT}`);
  const world = fsWorld(root);
  const config = await loadConfig(world);
  const { editions, diagnostics } = await listEditions(world, config);
  if (diagnostics.length) throw new ReleaseError(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  if (!editions.length) throw new ReleaseError(`tag ${tag} names edition « ${m[1]} », but this project has no ${config.editionsDir}/ folder`);
  const edition = editions.find((e) => e.id === m[1]);
  if (!edition) throw new ReleaseError(`tag ${tag} names edition « ${m[1]} », which the data do not have: editions ${editions.map((e) => e.id).join(', ')} (tag v<edition id>)`);
  const latest = edition === editions.at(-1);
  return {
    tag,
    id: edition.id,
    date: edition.date,
    latest,
    ...(m[2] ? { rebuild: Number(m[2]) } : {}),
    manifests: outputNames(config, { id: edition.id, date: edition.date, page: '', latest }).manifests,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The files of `edition`'s build in `outDir`: every file its manifest lists (any object with a `path` and a
 * `sha256`, in the manifest's order), each checked against it (present, same size, same sha256), then its
 * manifests. What the site downloads is exactly what the release carries; a mismatch means out/ is not one build of
 * this edition.
 */
export function releaseFiles(outDir: string, edition: Pick<TaggedEdition, 'id' | 'manifests'>): { manifest: any; assets: ReleaseFile[]; manifests: ReleaseFile[] } {
  const [own, ...others] = edition.manifests.map((m) => path.join(outDir, m));
  if (!existsSync(own)) throw new ReleaseError(`${own} not found: build the edition first (npm run brochure -- --edition ${edition.id})`);
  const ownBytes = readFileSync(own);
  const manifest = JSON.parse(ownBytes.toString('utf8'));
  const problems: string[] = [];
  if (manifest.edition?.id !== edition.id) problems.push(`${own}: describes edition « ${manifest.edition?.id ?? '?'} », not « ${edition.id} »`);
  const listed: { path: string; bytes: number; sha256: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.path === 'string' && typeof o.sha256 === 'string') listed.push(o as unknown as ReleaseFile);
      Object.values(o).forEach(walk);
    }
  };
  walk(manifest);
  const assets = listed.map((entry) => {
    const file = path.join(outDir, entry.path);
    if (path.isAbsolute(entry.path) || entry.path.split(/[\\/]/).includes('..')) problems.push(`${entry.path}: not a file name inside ${outDir}`);
    else if (!existsSync(file)) problems.push(`${file}: listed in the manifest, missing`);
    else {
      const bytes = readFileSync(file);
      const hash = sha256(bytes);
      if (bytes.length !== entry.bytes || hash !== entry.sha256) problems.push(`${file}: ${bytes.length} bytes, sha256 ${hash.slice(0, 12)}…; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}…`);
    }
    return { path: file, bytes: entry.bytes, sha256: entry.sha256 };
  });
  if (new Set(assets.map((f) => f.path)).size !== assets.length) problems.push('the manifest lists a file twice');
  // manifest.json of the latest edition: the same bytes as its manifest-ID.json, from the same build.
  for (const other of others) {
    if (!existsSync(other)) problems.push(`${other}: missing (« ${edition.id} » is the latest edition: its build writes it)`);
    else if (!readFileSync(other).equals(ownBytes)) problems.push(`${other}: not the bytes of ${path.basename(own)} (another build)`);
  }
  if (problems.length) throw new ReleaseError(`${outDir} does not match the manifest of edition « ${edition.id} »:\n  ${problems.join('\n  ')}`);
  const manifests = [own, ...others].map((p) => ({ path: p, bytes: ownBytes.length, sha256: sha256(ownBytes) }));
  return { manifest, assets, manifests };
}

export const releaseTitle = (manifest: any, edition: Pick<TaggedEdition, 'rebuild'>): string =>
  edition.rebuild ? `${manifest.title} (reconstruction corrigée ${edition.rebuild})` : manifest.title;

export function releaseNotes(manifest: any, edition: TaggedEdition): string {
  const { pdf, counts, page } = manifest;
  const [own] = edition.manifests;
  return [
    manifest.title,
    '',
    `Édition « ${edition.id} » (${manifest.edition.libelle}, ${manifest.edition.date})${edition.latest ? ', la plus récente' : ''}.`,
    `PDF : ${pdf.path} (${pdf.pages} pages, ${pdf.sizeLabel}, ${pdf.bytes} octets)`,
    `sha256 : ${pdf.sha256}`,
    `${countsBreakdown(counts, manifest.edition.date.slice(0, 4))}.`,
    '',
    `Pour le site : ${edition.latest ? `${own} et manifest.json (l’édition la plus récente) décrivent` : `${own} décrit`} chaque fichier (docs/website-contract.md) ; la page se dépose dans ${page.collection}/ (${page.url}).`,
    '',
  ].join('\n');
}

const shell = (s: string) => (/^[\w./@+-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);

export async function dryRun(tag: string, root: string, outDir: string): Promise<string> {
  const edition = await taggedEdition(tag, root);
  const { manifest, assets, manifests } = releaseFiles(outDir, edition);
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const files = [...assets, ...manifests];
  const width = Math.max(...files.map((f) => rel(f.path).length));
  const id = edition.id;
  return [
    `Release dry run: tag ${tag} → edition « ${id} » (${manifest.edition.libelle}, ${edition.date})${edition.latest ? ', the latest' : ''}${edition.rebuild ? `, corrected rebuild ${edition.rebuild}` : ''}`,
    '  The job builds and checks that edition:',
    `    npm run brochure -- --edition ${id}`,
    `    npm run typecheck && npm test`,
    `    npm run brochure -- --check --edition ${id}`,
    `    npm run check:pdf -- --edition ${id}`,
    `  ${files.length} files, in upload order, read from ${rel(manifests[0].path)} (the manifest${manifests.length > 1 ? 's' : ''} last, the commit point):`,
    ...files.map((f) => `    ${rel(f.path).padEnd(width)}  ${formatNumberFr(f.bytes).padStart(9)} bytes  sha256 ${f.sha256.slice(0, 16)}…`),
    '  Then:',
    `    gh release create ${tag} ${assets.map((f) => shell(rel(f.path))).join(' ')} --title ${shell(releaseTitle(manifest, edition))} --notes-file NOTES`,
    ...manifests.map((m) => `    gh release upload ${tag} ${shell(rel(m.path))} --clobber`),
    '  (when the release exists: gh release upload --clobber with the same files, then the manifests, one by one, in that order)',
  ].join('\n');
}

async function main(argv: string[]): Promise<string> {
  const args = [...argv];
  const root = process.env.BROCHURE_ROOT ?? process.cwd();
  let outDir: string | undefined;
  const i = args.indexOf('--out');
  if (i >= 0) {
    outDir = args[i + 1];
    args.splice(i, 2);
    if (!outDir) throw new ReleaseError('--out expects a folder');
  }
  const [command, tag] = args;
  const usage = `usage: see the top of ${path.relative(process.cwd(), fileURLToPath(import.meta.url))}`;
  if (!tag) throw new ReleaseError(`${command ? `${command} expects a tag` : 'a command is expected'}; ${usage}`);
  const out = path.resolve(root, outDir ?? (await loadConfig(fsWorld(root))).outDir);
  const edition = await taggedEdition(tag, root);
  switch (command) {
    case 'edition':
      return edition.id;
    case 'check-tag':
      releaseFiles(out, edition);
      return `tag ${tag} names edition « ${edition.id} », built in ${out}`;
    case 'assets':
      return releaseFiles(out, edition).assets.map((f) => f.path).join('\n');
    case 'manifests':
      return releaseFiles(out, edition).manifests.map((f) => f.path).join('\n');
    case 'title':
      return releaseTitle(releaseFiles(out, edition).manifest, edition);
    case 'notes':
      return releaseNotes(releaseFiles(out, edition).manifest, edition);
    case 'dry-run':
      return dryRun(tag, root, out);
    default:
      throw new ReleaseError(`unknown command « ${command} »: edition, check-tag, assets, manifests, title, notes, dry-run; ${usage}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${(await main(process.argv.slice(2))).replace(/\n$/, '')}\n`);
  } catch (e) {
    if (!(e instanceof ReleaseError)) throw e;
    console.error(`release: ${e.message}`);
    process.exitCode = 1;
  }
}
