// Vector forms kept between runs (render/vector.ts): deflated content, for one build of the code and one zlib.
import type { FormLookup, FormStore, StoredForm } from '../render/vector.js';
import { cachedJsonField, readCacheFileSync, writeCacheFile, type BuildCache } from './files.js';

const FORMS_FILE = 'forms.json';
const FORMS_FORMAT = 1;
/** Forms kept, newest first: the brochure draws a few dozen (assets × recolourings). */
const MAX_FORMS = 200;

/**
 * The Form XObjects earlier runs drew (render/vector.ts): deflated content by asset-and-recolouring key, valid for the
 * build of the code that drew them and the zlib that deflated them. Kept only when the build is known (the
 * bundle's), like typeset paragraphs; undefined otherwise.
 */
export function formStoreFor(cache: BuildCache): FormStore | undefined {
  if (!cache.codeId) return undefined;
  const scope = `${cache.codeId} zlib ${process.versions.zlib}`;
  let earlier: Map<string, string> | undefined;
  const load = () => {
    if (earlier) return earlier;
    const forms = cachedJsonField(readCacheFileSync(cache, FORMS_FILE), { format: FORMS_FORMAT, scope }, 'forms') ?? {};
    return (earlier = new Map(Object.entries(forms).filter((e): e is [string, string] => typeof e[1] === 'string')));
  };
  return {
    async read(): Promise<FormLookup> {
      const forms = load();
      return (key) => {
        const data = forms.get(key);
        return data === undefined ? undefined : Buffer.from(data, 'base64');
      };
    },
    async write(forms: readonly StoredForm[]): Promise<boolean> {
      if (forms.length === 0) return false;
      const all = new Map(forms.map((f) => [f.key, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString('base64')] as const));
      for (const [key, data] of load()) if (all.size < MAX_FORMS && !all.has(key)) all.set(key, data);
      earlier = all;
      return writeCacheFile(cache, FORMS_FILE, JSON.stringify({ format: FORMS_FORMAT, scope, forms: Object.fromEntries(all) }));
    },
  };
}
