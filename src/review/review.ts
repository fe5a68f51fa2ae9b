// Builds this edition in memory, renders its pages, and compares them (and its inputs) with a previous edition.
import { buildBrochure, type BuildResult } from '../build.js';
import type { Config } from '../config.js';
import { rasterisePages, type RasterPage } from '../publish/rasterise.js';
import type { World } from '../world.js';
import type { Progress } from '../watch/progress.js';
import { resolvePrevious } from './against.js';
import { comparePages, type PageComparison } from './compare-pages.js';
import { diffEditions, type EditionDiff } from './edition-diff.js';
import { fillReport, type PageFillReport } from '../layout/fill.js';

/** Pages are rendered once at this width: sharp enough to read in the HTML, shrunk to 250 px on the sheet. */
export const RENDER_WIDTH = 500;

export interface Review {
  title: string;
  pages: PageComparison[];
  /** Where each page of this edition ends and whether it meets the fill rule (src/layout/fill.ts). */
  fills: PageFillReport[];
  /** Set with `--against`. */
  against?: {
    label: string;
    /** Absent when the previous edition is only a PDF (its inputs are unknown). */
    edition?: EditionDiff;
    previousTitle?: string;
  };
}

/** Every page of the PDF, parsed once by pdf.js (which also tells how many there are). */
export async function renderAll(pdf: Uint8Array, width = RENDER_WIDTH): Promise<RasterPage[]> {
  return rasterisePages(pdf, (pageCount) => Array.from({ length: pageCount }, (_, k) => ({ pageNumber: k + 1, widthPx: width })));
}

export async function makeReview(world: World, config: Config, against?: string, progress?: Progress): Promise<{ review: Review; built: BuildResult }> {
  // Resolved before anything is built: a version that does not exist is told at once, not after every page is rendered.
  const previous = against ? await resolvePrevious(against, world, config) : undefined;
  try {
    const built = await buildBrochure(world, config, progress?.stage);
    progress?.stage('review');
    const current = await renderAll(built.pdf);
    const fills = fillReport(built.layout.paged, built.document.sections);
    if (!previous) return { review: { title: built.document.meta.title, pages: comparePages(current, current), fills }, built };
    let prevPdf: Uint8Array;
    let edition: EditionDiff | undefined;
    let previousTitle: string | undefined;
    if (previous.kind === 'pdf') prevPdf = previous.pdf;
    else {
      const old = await buildBrochure(previous.world, previous.config ?? config, progress?.stage);
      prevPdf = old.pdf;
      edition = diffEditions(old.inputs, built.inputs);
      previousTitle = old.document.meta.title;
    }
    progress?.stage('review');
    const prevPages = await renderAll(prevPdf);
    return {
      review: { title: built.document.meta.title, pages: comparePages(current, prevPages), fills, against: { label: previous.label, edition, previousTitle } },
      built,
    };
  } finally {
    progress?.done();
    if (previous?.kind === 'edition') previous.cleanup();
  }
}
