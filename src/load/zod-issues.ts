// Turns zod issues into located French diagnostics: what is wrong, in which record, what was expected, and the nearest valid word.
import type { z } from 'zod';
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { didYouMean, listFr } from './suggest.js';
import { MAX_TEXT_CHARS } from './limits.js';
import { NOT_BLANK } from './schema.js';

type Path = readonly PropertyKey[];

/** How a record of each top-level list is named in messages, and which field identifies it. */
const RECORDS: Record<string, { name: string; idKey: string }> = {
  projets: { name: 'le projet', idKey: 'id' },
  missions: { name: 'la mission', idKey: 'code' },
  enjeux: { name: "l'enjeu", idKey: 'cle' },
  groupes: { name: 'le groupe', idKey: 'cle' },
  sources: { name: 'la source', idKey: 'id' },
  indicateurs: { name: "l'indicateur", idKey: 'id' },
};

export interface IssueContext {
  /** The merged raw data (as parsed, before validation). */
  raw: Record<string, unknown>;
  schema: z.ZodType;
  /** Position of the value at a path (or of its key, or parent map, when missing). */
  pathPos(path: Path): SourcePos;
  keyPos(path: Path, key: string): SourcePos;
}

export function valueAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

/** The zod schema that validates the value at `path`, to list the keys it accepts. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let s: any = schema;
  const unwrap = () => {
    while (s && ['optional', 'nullable', 'default', 'pipe'].includes(s._zod.def.type)) s = s._zod.def.innerType ?? s._zod.def.in;
  };
  unwrap();
  for (const seg of path) {
    if (!s) return undefined;
    const def = s._zod.def;
    if (def.type === 'object') s = def.shape[seg as string];
    else if (def.type === 'array') s = def.element;
    else return undefined;
    unwrap();
  }
  return s;
}

export function knownKeys(schema: z.ZodType, path: Path): string[] {
  const s: any = schemaAt(schema, path);
  return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape) : [];
}

/** `le projet « cnie »`, `la section « edition »` … and the rest of the path inside that record. */
export function describeRecord(raw: unknown, path: Path): { record: string; field: string } {
  const [top, index, ...rest] = path;
  const spec = RECORDS[top as string];
  if (spec && typeof index === 'number') {
    const id = valueAt(raw, [top as string, index, spec.idKey]);
    const name = typeof id === 'string' || typeof id === 'number' ? `« ${id} »` : `n° ${index + 1}`;
    return { record: `${spec.name} ${name}`, field: formatField(rest) };
  }
  return { record: `la section « ${String(top)} »`, field: formatField(path.slice(1)) };
}

function formatField(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s + 1}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

