// One-off: converts the DSFR package's Marianne/Spectral WOFF2 files to TTF for embedding.
// Usage: npm pack @gouvfr/dsfr@1.15.3 && tar xzf gouvfr-dsfr-1.15.3.tgz && node tools/convert-fonts.mjs package/dist/fonts
// Why TTF: fontkit subsets WOFF2 into ~120 KB per face (vs ~8 KB for TTF), and some WOFF2 draw blank.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import wawoff2 from 'wawoff2';

const src = process.argv[2];
if (!src) throw new Error('usage: node tools/convert-fonts.mjs <dsfr dist/fonts folder>');
for (const name of readdirSync(src).filter((f) => f.endsWith('.woff2')).sort()) {
  const ttf = await wawoff2.decompress(readFileSync(path.join(src, name)));
  const out = path.join('fonts', name.replace(/\.woff2$/, '.ttf'));
  writeFileSync(out, ttf);
  console.log(`${out}  ${ttf.length} bytes`);
}
