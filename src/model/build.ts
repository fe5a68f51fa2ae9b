// Turns validated data and editorial text into the brochure's description: sections in reading order, counts from one place.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import type { Editorial, EditorialBlock, EditorialDoc, InlineRun, RoadmapData, Statut } from '../load/types.js';
import type { BrochureDocument, Paragraph, ProseBlock, Section } from './types.js';
import { countProjets } from './counts.js';
import { lowerFirst, roadmapTitle, statutBreakdown } from './wording.js';
import { dataValues, expandPlaceholders, unknownPlaceholderMessage } from './placeholders.js';
import { knownAt } from './dates.js';
import { indicatorViews } from './indicateurs.js';

export const STATUT_LABELS: Readonly<Record<Statut, string>> = {
  achevé: 'Achevé',
  'en cours': 'En cours',
  nouveau: 'Nouveau',
};

/** Editorial blocks the brochure needs, by file name under content/brochure/. */
export const REQUIRED_BLOCKS = ['enjeux', 'bilan', 'missions', 'gouvernance', 'colophon'] as const;

export interface BuildOptions {
  /** ISO date-time to stamp the PDF with; defaults to the edition date at midnight UTC. */
  date?: string;
}

export function buildDocument(
  data: RoadmapData,
  editorial: Editorial,
  options: BuildOptions = {},
): { document?: BrochureDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const counts = countProjets(data);
  const values = dataValues(data, counts);
  const { programme } = data;
  const titre = roadmapTitle(data, counts);

  const expandRuns = (runs: readonly InlineRun[], doc: EditorialDoc, block: EditorialBlock): Paragraph =>
    runs.map((r) => {
      const { text, unknown } = expandPlaceholders(r.text, values);
      for (const u of unknown) {
        diagnostics.push({ severity: 'error', code: 'placeholder-inconnu', pos: locatePlaceholder(doc, block.pos, u.name), ...unknownPlaceholderMessage(u, doc.file, values) });
      }
      return { ...r, text };
    });

  const prose = (doc: EditorialDoc): ProseBlock[] =>
    doc.blocks.flatMap((b): ProseBlock[] => {
      if (b.kind === 'paragraph') return [{ kind: 'paragraph', runs: expandRuns(b.runs, doc, b) }];
      if (b.kind === 'heading') return [{ kind: 'heading', level: b.level === 3 ? 3 : 2, runs: expandRuns(b.runs, doc, b) }];
      if (b.kind === 'list') return [{ kind: 'list', ordered: b.ordered, items: b.items.map((i) => expandRuns(i, doc, b)) }];
      if (b.kind === 'quote') return b.paragraphs.map((p) => ({ kind: 'paragraph', runs: expandRuns(p, doc, b) }) as ProseBlock);
      return [];
    });

  const blocks: Partial<Record<string, EditorialDoc>> = editorial.blocks;
  for (const name of REQUIRED_BLOCKS) {
    if (!blocks[name]) {
      diagnostics.push({
        severity: 'error',
        code: 'bloc-manquant',
        pos: { file: `content/brochure/${name}.md`, line: 1, column: 1 },
        message: `le texte « ${name} » de la brochure est introuvable : fichier content/brochure/${name}.md attendu`,
      });
    }
  }
  const blockTitle = (name: string, fallback: string): string => {
    const t = blocks[name]?.frontMatter['titre'];
    return typeof t === 'string' && t.trim() ? expandPlaceholders(t.trim(), values).text : fallback;
  };

  const edito = findEdito(editorial.page, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const enjeuNom = new Map(data.enjeux.map((e) => [e.cle, e.nom]));
  const missionByCode = new Map(data.missions.map((m) => [m.code, m]));
  const groupTitle = new Map(data.groupes.map((g) => [g.cle, g.titre]));
  const editionYear = programme.edition.date.slice(0, 4);
  // What the edition may cite: what was public when it was published (its date, or its publication's when given).
  const cutoff = programme.edition.publication ?? programme.edition.date;
  const sources = programme.sources.filter((s) => !s.date || knownAt(s.date, cutoff));
  const indicateurs = indicatorViews(data.indicateurs ?? [], sources, cutoff);

  const sections: Section[] = [
    {
      kind: 'cover',
      id: 'couverture',
      programme: programme.nom,
      accroche: programme.accroche,
      titre,
      periode: counts.periode,
      edition: programme.edition.libelle,
      porteur: programme.porteur,
      enjeux: data.enjeux.map((e) => ({ nom: e.nom, pictogramme: e.pictogramme })),
      titrePos: programme.feuilleDeRoute.periode.pos,
    },
    { kind: 'sommaire', id: 'sommaire', titre: 'Sommaire' },
    {
      kind: 'edito',
      id: 'edito',
      titre: 'Édito',
      paragraphs: edito!.paragraphs.map((p) => expandRuns(p, editorial.page, edito!.block)),
      auteur: edito!.auteur,
      fonction: edito!.fonction,
    },
    {
      kind: 'enjeux',
      id: 'enjeux',
      titre: blockTitle('enjeux', `Les ${counts.enjeux} enjeux de ${programme.nom}`),
      intro: prose(blocks['enjeux']!),
      enjeux: data.enjeux.map((e) => ({ cle: e.cle, nom: e.nom, resume: e.resume, pictogramme: e.pictogramme, pos: e.pos })),
    },
    {
      kind: 'bilan',
      id: 'bilan',
      titre: blockTitle('bilan', `Le bilan à mi-${editionYear}`),
      chiffres: [
        { value: counts.projets, label: 'projets dans la feuille de route' },
        { value: counts.acheves, label: counts.acheves > 1 ? 'projets achevés' : 'projet achevé' },
        { value: counts.nouveaux, label: `${counts.nouveaux > 1 ? 'nouveaux projets' : 'nouveau projet'} en ${editionYear}` },
      ],
      intro: prose(blocks['bilan']!),
      chart: {
        caption: `Statut des ${counts.projets} projets par mission, ${lowerFirst(programme.edition.libelle)}`,
        alt: chartAlt(counts.projets, counts.parMission),
        rows: counts.parMission,
      },
    },
    {
      kind: 'missions-intro',
      id: 'missions',
      titre: blockTitle('missions', 'Les missions et leurs projets'),
      intro: prose(blocks['missions']!),
      groupes: data.groupes.map((g) => ({
        titre: g.titre,
        missions: g.missions.map((code) => ({
          code,
          nom: missionByCode.get(code)?.nom ?? code,
          projets: counts.parMission.find((m) => m.code === code)?.total ?? 0,
        })),
      })),
    },
    ...data.groupes.flatMap((g) =>
      g.missions.map((code): Section => {
        const m = missionByCode.get(code)!;
        const mc = counts.parMission.find((c) => c.code === code)!;
        return {
          kind: 'mission',
          id: `mission-${code.toLowerCase()}`,
          code,
          nom: m.nom,
          resume: m.resume,
          groupe: groupTitle.get(m.groupe) ?? '',
          pictogramme: m.pictogramme,
          counts: mc,
          compte: statutBreakdown(mc.total, mc.parStatut),
          projets: data.projets
            .filter((p) => p.mission === code)
            .map((p) => ({
              id: p.id,
              titre: p.titre,
              statut: p.statut,
              porteur: p.porteur,
              resume: p.resume,
              enjeux: p.enjeux.map((k) => enjeuNom.get(k) ?? k),
              illustratif: p.illustratif,
              statutSuppose: !p.illustratif && (p.champsIllustratifs ?? []).includes('statut'),
              pos: p.pos,
            })),
        };
      }),
    ),
    { kind: 'gouvernance', id: 'gouvernance', titre: blockTitle('gouvernance', 'Gouvernance et méthode'), prose: prose(blocks['gouvernance']!) },
    ...(indicateurs.length
      ? [{ kind: 'indicateurs', id: 'indicateurs', titre: blockTitle('indicateurs', 'Indicateurs de pilotage'), intro: blocks['indicateurs'] ? prose(blocks['indicateurs']) : [], indicateurs } as const]
      : []),
    {
      kind: 'cloture',
      id: 'sources',
      sourcesTitre: 'Sources',
      sources,
      colophonTitre: blockTitle('colophon', 'Colophon'),
      colophon: prose(blocks['colophon']!),
    },
  ];

  const title = `${programme.nom} — ${titre}, ${lowerFirst(programme.edition.libelle)}`;
  const document: BrochureDocument = {
    meta: {
      title,
      subject: programme.accroche,
      author: programme.porteur,
      keywords: [programme.nom, ...data.enjeux.map((e) => e.nom)],
      lang: 'fr-FR',
      date: options.date ?? `${programme.edition.date}T00:00:00Z`,
      creator: 'Chaîne de publication de la brochure TECH.GOUV',
    },
    footer: `${programme.nom} — ${titre}`,
    properNames: [...new Set([programme.nom, ...data.projets.flatMap((p) => p.nomsPropres)])],
    sections,
  };
  return { document, diagnostics };
}

/** The exact line and column of `{{ name }}` in the file, searched from its block's first line (inline markup shifts offsets). */
function locatePlaceholder(doc: EditorialDoc, from: SourcePos, name: string): SourcePos {
  const lines = doc.source.split('\n');
  const pattern = new RegExp(`\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`);
  for (let i = from.line - 1; i < lines.length; i++) {
    const m = pattern.exec(lines[i]);
    if (m) return { file: from.file, line: i + 1, column: [...lines[i].slice(0, m.index)].length + 1 };
  }
  return from;
}

function chartAlt(total: number, rows: readonly { code: string; total: number; parStatut: Record<Statut, number> }[]): string {
  const parts = rows.map((r) => `${r.code}, ${statutBreakdown(r.total, r.parStatut)}`);
  return `Graphique en barres du statut des ${total} projets par mission. ${parts.join(' ; ')}.`;
}

/** The edito is the page's quotation (`{: .citation}`) and its author (`{: .auteur-citation}`): one text, two outputs. */
function findEdito(
  page: EditorialDoc,
  diagnostics: Diagnostic[],
): { paragraphs: InlineRun[][]; auteur: string; fonction: string; block: EditorialBlock } | undefined {
  const quote = page.blocks.find((b) => b.kind === 'quote' && b.classes.includes('citation'));
  const author = page.blocks.find((b) => b.kind === 'quote' && b.classes.includes('auteur-citation'));
  if (!quote || quote.kind !== 'quote' || !author || author.kind !== 'quote') {
    diagnostics.push({
      severity: 'error',
      code: 'edito-manquant',
      pos: { file: page.file, line: 1, column: 1 },
      message:
        'l’édito de la brochure est introuvable : la page doit contenir une citation suivie de « {: .citation} » et son auteur suivi de « {: .auteur-citation} »',
    });
    return undefined;
  }
  const runs = author.paragraphs.flat();
  const auteur = runs.filter((r) => r.bold).map((r) => r.text).join('').trim();
  const fonction = runs.filter((r) => !r.bold).map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
  return { paragraphs: quote.paragraphs, auteur, fonction, block: quote };
}
