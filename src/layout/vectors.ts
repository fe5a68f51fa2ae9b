// Places a parsed SVG asset at a given width, keeping its aspect ratio; tagged as a figure or as decoration.
import type { StructNode } from './types.js';
import type { LayoutBuilder } from './builder.js';

export const BLOC_MARQUE = 'bloc-marque.svg';

/**
 * With `alt`, the asset is a Figure of its own under `parent`; without, it belongs to `parent`
 * (a figure that already has an alt text) — or is decoration when `parent` is null. Returns its height.
 */
export function placeVector(b: LayoutBuilder, parent: StructNode | null, asset: string, x: number, y: number, width: number, alt?: string): number {
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
  b.add({ kind: 'vector', asset, x, y, w: width, h, tag });
  return h;
}
