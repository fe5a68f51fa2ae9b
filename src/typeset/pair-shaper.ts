// A shaper for the common case: one glyph per character, advance widths and pair kerning, for the words no
// substitution or mark positioning of the font can touch; fontkit shapes every other word.
//
// Why: in a cold process fontkit's layout costs ~180 µs a word (it plans its features again at each call, decodes
// its tables lazily and searches coverage tables linearly); 2,400 words were ~440 ms of a 1.5 s build. Words are
// shaped here with fontkit's own cmap, glyph objects and pair-positioning tables, applied as fontkit 2.0.4 applies
// them (GPOSProcessor, lookup type 2): same glyphs, same advances, same bytes. The test shapes every word of every
// edition and a set of hard strings both ways (test/typeset/pair-shaper.test.ts) and the build's PDF is the same
// byte for byte. A font whose tables this does not model gets no pair shaper: fontkit shapes all of its words.
import type { Font, Glyph } from 'fontkit';

// The slice of fontkit's parsed OpenType tables read here (fontkit ships no types for them).
interface Coverage { version: 1 | 2; glyphs?: number[]; rangeRecords?: { start: number; end: number; startCoverageIndex: number }[] }
interface ClassDef { version: 1 | 2; startGlyph?: number; classValueArray?: number[]; classRangeRecord?: { start: number; end: number; class: number }[] }
interface ValueRecord { xAdvance?: number }
interface SubTable {
  version: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  coverages?: Coverage[];
  pairSets?: { get(i: number): { secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[] };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(i: number): { get(j: number): { value1: ValueRecord; value2: ValueRecord } } };
}
interface Lookup { lookupType: number; flags: { flags: { ignoreBaseGlyphs: boolean } }; subTables: SubTable[] }
interface LangSys { featureIndexes: number[] }
interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: LangSys | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(i: number): Lookup };
  featureVariations?: unknown;
}
interface FontTables {
  hmtx: { metrics: { length: number; get(i: number): { advance: number } | undefined } };
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  directory: { tables: Record<string, unknown> };
}

/** The features fontkit's default shaper applies to every glyph of a left-to-right run with no user feature. */
const GLOBAL_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

/** The characters fontkit treats specially (marks, default ignorables, the fraction slash) or might shape as another script. */
const SPECIAL = /[^\p{Script=Latin}\p{Script=Common}]|\p{M}|\p{Default_Ignorable_Code_Point}|[\u2044\uD800-\uDFFF]/u;

function coverageIndex(c: Coverage, glyph: number): number {
  if (c.version === 1) return c.glyphs!.indexOf(glyph);
  for (const r of c.rangeRecords!) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
  return -1;
}

function* coverageGlyphs(c: Coverage | undefined): Iterable<number> {
  if (!c) return;
  if (c.version === 1) yield* c.glyphs!;
  else for (const r of c.rangeRecords!) for (let g = r.start; g <= r.end; g++) yield g;
}

function classOf(c: ClassDef | undefined, glyph: number): number {
  if (!c) return 0;
  if (c.version === 1) {
    const i = glyph - c.startGlyph!;
    return i >= 0 && i < c.classValueArray!.length ? c.classValueArray![i] : 0;
  }
  for (const r of c.classRangeRecord!) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}

/** The scripts fontkit falls back to when the text's own is not in the font (its DEFAULT_SCRIPTS). */
const FALLBACK_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/**
 * The lookups the global features reach, each once, or undefined when fontkit could reach others: scripts that
 * disagree (fontkit picks one by the text), none it would pick for Latin text (it would apply no feature), a tag
 * listed twice (fontkit keeps the last) or a lookup under two tags (fontkit applies it twice).
 */
