// What `load` hands to `model`: validated roadmap data and parsed editorial text, each record with its source position.
import type { SourcePos } from '../diagnostics.js';

/** In the order of the chart's bars and legend. `à achever`: to be completed by the end of the edition's year. */
export const STATUTS = ['achevé', 'à achever', 'en cours', 'nouveau'] as const;
export type Statut = (typeof STATUTS)[number];

export interface Periode {
  debut: number;
  fin: number;
  pos: SourcePos;
}

export interface Source {
  id: string;
  titre: string;
  url?: string;
  /** `2020-08-27`, or `2021-09` / `2021` when the day is not known. */
  date?: string;
  pos: SourcePos;
}

export interface Programme {
  nom: string; // "TECH.GOUV"
  accroche: string; // "Accélérer la transformation numérique du service public"
  porteur: string; // "Direction interministérielle du numérique (DINUM)"
  lancement: string; // ISO date, 2019-04-16
  feuilleDeRoute: { titre: string; titrePos: SourcePos; periode: Periode }; // "Stratégie et feuille de route", 2019-2022
  edition: {
    /** The edition's folder name under editions/ ("mi-2020"); absent for a project without editions. */
    id?: string;
    libelle: string; // "Édition actualisée mi-2020"
    date: string; // ISO date of the edition (drives the PDF file name): 2020-08-27
    publication?: string; // ISO date the page went online
    /** Typed figures, or (with `id`) the previous edition of editions/, its figures computed from its data at load. */
    precedente?: PreviousEdition;
    /** Source ids the brochure lists besides those its projects cite. */
    sources?: string[];
  };
  /** An édito given in the data rather than quoted from the page. */
  edito?: Edito;
  licence: string;
  sources: Source[];
  pos: SourcePos;
}

export interface PreviousEdition {
  /** Set when the previous edition is in editions/ (then its data is loaded too, see `Inputs.previous`). */
  id?: string;
  /** « Édition actualisée mi-2020 », when known. */
  libelle?: string;
  periode: Periode;
  /** Typed when the previous edition is not in editions/; otherwise counted from its data (model/counts.ts). */
  projets?: number;
  acheves?: number;
  pos: SourcePos;
}

export interface Edito {
  signataire: string;
  fonction: string;
  titre?: string;
  texte: string;
  /** The text stands in for an édito the public record does not give: printed as such, never as a quotation. */
  illustratif: boolean;
  pos: SourcePos;
}

export interface Enjeu {
  cle: string;
  nom: string;
  resume: string;
  pictogramme: string; // path under assets/, e.g. "pictograms/simplification.svg"
  pos: SourcePos;
}

export interface Mission {
  code: string; // "LABEL", as this edition names it
  /** Its code in data/missions.yaml, the same in every edition: what tells a renamed mission from a new one. */
  ref: string;
  nom: string;
  /** The name this edition gave it is a guess (the record is silent at the edition's date). */
  nomSuppose?: boolean;
  resume: string;
  groupe: string; // key of its MissionGroupe
  pictogramme?: string;
  responsable?: string;
  pos: SourcePos;
}

export interface MissionGroupe {
  cle: string;
  titre: string;
  missions: string[]; // mission codes, in order
  pos: SourcePos;
}

export interface Projet {
  id: string; // kebab-case, unique
  titre: string;
  mission: string; // mission code
  enjeux: string[]; // enjeu keys
  porteur: string; // owner: "DINUM", "ministère de l'Intérieur" …
  statut: Statut;
  resume: string;
  /** True when the record is not in the public record and was written to complete the 38. */
  illustratif: boolean;
  /** Fields whose value is not from the public record (`champs_illustratifs` in the YAML), e.g. ["statut"]. */
  champsIllustratifs?: string[];
  sources: string[]; // Source ids
  /** Proper names inside the texts that must never be hyphenated (FranceConnect, Tchap …). */
  nomsPropres: string[];
  pos: SourcePos;
}

export type Precision = 'environ' | 'plus de' | 'moins de';

/** A steering indicator: dated values and targets, each with its source (data/indicateurs.yaml, shared by every edition). */
export interface Indicateur {
  id: string;
  nom: string;
  unite?: string;
  /** `rang`: a position in a ranking, 1 being best. */
  mesure: 'nombre' | 'rang';
  mission?: string;
  valeurs: { date: string; libelle?: string; valeur: number; precision?: Precision; source: string; pos: SourcePos }[];
  objectifs: { date: string; valeur: number; echeance?: string; source: string; pos: SourcePos }[];
  pos: SourcePos;
}

export interface RoadmapData {
  programme: Programme;
  enjeux: Enjeu[];
  groupes: MissionGroupe[];
  missions: Mission[];
  projets: Projet[];
  /** data/indicateurs.yaml; absent or empty when the data has none. */
  indicateurs?: Indicateur[];
}

/** Inline text as parsed from Markdown; adjacent runs with the same style are merged. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  /** BCP 47 tag when the run is in another language than French. */
  lang?: string;
  code?: boolean;
}

export type EditorialBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; runs: InlineRun[]; pos: SourcePos; classes: string[] }
  | { kind: 'paragraph'; runs: InlineRun[]; pos: SourcePos; classes: string[] }
  | { kind: 'list'; ordered: boolean; items: InlineRun[][]; pos: SourcePos; classes: string[] }
  /** A blockquote; `classes` carries a following kramdown IAL (`{: .citation}`). */
  | { kind: 'quote'; paragraphs: InlineRun[][]; pos: SourcePos; classes: string[] }
  | { kind: 'image'; src: string; alt: string; title?: string; href?: string; pos: SourcePos; classes: string[] };

export interface EditorialDoc {
  file: string;
  /** Front matter as parsed, plus the position of each top-level key's value. */
  frontMatter: Record<string, unknown>;
  frontMatterPos: Record<string, SourcePos>;
  /** Raw text of the whole file (the web page exporter rewrites spans of it). */
  source: string;
  blocks: EditorialBlock[];
}

export interface Editorial {
  /** The web page (content/page/*.markdown). */
  page: EditorialDoc;
  /** The brochure's own blocks, keyed by file name without extension: edito, enjeux, bilan, missions, gouvernance, colophon … */
  blocks: Record<string, EditorialDoc>;
}

/** What could be read of the editorial texts when some are wrong or missing: the checks that only need texts run on it. */
export type PartialEditorial = Partial<Pick<Editorial, 'page'>> & Pick<Editorial, 'blocks'>;
