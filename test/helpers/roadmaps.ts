// The roadmaps a layout rule must hold for: every edition of editions/, and the bench's 10× roadmap
// (scripts/synthetic-roadmap.mjs, as the bench makes it), each laid out in memory without rendering.
import { readdirSync } from 'node:fs';
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
  /** The edition built (`--edition`). */
  edition: string;
  files: Files;
}

/** The editions of the repository, by id (their folders in editions/). */
export function editionIds(): string[] {
  return readdirSync(path.join(REPO, 'editions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const projetsOf = (edition: string) => `editions/${edition}/projets.yaml`;

function projectCount(files: Files, edition: string): number {
  return (parseDocument(files[projetsOf(edition)] as string).toJS() as { projets: unknown[] }).projets.length;
}

/** An edition as the repository holds it. */
export function editionRoadmap(edition: string, files: Files = readProject()): Roadmap {
  return { name: `édition ${edition} (${projectCount(files, edition)} projets)`, edition, files };
}

/**
 * The real inputs with `edition`'s projects cycled into `count` (the bench's 10× is `count` = 10 × the mid-2020
 * edition's 38).
 */
export function syntheticRoadmap(count: number, edition = 'mi-2020', base: Files = readProject()): Roadmap {
  const missions = (parseDocument(base['data/missions.yaml'] as string).toJS() as { missions: { code: string }[] }).missions.map((m) => m.code);
  const projets = (parseDocument(base[projetsOf(edition)] as string).toJS() as { projets: { id: string; mission: string }[] }).projets;
  return { name: `${count} projets (synthétique, édition ${edition})`, edition, files: { ...base, [projetsOf(edition)]: projetsYaml(syntheticProjets(projets, missions, count)) } };
}

/** Every roadmap the page-fill rule is asserted for: each edition, then the bench's 10× roadmap. */
export function fillRoadmaps(): Roadmap[] {
  const real = readProject();
  return [...editionIds().map((id) => editionRoadmap(id, real)), syntheticRoadmap(10 * projectCount(real, 'mi-2020'), 'mi-2020', real)];
}

export interface LaidOut {
  document: BrochureDocument;
  layout: LayoutResult;
}

/** load → model → layout of an edition in memory: what the layout rules are checked on, at a third of a build's cost. */
export async function layOut(files: Files, edition: string): Promise<LaidOut> {
  const world = memoryWorld(files);
  const inputs = await loadInputs(world, { ...DEFAULT_CONFIG, edition });
  const { assets } = await loadVectorAssets(world, [BLOC_MARQUE, ...namedPictogrammes(inputs.data)]);
  const document = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {}).document!;
  return { document, layout: layoutDocument(document, inputs.fonts, assets) };
}
