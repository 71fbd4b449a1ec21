/**
 * Déclaration de créance to the court-appointed representative (mandataire judiciaire, or the
 * liquidator), within 2 months of the BODACC publication of the opening judgment (C. com.
 * L622-24, R622-24; L631-14 for redressement, L641-3 for liquidation).
 * Amounts are stopped at the opening judgment. Always in French: it goes to a French court.
 */
import { addMonths } from '../dates';
import type { IsoDate, ProceedingsKind } from '../model';
import { invoiceClaims, sumOf } from './claims';
import { amount, longDate, numero, shortDate, siren } from './format';
import { checkInput, DocumentError, type DocumentInput } from './input';
import { enclosuresBlocks, invoiceCopies, placeDate, senderLines, signatureBlock } from './letter-parts';
import type { Block, DocumentModel } from './model';
import { partyLines } from './party';
import { requireParts } from './requirements';

export interface ClaimDeclarationInput extends DocumentInput {
  /** The mandataire judiciaire (or liquidator): name and postal address ("\n" separated). */
  representative: { name: string; address: string };
  /** Date of the opening judgment; amounts are computed up to it. */
  openingJudgmentDate: IsoDate;
  /** e.g. « Tribunal de commerce de Lyon », when known. */
  court?: string;
}

const PROCEEDINGS: Record<ProceedingsKind, { name: string; articles: string; representative: string }> = {
  sauvegarde: {
    name: 'procédure de sauvegarde',
    articles: 'L622-24 et R622-24',
    representative: 'mandataire judiciaire',
  },
  redressement: {
    name: 'procédure de redressement judiciaire',
    articles: 'L622-24, L631-14 et R622-24',
    representative: 'mandataire judiciaire',
  },
  liquidation: {
    name: 'procédure de liquidation judiciaire',
    articles: 'L622-24, L641-3 et R622-24',
    representative: 'liquidateur',
  },
};

/** BODACC publication + 2 months (C. com. R622-24). */
export function claimDeadline(bodaccDate: IsoDate): IsoDate {
  return addMonths(bodaccDate, 2);
}

function proceedingsOf(input: DocumentInput): { kind: ProceedingsKind; bodaccDate: IsoDate } {
  const found = input.client.proceedings ?? input.events.find((e) => e.type === 'proceedings_opened');
  if (!found)
    throw new DocumentError('no-proceedings', 'Aucune procédure collective enregistrée pour ce client.');
  return { kind: found.kind, bodaccDate: found.bodaccDate };
}

