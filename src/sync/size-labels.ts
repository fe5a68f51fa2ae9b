// Size labels (« pdf – 857 Ko ») against the file they label, with a fix that rewrites only the number and the unit.
import { formatBytes, formatSizeLabel, parseSizeLabel } from '../publish/size-label.js';
import { finding, type Finding, q } from './findings.js';
import { SIZE_LABEL } from './patterns.js';
import { baseName, linkAt, type Link, type ScannedPage, slice } from './scan.js';

/**
 * The labelled file is the target of the link the label is in (an image's alt inside a link labels the outer link's
 * target), else of the one link on the same line that points to a file we produce. Labels of files we do not build
 * cannot be checked and are left alone.
 */
/** `alias`: the produced file a link to some other file stands for (another edition's PDF: this edition's). */
export function sizeLabelFindings(file: string, page: ScannedPage, produced: ReadonlyMap<string, number | undefined>, alias?: (name: string) => string | undefined): Finding[] {
  const { text, links } = page;
  const out: Finding[] = [];
  const sizes = alias ? { get: (n: string) => produced.get(n) ?? (alias(n) !== undefined ? produced.get(alias(n)!) : undefined) } : produced;
  for (const m of text.matchAll(SIZE_LABEL)) {
    const start = m.index!;
    const target = labelledFile(text, links, start, sizes);
    if (!target) continue;
    const bytes = sizes.get(target)!;
    const range = parseSizeLabel(m[0]);
    if (range && range.min <= bytes && bytes <= range.max) continue;
    const expected = formatSizeLabel(bytes);
    const [, number, unit] = /([\d,]+)\u00a0(Ko|Mo)$/.exec(expected)!;
    out.push(
      finding(file, text, start, 'error', 'taille-fausse', `taille ${q(m[0])} fausse : ${produced.has(target) ? target : (alias?.(target) ?? target)} pèse ${formatBytes(bytes)} octets ; attendu ${q(expected.replace('\u00a0', ' '))}`, {
        edit: { start, end: start + m[0].length, text: `${number}${m[2]}${unit}` },
      }),
    );
  }
  return out;
}

function labelledFile(text: string, links: readonly Link[], offset: number, produced: { get(name: string): number | undefined }): string | undefined {
  const known = (l: Link | undefined) => {
    const name = l ? baseName(slice(text, l.url)) : undefined;
    return name !== undefined && produced.get(name) !== undefined ? name : undefined;
  };
  const { link, outer } = linkAt(links, offset);
  if (link) return known(outer && !outer.image ? outer : link) ?? known(link);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const onLine = new Set(links.filter((l) => !l.image && l.span.start >= lineStart && l.span.end <= lineEnd).map(known).filter((n) => n));
  return onLine.size === 1 ? [...onLine][0] : undefined;
}
