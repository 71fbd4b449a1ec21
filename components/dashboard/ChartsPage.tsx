import { readCharts } from '../../core/app/charts';
import type { EcheanceDb } from '../../core/db';
import type { IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import { useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { BarChart } from './BarChart';

/** Where people would rather look than read: aging of what is owed, and money in vs still out. */
export function ChartsPage({ db, today }: { db: EcheanceDb; today: IsoDate }) {
  const { t, lang } = useT();
  const data = useLiveQuery(() => readCharts(db, today), [db, today]);
  if (!data) return null;
  const money = (cents: number) => formatMoney(cents, 'EUR', lang);
  const { aging, monthly } = data;
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    );
  const collected = t('dash.charts.collected');
  const outstanding = t('dash.charts.outstanding');
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">{t('dash.charts.title')}</h2>
      <h3>{t('dash.charts.aging')}</h3>
      <BarChart
        id="aging"
        lang={lang}
        title={t('dash.charts.aging')}
        summary={aging.map((b) => `${t(`dash.bucket.${b.bucket}`)} : ${money(b.cents)}`).join(' ; ')}
        series={[{ name: outstanding, className: 'bar-late' }]}
        groups={aging.map((b) => ({ label: t(`dash.bucket.${b.bucket}`), cents: [b.cents] }))}
        valueLabels
      />
      <h3>{t('dash.charts.monthly')}</h3>
      <BarChart
        id="monthly"
        lang={lang}
        title={t('dash.charts.monthly')}
        summary={monthly.months
          .map(
            (m) =>
              `${monthName(m.month)} : ${collected} ${money(m.collectedCents)}, ${outstanding} ${money(m.outstandingCents)}`,
          )
          .join(' ; ')}
        series={[
          { name: collected, className: 'bar-ok' },
          { name: outstanding, className: 'bar-late' },
        ]}
        groups={monthly.months.map((m) => ({
          label: monthName(m.month),
          cents: [m.collectedCents, m.outstandingCents],
        }))}
      />
      <p class="muted small" data-testid="monthly-note">
        {t('dash.charts.monthlyNote', {
          earlier: money(monthly.earlierOutstandingCents),
          later: money(monthly.laterOutstandingCents),
        })}
      </p>
    </section>
  );
}
