// A one-page PDF written by hand, for the thumbnail worker to render while the main thread typesets.

/**
 * A filled rectangle, a stroked curve and a line of Helvetica: it runs pdf.js's parser, its fake worker, the
 * font converter (the standard font's Type 1 program turned into glyph paths) and the canvas's fill, stroke
 * and encoders once, so their code is loaded and compiled before the real cover arrives.
 */
export function warmUpPdf(): Uint8Array {
  const content = '0 0 0.57 rg 0 40 60 40 re f 0.2 w 0 0 0 RG 5 5 m 20 35 40 0 55 30 c S BT /F1 12 Tf 4 20 Td (Aa) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 60 80] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
