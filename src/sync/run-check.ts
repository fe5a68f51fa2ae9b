// `--check [PAGE]` and `--fix`: given a build made in memory, checks a page and the project’s texts, optionally fixes the page.
import path from 'node:path';
import { writeFileAtomically } from '../atomic-file.js';
import type { Config } from '../config.js';
import { type Diagnostic, hasErrors } from '../diagnostics.js';
import { environmentFailure } from '../environment-error.js';
import { composed } from '../load/decode.js';
import { sha256Hex } from '../publish/index.js';
import type { World } from '../world.js';
import { checkPage } from './check-page.js';
import { siteFacts, wordsOf, type BuiltFacts, type SiteFacts } from './facts.js';
import { byPlace, dedupeByPlace, finding, type Finding, toDiagnostic } from './findings.js';
import { applyEdits, unifiedDiff } from './fix.js';
import { type LintContext, lintProject, lintSourceText, lintText } from './lint.js';

export interface CheckOptions {
  /** Path relative to the project root; default: the edition's generated page in `<outDir>/`. */
  page?: string;
  fix?: boolean;
}

export interface CheckReport {
  page: string;
  /** What is still wrong (after the fix, with `fix`), sorted by place; any error means exit code 1. */
  diagnostics: Diagnostic[];
  /** With `fix`: the unified diff of the page, empty when nothing could be fixed. */
  diff?: string;
  fixed?: number;
  ok: boolean;
}

export type WriteText = (file: string, text: string) => Promise<void>;

const lintContext = (facts: SiteFacts, folders?: LintContext['folders']): LintContext => ({
  config: facts.config,
  produced: facts.produced,
  periode: facts.periode,
  edition: facts.edition,
  ...(folders ? { folders } : {}),
});

/** The lint the build runs over the shared texts and the edition's own, given the built PDF (so size labels can be checked). */
export async function lintBuild(world: World, config: Config, built: BuiltFacts): Promise<Diagnostic[]> {
  return (await lintProject(world, lintContext(siteFacts(built, config), built.inputs.edition), built.inputs.sources)).map(toDiagnostic);
}

/**
 * The lint's text-only findings over the texts a failed build read (see `lintSourceText`), and the words of another
 * edition typed in them when the edition being built is known (its id and date are read before anything else).
 */
export function lintSources(sources: ReadonlyMap<string, string>, edition?: { id: string; date: string }): Diagnostic[] {
  const words = edition && wordsOf(edition.id, edition.date);
  return [...sources].flatMap(([file, text]) => lintSourceText(file, text, words)).map(toDiagnostic);
}

/**
 * Checks against a build made in memory (`--check` runs the pipeline, then hands it here) rather than trusting
 * out/manifest.json: the manifest may be stale (data edited since) or absent (a fresh clone checking a page of the
 * site), a build without thumbnails takes about two seconds, and comparing
 * the fresh PDF with the manifest's hash then tells whether out/ is current — in CI, right after a build, it also
 * proves the build reproducible.
 */
export async function runCheck(world: World, config: Config, built: BuiltFacts, opts: CheckOptions = {}, write: WriteText = writeAtomically(world)): Promise<CheckReport> {
  const facts = siteFacts(built, config);
  const generated = `${config.outDir.replace(/\/+$/, '')}/${built.names.page}`;
  const page = opts.page ?? generated;
  const missing = await pageNotFound(world, page, opts.page !== undefined);
  if (missing) return missing;
  const raw = await world.readText(page);
  // Checked composed, as the data are read: the checks' words and the data's values are. A page that only differs by
  // this is left as written.
  const original = composed(raw);
  const project = await lintProject(world, lintContext(facts, built.inputs.edition), built.inputs.sources);
  const stale = page === generated ? await staleOutput(world, config, built) : [];
  const pageFindings = (text: string) => checkAndLintPage(page, text, facts);

  let findings = pageFindings(original);
  const report: Partial<CheckReport> = {};
  if (opts.fix) {
    const { text, applied } = applyEdits(original, findings);
    if (applied) await write(page, text);
    report.diff = unifiedDiff(page, applied ? raw : original, text);
    report.fixed = applied;
    findings = pageFindings(text);
  }
  const diagnostics = dedupeByPlace([...findings, ...project, ...stale]).map(toDiagnostic).sort(byPlace);
  return { page, diagnostics, ok: !hasErrors(diagnostics), ...report };
}

/**
 * The report for a page that is not there, or undefined. The CLI asks it of a page named on the command line before
 * building, so a mistyped path is told at once; `explicit` false: the generated page, missing until a first build.
 */
export async function pageNotFound(world: World, page: string, explicit: boolean): Promise<CheckReport | undefined> {
  if (await world.exists(page)) return undefined;
  const d = finding(page, '', 0, 'error', 'page-introuvable', explicit ? `page ${page} introuvable` : `page générée ${page} introuvable : lancez d’abord npm run brochure`);
  return { page, diagnostics: [toDiagnostic(d)], ok: false };
}

/**
 * The page check then the lint of the same page, one finding per place (the check's first: it carries the fix),
 * sorted. A lint finding inside a span the check rewrites whole (a title, an alternative text) says nothing more.
 */
export function checkAndLintPage(file: string, text: string, facts: SiteFacts): Finding[] {
  const checked = checkPage(file, text, facts);
  const spans = checked.flatMap((c) => (c.edit ? [c.edit] : []));
  const linted = lintText(file, text, lintContext(facts)).filter((l) => !l.edit || !spans.some((e) => e.start <= l.edit!.start && l.edit!.end <= e.end && e !== l.edit));
  return dedupeByPlace([...checked, ...linted]).sort(byPlace);
}

/** out/ built from other data (or by a non-reproducible build): the page there does not describe the PDF we get. */
async function staleOutput(world: World, config: Config, built: BuiltFacts): Promise<Finding[]> {
  const file = `${config.outDir.replace(/\/+$/, '')}/${built.names.manifests[0]}`;
  if (!(await world.exists(file))) return [];
  const text = await world.readText(file);
  let published: string | undefined;
  try {
    published = (JSON.parse(text) as { pdf?: { sha256?: string } }).pdf?.sha256;
  } catch {
    published = undefined;
  }
  const fresh = await sha256Hex(built.pdf);
  if (published === fresh) return [];
  const at = Math.max(0, text.indexOf('"sha256"'));
  return [finding(file, text, at, 'error', 'sortie-obsolete', `le PDF de ${config.outDir}/ (sha256 ${String(published).slice(0, 12)}…) n’est pas celui que donnent les données (${fresh.slice(0, 12)}…) : relancez npm run brochure`)];
}

/** An interrupted fix never leaves half a page; a full disk or a read-only folder is told as such (the page is then as it was). */
function writeAtomically(world: World): WriteText {
  return (file, text) =>
    writeFileAtomically(path.resolve(world.root, file), text).catch((err: unknown) => {
      throw environmentFailure(err, file, 'écrire dans', true) ?? err;
    });
}
