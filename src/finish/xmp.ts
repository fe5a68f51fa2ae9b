// Builds the XMP metadata packet declaring PDF/A-2 and PDF/UA-1, with every value XML-escaped.

/** The info-dictionary values the XMP must mirror (PDF/A-2 §6.6.2.3: info and XMP must agree). */
export interface XmpFields {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator: string;
  producer: string;
  createDate: Date;
  modifyDate: Date;
  lang: string;
  pdfaPart: number;
  pdfaConformance: 'A' | 'B' | 'U';
  pdfuaPart: number;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attributes; drops control characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** `YYYY-MM-DDTHH:MM:SSZ`, always UTC so the bytes never depend on the machine's time zone. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// PDF/A-2 accepts only properties from predefined schemas; pdfuaid is not one, so its schema
// must be described in an extension schema or validators reject the file (veraPDF 6.6.2.3.1).
const PDFUA_EXTENSION_SCHEMA = `  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates which part of ISO 14289 the document conforms to</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>`;

/** The whole packet, from `<?xpacket begin` to `<?xpacket end`, as a string (encode as UTF-8). */
export function buildXmp(f: XmpFields): string {
  const e = escapeXml;
  const lang = e(f.lang);
  const dc: string[] = [
    `   <dc:format>application/pdf</dc:format>`,
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(f.title)}</rdf:li><rdf:li xml:lang="${lang}">${e(f.title)}</rdf:li></rdf:Alt></dc:title>`,
  ];
  if (f.author) dc.push(`   <dc:creator><rdf:Seq><rdf:li>${e(f.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (f.subject) {
    dc.push(`   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(f.subject)}</rdf:li><rdf:li xml:lang="${lang}">${e(f.subject)}</rdf:li></rdf:Alt></dc:description>`);
  }
  dc.push(`   <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`);
  return [
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    ` <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">`,
    `   <pdfaid:part>${f.pdfaPart}</pdfaid:part>`,
    `   <pdfaid:conformance>${f.pdfaConformance}</pdfaid:conformance>`,
    `  </rdf:Description>`,
    `  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">`,
    `   <pdfuaid:part>${f.pdfuaPart}</pdfuaid:part>`,
    `  </rdf:Description>`,
    `  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    ...dc,
    `  </rdf:Description>`,
    `  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `   <xmp:CreateDate>${xmpDate(f.createDate)}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${xmpDate(f.modifyDate)}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${xmpDate(f.modifyDate)}</xmp:MetadataDate>`,
    `   <xmp:CreatorTool>${e(f.creator)}</xmp:CreatorTool>`,
    `  </rdf:Description>`,
    `  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `   <pdf:Producer>${e(f.producer)}</pdf:Producer>`,
    ...(f.keywords ? [`   <pdf:Keywords>${e(f.keywords)}</pdf:Keywords>`] : []),
    `  </rdf:Description>`,
    PDFUA_EXTENSION_SCHEMA,
    ` </rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ].join('\n');
}
