import type { TotalPart, Totals } from '../../core/app/invoice-totals';
import { formatDate } from '../../core/dates';
import type { Claim } from '../../core/dunning';
import { invoicePage } from '../../core/i18n/catalogue/invoice-page';
import { describeWarning, parseWarning, semesterOf } from '../../core/law';
import type { Invoice, IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import { useAreaT, useT } from '../i18n';

interface PenaltiesPanelProps {
  invoice: Invoice;
  /** core/app/invoice-page.ts computes it (core/dunning claimFor). */
  claim: Claim;
  /** What is claimed and what is not, with the reason (core/app/invoice-totals). */
  totals: Totals;
  /** A struck part's reason in words (core/app/invoice-page-text whyText). */
  why: (part: TotalPart) => string;
  today: IsoDate;
}

/**
 * What the invoice owes today, as a sum that adds up: the principal, then each penalty claimed,
 * or struck out with the reason it is not; the total is the claimed parts only. The interest is
 * computed exactly as reminders and letters compute it (core/dunning claimFor): one segment per
 * semester rate and per payment, rounded half up once on the total.
 */
export function PenaltiesPanel({ invoice, claim, totals, why, today }: PenaltiesPanelProps) {
  const { t, lang } = useAreaT(invoicePage);
  const { penalties } = claim;
  const money = (cents: number) => formatMoney(cents, invoice.currency, lang);
  const euros = (cents: number) => formatMoney(cents, 'EUR', lang);
  return (
    <section aria-labelledby="penalties-title" class="card" data-testid="penalties">
      <h3 id="penalties-title">{t('ip.totals.title', { date: formatDate(today, lang) })}</h3>
      <table class="totals" data-testid="totals">
        <tbody>
          {totals.paidCents > 0 && (
            <>
              <tr class="sub">
                <th scope="row">{t('ip.totals.invoiced')}</th>
                <td class="num">{money(totals.invoicedCents)}</td>
              </tr>
              <tr class="sub">
                <th scope="row">{t('ip.totals.paid')}</th>
                <td class="num" data-testid="totals-paid">
                  − {money(totals.paidCents)}
                </td>
              </tr>
            </>
          )}
          <tr
            data-testid="total-part"
            data-part="principal"
            data-claimed="yes"
            data-cents={totals.principalCents}
          >
            <th scope="row">{t('ip.totals.principal')}</th>
            <td class="num">{money(totals.principalCents)}</td>
          </tr>
          {totals.parts.map((p) => {
            const amount = p.part === 'indemnity' ? euros(p.cents) : money(p.cents);
            const shown = p.cents === 0 && !p.claimed ? '—' : amount;
            return (
              <tr
                key={p.part}
                class={p.claimed ? '' : 'struck'}
                data-testid="total-part"
                data-part={p.part}
                data-claimed={p.claimed ? 'yes' : 'no'}
                data-why={p.why ?? ''}
                data-cents={p.cents}
              >
                <th scope="row">
                  {t(p.part === 'interest' ? 'ip.totals.interest' : 'ip.totals.indemnity')}
                  {!p.claimed && (
                    <span class="why" data-testid="total-why">
                      {why(p)}
                    </span>
                  )}
                  {p.claimed && p.separate && <span class="why">{t('ip.totals.separate')}</span>}
                </th>
                <td class="num" data-testid={`penalty-${p.part}`}>
                  {p.claimed ? p.separate ? `+ ${amount}` : amount : <del>{shown}</del>}
                </td>
              </tr>
            );
          })}
          <tr class="total">
            <th scope="row">{t('ip.totals.claimed')}</th>
            <td class="num" data-testid="penalty-claim">
              {money(totals.claimedCents)}
            </td>
          </tr>
        </tbody>
      </table>
      {penalties.segments.length > 0 && <Segments claim={claim} money={money} />}
      {penalties.warnings.map((code) => (
        <p key={code} class="notice" data-testid="penalty-warning">
          {describeWarning(code, lang)}
        </p>
      ))}
    </section>
  );
}

/** The interest, period by period, with its rate and legal basis: folded, for who wants to check. */
function Segments({ claim, money }: { claim: Claim; money: (cents: number) => string }) {
  const { t, lang } = useT();
  const ip = useAreaT(invoicePage).t;
  const { penalties } = claim;
  const provisional = new Set(
    penalties.warnings.flatMap((code) => {
      const w = parseWarning(code);
      return w.name === 'provisional-rate' ? [w.argument] : [];
    }),
  );
  return (
    <details class="segments-details">
      <summary>{ip('ip.totals.details')}</summary>
      <table class="invoices segments">
        <caption class="sr-only">{t('dash.penalties.segments')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.penalties.period')}</th>
            <th scope="col" class="num">
              {t('dash.penalties.days')}
            </th>
            <th scope="col" class="num">
              {t('dash.penalties.rate')}
            </th>
            <th scope="col" class="num">
              {t('dash.penalties.base')}
            </th>
            <th scope="col" class="num">
              {t('dash.penalties.interest')}
            </th>
            <th scope="col">{t('dash.penalties.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {penalties.segments.map((s) => (
            <tr
              key={s.from}
              data-testid="penalty-segment"
              data-base={s.baseCents}
              data-rate={s.ratePercent}
              data-days={s.days}
            >
              <td>
                {t('dash.penalties.range', { from: formatDate(s.from, lang), to: formatDate(s.to, lang) })}
              </td>
              <td class="num">{s.days}</td>
              <td class="num">
                {s.ratePercent.toLocaleString(lang, { maximumFractionDigits: 3 })} %
                {provisional.has(semesterOf(s.from)) && (
                  <span class="tag provisional" data-testid="provisional-mark">
                    {t('dash.penalties.provisional')}
                  </span>
                )}
              </td>
              <td class="num">{money(s.baseCents)}</td>
              <td class="num">{money(s.interestCents)}</td>
              <td>{s.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{t('dash.penalties.rounding')}</p>
    </details>
  );
}
