// Places a parsed SVG asset at a given width, keeping its aspect ratio; tagged as a figure or as decoration.
import type { StructNode } from './types.js';
import type { LayoutBuilder } from './builder.js';
import { PICTO_LAYERS, PICTO_ON_LIGHT } from './styles.js';

export const BLOC_MARQUE = 'bloc-marque.svg';

/**
 * With `alt`, the asset is a Figure of its own under `parent`; without, it belongs to `parent`
 * (a figure that already has an alt text) — or is decoration when `parent` is null. Returns its height.
 */
export function placeVector(
  b: LayoutBuilder,
  parent: StructNode | null,
  asset: string,
  x: number,
  y: number,
  width: number,
  alt?: string,
  recolor?: Readonly<Record<string, string>>,
): number {
  const a = b.inputs.assets.get(asset);
  if (!a) {
    b.diagnostics.push({
      severity: 'error',
      code: 'image-introuvable',
      pos: { file: `assets/${asset}`, line: 1, column: 1 },
      message: `l’image « assets/${asset} » n’a pas été chargée : vérifiez le chemin dans les données`,
    });
    return 0;
  }
  const [, , vw, vh] = a.viewBox;
  const h = (width * vh) / vw;
  const tag = alt && parent ? { node: b.node(parent, 'Figure', { alt, bbox: { x, y, w: width, h } }).id } : parent ? { node: parent.id } : { artifact: 'Layout' as const };
  b.add({ kind: 'vector', asset, x, y, w: width, h, ...(recolor ? { recolor } : {}), tag });
  return h;
}

/** Each published layer colour → its colour on a light ground (only the changed ones). */
const ON_LIGHT = Object.fromEntries(
  (Object.keys(PICTO_LAYERS) as (keyof typeof PICTO_LAYERS)[]).filter((k) => PICTO_LAYERS[k] !== PICTO_ON_LIGHT[k]).map((k) => [PICTO_LAYERS[k], PICTO_ON_LIGHT[k]]),
);

/** A DSFR pictogram on a light ground (white, blue975), its three layers recoloured to stay visible there. */
export function placePictogram(b: LayoutBuilder, parent: StructNode | null, asset: string, x: number, y: number, width: number): number {
  return placeVector(b, parent, asset, x, y, width, undefined, ON_LIGHT);
}