export function claimDeclaration(input: ClaimDeclarationInput): DocumentModel {
  const currency = checkInput(input);
  // Sent to the mandataire, whose address the user types with it: only the sender is required here.
  requireParts(input.settings.identity, null, 'sender-only');
  const lang = 'fr';
  const { client, settings, asOf } = input;
  const p = proceedingsOf(input);
  const kind = PROCEEDINGS[p.kind];
  const opening = input.openingJudgmentDate;
  // Interest stops at the opening judgment (L622-28); the 40 € only for a delay that began
  // before it. Work invoiced after the judgment is a « créance postérieure » (L622-17): paid
  // at its due date, neither frozen nor declared — listed apart, never in the declaration.
  // The invoice date stands for the service date, the only one stored.
  const all = invoiceClaims(input, opening);
  const after = all.filter((c) => c.invoice.issueDate !== null && c.invoice.issueDate > opening);
  const claims = all.filter((c) => !after.includes(c));
  if (claims.length === 0)
    throw new DocumentError(
      'no-invoices',
      'Toutes ces factures sont postérieures au jugement d’ouverture : elles ne se déclarent pas, elles se paient à l’échéance (C. com. art. L622-17).',
    );
  const money = (c: number) => amount(c, currency, lang);
  const debtor = `${client.name}${client.siren ? ` (SIREN\u00a0${siren(client.siren)})` : ''}`;
  const blocks: Block[] = [
    {
      kind: 'letterhead',
      sender: senderLines(settings.identity, lang),
      recipient: partyLines(input.representative.name, input.representative.address),
    },
    placeDate(settings.identity.city, asOf, lang),
    { kind: 'space', mm: 4 },
    { kind: 'paragraph', text: 'Lettre recommandée avec accusé de réception', bold: true },
    { kind: 'paragraph', text: `Objet : Déclaration de créance — ${debtor}`, bold: true },
    {
      kind: 'paragraph',
      text: `Réf. : ${kind.name} ouverte le ${shortDate(opening, lang)}, publiée au BODACC le ${shortDate(p.bodaccDate, lang)}`,
    },
    { kind: 'space', mm: 2 },
    { kind: 'paragraph', text: 'Maître,' },
    {
      kind: 'paragraph',
      text: `Par jugement du ${longDate(opening, lang)}${input.court ? ` (${input.court})` : ''}, une ${kind.name} a été ouverte à l’égard de ${debtor}. Ce jugement a été publié au Bulletin officiel des annonces civiles et commerciales (BODACC) le ${longDate(p.bodaccDate, lang)}.`,
    },
    {
      kind: 'paragraph',
      text: [
        {
          text: `En ma qualité de créancier, je déclare entre vos mains, en votre qualité de ${kind.representative}, la créance détaillée ci-dessous, conformément aux articles ${kind.articles} du Code de commerce, dans le délai de deux mois suivant cette publication, qui expire le `,
        },
        { text: longDate(claimDeadline(p.bodaccDate), lang), bold: true },
        { text: '.' },
      ],
    },
    { kind: 'heading', text: `Montant de la créance au ${longDate(opening, lang)} (jugement d’ouverture)` },
    {
      kind: 'table',
      columns: [
        { header: 'Facture', width: 18 },
        { header: 'Émise le', width: 12 },
        { header: 'Échéance', width: 19 },
        { header: 'Principal', width: 14, align: 'right' },
        { header: 'Pénalités', width: 12, align: 'right' },
        { header: 'Indemnité', width: 11, align: 'right' },
        { header: 'Total', width: 14, align: 'right' },
      ],
      rows: [
        ...claims.map((c) => ({
          cells: [
            numero(c.invoice.number, lang),
            c.invoice.issueDate ? shortDate(c.invoice.issueDate, lang) : '—',
            // L622-25: sums due and sums not yet due, each with its date.
            `${c.invoice.dueDate <= opening ? 'échue le' : 'à échoir le'} ${shortDate(c.invoice.dueDate, lang)}`,
            money(c.outstandingCents),
            money(c.interestCents),
            money(c.indemnityCents),
            money(c.totalCents),
          ],
        })),
        {
          cells: [
            'Total déclaré',
            '',
            '',
            money(sumOf(claims, 'outstandingCents')),
            money(sumOf(claims, 'interestCents')),
            money(sumOf(claims, 'indemnityCents')),
            money(sumOf(claims, 'totalCents')),
          ],
          total: true,
        },
      ],
    },
    {
      kind: 'fields',
      rows: [
        [
          'Nature de la créance',
          `Créance ${claims.every((c) => c.invoice.dueDate <= opening) ? 'échue' : claims.every((c) => c.invoice.dueDate > opening) ? 'à échoir' : 'échue pour partie et à échoir pour partie (dates ci-dessus)'}, née de prestations facturées avant le jugement d’ouverture, déclarée à titre chirographaire (sans sûreté).`,
        ],
        ...(currency !== 'EUR'
          ? [
              [
                'Devise',
                `Montants en ${currency} : à convertir en euros au cours du jour du jugement d’ouverture (C. com. art. L622-25).`,
              ] as [string, string],
            ]
          : []),
        [
          'Pénalités de retard',
          'Calculées du lendemain de chaque échéance jusqu’au jugement d’ouverture (C. com. art. L441-10 II).',
        ],
        [
          'Indemnité forfaitaire',
          '40 € par facture échue avant le jugement d’ouverture (C. com. art. D441-5).',
        ],
        ['Montant déclaré', money(sumOf(claims, 'totalCents'))],
      ],
    },
    ...(after.length > 0
      ? [
          {
            kind: 'paragraph',
            text: `Non déclarées : ${after.map((c) => numero(c.invoice.number, lang)).join(', ')}, émises après le jugement d’ouverture, sont des créances postérieures payables à leur échéance (C. com. art. L622-17).`,
          } as Block,
        ]
      : []),
    {
      kind: 'paragraph',
      text: 'Je certifie sincère et véritable la présente déclaration et me tiens à votre disposition pour tout justificatif complémentaire.',
    },
    {
      kind: 'paragraph',
      text: 'Je vous prie d’agréer, Maître, l’expression de mes salutations distinguées.',
    },
    signatureBlock(settings),
    ...enclosuresBlocks([...invoiceCopies(claims, lang), ...(input.enclosures ?? [])], lang),
  ];
  return {
    title: `Déclaration de créance — ${client.name}`,
    lang,
    date: asOf,
    author: settings.identity.name || settings.identity.tradeName,
    blocks,
  };
}
