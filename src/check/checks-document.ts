// Document-level checks: version, catalog entries, encryption, XMP declarations, output intent.
import { PDFDict, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import { nameOf, textOf } from './pdf-model.js';
import { result, type CheckContext, type CheckResult } from './types.js';
import { NS, defaultValue, readXmp, xmpValues } from './xmp-read.js';
import type { XmlElement } from './xml.js';
import type { Reader } from './pdf-model.js';

export const EXPECTED_LANG = 'fr-FR';

export function checkVersion({ pdf, r }: CheckContext): CheckResult {
  const head = Buffer.from(pdf.bytes.subarray(0, 1024)).toString('latin1');
  const m = /%PDF-(\d+)\.(\d+)/.exec(head);
  const header = m ? Number(`${m[1]}.${m[2]}`) : 0;
  const catalogVersion = Number(r.name(pdf.catalog, 'Version') ?? 0);
  const version = Math.max(header, catalogVersion);
  return result('version', version >= 1.7 ? [] : [`en-tête : ${m ? `${m[1]}.${m[2]}` : 'absent'}, /Version du catalogue : ${catalogVersion || 'absente'}`],
    `PDF ${version.toFixed(1)}`, `version PDF ${version ? version.toFixed(1) : 'inconnue'} : 1.7 au moins est requise (PDF/UA-1)`);
}

export function checkCatalog({ pdf, r }: CheckContext): CheckResult[] {
  const c = pdf.catalog;
  const lang = r.text(c, 'Lang');
  const markInfo = r.dict(c, 'MarkInfo');
  const prefs = r.dict(c, 'ViewerPreferences');
  const root = r.dict(c, 'StructTreeRoot');
  const encrypt = pdf.context.trailerInfo.Encrypt;
  return [
    result('catalog.lang', lang?.toLowerCase() === EXPECTED_LANG.toLowerCase() ? [] : [lang === undefined ? '/Lang absent du catalogue' : `/Lang vaut « ${lang} »`],
      `langue du document : ${lang}`, `langue du document absente ou différente de ${EXPECTED_LANG}`),
    result('catalog.marked', r.bool(markInfo, 'Marked') === true ? [] : ['/MarkInfo << /Marked true >> manquant'],
      'document balisé (/MarkInfo /Marked true)', 'le document ne se déclare pas balisé'),
    result('catalog.display-title', r.bool(prefs, 'DisplayDocTitle') === true ? [] : ['/ViewerPreferences << /DisplayDocTitle true >> manquant'],
      'la fenêtre affiche le titre du document', 'la fenêtre affichera le nom du fichier au lieu du titre'),
    result('catalog.struct-tree', root && r.dict(root, 'ParentTree') ? [] : [root ? '/ParentTree absent de /StructTreeRoot' : '/StructTreeRoot absent'],
      'arbre de structure présent', 'arbre de structure absent ou incomplet'),
    result('encryption', encrypt ? ['/Encrypt présent dans le trailer'] : [], 'document non chiffré', 'le document est chiffré'),
  ];
}

export function checkMetadata({ pdf, r }: CheckContext): CheckResult[] {
  const stream = r.resolve(pdf.catalog.get(PDFName.of('Metadata')));
  const bytes = stream instanceof PDFRawStream || stream instanceof PDFStream ? r.streamBytes(stream) : undefined;
  const xmp = bytes ? readXmp(Buffer.from(bytes).toString('utf8')) : ({ ok: false, error: 'flux /Metadata absent du catalogue' } as const);
  const out: CheckResult[] = [result('metadata.xmp', xmp.ok ? [] : [xmp.error], 'métadonnées XMP présentes et bien formées', 'métadonnées XMP absentes ou mal formées')];
  const infoDict = r.resolve(pdf.context.trailerInfo.Info);
  const infoTitle = infoDict instanceof PDFDict ? textOf(r.get(infoDict, 'Title')) : undefined;
  const xmpTitle = xmp.ok ? defaultValue(xmpValues(xmp.root, NS.dc, 'title')) : undefined;
  const titleFailures: string[] = [];
  if (!infoTitle?.trim()) titleFailures.push('/Title absent ou vide dans le dictionnaire /Info');
  if (!xmpTitle?.trim()) titleFailures.push('dc:title absent ou vide dans le XMP');
  if (infoTitle?.trim() && xmpTitle?.trim() && infoTitle !== xmpTitle) titleFailures.push(`/Info « ${infoTitle} » ≠ XMP « ${xmpTitle} »`);
  out.push(result('metadata.title', titleFailures, `titre : « ${infoTitle} »`, 'titre du document absent ou incohérent'));
  if (xmp.ok && infoDict instanceof PDFDict) out.push(checkInfoAgainstXmp(r, infoDict, xmp.root));
  const ua = xmp.ok ? xmpValues(xmp.root, NS.pdfuaid, 'part').map((v) => v.value) : [];
  out.push(result('metadata.pdfua', ua.length === 1 && ua[0] === '1' ? [] : [ua.length ? `pdfuaid:part = ${ua.join(', ')}` : 'pdfuaid:part absent du XMP'],
    'déclaration PDF/UA-1 (pdfuaid:part 1)', 'le XMP ne déclare pas PDF/UA-1'));
  const part = xmp.ok ? xmpValues(xmp.root, NS.pdfaid, 'part').map((v) => v.value) : [];
  const conf = xmp.ok ? xmpValues(xmp.root, NS.pdfaid, 'conformance').map((v) => v.value) : [];
  const aFailures: string[] = [];
  if (part.length !== 1 || part[0] !== '2') aFailures.push(part.length ? `pdfaid:part = ${part.join(', ')}` : 'pdfaid:part absent du XMP');
  if (conf.length !== 1 || !/^[AB]$/.test(conf[0])) aFailures.push(conf.length ? `pdfaid:conformance = ${conf.join(', ')}` : 'pdfaid:conformance absent du XMP');
  out.push(result('metadata.pdfa', aFailures, `déclaration PDF/A-2${conf[0]?.toLowerCase() ?? ''}`, 'le XMP ne déclare pas PDF/A-2 (niveau A ou B)'));
  return out;
}

export function checkOutputIntent({ pdf, r }: CheckContext): CheckResult {
  const intents = r.array(pdf.catalog, 'OutputIntents').filter((x): x is PDFDict => x instanceof PDFDict);
  const failures: string[] = [];
  const pdfa = intents.filter((i) => r.name(i, 'S') === 'GTS_PDFA1');
  if (!intents.length) failures.push('/OutputIntents absent du catalogue');
  else if (!pdfa.length) failures.push(`aucun /OutputIntent de sous-type /GTS_PDFA1 (trouvés : ${intents.map((i) => nameOf(r.get(i, 'S')) ?? '?').join(', ')})`);
  for (const intent of pdfa) {
    const profile = r.dict(intent, 'DestOutputProfile');
    if (!profile) failures.push('/DestOutputProfile (profil ICC) absent');
    else if (r.number(profile, 'N') !== 3) failures.push(`profil ICC à ${r.number(profile, 'N') ?? '?'} composantes au lieu de 3 (RVB)`);
  }
  return result('output-intent', failures, 'mode de sortie PDF/A avec profil ICC RVB', 'mode de sortie PDF/A absent ou incomplet');
}

const XMP_NS = 'http://ns.adobe.com/xap/1.0/';
const PDF_NS = 'http://ns.adobe.com/pdf/1.3/';

/** `D:YYYYMMDDHHmmSS` with `Z`, `+HH'mm'` or nothing (read as UTC) → epoch ms. */
function pdfDateMs(s: string): number | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|([+-])(\d{2})'?(\d{2})?'?)?/.exec(s);
  if (!m) return undefined;
  const n = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const utc = Date.UTC(+m[1], n(m[2], 1) - 1, n(m[3], 1), n(m[4], 0), n(m[5], 0), n(m[6], 0));
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (n(m[9], 0) * 60 + n(m[10], 0)) * 60000 : 0;
  return utc - offset;
}

