// Turns validated data and editorial text into the brochure's description: sections in reading order, counts from one place.
import type { Diagnostic, SourcePos } from '../diagnostics.js';
import type { Editorial, EditorialBlock, EditorialDoc, InlineRun, PartialEditorial, RoadmapData, Source, Statut } from '../load/types.js';
import { STATUTS } from '../load/types.js';
import type { BrochureDocument, KeyFigure, Paragraph, ProseBlock, Section } from './types.js';
import { countProjets, type Counts } from './counts.js';
import { editionChanges, elided, refCaveat, type EditionChanges, type ProjetRef } from './changes.js';
import { editionYearOf, lowerFirst, roadmapTitle, statutBreakdown, statutLabel } from './wording.js';
import { dataValues, expandPlaceholders, unknownPlaceholderMessage, type DataValues } from './placeholders.js';
import { knownAt } from '../load/dates.js';
import { indicatorSources, indicatorViews } from './indicateurs.js';

/** Editorial blocks the brochure needs, by file name under content/brochure/ (or the edition's brochure/). */
export const REQUIRED_BLOCKS = ['enjeux', 'bilan', 'missions', 'gouvernance', 'colophon'] as const;

/** The optional block that opens the « what changed since the previous edition » section (its lists come from the data). */
export const CHANGES_BLOCK = 'changements';

export interface BuildOptions {
  /** ISO date-time to stamp the PDF with; defaults to the edition date at midnight UTC. */
  date?: string;
  /** The previous edition's data (see `Inputs.previous`): its figures, and what changed since. */
  previous?: RoadmapData;
}

/**
 * The brochure's description, with the counts and the data placeholders' values it was written with: the web page
 * and the checks take those (`BuildResult`) rather than computing them again.
 */
export function buildDocument(
  data: RoadmapData,
  editorial: Editorial,
  options: BuildOptions = {},
): { document?: BrochureDocument; counts: Counts; values: DataValues; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const counts = countProjets(data, options.previous);
  const changes = options.previous ? editionChanges(options.previous, data) : undefined;
  const values = dataValues(data, counts, changes);
  const { programme } = data;
  const titre = roadmapTitle(data, counts);
  const editionYear = editionYearOf(data);

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
  diagnostics.push(...missingBlocks(editorial));
  const blockTitle = (name: string, fallback: string): string => {
    const t = blocks[name]?.frontMatter['titre'];
    return typeof t === 'string' && t.trim() ? expandPlaceholders(t.trim(), values).text : fallback;
  };

  const edito = editoSection(data, editorial.page, diagnostics, expandRuns);
  const changesDoc = blocks[CHANGES_BLOCK];
  if (changesDoc && !changes)
    diagnostics.push({
      severity: 'error',
      code: 'changements-sans-precedente',
      pos: { file: changesDoc.file, line: 1, column: 1 },
      message: `la section « ce qui a changé » (${changesDoc.file}) compare à l’édition précédente : « precedente » doit nommer une édition du dossier des éditions (ex. precedente: mi-2020)`,
    });
  if (diagnostics.some((d) => d.severity === 'error')) return { counts, values, diagnostics };

  const enjeuNom = new Map(data.enjeux.map((e) => [e.cle, e.nom]));
  const missionByCode = new Map(data.missions.map((m) => [m.code, m]));
  const groupTitle = new Map(data.groupes.map((g) => [g.cle, g.titre]));
  // What the edition may cite: what was public when it was published (its publication date, else its date).
  const cutoff = programme.edition.publication ?? programme.edition.date;
  const sources = editionSourcesList(data, cutoff);
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
      titrePos: programme.feuilleDeRoute.titrePos,
    },
    { kind: 'sommaire', id: 'sommaire', titre: 'Sommaire' },
    edito!,
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
      chiffres: keyFigures(counts, editionYear),
      intro: prose(blocks['bilan']!),
      chart: {
        caption: `Statut des ${counts.projets} projets par mission, ${lowerFirst(programme.edition.libelle)}`,
        alt: chartAlt(counts.projets, counts.parMission, editionYear),
        legend: STATUTS.filter((st) => counts.parMission.some((m) => m.parStatut[st] > 0)).map((st) => ({ statut: st, label: statutLabel(st, editionYear) })),
        rows: counts.parMission,
      },
    },
    ...(changes && changesDoc ? [changesSection(changes, blockTitle(CHANGES_BLOCK, 'Ce qui a changé'), prose(changesDoc), editionYear)] : []),
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
          ...(m.nomSuppose ? { nomNote: 'Nom de la mission à confirmer : non établi par les sources publiques à cette date.' } : {}),
          resume: m.resume,
          groupe: groupTitle.get(m.groupe) ?? '',
          pictogramme: m.pictogramme,
          counts: mc,
          compte: statutBreakdown(mc.total, mc.parStatut, editionYear),
          projets: data.projets
            .filter((p) => p.mission === code)
            .map((p) => {
              const statutSuppose = !p.illustratif && (p.champsIllustratifs ?? []).includes('statut');
              // The data says what the public record does not: an invented project, or a guessed statut, is said so on its card.
              const note = p.illustratif ? 'Projet illustratif : absent des sources publiques' : statutSuppose ? 'Statut à confirmer : non établi par les sources publiques' : undefined;
              return {
                id: p.id,
                titre: p.titre,
                statut: p.statut,
                statutLabel: statutLabel(p.statut, editionYear),
                porteur: p.porteur,
                resume: p.resume,
                enjeux: p.enjeux.map((k) => enjeuNom.get(k) ?? k),
                illustratif: p.illustratif,
                statutSuppose,
                ...(note ? { note } : {}),
                pos: p.pos,
              };
            }),
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
  return { document, counts, values, diagnostics };
}

