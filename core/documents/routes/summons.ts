/**
 * Projet d'assignation — au fond (créance contestée) or en référé-provision (obligation non
 * sérieusement contestable) — for the user to hand to a commissaire de justice, who serves it.
 * It carries what the code requires on pain of nullity, each section naming
 * its article: every act of a commissaire de justice (C. proc. civ. art. 648: date; the
 * claimant's civil status or a company's form, name, seat and legal representative; the
 * commissaire's name and signature; the addressee), the originating act (art. 54: the court,
 * the object of the claim, the steps taken towards an amicable settlement) and the summons
 * (art. 56: an account of the grounds in fact and law, the warning that a defendant who does not
 * appear may be judged on the claimant's evidence alone, the exhibits listed in an appended
 * schedule) — CPC text at https://legal.tricoteuses.fr/articles/LEGIARTI000006410156 and
 * https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070716/articles/LEGIARTI000006410156.
 * The hearing's place, day and time come from the court registry. Référé: C. proc. civ.
 * art. 835 al. 2, before the commercial court its art. 873 al. 2 (the other articles the text
 * cites: summons-text.ts). What no primary text was read for (lawyer above 10 000 €, the amicable-attempt article's new
 * number) is marked « à vérifier ». English: a reading copy; the act served is in French.
 */
import { debtorOf, recoveryRoutes } from '../../law';
import { amountsTable } from '../amounts-table';
import { invoiceClaims, sumOf } from '../claims';
import { amount, longDate } from '../format';
import { checkInput, DocumentError, type DocumentInput, languageOf, refuseUnderProceedings } from '../input';
import { invoiceCopies, senderLines } from '../letter-parts';
import type { DocumentModel } from '../model';
import { claimFacts, debtorLines, heading, routeDocument, toFill } from './parts';
import { SUMMONS_TEXT } from './summons-text';

export type SummonsKind = 'assignation' | 'refere-provision';

export function summonsDraft(input: DocumentInput, kind: SummonsKind): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const lang = languageOf(input);
  const T = SUMMONS_TEXT[lang];
  const { settings, asOf, client, events } = input;
  const { debtor } = debtorOf(client);
  const route = recoveryRoutes(
    {
      debtor,
      amountCents: 0,
      currency,
      disputed: true,
      creditorStatus: settings.creditorStatus,
      asOf,
    },
    { lang },
  ).find((r) => r.id === kind);
  if (!route) throw new DocumentError('route-not-available', T.notAvailable);
  const claims = invoiceClaims(input, asOf);
  const money = (c: number) => amount(c, currency, lang);
  const principal = sumOf(claims, 'outstandingCents');
  const interest = sumOf(claims, 'interestCents');
  const indemnity = sumOf(claims, 'indemnityCents');
  const commercial = route.court?.kind === 'tc' || route.court?.kind === 'tae';
  const courtName = route.court?.name ?? toFill(T.courtToFill, lang);
  const notice = events.find((e) => e.type === 'formal_notice_sent' && e.date <= asOf);
  const amicable = events.filter((e) => e.type === 'dispute_opened' && e.date <= asOf).length > 0;
  const pieces = [
    ...invoiceCopies(claims, lang),
    T.contract,
    T.reminders,
    ...(notice ? [T.notice] : []),
    ...(amicable || (principal <= 500_000 && !commercial) ? [T.amicableProof] : []),
  ];
  return routeDocument(
    T.label[kind],
    input,
    [
      { kind: 'title', text: T.label[kind], subtitle: T.subtitle(longDate(asOf, lang)) },
      { kind: 'paragraph', text: T.howTo(principal > 1_000_000) },
      heading(T.dateHeading),
      { kind: 'paragraph', text: toFill(T.dateToFill, lang) },
      heading(T.claimantHeading),
      {
        kind: 'paragraph',
        text: [...senderLines(settings.identity, lang), toFill(T.claimantToFill, lang)].join('\n'),
      },
      heading(T.defendantHeading),
      { kind: 'paragraph', text: [...debtorLines(input), toFill(T.defendantToFill, lang)].join('\n') },
      heading(T.courtHeading),
      {
        kind: 'paragraph',
        text: T.appear(kind, courtName, commercial, toFill(T.hearingToFill, lang)),
      },
      { kind: 'list', items: [T.appearance(commercial), T.defaultWarning] },
      heading(T.objectHeading),
      amountsTable(claims, currency, lang),
      heading(T.factsHeading),
      { kind: 'paragraph', text: claimFacts(input, lang) },
      ...(kind === 'assignation'
        ? [{ kind: 'paragraph' as const, text: toFill(T.disputeToFill, lang) }]
        : []),
      heading(T.lawHeading),
      { kind: 'list', items: T.law(kind, client.kind === 'pro', commercial) },
      heading(T.amicableHeading),
      { kind: 'paragraph', text: T.amicable(Boolean(notice), amicable, principal <= 500_000 && !commercial) },
      heading(T.requestHeading),
      {
        kind: 'list',
        numbered: true,
        items: T.request(kind, {
          principal: money(principal),
          interest: money(interest),
          indemnity: indemnity > 0 ? money(indemnity) : null,
          costs: toFill(T.costsToFill, lang),
        }),
      },
      heading(T.piecesHeading),
      { kind: 'list', numbered: true, items: pieces },
      heading(T.officerHeading),
      { kind: 'paragraph', text: toFill(T.officerToFill, lang) },
    ],
    lang,
  );
}
