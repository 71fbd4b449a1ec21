/** Blocks the route documents share: the debtor's identity and the facts of the claim. */

import { documentTitle } from '../file-name';
import { addressLines, joinList, shortDate, siren } from '../format';
import { reminderHistory } from '../history';
import type { DocumentInput } from '../input';
import type { Block, DocumentModel } from '../model';

export function debtorLines(input: DocumentInput): string[] {
  const c = input.client;
  return [c.name, ...addressLines(c.address), ...(c.siren ? [`SIREN\u00a0${siren(c.siren)}`] : [])];
}

/** « Facture F-1 du 15/01/2026, échue le 14/02/2026, relancée les …, mise en demeure le … ». */
export function claimFacts(input: DocumentInput): string {
  const { asOf } = input;
  const invoices = input.invoices.map(
    (i) =>
      `${i.number}${i.issueDate ? ` du ${shortDate(i.issueDate, 'fr')}` : ''}, échue le ${shortDate(i.dueDate, 'fr')}`,
  );
  const reminders = [
    ...new Set(reminderHistory(input.invoices, input.events, asOf).map((h) => shortDate(h.date, 'fr'))),
  ];
  const notice = input.events.find((e) => e.type === 'formal_notice_sent' && e.date <= asOf);
  return [
    `Prestations facturées et restées impayées : ${invoices.length > 1 ? 'factures' : 'facture'} ${joinList(invoices, 'fr')}.`,
    reminders.length ? ` Relances des ${joinList(reminders, 'fr')}.` : '',
    notice ? ` Mise en demeure du ${shortDate(notice.date, 'fr')}, restée sans effet.` : '',
  ].join('');
}

export const toFill = (what: string): string => `[${what} — à compléter]`;

export function heading(text: string): Block {
  return { kind: 'heading', text };
}

/** A French route document: title from the label, client and invoices; dated and signed by the user. */
export function frenchDocument(label: string, input: DocumentInput, blocks: Block[]): DocumentModel {
  const id = input.settings.identity;
  return {
    title: documentTitle(
      label,
      input.client.name,
      input.invoices.map((i) => i.number),
      'fr',
    ),
    lang: 'fr',
    date: input.asOf,
    author: id.name || id.tradeName,
    blocks,
  };
}