/** The texts the brochure cannot do without. */
function missingBlocks(editorial: PartialEditorial): Diagnostic[] {
  return REQUIRED_BLOCKS.filter((name) => !editorial.blocks[name]).map((name) => ({
    severity: 'error',
    code: 'bloc-manquant',
    pos: { file: `content/brochure/${name}.md`, line: 1, column: 1 },
    message: `le texte « ${name} » de la brochure est introuvable : fichier content/brochure/${name}.md attendu`,
  }));
}

/**
 * What the model requires of the editorial texts alone (every block present, the edito found in the page unless the
 * data give their own, `dataEdito`): the pipeline runs it when the data failed to load, so these errors come in the
 * same run as the data's.
 */
export function checkEditorial(editorial: PartialEditorial, dataEdito: boolean): Diagnostic[] {
  const diagnostics = missingBlocks(editorial);
  if (editorial.page && !dataEdito) findEdito(editorial.page, diagnostics);
  return diagnostics;
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

function chartAlt(total: number, rows: readonly { code: string; total: number; parStatut: Record<Statut, number> }[], editionYear: string): string {
  const parts = rows.map((r) => `${r.code}, ${statutBreakdown(r.total, r.parStatut, editionYear)}`);
  return `Graphique en barres du statut des ${total} projets par mission. ${parts.join(' ; ')}.`;
}

/**
 * An update says what moved since the previous edition (completed, to complete this year, new); the first edition,
 * with nothing before it, gives its size instead.
 */
function keyFigures(counts: Counts, editionYear: string): KeyFigure[] {
  if (!counts.precedente)
    return [
      { value: counts.projets, label: 'projets dans la feuille de route' },
      { value: counts.missions, label: 'missions' },
      { value: counts.enjeux, label: 'enjeux' },
    ];
  return [
    { value: counts.projets, label: 'projets dans la feuille de route' },
    { value: counts.acheves, label: counts.acheves > 1 ? 'projets achevés' : 'projet achevé' },
    ...(counts.aAchever ? [{ value: counts.aAchever, label: `${counts.aAchever > 1 ? 'projets à achever' : 'projet à achever'} d’ici fin ${editionYear}` }] : []),
    { value: counts.nouveaux, label: `${counts.nouveaux > 1 ? 'nouveaux projets' : 'nouveau projet'} en ${editionYear}` },
  ];
}

/**
 * The sources the brochure lists, in the order they are declared (the indicators' tables cite their numbers): sources
 * are declared once for every edition, and an edition lists only its own — those its data names (`edition.sources`,
 * or, when it names none, every source public at its publication `cutoff`), the ones its projects cite, and those of
 * the indicators' values and targets it shows.
 */
function editionSourcesList(data: RoadmapData, cutoff: string): Source[] {
  const { sources, edition } = data.programme;
  const own = edition.sources ?? sources.filter((s) => !s.date || knownAt(s.date, cutoff)).map((s) => s.id);
  const used = new Set([...own, ...data.projets.flatMap((p) => p.sources), ...indicatorSources(data.indicateurs ?? [], sources, cutoff)]);
  return sources.filter((s) => used.has(s.id));
}

function changesSection(c: EditionChanges, titre: string, intro: readonly ProseBlock[], editionYear: string): Section {
  const items = (ps: readonly ProjetRef[]): Paragraph[] => ps.map((p) => [{ text: p.titre, bold: true }, { text: ` (${[p.mission, refCaveat(p)].filter(Boolean).join(', ')})` }]);
  const groupes = [
    { id: 'changements-acheves', titre: `Achevés depuis ${elided(c.depuis)}`, items: items(c.acheves) },
    { id: 'changements-a-achever', titre: `À achever d’ici fin ${editionYear}`, items: items(c.aAchever) },
    { id: 'changements-nouveaux', titre: `Nouveaux en ${editionYear}`, items: items(c.added) },
    { id: 'changements-retires', titre: 'Sortis de la feuille de route', items: items(c.removed) },
    {
      id: 'changements-missions',
      titre: 'Missions renommées',
      items: c.missionsRenommees.map((m): Paragraph => [
        { text: m.before.code, bold: true },
        { text: m.before.code !== m.after.code ? ` devient ` : ` s’appelle désormais ` },
        { text: m.before.code !== m.after.code ? m.after.code : `« ${m.after.nom} »`, bold: true },
        ...(m.before.code !== m.after.code ? [{ text: ` : ${m.after.nom}` }] : []),
      ]),
    },
  ];
  const aucun = [
    ...(c.acheves.length ? [] : ['Aucun projet n’a été achevé.']),
    ...(c.added.length ? [] : ['Aucun projet n’a rejoint la feuille de route.']),
    // Not « aucun projet n’a quitté… »: the data holds the projects it can name, and the record says some left
    // without naming them (mid-2021). An empty list of departures is not evidence of none.
    ...(c.missionsRenommees.length ? [] : ['Aucune mission n’a changé de nom.']),
  ];
  return { kind: 'changements', id: 'changements', titre, intro, groupes: groupes.filter((g) => g.items.length), aucun: aucun.length ? [[{ text: aucun.join(' ') }]] : [] };
}

type ExpandRuns = (runs: readonly InlineRun[], doc: EditorialDoc, block: EditorialBlock) => Paragraph;

/**
 * The édito: the data's (`edito:` of the edition, a real text or an illustrative stand-in), or else the page's
 * quotation (`{: .citation}`) and its author (`{: .auteur-citation}`) — one text for the page and the brochure.
 */
function editoSection(data: RoadmapData, page: EditorialDoc, diagnostics: Diagnostic[], expandRuns: ExpandRuns): Extract<Section, { kind: 'edito' }> | undefined {
  const own = data.programme.edito;
  const quoted = findEdito(page, own ? [] : diagnostics);
  if (own) {
    if (quoted)
      diagnostics.push({
        severity: 'error',
        code: 'edito-en-double',
        pos: quoted.block.pos,
        message: `deux éditos : celui des données (${own.pos.file}:${own.pos.line}) et la citation de la page ; gardez-en un seul`,
      });
    return {
      kind: 'edito',
      id: 'edito',
      titre: 'Édito',
      paragraphs: own.texte.split(/\n\s*\n/).map((t): Paragraph => [{ text: t.replace(/\s+/g, ' ').trim() }]),
      auteur: own.signataire,
      fonction: own.fonction,
      citation: !own.illustratif,
      ...(own.illustratif ? { note: `Texte illustratif : l’édito publié${own.titre ? `, « ${own.titre} »` : ''}, signé par ${own.signataire}, n’est pas reproduit ici.` } : {}),
    };
  }
  if (!quoted) return undefined;
  return {
    kind: 'edito',
    id: 'edito',
    titre: 'Édito',
    paragraphs: quoted.paragraphs.map((p) => expandRuns(p, page, quoted.block)),
    auteur: quoted.auteur,
    fonction: quoted.fonction,
    citation: true,
  };
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
        'l’édito de la brochure est introuvable : la page doit contenir une citation suivie de « {: .citation} » et son auteur suivi de « {: .auteur-citation} » (ou les données de l’édition, une section « edito: »)',
    });
    return undefined;
  }
  const runs = author.paragraphs.flat();
  const auteur = runs.filter((r) => r.bold).map((r) => r.text).join('').trim();
  const fonction = runs.filter((r) => !r.bold).map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
  return { paragraphs: quote.paragraphs, auteur, fonction, block: quote };
}
