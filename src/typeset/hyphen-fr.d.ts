// Types for the part of the `hyphen` package (CommonJS, no bundled types) this stage uses.
declare module 'hyphen/fr/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const fr: { hyphenateSync(text: string, options?: HyphenOptions): string };
  export default fr;
}
