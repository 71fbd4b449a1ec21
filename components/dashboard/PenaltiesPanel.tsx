import { formatDate } from '../../core/dates';
import type { Claim } from '../../core/dunning';
import { describeWarning, parseWarning, semesterOf } from '../../core/law';
import type { Invoice, IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import { useT } from '../i18n';

interface PenaltiesPanelProps {
  invoice: Invoice;
  /** core/app/invoice-page.ts computes it (core/dunning claimFor). */
  claim: Claim;
  today: IsoDate;
}

/**
 * Penalties to date exactly as reminders and letters compute them (core/dunning claimFor):
 * one segment per semester rate and per payment, rounded half up once on the total.
 */
export function PenaltiesPanel({ invoice, claim, today }: PenaltiesPanelProps) {
  const { t, lang } = useT();
  const { penalties } = claim;
  const money = (cents: number) => formatMoney(cents, invoice.currency, lang);
  const provisional = new Set(
    penalties.warnings.flatMap((code) => {
      const w = parseWarning(code);
      return w.name === 'provisional-rate' ? [w.argument] : [];
    }),
  );
  const interestNotClaimed = penalties.interestCents > 0 && claim.interestCents === 0;
  const indemnityNotClaimed = penalties.indemnityCents > 0 && claim.indemnityCents === 0;
  return (
    <section aria-labelledby="penalties-title" class="card" data-testid="penalties">
      <h3 id="penalties-title">{t('dash.penalties.title', { date: formatDate(today, lang) })}</h3>
      {penalties.segments.length === 0 ? (
        <p class="muted">{t('dash.penalties.none')}</p>
      ) : (
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
      )}
      <dl class="figures">
        <div>
          <dt>{t('dash.penalties.interestTotal')}</dt>
          <dd data-testid="penalty-interest">{money(penalties.interestCents)}</dd>
        </div>
        <div>
          <dt>{t('dash.penalties.indemnity')}</dt>
          <dd data-testid="penalty-indemnity">{money(penalties.indemnityCents)}</dd>
        </div>
        <div>
          <dt>{t('dash.penalties.claimable')}</dt>
          <dd data-testid="penalty-claim">{money(claim.totalCents)}</dd>
        </div>
      </dl>
      <p class="muted small">{t('dash.penalties.rounding')}</p>
      {interestNotClaimed && <p class="notice">{t('dash.penalties.interestNotClaimed')}</p>}
      {indemnityNotClaimed && <p class="notice">{t('dash.penalties.indemnityNotClaimed')}</p>}
      {penalties.warnings.map((code) => (
        <p key={code} class="notice" data-testid="penalty-warning">
          {describeWarning(code, lang)}
        </p>
      ))}
    </section>
  );
}
