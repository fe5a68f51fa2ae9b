// The brochure as a typed, immutable description: what it says and in what order, no geometry.
import type { InlineRun, Statut, Source } from '../load/types.js';
import type { SourcePos } from '../diagnostics.js';
import type { MissionCounts } from './counts.js';
import type { IndicatorView } from './indicateurs.js';

export type Paragraph = readonly InlineRun[];

/** A block of editorial prose: paragraphs and lists as the Markdown gave them. */
export type ProseBlock =
  | { kind: 'paragraph'; runs: Paragraph }
  | { kind: 'heading'; level: 2 | 3; runs: Paragraph }
  | { kind: 'list'; ordered: boolean; items: readonly Paragraph[] };

export interface KeyFigure {
  value: number;
  label: string;
}

export interface StatusChart {
  /** Alt text that states every number of the chart. */
  alt: string;
  /** The statuses the edition uses, in chart order, with their words (« À achever fin 2021 »). */
  legend: readonly { statut: Statut; label: string }[];
  caption: string;
  rows: readonly MissionCounts[];
}

export interface ProjetCard {
  id: string;
  titre: string;
  statut: Statut;
  /** « Achevé », « À achever fin 2021 »: the statut's words in this edition. */
  statutLabel: string;
  porteur: string;
  resume: string;
  enjeux: readonly string[]; // enjeu names
  illustratif: boolean;
  /** The statut of a project from the public record is a guess (its data lists `statut` in `champs_illustratifs`). */
  statutSuppose: boolean;
  /** What the card says the record does not establish (« Projet illustratif : … », « Statut à confirmer : … »). */
  note?: string;
  /** Where the project is written, for layout errors (a card too tall for a page). */
  pos: SourcePos;
}

export type Section =
  | {
      kind: 'cover';
      id: string;
      programme: string;
      accroche: string;
      titre: string;
      periode: string;
      edition: string;
      porteur: string;
      enjeux: readonly { nom: string; pictogramme: string }[];
      /** Where the title comes from, for a title too long for the cover. */
      titrePos: SourcePos;
    }
  | { kind: 'sommaire'; id: string; titre: string }
  | {
      kind: 'edito';
      id: string;
      titre: string;
      paragraphs: readonly Paragraph[];
      auteur: string;
      fonction: string;
      /** The text is the signatory's own words, set as a quotation; false for a text standing in for it. */
      citation: boolean;
      /** Said under the signature when the text is not the signatory's (an illustrative stand-in). */
      note?: string;
    }
  | {
      kind: 'enjeux';
      id: string;
      titre: string;
      intro: readonly ProseBlock[];
      enjeux: readonly { cle: string; nom: string; resume: string; pictogramme: string; pos: SourcePos }[];
    }
  | {
      kind: 'bilan';
      id: string;
      titre: string;
      chiffres: readonly KeyFigure[];
      intro: readonly ProseBlock[];
      chart: StatusChart;
    }
  | {
      kind: 'changements';
      id: string;
      titre: string;
      intro: readonly ProseBlock[];
      /** One list per kind of change that has any: completed since, to complete, new, removed, renamed missions. */
      groupes: readonly { id: string; titre: string; items: readonly Paragraph[] }[];
      /** What did not change, said rather than left out (« Aucune mission n’a changé de nom. »). */
      aucun: readonly Paragraph[];
    }
  | {
      kind: 'missions-intro';
      id: string;
      titre: string;
      intro: readonly ProseBlock[];
      groupes: readonly { titre: string; missions: readonly { code: string; nom: string; projets: number }[] }[];
    }
  | {
      kind: 'mission';
      id: string;
      code: string;
      nom: string;
      /** Said after the counts when the name this edition gave the mission is a guess (`missions_renommees`, `illustratif: true`). */
      nomNote?: string;
      resume: string;
      groupe: string;
      pictogramme?: string;
      counts: MissionCounts;
      /** `7 projets : 2 achevés, 4 en cours, 1 nouveau`. */
      compte: string;
      projets: readonly ProjetCard[];
    }
  | { kind: 'gouvernance'; id: string; titre: string; prose: readonly ProseBlock[] }
  /** Only when some indicator has a value known at the edition's date. */
  | { kind: 'indicateurs'; id: string; titre: string; intro: readonly ProseBlock[]; indicateurs: readonly IndicatorView[] }
  | {
      kind: 'cloture';
      /** The sources list's anchor; the colophon's is `colophon`. */
      id: string;
      sourcesTitre: string;
      /** Numbered in this order (the indicators' tables cite these numbers): those published by the edition's date. */
      sources: readonly Source[];
      colophonTitre: string;
      colophon: readonly ProseBlock[];
    };

export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  lang: string;
  /** ISO date-time from the data or SOURCE_DATE_EPOCH, never the clock. */
  date: string;
  creator: string;
}

export interface BrochureDocument {
  meta: DocumentMeta;
  /** Left part of the running footer. */
  footer: string;
  /** Never hyphenated anywhere. */
  properNames: readonly string[];
  sections: readonly Section[];
}
