// The sync module's public API: the page check and its fixer (CLI `--check`, `--fix`) and the editorial lint (build).
export { runCheck, lintBuild, checkAndLintPage, type CheckOptions, type CheckReport, type WriteText } from './run-check.js';
export { checkPage } from './check-page.js';
export { lintText, lintProject, type LintContext } from './lint.js';
export { siteFacts, type BuiltFacts, type SiteFacts } from './facts.js';
export { applyEdits, unifiedDiff } from './fix.js';
export type { Finding, Edit } from './findings.js';
