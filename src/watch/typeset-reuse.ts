// The typeset paragraphs a watch session keeps between rebuilds, valid only while fonts and proper names stay the same.
import type { BuildResult } from '../build.js';
import type { SetParagraph } from '../typeset/types.js';
import type { LoadedFonts } from '../load/index.js';
import { paragraphKey } from '../layout/builder.js';
import { fontSignature } from '../load/font-hashes.js';

/** Past this many entries per paragraph in use, stale ones (texts since edited) are dropped. */
const PRUNE_FACTOR = 2;

export class TypesetReuse {
  private cache = new Map<string, SetParagraph>();
  private signature: string | undefined;
  /** The last good build's parsed fonts; each file is compared byte for byte before its face is reused. */
  fonts: LoadedFonts | undefined;

  /** A copy for one build: a failed build never leaves half-valid entries behind. */
  forBuild(): Map<string, SetParagraph> {
    return new Map(this.cache);
  }

  /**
   * Adopts the cache a successful build filled. Returns false when that build ran on entries typeset under other
   * fonts or proper names: the caller must build again with an empty cache (`reset()`).
   */
  adopt(built: BuildResult, used: Map<string, SetParagraph>): boolean {
    const signature = signatureOf(built);
    if (this.signature !== undefined && this.signature !== signature && this.cache.size > 0) {
      this.reset();
      this.signature = signature;
      return false;
    }
    this.signature = signature;
    this.cache = prune(used, built);
    this.fonts = { fonts: built.inputs.fonts, bytes: built.inputs.fontBytes };
    return true;
  }

  reset(): void {
    this.cache = new Map();
  }

  get size(): number {
    return this.cache.size;
  }
}

function signatureOf(built: BuildResult): string {
  return fontSignature(built.fontHashes) + JSON.stringify(built.document.properNames);
}

function prune(cache: Map<string, SetParagraph>, built: BuildResult): Map<string, SetParagraph> {
  const inUse = built.layout.paragraphs.length;
  if (cache.size <= inUse * PRUNE_FACTOR) return cache;
  const keys = new Set(built.layout.paragraphs.map((r) => paragraphKey(r.spec)));
  return new Map([...cache].filter(([k]) => keys.has(k)));
}
