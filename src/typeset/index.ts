// Public API of the typeset stage.
export { typesetParagraph, measureText } from './typeset-paragraph.js';
export { applyFrenchSpacing, applyFrenchSpacingToRuns } from './french-spacing.js';
export { analyseParagraph, type ParagraphMetrics } from './analyse-paragraph.js';
export { greedyBreak } from './greedy-break.js';
export { compareParagraphs, formatTypoReport, formatVerdicts, typoVerdicts, totalOf, type TypoReportRow, type ReportParagraph } from './typo-report.js';
export * from './types.js';