function globalLookups(table: LayoutTable | undefined): number[] | undefined {
  if (!table) return [];
  if (table.featureVariations || !table.scriptList.some((s) => FALLBACK_SCRIPTS.includes(s.tag))) return undefined;
  let first: string | undefined;
  let lookups: number[] = [];
  for (const { script } of table.scriptList) {
    const set = new Set<number>();
    const tags = new Set<string>();
    for (const i of script.defaultLangSys?.featureIndexes ?? []) {
      const record = table.featureList[i];
      if (!GLOBAL_FEATURES.has(record.tag)) continue;
      if (tags.has(record.tag)) return undefined;
      tags.add(record.tag);
      for (const l of record.feature.lookupListIndexes) {
        if (set.has(l)) return undefined;
        set.add(l);
      }
    }
    lookups = [...set].sort((a, b) => a - b);
    const key = lookups.join(',');
    if (first !== undefined && key !== first) return undefined;
    first = key;
  }
  return lookups;
}

/**
 * The glyphs at which a lookup could start to act. A contextual rule whose other positions all ask for a mark (the
 * dotless i before an accent) cannot match a word without marks, and such words never reach this shaper.
 */
function triggers(type: number, st: SubTable, isMark: (g: number) => boolean): Iterable<number> {
  if (st.extension) return triggers(st.lookupType!, st.extension, isMark);
  if (st.version === 3 && (st.inputCoverage || st.coverages)) {
    const input = st.inputCoverage ?? st.coverages!;
    const others = [...input.slice(1), ...(st.backtrackCoverage ?? []), ...(st.lookaheadCoverage ?? [])];
    const onlyMarks = (c: Coverage) => [...coverageGlyphs(c)].every(isMark);
    return others.some(onlyMarks) ? [] : coverageGlyphs(input[0]);
  }
  if (!st.coverage) throw new Error(`lookup type ${type}: no coverage`);
  return coverageGlyphs(st.coverage);
}

/** A word as fontkit's layout gives it: per glyph, its id, the code points it stands for, its advance with and without kerning. */
export interface PairShaped {
  ids: number[];
  codePoints: number[][];
  advanceWidths: number[];
  xAdvances: number[];
}

export interface PairShaper {
  /** The word as fontkit's layout would shape it, or undefined when fontkit must. */
  shape(word: string): PairShaped | undefined;
}