/** PDF/A-2 6.6.3: each info entry that has an XMP equivalent must say the same thing there. */
function checkInfoAgainstXmp(r: Reader, info: PDFDict, root: XmlElement): CheckResult {
  const failures: string[] = [];
  const pairs: [string, string, string, string][] = [
    ['Author', NS.dc, 'creator', 'dc:creator'],
    ['Subject', NS.dc, 'description', 'dc:description'],
    ['Keywords', PDF_NS, 'Keywords', 'pdf:Keywords'],
    ['Creator', XMP_NS, 'CreatorTool', 'xmp:CreatorTool'],
    ['Producer', PDF_NS, 'Producer', 'pdf:Producer'],
  ];
  for (const [key, ns, local, label] of pairs) {
    const v = textOf(r.get(info, key));
    if (v === undefined) continue;
    const x = defaultValue(xmpValues(root, ns, local));
    if (x !== v) failures.push(`/${key} « ${v} » ≠ ${label} « ${x ?? '(absent)'} »`);
  }
  for (const [key, local] of [['CreationDate', 'CreateDate'], ['ModDate', 'ModifyDate']]) {
    const v = textOf(r.get(info, key));
    if (v === undefined) continue;
    const x = defaultValue(xmpValues(root, XMP_NS, local));
    const same = x !== undefined && pdfDateMs(v) !== undefined && pdfDateMs(v) === Date.parse(x);
    if (!same) failures.push(`/${key} ${v} ≠ xmp:${local} ${x ?? '(absent)'}`);
  }
  return result('metadata.info-xmp', failures, 'dictionnaire /Info et XMP concordants', 'dictionnaire /Info et XMP en désaccord');
}
