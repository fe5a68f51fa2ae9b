// The thumbnail's alternative text, built in one place for the web page and the manifest.
import { lowerFirst, roadmapTitle } from '../model/wording.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';

const NBSP = '\u00a0';

/**
 * « Couverture de la brochure « TECH.GOUV : Stratégie et feuille de route 2019-2022 », édition actualisée mi-2020 »:
 * says what the image is (a cover) and which document it is, since the image is also the link to the PDF.
 * French spacing: no-break spaces inside the guillemets and before the colon.
 */
export function thumbnailAlt(data: RoadmapData, counts: Counts): string {
  const { nom, edition } = data.programme;
  const titre = `${nom}${NBSP}: ${roadmapTitle(data, counts)}`;
  return `Couverture de la brochure «${NBSP}${titre}${NBSP}», ${lowerFirst(edition.libelle)}`;
}
