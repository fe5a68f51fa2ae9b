// The `--watch` side of the CLI: runs a watch session until Ctrl-C (SIGINT) or SIGTERM, then exits 0.
import type { World } from '../world.js';
import type { CoverRasteriser } from '../publish/thumbnails.js';
import { startWatch } from './watch-session.js';

export async function runWatch(world: World, out?: string, edition?: string, rasteriser?: CoverRasteriser): Promise<number> {
  const session = startWatch({
    world,
    out,
    edition,
    rasteriser,
    log: (l) => console.log(l),
    error: (l) => console.error(l),
    progressOut: process.stderr,
  });
  await new Promise<void>((resolve) => {
    const end = () => {
      process.off('SIGINT', end);
      process.off('SIGTERM', end);
      resolve();
    };
    process.on('SIGINT', end);
    process.on('SIGTERM', end);
  });
  await session.stop();
  console.log('Surveillance arrêtée.');
  return 0;
}
