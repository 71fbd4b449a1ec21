/**
 * The e-mail that goes with the invoice for late-payment penalties (core/documents
 * penalty-invoice): thanks for the payment, what the delay added, in one short message.
 * Amounts come from core/dunning's claim with every legal penalty claimed (due even when the
 * invoice is silent: Cass. com. 3 mars 2009, n° 07-16.527); the 40 € is in euros whatever the
 * invoice's currency (D441-5: « fixé à 40 euros »).
 */
import { formatDate } from '../dates';
import { claimFromTimeline, summarizeTimeline } from '../dunning';
import type { Client, Invoice, InvoiceEvent, IsoDate, Language, Settings } from '../model';
import { formatMoney } from '../money';
import type { RenderedReminder } from './render';

interface PenaltyClaimRequest {
  lang: Language;
  client: Client;
  invoice: Invoice;
  events: readonly InvoiceEvent[];
  settings: Settings;
  now: IsoDate;
  penaltyInvoiceNumber: string;
}

/** Null when nothing is due for the delay (paid on time, or a consumer without notice). */
export function renderPenaltyClaim(req: PenaltyClaimRequest): RenderedReminder | null {
  const { lang, client, invoice, settings } = req;
  const fr = lang === 'fr';
  const claim = claimFromTimeline(invoice, client, summarizeTimeline(req.events), req.now, settings, true);
  if (claim.interestCents === 0 && claim.indemnityCents === 0) return null;
  const money = (c: number, cur = invoice.currency) => formatMoney(c, cur, lang);
  const parts = [
    claim.interestCents > 0 &&
      (fr
        ? `des intérêts de retard de ${money(claim.interestCents)}`
        : `late-payment interest of ${money(claim.interestCents)}`),
    claim.indemnityCents > 0 &&
      (fr
        ? `l’indemnité forfaitaire pour frais de recouvrement de ${money(claim.indemnityCents, 'EUR')}`
        : `the fixed recovery fee of ${money(claim.indemnityCents, 'EUR')}`),
  ].filter((p): p is string => Boolean(p));
  const due = formatDate(invoice.dueDate, lang);
  const first = client.contactFirstName?.trim();
  const signature = settings.identity.signature.trim() || settings.identity.name.trim();
  const body = fr
    ? [
        first ? `Bonjour ${first},` : 'Bonjour,',
        `Merci pour le règlement de la facture ${invoice.number}. Celle-ci étant échue le ${due}, le retard rend exigibles ${parts.join(' et ')}.`,
        `Vous trouverez ci-jointe la facture ${req.penaltyInvoiceNumber} correspondante, payable à réception.`,
        ['Bien cordialement,', signature].filter(Boolean).join('\n'),
      ]
    : [
        first ? `Dear ${first},` : 'Hello,',
        `Thank you for paying invoice ${invoice.number}. As it fell due on ${due}, the delay makes ${parts.join(' and ')} payable.`,
        `Please find attached the corresponding invoice ${req.penaltyInvoiceNumber}, payable on receipt.`,
        ['Kind regards,', signature].filter(Boolean).join('\n'),
      ];
  return {
    subject: fr
      ? `Pénalités de retard — facture ${invoice.number}`
      : `Late-payment charges — invoice ${invoice.number}`,
    body: body.join('\n\n'),
  };
}
