// The DSFR pictograms' three layers, each visible on the ground it is drawn on: the cover's discs, the mission
// openers' discs, the enjeux blocks. The ground is found from the page itself (the last filled shape under the
// pictogram's centre), the colours from the asset as drawn (after recolouring).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs } from '../../src/load/index.js';
import { namedPictogrammes } from '../../src/load/assets.js';
import { loadVectorAssets } from '../../src/assets/load-assets.js';
import { buildDocument } from '../../src/model/build.js';
import { layoutDocument } from '../../src/layout/index.js';
import { BLOC_MARQUE } from '../../src/layout/vectors.js';
import { contrastRatio } from '../../src/layout/contrast.js';
import { PICTO_LAYERS, PICTO_MIN_CONTRAST } from '../../src/layout/styles.js';
import type { VectorAsset } from '../../src/assets/types.js';
import type { Page } from '../../src/layout/types.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';

let pages: Page[];
let assets: ReadonlyMap<string, VectorAsset>;
before(async () => {
  const world = fsWorld(REPO);
  const inputs = await loadInputs(world, DEFAULT_CONFIG);
  assets = (await loadVectorAssets(world, [BLOC_MARQUE, ...namedPictogrammes(inputs.data)])).assets;
  pages = layoutDocument(buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {}).document!, inputs.fonts, assets).paged!.pages;
});

type Layer = keyof typeof PICTO_LAYERS;
const layerOf = new Map<string, Layer>(Object.entries(PICTO_LAYERS).map(([k, v]) => [v, k as Layer]));

test('every layer of every pictogram stands out from its ground: major 4.5:1, minor 3:1, decorative 2:1', () => {
  const seen = new Map<string, Set<Layer>>();
  const weak: string[] = [];
  for (const page of pages) {
    page.items.forEach((it, k) => {
      if (it.kind !== 'vector' || it.asset === BLOC_MARQUE) return;
      const [cx, cy] = [it.x + it.w / 2, it.y + it.h / 2];
      let ground = '#FFFFFF';
      for (const g of page.items.slice(0, k)) if (g.kind === 'rect' && g.fill && cx >= g.x && cx <= g.x + g.w && cy >= g.y && cy <= g.y + g.h) ground = g.fill;
      const key = `page ${page.number} ${it.asset}`;
      for (const shape of assets.get(it.asset)!.shapes) {
        const layer = shape.fill ? layerOf.get(shape.fill) : undefined;
        if (!layer) continue;
        const drawn = it.recolor?.[shape.fill!] ?? shape.fill!;
        const ratio = contrastRatio(drawn, ground);
        seen.set(key, (seen.get(key) ?? new Set()).add(layer));
        if (ratio < PICTO_MIN_CONTRAST[layer]) weak.push(`${key} (${layer} ${drawn} sur ${ground}) : ${ratio.toFixed(2)}:1`);
      }
    });
  }
  assert.deepEqual([...new Set(weak)], []);
  // Not vacuous: the cover's six and every opener's pictogram were looked at, all three layers among them.
  assert.ok(seen.size >= 6 + 6 + 7, `${seen.size} pictograms`);
  assert.deepEqual(new Set([...seen.values()].flatMap((s) => [...s])), new Set(['decorative', 'minor', 'major']));
});

test('as published, the decorative layer would vanish on white: the recolouring is what makes it visible', () => {
  assert.ok(contrastRatio(PICTO_LAYERS.decorative, '#FFFFFF') < PICTO_MIN_CONTRAST.decorative);
  assert.equal(contrastRatio('#000000', '#FFFFFF').toFixed(0), '21');
});
