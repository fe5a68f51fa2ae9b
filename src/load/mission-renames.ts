// `missions_renommees`: an edition that named a shared mission otherwise (FABRIQUE in 2019, BETA since) says so in its
// own folder; data/missions.yaml is not copied for it. Applied to the raw data before validation, so the projects and
// groups of that edition use its code everywhere, and the mission keeps its shared code as `ref`.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import { didYouMean } from './suggest.js';

type At = (path: readonly PropertyKey[]) => SourcePos;
type Rec = Record<string, unknown>;

const records = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((r): r is Rec => r !== null && typeof r === 'object') : []);

/**
 * Renames in place; returns each renamed code's shared code (for `Mission.ref`), the codes whose name in this edition
 * is a guess (`illustratif: true`, for `Mission.nomSuppose`) and what could not be applied.
 */
export function applyMissionRenames(raw: Rec, at: At): { refs: Map<string, string>; supposed: Set<string>; diagnostics: Diagnostic[] } {
  const refs = new Map<string, string>();
  const supposed = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const missions = records(raw.missions);
  const codes = missions.map((m) => m.code).filter((c): c is string => typeof c === 'string');
  records(raw.missions_renommees).forEach((r, i) => {
    const { code, code_edition: to, nom } = r;
    if (typeof code !== 'string' || typeof to !== 'string') return; // the schema reports it
    const mission = missions.find((m) => m.code === code);
    if (!mission) {
      diagnostics.push({ severity: 'error', code: 'mission-inconnue', pos: at(['missions_renommees', i, 'code']), message: `mission « ${code} » inconnue dans « missions_renommees » : missions de data/missions.yaml ${codes.join(', ')}`, ...hint(code, codes) });
      return;
    }
    if (to !== code && codes.includes(to)) {
      diagnostics.push({ severity: 'error', code: 'mission-renommee-en-double', pos: at(['missions_renommees', i, 'code_edition']), message: `« ${to} » est déjà le code d’une autre mission : une mission renommée doit prendre un code libre` });
      return;
    }
    mission.code = to;
    if (typeof nom === 'string') mission.nom = nom;
    for (const g of records(raw.groupes)) if (Array.isArray(g.missions)) g.missions = g.missions.map((c) => (c === code ? to : c));
    refs.set(to, code);
    if (r.illustratif === true) supposed.add(to);
  });
  return { refs, supposed, diagnostics };
}

function hint(word: string, known: string[]): { hint?: string } {
  const h = didYouMean(word, known);
  return h ? { hint: h } : {};
}
