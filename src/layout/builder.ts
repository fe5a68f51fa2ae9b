// The mutable workbench of one layout pass: pages, structure tree, anchors and diagnostics (pure: no I/O).
import type { Diagnostic } from '../diagnostics.js';
import type { VectorAsset } from '../assets/types.js';
import type { FontSet, ParagraphSpec, SetParagraph } from '../typeset/types.js';
import type { OutlineEntry, Page, PageItem, StructNode, StructRole } from './types.js';
import { PAGE } from './geometry.js';
import { typesetParagraph } from '../typeset/index.js';

export interface LayoutInputs {
  fonts: FontSet;
  assets: ReadonlyMap<string, VectorAsset>;
  properNames: readonly string[];
  /** Page numbers of anchors from the previous pass (table of contents); empty on the first. */
  knownPages: ReadonlyMap<string, number>;
  /** Shared by the passes of one build: identical paragraphs are typeset once. */
  typesetCache?: Map<string, SetParagraph>;
}

/** Every paragraph the pass typeset, for the typography report. */
export interface SetRecord {
  id: string;
  spec: ParagraphSpec;
  set: SetParagraph;
  /** Lines placed on each page, for paragraphs that flow (split across pages when more than one entry). */
  pieces?: number[];
}

/** The typesetting cache's key: everything a paragraph's lines depend on besides fonts and proper names. */
export function paragraphKey(spec: ParagraphSpec): string {
  return JSON.stringify(spec);
}

export class LayoutBuilder {
  readonly pages: Page[] = [];
  readonly root: StructNode = { id: 'document', role: 'Document', children: [] };
  readonly anchors = new Map<string, number>();
  readonly outline: OutlineEntry[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly paragraphs: SetRecord[] = [];
  private nodeCount = 0;
  private readonly cache: Map<string, SetParagraph>;

  constructor(readonly inputs: LayoutInputs) {
    this.cache = inputs.typesetCache ?? new Map();
  }

  get page(): Page {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error('mise en page : aucune page ouverte');
    return p;
  }

  newPage(): Page {
    const page: Page = { width: PAGE.width, height: PAGE.height, number: this.pages.length + 1, items: [] };
    this.pages.push(page);
    return page;
  }

  add(item: PageItem): void {
    this.page.items.push(item);
  }

  node(parent: StructNode, role: StructRole, extra: Partial<Omit<StructNode, 'id' | 'role' | 'children'>> = {}): StructNode {
    const n: StructNode = { id: `${role.toLowerCase()}-${++this.nodeCount}`, role, ...extra, children: [] };
    parent.children.push(n);
    return n;
  }

  /** Marks a destination at `y` on the current page (for links, bookmarks and the table of contents). */
  anchor(id: string, y: number): void {
    this.anchors.set(id, this.page.number);
    this.add({ kind: 'anchor', id, y });
  }

  /** A bookmark for a heading: level 1 at the top, level 2 under the last level 1 (deeper levels are not bookmarked). */
  bookmark(level: number, title: string, dest: string): void {
    if (level === 1) this.outline.push({ title, dest, children: [] });
    else if (level === 2) {
      const last = this.outline[this.outline.length - 1];
      (last ? last.children : this.outline).push({ title, dest, children: [] });
    }
  }

  /** Page number an anchor had in the previous pass, for the table of contents. */
  pageOf(id: string): number | undefined {
    return this.inputs.knownPages.get(id);
  }

  /**
   * A paragraph set but not recorded as placed: to measure a section before choosing where it goes (the flow that
   * places it typesets the same spec again, from the cache).
   */
  measure(spec: ParagraphSpec): SetParagraph {
    const key = paragraphKey(spec);
    let set = this.cache.get(key);
    if (!set) {
      set = typesetParagraph({ ...spec, properNames: spec.properNames ?? this.inputs.properNames }, this.inputs.fonts);
      this.cache.set(key, set);
    }
    return set;
  }

  /** Typesets once per identical spec (`paragraphKey`): the table-of-contents passes lay the same text out again. */
  typeset(id: string, spec: ParagraphSpec): SetParagraph {
    return this.typesetRecord(id, spec).set;
  }

  typesetRecord(id: string, spec: ParagraphSpec): SetRecord {
    const record: SetRecord = { id, spec, set: this.measure(spec) };
    this.paragraphs.push(record);
    return record;
  }
}
