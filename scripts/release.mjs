// The release job's view of a build (.github/workflows/release.yml): which files to attach, read from the manifest
// (never a glob), whether the tag names the edition the data describe, the release's title and notes; and a dry run.
//
//   node scripts/release.mjs files [--out DIR]        the files to attach, one per line, the manifest last
//   node scripts/release.mjs check-tag TAG [--out DIR] exit 1 unless TAG names the built edition
//   node scripts/release.mjs title|notes [--out DIR]   the release's title, its notes
//   node scripts/release.mjs dry-run TAG [--out DIR]   all of the above, and the gh commands the job would run
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MANIFEST = 'manifest.json';

/**
 * Every file the manifest lists (any object with a `path` and a `sha256`, in the manifest's order), then the
 * manifest itself: what the site downloads is exactly what the release carries. Each file is checked against the
 * manifest (present, same size, same sha256): a mismatch means out/ is not one build's output.
 * @param {string} outDir
 */
export function releaseFiles(outDir) {
  const manifestPath = path.join(outDir, MANIFEST);
  if (!existsSync(manifestPath)) throw new ReleaseError(`${manifestPath} not found: build first (npm run brochure)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const listed = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.path === 'string' && typeof v.sha256 === 'string') listed.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(manifest);
  const problems = [];
  const files = listed.map((entry) => {
    const file = path.join(outDir, entry.path);
    if (path.isAbsolute(entry.path) || entry.path.split(/[\\/]/).includes('..')) problems.push(`${entry.path}: not a file name inside ${outDir}`);
    else if (!existsSync(file)) problems.push(`${file}: listed in the manifest, missing`);
    else {
      const bytes = readFileSync(file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (bytes.length !== entry.bytes || sha256 !== entry.sha256) problems.push(`${file}: ${bytes.length} bytes, sha256 ${sha256.slice(0, 12)}…; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}…`);
    }
    return { path: file, bytes: entry.bytes, sha256: entry.sha256 };
  });
  if (new Set(files.map((f) => f.path)).size !== files.length) problems.push('the manifest lists a file twice');
  if (problems.length) throw new ReleaseError(`out/ does not match its manifest:\n  ${problems.join('\n  ')}`);
  const self = readFileSync(manifestPath);
  files.push({ path: manifestPath, bytes: self.length, sha256: createHash('sha256').update(self).digest('hex') });
  return { manifest, files };
}

/**
 * The tags that release an edition: `v` and its date as in the data (`v2020-08-27`), with `.N` for a corrected
 * rebuild of the same edition (`v2020-08-27.1`). The date is what names the edition's PDF, so a tag cannot release
 * one edition's files under another's name.
 * @param {{ edition: { date: string, libelle: string } }} manifest
 */
export function tagMatchesEdition(tag, manifest) {
  const date = manifest.edition.date;
  return new RegExp(`^v${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.[1-9]\\d*)?$`).test(tag);
}

export function checkTag(tag, manifest) {
  if (tagMatchesEdition(tag, manifest)) return;
  const { libelle, date } = manifest.edition;
  throw new ReleaseError(
    `tag ${tag} does not name the edition the data describe (« ${libelle} », ${date}): tag v${date}, or v${date}.N for a corrected rebuild, or fix data/programme.yaml`,
  );
}

export const releaseTitle = (manifest) => manifest.title;

export function releaseNotes(manifest) {
  const { pdf, counts } = manifest;
  return [
    manifest.title,
    '',
    `PDF : ${pdf.path} (${pdf.pages} pages, ${pdf.sizeLabel}, ${pdf.bytes} octets)`,
    `sha256 : ${pdf.sha256}`,
    `${counts.projets} projets : ${counts.acheves} achevés, ${counts.enCours} en cours, ${counts.nouveaux} nouveaux.`,
    '',
    `Pour le site : manifest.json décrit chaque fichier (docs/website-contract.md) ; la page se dépose dans ${manifest.page.collection}/ (${manifest.page.url}).`,
    '',
  ].join('\n');
}

export class ReleaseError extends Error {}

/** `5 bytes` → `175 463 bytes`, as the docs write sizes. */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

export function dryRun(tag, outDir) {
  const { manifest, files } = releaseFiles(outDir);
  checkTag(tag, manifest);
  const rel = (p) => path.relative(process.cwd(), p) || p;
  const width = Math.max(...files.map((f) => rel(f.path).length));
  const q = (s) => (/^[\w./@+-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);
  const assets = files.slice(0, -1).map((f) => q(rel(f.path))).join(' ');
  return [
    `Release dry run: tag ${tag}, ${rel(path.join(outDir, MANIFEST))}`,
    `  tag ${tag} names « ${manifest.edition.libelle} » of ${manifest.edition.date}: accepted`,
    `  ${files.length} files, in upload order, read from the manifest (the manifest last, the commit point):`,
    ...files.map((f) => `    ${rel(f.path).padEnd(width)}  ${grouped(f.bytes).padStart(9)} bytes  sha256 ${f.sha256.slice(0, 16)}…`),
    '  The job would run:',
    `    gh release create ${tag} ${assets} --title ${q(releaseTitle(manifest))} --notes-file NOTES`,
    `    gh release upload ${tag} ${q(rel(files.at(-1).path))} --clobber`,
    '  (or, when the release exists, gh release upload --clobber with the same files, the manifest last)',
  ].join('\n');
}

function main(argv) {
  const args = [...argv];
  let outDir = 'out';
  const i = args.indexOf('--out');
  if (i >= 0) {
    outDir = args[i + 1];
    args.splice(i, 2);
  }
  const [command, tag] = args;
  if (!outDir || (['check-tag', 'dry-run'].includes(command) && !tag)) throw new ReleaseError(`usage: see the top of ${path.relative(process.cwd(), fileURLToPath(import.meta.url))}`);
  switch (command) {
    case 'files':
      return releaseFiles(outDir).files.map((f) => f.path).join('\n');
    case 'check-tag':
      checkTag(tag, releaseFiles(outDir).manifest);
      return `tag ${tag} names the built edition`;
    case 'title':
      return releaseTitle(releaseFiles(outDir).manifest);
    case 'notes':
      return releaseNotes(releaseFiles(outDir).manifest);
    case 'dry-run':
      return dryRun(tag, outDir);
    default:
      throw new ReleaseError(`unknown command « ${command ?? ''} »: files, check-tag TAG, title, notes, dry-run TAG`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${main(process.argv.slice(2)).replace(/\n$/, '')}\n`);
  } catch (e) {
    if (!(e instanceof ReleaseError)) throw e;
    console.error(`release: ${e.message}`);
    process.exitCode = 1;
  }
}
