// `npm run brochure`: runs the bundled CLI, rebundling it first when a source file is newer than the
// bundle — after a `git pull` without `npm install`, the comms team would otherwise run yesterday's code.
import { pathToFileURL } from 'node:url';
import { bundle, ensureFreshBundle } from './fresh-bundle.mjs';

await ensureFreshBundle();
const { run } = await import(pathToFileURL(bundle).href);
await run();
