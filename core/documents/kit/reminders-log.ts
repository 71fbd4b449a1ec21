/**
 * Exhibit: the log of what was done to obtain payment (reminders, calls, letters, the formal
 * notice and its receipt, partial payments), then the detailed account of the claim.
 */

import { countOf } from '../../i18n/plural';
import type { InvoiceEvent } from '../../model';
import { amountsTable } from '../amounts-table';
import { invoiceClaims } from '../claims';
import { amount, longDate, shortDate } from '../format';
import { checkInput, type DocumentInput } from '../input';
import type { DocumentModel, TableRow } from '../model';

const CHANNEL = {
  email: 'Relance par e-mail',
  phone: 'Relance téléphonique',
  letter: 'Lettre simple',
  registered_letter: 'Lettre recommandée',
};
const OUTCOME = {
  promise: 'promesse de paiement',
  dispute: 'contestation',
  no_answer: 'sans réponse',
  claims_paid: 'paiement annoncé',
};

function label(e: InvoiceEvent, currency: string): string | null {
  const tracking = (n: string | null) => (n ? ` n°\u00a0${n}` : '');
  switch (e.type) {
    case 'reminder_sent':
      return CHANNEL[e.channel];
    case 'call':
      return `Appel téléphonique : ${OUTCOME[e.outcome]}${e.promisedDate ? ` au ${shortDate(e.promisedDate, 'fr')}` : ''}`;
    case 'letter_sent':
      return `${e.registered ? 'Lettre recommandée' : 'Lettre simple'}${tracking(e.trackingNumber)}`;
    case 'formal_notice_sent':
      return `Mise en demeure (lettre recommandée avec accusé de réception${tracking(e.trackingNumber)})`;
    case 'receipt_acknowledged':
      return 'Accusé de réception signé par le destinataire';
    case 'payment':
      return `Paiement partiel reçu : ${amount(e.amountCents, currency, 'fr')}`;
    case 'payment_plan':
      return `Échéancier accordé (${countOf('fr', e.installments.length, 'échéance', 'échéances')})`;
    default:
      return null;
  }
}

export function remindersLog(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  const numbers = new Map(input.invoices.map((i) => [i.id, i.number]));
  const rows: TableRow[] = input.events
    .filter((e) => numbers.has(e.invoiceId) && e.date <= input.asOf)
    .sort((a, b) => (a.date === b.date ? a.createdAt.localeCompare(b.createdAt) : a.date < b.date ? -1 : 1))
    .flatMap((e) => {
      const text = label(e, currency);
      return text ? [{ cells: [shortDate(e.date, 'fr'), numbers.get(e.invoiceId) ?? '', text] }] : [];
    });
  const claims = invoiceClaims(input, input.asOf);
  return {
    title: `Historique des relances et décompte — ${input.client.name}`,
    lang: 'fr',
    date: input.asOf,
    author: input.settings.identity.name,
    blocks: [
      {
        kind: 'title',
        text: 'Historique des relances et décompte',
        subtitle: `${input.settings.identity.name} contre ${input.client.name}`,
      },
      { kind: 'heading', text: 'Démarches effectuées' },
      rows.length
        ? {
            kind: 'table',
            columns: [
              { header: 'Date', width: 16 },
              { header: 'Facture', width: 20 },
              { header: 'Démarche', width: 64 },
            ],
            rows,
          }
        : { kind: 'paragraph', text: 'Aucune démarche enregistrée.' },
      { kind: 'heading', text: `Décompte de la créance au ${longDate(input.asOf, 'fr')}` },
      amountsTable(claims, currency, 'fr'),
    ],
  };
}