/** A face's pair shaper, or undefined when its tables hold something this shaper does not model. */
export function pairShaperFor(face: Font): PairShaper | undefined {
  const font = face as unknown as FontTables;
  const gsub = globalLookups(font.GSUB);
  const gpos = globalLookups(font.GPOS);
  // Without GPOS kerning fontkit would read a legacy kern table; variable fonts adjust positions; with morx fontkit
  // shapes with AAT instead.
  const { fvar, kern: legacyKern, morx } = font.directory.tables;
  if (!gsub || !gpos || !font.GPOS || fvar || legacyKern || morx) return undefined;
  const glyphClass = font.GDEF?.glyphClassDef;
  const isMark = (g: number) => classOf(glyphClass, g) === 3;
  const blocked = new Set<number>();
  for (const i of gsub) {
    const l = font.GSUB!.lookupList.get(i);
    for (const st of l.subTables) for (const g of triggers(l.lookupType, st, isMark)) blocked.add(g);
  }
  const pairs: SubTable[][] = [];
  for (const i of gpos) {
    const l = font.GPOS.lookupList.get(i);
    const extended = l.lookupType === 9;
    const types = l.subTables.map((st) => (extended ? st.lookupType! : l.lookupType));
    // Mark attachment (4, 5, 6) moves glyphs by offsets, which a shaped word does not record (render draws at
    // the advances): it changes nothing here, and decoding it would cost a quarter of the setup.
    if (types.every((t) => t >= 4 && t <= 6)) continue;
    if (types.every((t) => t === 2)) {
      if (l.flags.flags.ignoreBaseGlyphs) return undefined;
      pairs.push(l.subTables.map((st) => (extended ? st.extension! : st)));
    } else for (const st of l.subTables) for (const g of triggers(l.lookupType, st, isMark)) blocked.add(g);
  }
  // Per glyph: 1 when this shaper may take it, 2 when not (a trigger above, or a mark, ligature or component:
  // the glyphs lookup flags skip).
  const verdict = new Uint8Array(face.numGlyphs);
  const usable = (g: number): boolean => {
    if (verdict[g] === 0) verdict[g] = blocked.has(g) || classOf(glyphClass, g) >= 2 ? 2 : 1;
    return verdict[g] === 1;
  };

  // fontkit keeps one glyph object per glyph id (getGlyph): the same object it would return, without its cmap search.
  const glyphOf = new Map<number, Glyph>();
  let spaceAsked = false;
  // A glyph's advance as fontkit's Glyph.advanceWidth has it for a font without variations (hmtx, the last entry
  // repeated past numberOfHMetrics), read from the table: the getter also reads each glyph's header in glyf for
  // its bounding box (vertical metrics), which nothing here needs (~40 % of a cold typesetting's shaping).
  const { metrics } = font.hmtx;
  const advances = new Map<number, number>();
  const advanceOf = (id: number): number => {
    let a = advances.get(id);
    if (a === undefined) advances.set(id, (a = metrics.get(Math.min(id, metrics.length - 1))?.advance ?? 0));
    return a;
  };
  const kerning = new Map<number, readonly [number, number]>();
  /** What the pair lookups add to the advance of `a` followed by `b`, and to that of `b`. */
  function kern(a: number, b: number): readonly [number, number] {
    const key = a * 65536 + b;
    let k = kerning.get(key);
    if (k) return k;
    let first = 0;
    let second = 0;
    for (const tables of pairs) {
      for (const t of tables) {
        const index = coverageIndex(t.coverage!, a);
        if (index === -1) continue;
        let pair: { value1: ValueRecord; value2: ValueRecord } | undefined;
        if (t.version === 1) pair = t.pairSets!.get(index).find((p) => p.secondGlyph === b);
        else pair = t.classRecords!.get(classOf(t.classDef1, a)).get(classOf(t.classDef2, b));
        // fontkit tries the next subtable only when a format 1 subtable has no record for the pair.
        if (!pair) continue;
        first += pair.value1?.xAdvance ?? 0;
        second += pair.value2?.xAdvance ?? 0;
        break;
      }
    }
    kerning.set(key, (k = [first, second]));
    return k;
  }

  return {
    shape(word) {
      if (word === '' || SPECIAL.test(word)) return undefined;
      const glyphs: Glyph[] = [];
      for (const ch of word) {
        const cp = ch.codePointAt(0)!;
        let g = glyphOf.get(cp);
        if (!g) glyphOf.set(cp, (g = face.glyphForCodePoint(cp)));
        // A glyph object shared with another character (U+00A0 and the space, or .notdef) keeps the first one's
        // code point, which fontkit then consults (a soft hyphen's .notdef is hidden): fontkit decides.
        if (!usable(g.id) || g.codePoints[0] !== cp) return undefined;
        glyphs.push(g);
      }
      // fontkit's layout asks for the space glyph after each run (hideDefaultIgnorables): a glyph object keeps the
      // code points of whoever asked for it first, and U+00A0 may share the space's glyph. Only the first ask counts.
      if (!spaceAsked) {
        face.glyphForCodePoint(0x20);
        spaceAsked = true;
      }
      const ids = glyphs.map((g) => g.id);
      const advanceWidths = ids.map(advanceOf);
      const xAdvances = advanceWidths.slice();
      for (let i = 0; i + 1 < ids.length; i++) {
        const [a, b] = kern(ids[i], ids[i + 1]);
        xAdvances[i] += a;
        xAdvances[i + 1] += b;
      }
      return { ids, codePoints: glyphs.map((g) => g.codePoints), advanceWidths, xAdvances };
    },
  };
}
