/** Blocks the route documents share: the debtor's identity and the facts of the claim. */

import type { Language } from '../../model';
import { documentTitle } from '../file-name';
import { joinList, shortDate, siren } from '../format';
import { reminderHistory } from '../history';
import type { DocumentInput } from '../input';
import type { Block, DocumentModel } from '../model';
import { partyLines } from '../party';

export function debtorLines(input: DocumentInput): string[] {
  const c = input.client;
  return [...partyLines(c.name, c.address), ...(c.siren ? [`SIREN\u00a0${siren(c.siren)}`] : [])];
}

/** « Facture F-1 du 15/01/2026, échue le 14/02/2026, relancée les …, mise en demeure le … ». */
export function claimFacts(input: DocumentInput, lang: Language = 'fr'): string {
  const { asOf } = input;
  const fr = lang === 'fr';
  const invoices = input.invoices.map((i) => {
    const issued = i.issueDate ? ` ${fr ? 'du' : 'of'} ${shortDate(i.issueDate, lang)}` : '';
    return `${i.number}${issued}, ${fr ? 'échue le' : 'due on'} ${shortDate(i.dueDate, lang)}`;
  });
  const reminders = [
    ...new Set(reminderHistory(input.invoices, input.events, asOf).map((h) => shortDate(h.date, lang))),
  ];
  const notice = input.events.find((e) => e.type === 'formal_notice_sent' && e.date <= asOf);
  const plural = invoices.length > 1;
  if (!fr) {
    return [
      `Services invoiced and left unpaid: ${plural ? 'invoices' : 'invoice'} ${joinList(invoices, lang)}.`,
      reminders.length ? ` Reminders of ${joinList(reminders, lang)}.` : '',
      notice ? ` Formal notice of ${shortDate(notice.date, lang)}, without effect.` : '',
    ].join('');
  }
  return [
    `Prestations facturées et restées impayées : ${plural ? 'factures' : 'facture'} ${joinList(invoices, lang)}.`,
    reminders.length ? ` Relances des ${joinList(reminders, lang)}.` : '',
    notice ? ` Mise en demeure du ${shortDate(notice.date, lang)}, restée sans effet.` : '',
  ].join('');
}

export const toFill = (what: string, lang: Language = 'fr'): string =>
  `[${what} — ${lang === 'fr' ? 'à compléter' : 'to fill in'}]`;

export function heading(text: string): Block {
  return { kind: 'heading', text };
}

/** A French route document: title from the label, client and invoices; dated and signed by the user. */
export function frenchDocument(label: string, input: DocumentInput, blocks: Block[]): DocumentModel {
  return routeDocument(label, input, blocks, 'fr');
}

/** A route document in the given language. */
export function routeDocument(
  label: string,
  input: DocumentInput,
  blocks: Block[],
  lang: Language,
): DocumentModel {
  const id = input.settings.identity;
  return {
    title: documentTitle(
      label,
      input.client.name,
      input.invoices.map((i) => i.number),
      lang,
    ),
    lang,
    date: input.asOf,
    author: id.name || id.tradeName,
    blocks,
  };
}
