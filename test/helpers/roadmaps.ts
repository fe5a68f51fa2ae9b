// The roadmaps a layout rule must hold for: the real one, the 2019 edition's fixture, synthetic ones of other sizes
// (scripts/synthetic-roadmap.mjs, as the bench makes them), each laid out in memory without rendering.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadInputs } from '../../src/load/index.js';
import { namedPictogrammes } from '../../src/load/assets.js';
import { loadVectorAssets } from '../../src/assets/load-assets.js';
import { buildDocument } from '../../src/model/build.js';
import { layoutDocument, type LayoutResult } from '../../src/layout/index.js';
import { BLOC_MARQUE } from '../../src/layout/vectors.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { memoryWorld } from '../../src/world.js';
import type { BrochureDocument } from '../../src/model/types.js';
import { projetsYaml, syntheticProjets } from '../../scripts/synthetic-roadmap.mjs';
import { readProject, type Files } from '../cli/build-to-layout.js';
import { REPO } from './project.js';

export interface Roadmap {
  name: string;
  files: Files;
}

/** The real inputs with `count` projects cycled from the real ones (the bench's 10× is `count` = 10 × 38). */
export function syntheticRoadmap(count: number, base: Files = readProject()): Roadmap {
  const missions = (parseDocument(base['data/missions.yaml'] as string).toJS() as { missions: { code: string }[] }).missions.map((m) => m.code);
  const projets = (parseDocument(base['data/projets.yaml'] as string).toJS() as { projets: { id: string; mission: string }[] }).projets;
  return { name: `${count} projets (synthétique)`, files: { ...base, 'data/projets.yaml': projetsYaml(syntheticProjets(projets, missions, count)) } };
}

/** The 2019 edition as test/fixtures/editions/2019 holds it (35 projects): its data/ and content/ over the real ones. */
export function edition2019(): Roadmap {
  const dir = path.join(REPO, 'test/fixtures/editions/2019');
  const files: Files = { ...readProject() };
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (statSync(path.join(dir, rel)).isFile()) files[rel.split(path.sep).join('/')] = readFileSync(path.join(dir, rel), 'utf8');
  }
  return { name: 'édition 2019 (35 projets)', files };
}

/** The roadmap dated as another edition (its date, publication and label), so that it shows what was known then. */
export function datedAs(r: Roadmap, edition: { date: string; publication: string; libelle: string }): Roadmap {
  const doc = parseDocument(r.files['data/programme.yaml'] as string);
  for (const [k, v] of Object.entries(edition)) doc.setIn(['edition', k], v);
  return { name: `${r.name}, datée du ${edition.date}`, files: { ...r.files, 'data/programme.yaml': doc.toString() } };
}

/** Every roadmap the page-fill rule is asserted for; add the editions here once they live in the repository. */
export function fillRoadmaps(): Roadmap[] {
  const real = readProject();
  const count = (parseDocument(real['data/projets.yaml'] as string).toJS() as { projets: unknown[] }).projets.length;
  return [
    { name: `réelle (${count} projets)`, files: real },
    edition2019(),
    syntheticRoadmap(35, real),
    // Dated mid-September 2021, it shows the three indicators and the values known then.
    datedAs(syntheticRoadmap(43, real), { date: '2021-09-14', publication: '2021-09-14', libelle: 'Édition actualisée mi-2021' }),
    syntheticRoadmap(10 * count, real),
  ];
}

export interface LaidOut {
  document: BrochureDocument;
  layout: LayoutResult;
}

/** load → model → layout of a roadmap in memory: what the layout rules are checked on, at a third of a build's cost. */
export async function layOut(files: Files): Promise<LaidOut> {
  const world = memoryWorld(files);
  const inputs = await loadInputs(world, DEFAULT_CONFIG);
  const { assets } = await loadVectorAssets(world, [BLOC_MARQUE, ...namedPictogrammes(inputs.data)]);
  const document = buildDocument(inputs.data, inputs.editorial).document!;
  return { document, layout: layoutDocument(document, inputs.fonts, assets) };
}