function typeName(v: unknown): string {
  if (v === null) return 'une valeur vide';
  if (Array.isArray(v)) return 'une liste';
  switch (typeof v) {
    case 'string':
      return 'un texte';
    case 'number':
      return 'un nombre';
    case 'boolean':
      return 'un booléen';
    case 'object':
      return 'un dictionnaire';
    default:
      return 'rien';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'un booléen (true ou false)',
  array: 'une liste',
  object: 'un dictionnaire (clé: valeur)',
};

const FORMATS: Record<string, string> = {
  id: 'en kebab-case : minuscules sans accents, chiffres et tirets (ex. « france-connect »)',
  cle: 'en kebab-case : minuscules sans accents, chiffres et tirets (ex. « simplification »)',
  code: 'en majuscules sans accents (ex. « LABEL »)',
  url: 'une adresse complète commençant par https://',
};

/** A list longer than its limit (`trop-de-projets` for the projects), also checked before validation (see loadRoadmap). */
export function listTooLong(path: Path, length: number, max: number, pos: SourcePos): Diagnostic {
  const code = path.length === 1 && path[0] === 'projets' ? 'trop-de-projets' : 'liste-trop-longue';
  return { severity: 'error', code, pos, message: `la liste « ${formatField(path.slice(1)) || String(path[0])} » compte ${length} éléments : au plus ${max} admis` };
}

export function issueToDiagnostics(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  const path = issue.path as Path;
  const value = valueAt(ctx.raw, path);
  const last = path[path.length - 1];
  const { record, field } = describeRecord(ctx.raw, path);
  const where = path.length > 1 ? ` dans ${record}` : '';
  const d = (code: string, message: string, hint?: string, pos = ctx.pathPos(path)): Diagnostic => ({
    severity: 'error',
    code,
    pos,
    message,
    ...(hint ? { hint } : {}),
  });
  const fieldName = path.length > 1 ? field || String(last) : String(last);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = knownKeys(ctx.schema, path);
      const inWhat = path.length === 0 ? ' au premier niveau' : path.length === 1 ? ` dans la section « ${String(path[0])} »` : ` dans ${describeRecord(ctx.raw, [...path, '']).record}`;
      return issue.keys.map((k) =>
        d('schema-unknown-key', `clé « ${k} » inconnue${inWhat} : clés attendues ${listFr(keys)}`, didYouMean(k, keys), ctx.keyPos(path, k)),
      );
    }
    case 'invalid_value': {
      if (value === undefined) return [d('schema-required', `champ obligatoire « ${fieldName} » manquant${where}`)];
      const values = issue.values.map(String);
      return [d('schema-enum', `${fieldName} « ${String(value)} » inconnu${where} : valeurs attendues ${listFr(values)}`, typeof value === 'string' ? didYouMean(value, values) : undefined)];
    }
    case 'invalid_type': {
      if (value === undefined) {
        if (path.length === 1) return [d('schema-required', `section obligatoire « ${fieldName} » manquante`)];
        return [d('schema-required', `champ obligatoire « ${fieldName} » manquant${where}`)];
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.expected === 'int') return [d('schema-type', `« ${fieldName} »${where} doit être un nombre entier, pas ${String(value)}`)];
      return [d('schema-type', `« ${fieldName} »${where} doit être ${expected}, pas ${typeName(value)}`)];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [d('schema-empty', `« ${fieldName} »${where} est vide : un texte est attendu`)];
      if (issue.origin === 'array') return [d('schema-empty', `la liste « ${fieldName} »${where} est vide : au moins ${String(issue.minimum)} élément attendu`)];
      return [d('schema-range', `« ${fieldName} »${where} vaut ${String(value)} : au moins ${String(issue.minimum)} attendu`)];
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        const tail = Number(issue.maximum) < MAX_TEXT_CHARS ? 'raccourcissez-le : le commentaire en tête du fichier donne les limites' : 'coupez le texte ou scindez-le';
        return [d('texte-trop-long', `« ${fieldName} »${where} fait ${(value as string).length} caractères : au plus ${String(issue.maximum)} admis (${tail})`)];
      }
      if (issue.origin === 'array') return [listTooLong(path, (value as unknown[]).length, Number(issue.maximum), ctx.pathPos(path))];
      return [d('schema-range', `« ${fieldName} »${where} vaut ${String(value)} : au plus ${String(issue.maximum)} attendu`)];
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(NOT_BLANK))
        return [d('schema-empty', `« ${fieldName} »${where} ne contient que des espaces : un texte est attendu`)];
      const fmt = FORMATS[String(last)] ?? `au format ${issue.format}`;
      return [d('schema-format', `« ${fieldName} »${where} vaut « ${String(value)} » : attendu ${fmt}`)];
    }
    case 'invalid_union':
      if (last === 'precedente')
        return [d('schema-type', `« precedente »${where} invalide : attendu l’identifiant d’une édition du dossier editions/ (ex. « mi-2020 »), ou les chiffres de l’édition précédente (periode, projets, acheves)`)];
      return [d('schema-invalid', `« ${fieldName} »${where} invalide : ${issue.message}`)];
    default:
      return [d('schema-invalid', `« ${fieldName} »${where} invalide : ${issue.message}`)];
  }
}
