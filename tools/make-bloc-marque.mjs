// Generates assets/bloc-marque.svg, the State's bloc-marque as pure vectors, from the DSFR logo component.
//
// Run once (output committed):
//   node tools/make-bloc-marque.mjs [/path/to/dsfr/package]
// The DSFR package is taken with `npm pack @gouvfr/dsfr@1.15.3 && tar xzf gouvfr-dsfr-1.15.3.tgz`
// (default path /tmp/dsfr/package). Inputs: `dist/component/logo/logo.css` (the Marianne symbol and
// the motto as data-URI SVGs) and `fonts/Marianne-Bold.ttf` for « RÉPUBLIQUE FRANÇAISE », outlined
// with fontkit so that the PDF needs no text (and no font) for the brand block.
// Geometry follows `.fr-logo` at its default size, in CSS px (1rem = 16px):
//   ::before  symbol band 2.75rem × 1rem (blue #000091 | red #E1000F), symbol image 44×18 at y −1px,
//             then margin-bottom 0.3333rem;
//   text      font-size 1.05rem, line-height 1.0317460317em, letter-spacing −0.01em,
//             text-indent −0.1em (first line only), uppercase, Marianne Bold, black;
//   ::after   padding-top 2.2083rem; the motto sprite (252×180, black copy in its top-left quarter)
//             drawn at 5.25rem × 3.75rem, positioned at 0 calc(100% + 1.875rem) → its black copy,
//             42×30px, sits at the bottom of that padding.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dsfr = process.argv[2] ?? '/tmp/dsfr/package';
const css = readFileSync(path.join(dsfr, 'dist/component/logo/logo.css'), 'utf8');
const version = JSON.parse(readFileSync(path.join(dsfr, 'package.json'), 'utf8')).version;
const font = fontkit.create(readFileSync(path.join(root, 'fonts/Marianne-Bold.ttf')));

const REM = 16;
const SYMBOL_W = 2.75 * REM;
const SYMBOL_H = 1 * REM;
const SYMBOL_GAP = 0.3333333333 * REM;
const FONT_SIZE = 1.05 * REM;
const LINE_HEIGHT = 1.0317460317 * FONT_SIZE;
const LETTER_SPACING = -0.01 * FONT_SIZE;
const TEXT_INDENT = -0.1 * FONT_SIZE;
const MOTTO_PADDING = 2.2083333333 * REM;
const MOTTO_W = 2.625 * REM;
const MOTTO_H = 1.875 * REM;
const LINES = ['RÉPUBLIQUE', 'FRANÇAISE'];
const BLACK = '#000000';

const round = (n) => Number(n.toFixed(3)).toString();
const roundPath = (d) => d.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (n) => round(Number(n)));

// The two data-URI SVGs of logo.css, in order: ::before (symbol), ::after (motto).
const uris = [...css.matchAll(/url\("data:image\/svg\+xml;?([^,]*),([^"]*)"\)/g)].map(([, enc, body]) =>
  enc.includes('base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body),
);
const symbolSvg = uris.find((s) => /viewBox='0 0 44 18'/.test(s));
const mottoSvg = uris.find((s) => /viewBox='0 0 252 180'/.test(s));
if (!symbolSvg || !mottoSvg) throw new Error('logo.css: symbole ou devise introuvable (version du DSFR ?)');

const inner = (svg) => svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

// Symbol: the band the CSS paints, then the image's own paths (white profile, grey shading), shifted up 1px.
const symbol = [
  `<rect width="${SYMBOL_W / 2}" height="${SYMBOL_H}" fill="#000091"/>`,
  `<rect x="${SYMBOL_W / 2}" width="${SYMBOL_W / 2}" height="${SYMBOL_H}" fill="#E1000F"/>`,
  `<g transform="translate(0 -1)">${inner(symbolSvg).replaceAll("'", '"')}</g>`,
].join('');

// Words: glyph outlines laid out by fontkit (kerning on), CSS letter spacing and first-line indent.
const scale = FONT_SIZE / font.unitsPerEm;
const contentArea = (font.ascent - font.descent) * scale;
let inkLeft = 0;
let inkRight = SYMBOL_W;
const words = LINES.map((text, i) => {
  const top = SYMBOL_H + SYMBOL_GAP + i * LINE_HEIGHT;
  const baseline = top + (LINE_HEIGHT - contentArea) / 2 + font.ascent * scale;
  const run = font.layout(text);
  let x = i === 0 ? TEXT_INDENT : 0;
  const parts = run.glyphs.map((glyph, k) => {
    const gx = x + run.positions[k].xOffset * scale;
    inkLeft = Math.min(inkLeft, gx + glyph.bbox.minX * scale);
    inkRight = Math.max(inkRight, gx + glyph.bbox.maxX * scale);
    x += run.positions[k].xAdvance * scale + LETTER_SPACING;
    return glyph.path.scale(scale, -scale).translate(gx, baseline).toSVG();
  });
  return `<path d="${roundPath(parts.join(''))}"/>`;
});

// Motto: its symbols, ids prefixed so they cannot clash, and only the black copy of the sprite.
const mottoTop = SYMBOL_H + SYMBOL_GAP + LINES.length * LINE_HEIGHT + MOTTO_PADDING - MOTTO_H;
const mottoDefs = (mottoSvg.match(/<defs>([\s\S]*)<\/defs>/) ?? [])[1];
if (!mottoDefs) throw new Error('logo.css: la devise n’a pas de <defs>');
const defs = mottoDefs.replaceAll("'", '"').replace(/id="(\w+)"/g, 'id="devise-$1"').replace(/href="#(\w+)"/g, 'href="#devise-$1"');

const x0 = Math.floor(Math.min(0, inkLeft) * 100) / 100;
const width = Math.ceil((inkRight - x0) * 100) / 100;
const height = mottoTop + MOTTO_H;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(x0)} 0 ${round(width)} ${round(height)}">
<!-- Bloc-marque de l'État, généré par tools/make-bloc-marque.mjs depuis le DSFR ${version} (composant logo, Marianne Bold). Ne pas modifier à la main, ni recolorer. -->
<title>République française</title>
<defs>${defs}</defs>
<g id="symbole">${symbol}</g>
<g id="republique-francaise" fill="${BLACK}">
${words.join('\n')}
</g>
<use id="devise" href="#devise-n" fill="${BLACK}" y="${round(mottoTop)}" width="${MOTTO_W}" height="${MOTTO_H}"/>
</svg>
`;
writeFileSync(path.join(root, 'assets/bloc-marque.svg'), svg);
console.log(`assets/bloc-marque.svg : ${round(width)} × ${round(height)} px CSS, ${svg.length} octets`);
