// The build cache, as the pipeline (src/build.ts) and the CLI see it; see files.ts for what it is and where it lives.
export { BUILD_ID, buildCacheFor, openCacheText, sealCacheText, type BuildCache } from './files.js';
export { hashFonts, loadShapings, saveShapings, subsetStoreFor, type FontHashes } from './fonts.js';
export { loadTypeset, saveTypeset, typesetScopeOf } from './typeset.js';
export { loadInputsCached, loadParsedSvgs, saveParsedSvgs } from './inputs.js';
export { formStoreFor } from './forms.js';
