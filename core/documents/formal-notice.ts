/**
 * Mise en demeure de payer (C. civ. art. 1344: an « interpellation suffisante »: the sums
 * claimed, a deadline, what follows without payment). One letter may cover several invoices of one client.
 */

import { addDays } from '../dates';
import { computePenalties, describeRate, ratesForSemester, semesterOf } from '../law';
import type { ContractualRate, Language } from '../model';
import { amountsTable, totalText } from './amounts-table';
import { type InvoiceClaim, invoiceClaims } from './claims';
import { documentTitle } from './file-name';
import { NOTICE_EN, NOTICE_FR } from './formal-notice-text';
import { longDate, numero, percent, siren } from './format';
import { reminderHistory } from './history';
import { checkInput, type DocumentInput, languageOf, refuseUnderProceedings } from './input';
import {
  courtesy,
  enclosuresBlocks,
  historyTable,
  invoiceCopies,
  invoicesTable,
  letterhead,
  paymentFields,
  placeDate,
  signatureBlock,
} from './letter-parts';
import type { Block, DocumentModel } from './model';
import { noticeDelayDays } from './notice-delay';
import { caseRoutes } from './recovery';
import { requireParts } from './requirements';

export { noticeDelayDays } from './notice-delay';

export function invoiceReferences(numbers: readonly string[], lang: 'fr' | 'en'): string {
  const list = numbers.join(', ');
  if (lang === 'fr')
    return numbers.length > 1 ? `factures ${numero(list, lang)}` : `facture ${numero(list, lang)}`;
  return numbers.length > 1 ? `invoices ${numero(list, lang)}` : `invoice ${numero(list, lang)}`;
}

/**
 * The rate a consumer's interest will run at, in words, with today's value: the contract's
 * when the invoice states one (C. civ. 1231-6 lets it replace the legal rate), else the legal
 * rate ("autres cas" column) — the same rate computePenalties uses.
 */
function consumerRateText(rate: ContractualRate | null, asOf: string, input: DocumentInput, lang: Language) {
  const fr = lang === 'fr';
  // The rate computePenalties would apply to one day starting today.
  const today = computePenalties({
    clientKind: 'particulier',
    amountDueCents: 100_000,
    dueDate: asOf,
    asOf: addDays(asOf, 1),
    contractualRate: rate,
    formalNoticeDate: asOf,
    rateOverrides: input.settings.rateOverrides,
  });
  const value =
    today.segments[0]?.ratePercent ??
    ratesForSemester(semesterOf(asOf), input.settings.rateOverrides).legalRatePercent;
  const figure = percent(value, lang);
  if (!rate)
    return fr ? `au taux légal (${figure} l’an)` : `at the statutory interest rate (${figure} a year)`;
  return fr
    ? `au taux contractuel de ${describeRate(rate, lang)} (${figure} l’an à ce jour)`
    : `at the contractual rate of ${describeRate(rate, lang)} (${figure} a year to date)`;
}

export function formalNotice(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const { client, settings, asOf } = input;
  // No formal notice without its sender and the debtor's postal address (issue #19).
  requireParts(settings.identity, client, 'posted');
  const lang = languageOf(input);
  const T = lang === 'fr' ? NOTICE_FR : NOTICE_EN;
  const identity = settings.identity;
  const claims = invoiceClaims(input, asOf);
  const history = reminderHistory(input.invoices, input.events, asOf);
  const legalRate = ratesForSemester(semesterOf(asOf), settings.rateOverrides).legalRatePercent;
  const facts = {
    plural: claims.length > 1,
    total: totalText(claims, currency, lang),
    delayDays: noticeDelayDays(settings.formalNoticeDelayDays),
    // Court and wording: a public body is a professional buyer, not a consumer.
    pro: client.kind !== 'particulier',
    legalRate: percent(legalRate, lang),
    consumerRate: consumerRateText(claims[0]?.contractualRate ?? null, asOf, input, lang),
    publicBody: client.kind === 'public',
    workSuspended: client.workSuspended,
    // The letter names the route that will follow, not always the commercial court.
    next: caseRoutes(input).routes[0] ?? { id: 'injonction-de-payer' as const },
  };
  const words = courtesy(client, lang);
  // Particulier: interest has not started yet, it starts with this letter (C. civ. 1231-6).
  const pending = (c: InvoiceClaim) =>
    !facts.pro && c.segments.length === 0 ? T.pendingInterest(facts) : null;
  const interestClaimed = claims.some((c) => c.segments.length > 0);
  const numbers = claims.map((c) => c.invoice.number);

  const blocks: Block[] = [
    letterhead(identity, client, lang),
    placeDate(identity.city, asOf, lang),
    { kind: 'space', mm: 4 },
    { kind: 'paragraph', text: T.registered, bold: true },
    { kind: 'paragraph', text: T.subject, bold: true },
    {
      kind: 'paragraph',
      text: T.references(invoiceReferences(numbers, lang), client.siren ? siren(client.siren) : null),
    },
    { kind: 'space', mm: 2 },
    { kind: 'paragraph', text: words.salutation },
    { kind: 'paragraph', text: T.intro(facts), keepWithNext: true },
    invoicesTable(claims, currency, lang),
    ...(history.length > 0
      ? [
          { kind: 'paragraph', text: T.history(facts), keepWithNext: true } as Block,
          historyTable(history, lang, asOf, claims.length > 1),
        ]
      : [{ kind: 'paragraph', text: T.noHistory } as Block]),
    { kind: 'heading', text: T.amountsHeading(longDate(asOf, lang)) },
    amountsTable(claims, currency, lang, pending),
    { kind: 'paragraph', text: T.summons(facts) },
  ];
  if (facts.pro ? interestClaimed : claims.some((c) => pending(c) !== null)) {
    blocks.push({ kind: 'paragraph', text: T.interestRuns(facts) });
  }
  blocks.push(
    { kind: 'paragraph', text: T.consequences(facts) },
    { kind: 'paragraph', text: T.suspension(facts) },
    { kind: 'heading', text: T.paymentHeading },
    paymentFields(identity, claims, lang, settings.payment),
    { kind: 'paragraph', text: T.crossed },
    { kind: 'paragraph', text: words.closing },
    signatureBlock(settings),
    ...enclosuresBlocks([...invoiceCopies(claims, lang), ...(input.enclosures ?? [])], lang),
  );
  return {
    title: documentTitle(
      lang === 'fr' ? 'Mise en demeure de payer' : 'Formal notice to pay',
      client.name,
      numbers,
      lang,
    ),
    lang,
    date: asOf,
    author: identity.name || identity.tradeName,
    blocks,
  };
}
