// One rebuild of a watch session: config, pipeline and publication, reusing the typeset paragraphs of the last one.
import { buildBrochure, publishBuilt, type BuildResult } from '../build.js';
import { loadConfig } from '../config-file.js';
import type { Diagnostic } from '../diagnostics.js';
import type { PublishSummary } from '../publish/index.js';
import type { World } from '../world.js';
import type { Progress } from './progress.js';
import type { TypesetReuse } from './typeset-reuse.js';
import type { CoverReuse } from './cover-reuse.js';

export interface Rebuilt {
  built: BuildResult;
  summary: PublishSummary;
  /** Warnings of the build and of publication. */
  warnings: Diagnostic[];
  ms: number;
  /** Stage timings, publication included. */
  timings: Record<string, number>;
}

/** Throws `BuildError` on input errors; publication is atomic, so out/ then keeps the last good build. */
export async function rebuild(world: World, outOverride: string | undefined, reuse: TypesetReuse, progress?: Progress, covers?: CoverReuse, edition?: string): Promise<Rebuilt> {
  const t0 = performance.now();
  try {
    const loaded = await loadConfig(world);
    const config = { ...loaded, ...(outOverride ? { outDir: outOverride } : {}), ...(edition !== undefined ? { edition } : {}) };
    const run = async () => {
      const cache = reuse.forBuild();
      const built = await buildBrochure(world, config, (s) => progress?.stage(s), { typesetCache: cache, fonts: reuse.fonts });
      return reuse.adopt(built, cache) ? built : undefined;
    };
    // A second run only when fonts or proper names changed under the kept paragraphs.
    const built = (await run()) ?? (await run())!;
    const published = await publishBuilt(world, config, built, {
      onStage: (s) => progress?.stage(s),
      ...(covers ? { hooks: { rasteriser: covers.for(built) } } : {}),
    });
    return { ...published, ms: performance.now() - t0 };
  } finally {
    progress?.done();
  }
}
