/**
 * What the documents claim, invoice by invoice: principal, interest (each period with its
 * rate, days and legal basis) and the 40 € recovery indemnity, then the total; and the same
 * total as one phrase.
 */

import { pluralForm } from '../i18n/plural';
import type { PenaltySegment } from '../law';
import type { Language } from '../model';
import { basisLabel, indemnityBasis } from './basis';
import { type InvoiceClaim, indemnityApart, sumOf } from './claims';
import { amount, percent, shortDate } from './format';
import type { Block, TableRow } from './model';

/** « (3 × 2,76 %) », « (BCE 2,15 % + 10 points) », and « provisoire » when not yet verified. */
function rateOrigin(seg: PenaltySegment, lang: Language): string {
  const fr = lang === 'fr';
  const parts: string[] = [];
  const ref = seg.reference;
  if (ref?.kind === 'legal' && ref.factor !== undefined && ref.factor !== 1)
    parts.push(`${String(ref.factor).replace('.', fr ? ',' : '.')}\u00a0× ${percent(ref.ratePercent, lang)}`);
  if (ref?.kind === 'ecb' && ref.points !== undefined)
    parts.push(
      fr
        ? `BCE ${percent(ref.ratePercent, lang)} + ${ref.points}\u00a0points`
        : `ECB ${percent(ref.ratePercent, lang)} + ${ref.points} points`,
    );
  if (seg.provisional) parts.push(fr ? 'provisoire' : 'provisional');
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** One line per period (dates, days, rate, base), then its legal basis once. */
function interestDetail(claim: InvoiceClaim, currency: string, lang: Language): string {
  const fr = lang === 'fr';
  const periods = claim.segments.map((seg) => {
    const days = `${seg.days}\u00a0${fr ? pluralForm('fr', seg.days, { one: 'jour', other: 'jours' }) : pluralForm('en', seg.days, { one: 'day', other: 'days' })}`;
    const span = fr
      ? `du ${shortDate(seg.from, lang)} au ${shortDate(seg.to, lang)}`
      : `${shortDate(seg.from, lang)} to ${shortDate(seg.to, lang)}`;
    const rate = `${percent(seg.ratePercent, lang)}${rateOrigin(seg, lang)}`;
    const base = amount(seg.baseCents, currency, lang);
    return fr ? `${span} : ${days} à ${rate} sur ${base}` : `${span}: ${days} at ${rate} on ${base}`;
  });
  const bases = [...new Set(claim.segments.map((seg) => basisLabel(seg.basis, lang)))];
  return [...periods, ...bases.map((b) => `(${b})`)].join('\n');
}

/**
 * Principal, interest (each period with its rate, days and legal basis) and the 40 € per
 * invoice (D441-5), then the total. `pendingInterest` is the line for a particulier whose
 * interest only starts with this formal notice (C. civ. 1231-6, 1344-1).
 */
export function amountsTable(
  claims: readonly InvoiceClaim[],
  currency: string,
  lang: Language,
  pendingInterest?: (claim: InvoiceClaim) => string | null,
): Block {
  const fr = lang === 'fr';
  const rows: TableRow[] = [];
  for (const claim of claims) {
    const n = claim.invoice.number;
    rows.push({
      cells: [
        n,
        fr ? 'Principal (reste dû)' : 'Principal (still due)',
        '',
        amount(claim.outstandingCents, currency, lang),
      ],
    });
    if (claim.segments.length > 0) {
      rows.push({
        cells: [
          n,
          fr ? 'Pénalités de retard' : 'Late-payment interest',
          interestDetail(claim, currency, lang),
          amount(claim.interestCents, currency, lang),
        ],
      });
    } else {
      const pending = pendingInterest?.(claim);
      if (pending)
        rows.push({
          cells: [n, fr ? 'Intérêts de retard' : 'Late-payment interest', pending, amount(0, currency, lang)],
        });
    }
    if (claim.indemnityCents > 0) {
      // In euros whatever the invoice's currency (D441-5: « 40 euros »), never added to a
      // total in another currency.
      const basis = indemnityBasis(kindOf(claim), lang);
      rows.push({
        cells: [
          n,
          fr ? 'Indemnité forfaitaire pour frais de recouvrement' : 'Fixed recovery fee',
          currency !== 'EUR'
            ? `${basis}${fr ? ' ; en euros, hors total' : '; in euros, outside the total'}`
            : basis,
          amount(claim.indemnityCents, 'EUR', lang),
        ],
      });
    }
  }
  rows.push({
    cells: [
      fr ? 'Total réclamé' : 'Total claimed',
      '',
      '',
      amount(sumOf(claims, 'totalCents'), currency, lang),
    ],
    total: true,
  });
  const apart = indemnityApart(claims);
  if (apart > 0) {
    rows.push({
      cells: [
        fr ? 'Et, en euros' : 'And, in euros',
        fr ? 'Indemnités forfaitaires' : 'Fixed recovery fees',
        '',
        amount(apart, 'EUR', lang),
      ],
      total: true,
    });
  }
  return {
    kind: 'table',
    columns: [
      { header: fr ? 'Facture' : 'Invoice', width: 17 },
      { header: fr ? 'Nature' : 'Item', width: 24 },
      { header: fr ? 'Détail du calcul' : 'Calculation', width: 43 },
      { header: fr ? 'Montant' : 'Amount', width: 16, align: 'right' },
    ],
    rows,
  };
}

/** Whether the 40 € is owed under the public-procurement code (its basis says so). */
function kindOf(claim: InvoiceClaim): 'pro' | 'public' {
  return claim.segments.some((s) => s.basis.includes('commande publique')) ? 'public' : 'pro';
}

/** What the documents state as the sum due: « 1 533,70 $US et 40,00 € » when apart. */
export function totalText(claims: readonly InvoiceClaim[], currency: string, lang: Language): string {
  const main = amount(sumOf(claims, 'totalCents'), currency, lang);
  const apart = indemnityApart(claims);
  if (apart === 0) return main;
  return lang === 'fr'
    ? `${main} et ${amount(apart, 'EUR', lang)} d’indemnité forfaitaire`
    : `${main} and a fixed recovery fee of ${amount(apart, 'EUR', lang)}`;
}
