// `npm run check:pdf [FILE]`: prints one line per check; exit 0 all passed, 1 failures, 2 usage error.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inspectPdf, type CheckReport } from './check-pdf.js';
import { formatHeader, formatResults } from './format.js';
import { loadConfig } from '../config-file.js';
import { editionManifestName, MANIFEST_NAME } from '../config.js';
import { fsWorld } from '../world.js';

/** The PDF a manifest names: `manifest.json` (the latest edition), or `manifest-ID.json` with `--edition ID`. */
function defaultFile(outDir: string, edition?: string): string | undefined {
  const manifest = path.join(outDir, edition ? editionManifestName(edition) : MANIFEST_NAME);
  if (edition && !existsSync(manifest)) return undefined;
  if (existsSync(manifest)) {
    try {
      const p = (JSON.parse(readFileSync(manifest, 'utf8')) as { pdf?: { path?: string } }).pdf?.path;
      if (p) return [path.resolve(p), path.resolve(outDir, p), path.resolve(outDir, path.basename(p))].find(existsSync) ?? p;
    } catch {
      // An unreadable manifest falls back to looking for the PDF itself.
    }
  }
  const pdfs = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.toLowerCase().endsWith('.pdf')) : [];
  return pdfs.length === 1 ? path.join(outDir, pdfs[0]) : undefined;
}

async function main(argv: string[]): Promise<number> {
  const edition = argv[0] === '--edition' ? argv[1] : undefined;
  // An option is never taken for a file name (`--edition` without its id, a mistyped option).
  if ((argv.length > 1 && !(edition && argv.length === 2)) || (argv[0]?.startsWith('-') && !edition)) {
    console.error('Usage : npm run check:pdf [FICHIER.pdf] ou npm run check:pdf -- --edition ID');
    return 2;
  }
  const given = edition ? undefined : argv[0];
  // The output folder the brochure was built into (brochure.config.yaml may move it).
  const outDir = given ? undefined : (await loadConfig(fsWorld(process.cwd()))).outDir;
  const file = given ?? defaultFile(outDir!, edition);
  if (!file) {
    console.error(
      edition
        ? `Aucun PDF de l’édition ${edition} dans ${outDir}/ : construisez-la (npm run brochure -- --edition ${edition}).`
        : 'Aucun PDF à vérifier : indiquez un fichier, ou construisez la brochure (out/manifest.json ou un seul PDF dans out/).',
    );
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`Fichier introuvable : ${file}`);
    return 2;
  }
  const bytes = new Uint8Array(readFileSync(file));
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) {
    console.error(`Ce fichier n’est pas un PDF : ${file}`);
    return 2;
  }
  let report: CheckReport;
  try {
    report = await inspectPdf(bytes);
  } catch (e) {
    console.error(`PDF illisible : ${file} (${(e as Error).message})`);
    return 2;
  }
  console.log(formatHeader(file, report.pageCount, bytes.length));
  console.log(formatResults(report.results));
  return report.results.every((r) => r.ok) ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
