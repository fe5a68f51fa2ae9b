// The shape of data/*.yaml as the comms team writes it (snake_case French keys), checked by zod: types, enums, required fields, no unknown keys.
import { z } from 'zod';
import { STATUTS } from './types.js';
import { MAX_TEXT_CHARS, MAX_TITRE_CHARS } from './limits.js';

/** A text of spaces only would print an empty title or card: as good as missing. */
export const NOT_BLANK = /\S/;
const text = z.string().min(1).max(MAX_TEXT_CHARS).regex(NOT_BLANK);
/** Dates stay strings (core schema); whether they are real days is checked afterwards, with positions. */
const date = z.string();
/**
 * A date as precise as the record is: `2021`, `2020-05` or `2020-05-28` (a bare year reads as a number in YAML,
 * hence the conversion). Checked afterwards like `date`.
 */
const partialDate = z.preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), z.string());
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const year = z.number().int().min(1900).max(2100);

const periode = z.strictObject({ debut: year, fin: year });

export const programmeSchema = z.strictObject({
  nom: text,
  accroche: text,
  porteur: text,
  lancement: date,
  licence: text,
});

export const feuilleDeRouteSchema = z.strictObject({ titre: text, periode });

/** The previous edition: the id of its folder under editions/ (its figures are then computed), or its figures typed. */
export const precedenteSchema = z.union([
  kebab,
  // `precedente: 2019` is read by YAML as a number: the id of the folder editions/2019.
  z.number().int().min(0).transform(String),
  z.strictObject({ periode, projets: z.number().int().min(0), acheves: z.number().int().min(0) }),
]);

export const editionSchema = z.strictObject({
  libelle: text,
  date,
  publication: date.optional(),
  precedente: precedenteSchema.optional(),
  /** Sources the brochure lists besides those its projects cite (ids declared in `sources`). */
  sources: z.array(z.string().min(1)).optional(),
});

/** An édito whose text is not the page's quotation: a real one, or (illustratif) a neutral text standing in for it. */
export const editoSchema = z.strictObject({
  signataire: text,
  fonction: text,
  titre: text.optional(),
  texte: text,
  illustratif: z.boolean(),
});

/** A mission of data/missions.yaml under another code (and name) in this edition: FABRIQUE before it became BETA. */
export const missionRenommeeSchema = z.strictObject({
  code: z.string().min(1),
  code_edition: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  nom: text.optional(),
  /** The name this edition gave the mission is a guess (the record is silent at its date): the brochure says so. */
  illustratif: z.boolean().optional(),
});

export const sourceSchema = z.strictObject({
  id: kebab,
  titre: text,
  date: partialDate.optional(),
  url: z.string().regex(/^https?:\/\/\S+$/).optional(),
});

export const enjeuSchema = z.strictObject({ cle: kebab, nom: text, resume: text, pictogramme: z.string().min(1) });

export const groupeSchema = z.strictObject({
  cle: kebab,
  titre: text,
  missions: z.array(z.string().min(1)).min(1),
});

export const missionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  nom: text,
  resume: text,
  pictogramme: z.string().min(1).optional(),
  responsable: text.optional(),
});

export const projetSchema = z.strictObject({
  id: kebab,
  titre: z.string().min(1).max(MAX_TITRE_CHARS).regex(NOT_BLANK),
  mission: z.string().min(1),
  enjeux: z.array(z.string().min(1)).min(1),
  porteur: text,
  statut: z.enum(STATUTS),
  resume: text,
  illustratif: z.boolean(),
  champs_illustratifs: z.array(z.string().min(1)).optional(),
  sources: z.array(z.string().min(1)),
  noms_propres: z.array(z.string().min(1)).optional(),
});

export const PRECISIONS = ['environ', 'plus de', 'moins de'] as const;
export const MESURES = ['nombre', 'rang'] as const;

export const indicateurSchema = z.strictObject({
  id: kebab,
  nom: text,
  /** What follows the number in a sentence: « millions d’utilisateurs ». None for a rank. */
  unite: text.optional(),
  /** `rang`: a position in a ranking, where 1 is best. */
  mesure: z.enum(MESURES).optional(),
  mission: z.string().min(1).optional(),
  valeurs: z
    .array(
      z.strictObject({
        date: partialDate,
        /** The period the value describes, when the date does not say it: « printemps 2020 », « mi-2021 ». */
        libelle: text.optional(),
        valeur: z.number().min(0),
        precision: z.enum(PRECISIONS).optional(),
        source: z.string().min(1),
      }),
    )
    .min(1),
  objectifs: z
    .array(
      z.strictObject({
        /** When the target was set. */
        date: partialDate,
        valeur: z.number().min(0),
        /** When it is to be reached: « fin 2022 ». */
        echeance: text.optional(),
        source: z.string().min(1),
      }),
    )
    .optional(),
});

/** Every data file's top-level keys merged: each key lives in exactly one file. */
export const roadmapSchema = z.strictObject({
  programme: programmeSchema,
  feuille_de_route: feuilleDeRouteSchema,
  edition: editionSchema,
  sources: z.array(sourceSchema),
  enjeux: z.array(enjeuSchema).min(1),
  groupes: z.array(groupeSchema).min(1),
  missions: z.array(missionSchema).min(1),
  // At most MAX_PROJETS: checked before this schema runs (load/roadmap.ts), so 10 000 records are not validated one by one.
  projets: z.array(projetSchema).min(1),
  indicateurs: z.array(indicateurSchema).optional(),
  edito: editoSchema.optional(),
  missions_renommees: z.array(missionRenommeeSchema).optional(),
});

export type RawRoadmap = z.infer<typeof roadmapSchema>;

/** Where each top-level key is expected, for "missing" errors when no file holds it. */
export const HOME_FILE: Record<keyof RawRoadmap, string> = {
  programme: 'programme.yaml',
  feuille_de_route: 'programme.yaml',
  edition: 'programme.yaml',
  sources: 'programme.yaml',
  enjeux: 'enjeux.yaml',
  groupes: 'missions.yaml',
  missions: 'missions.yaml',
  projets: 'projets.yaml',
  indicateurs: 'indicateurs.yaml',
  edito: 'edition.yaml',
  missions_renommees: 'edition.yaml',
};

/** Sections proper to an edition: with editions, expected in the edition's folder rather than in data/. */
export const EDITION_SECTIONS: ReadonlySet<string> = new Set(['feuille_de_route', 'edition', 'projets', 'edito', 'missions_renommees']);
