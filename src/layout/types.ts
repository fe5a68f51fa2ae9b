// What `layout` hands to `render`: pages of positioned items, each tagged for the structure tree, in reading order.
import type { FontKey } from '../typeset/types.js';
import type { DocumentMeta } from '../model/types.js';

/** Structure roles we emit (PDF 1.7 standard structure types). */
export type StructRole =
  | 'Document'
  | 'Sect'
  | 'Part'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'BlockQuote'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Link'
  | 'Span'
  | 'TOC'
  | 'TOCI'
  | 'Reference'
  | 'Note';

export interface StructNode {
  /** Unique within the document; items point at it. */
  id: string;
  role: StructRole;
  alt?: string;
  lang?: string;
  actualText?: string;
  /** For TH. */
  scope?: 'Row' | 'Column';
  /** For Figure: the box it covers on its page (top-left origin, points), written as the Layout attribute BBox. */
  bbox?: { x: number; y: number; w: number; h: number };
  /** Title shown by some readers (`/T`). */
  title?: string;
  children: StructNode[];
}

export type ArtifactKind = 'Pagination' | 'Layout' | 'Background';
/** Every painted item says where it belongs: a structure node, or an artifact. */
export type Tag = { node: string } | { artifact: ArtifactKind };

/** Coordinates in points, origin at the page's top-left, y downwards. */
export type PageItem =
  | {
      kind: 'text';
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      font: FontKey;
      size: number;
      color: string;
      spaceExtra: number;
      tracking?: number;
      /** Font expansion chosen by the typesetter (horizontal scale of the glyphs), absent when 1. */
      scale?: number;
      /** The font's superior letters (OpenType `sups`): a French ordinal's ending. */
      superior?: boolean;
      /** Engine hyphens and other languages are told by the structure (a Span node with ActualText or Lang), not here. */
      tag: Tag;
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      stroke?: string;
      lineWidth?: number;
      radius?: number;
      tag: Tag;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; tag: Tag }
  | {
      kind: 'vector';
      /** Key of a parsed SVG asset. */
      asset: string;
      x: number;
      y: number;
      w: number;
      h: number;
      /**
       * Fill colours replaced, `#RRGGBB` → `#RRGGBB` (a pictogram's layers recoloured for the ground it is drawn on);
       * never set on the bloc-marque.
       */
      recolor?: Readonly<Record<string, string>>;
      tag: Tag;
    }
  | {
      kind: 'link';
      x: number;
      y: number;
      w: number;
      h: number;
      /** External URL or internal destination id. */
      target: { url: string } | { dest: string };
      /** Text of the link annotation's /Contents (what the link does). */
      contents: string;
      /** The Link structure node this annotation belongs to. */
      node: string;
    }
  /** A named destination (table of contents, bookmarks). */
  | { kind: 'anchor'; id: string; y: number };

export interface Page {
  width: number;
  height: number;
  /** 1-based physical number. */
  number: number;
  items: PageItem[];
}

export interface OutlineEntry {
  title: string;
  dest: string;
  children: OutlineEntry[];
}


export type { DocumentMeta };

export interface PagedDocument {
  meta: DocumentMeta;
  pages: Page[];
  structure: StructNode;
  outline: OutlineEntry[];
}
