import { useState } from 'preact/hooks';
import { localDate } from '../../core/dates';
import { settingsPlain } from '../../core/i18n/catalogue/settings-plain';
import { listedSemesters, ratesForSemester, type Semester, semesterOf } from '../../core/law/rates';
import type { Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT, useT } from '../i18n';
import { RateOverrideForm } from './RateOverrideForm';

/** B2B late-payment rate without a clause: ECB MRO + 10 points (C. com. L441-10 II). */
const PENALTY_POINTS = 10;
const RECENT_SEMESTERS = 6;

/** The rates the extension ships with (core/law/rates), under « Avancé »: nothing for the user to check. */
export function RatesSection({ settings, send }: { settings: Settings; send: Send }) {
  const { t, lang } = useT();
  const { t: tp } = useAreaT(settingsPlain);
  const [editing, setEditing] = useState<Semester | null>(null);
  const [showAll, setShowAll] = useState(false);
  const current = semesterOf(localDate(new Date()));
  const all = [...new Set([...listedSemesters(), current])].sort().reverse();
  // Recent semesters cover nearly every open invoice; older ones stay one click away.
  const semesters = showAll ? all : all.slice(0, RECENT_SEMESTERS);
  const percent = (v: number) =>
    `${v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
  const label = (s: Semester) =>
    t(s.endsWith('S1') ? 'set.rates.s1' : 'set.rates.s2', { year: s.slice(0, 4) });
  const provisional = () => <span class="tag tag-late">{t('set.rates.provisional')}</span>;

  return (
    <section aria-labelledby="rates-title" class="settings-section" data-testid="section-rates">
      <h2 id="rates-title">{t('set.rates.title')}</h2>
      <p class="muted">{tp('sp.rates.intro')}</p>
      {editing && (
        <RateOverrideForm
          key={editing}
          settings={settings}
          send={send}
          semester={editing}
          label={label(editing)}
          rates={ratesForSemester(editing, settings.rateOverrides)}
          onDone={() => setEditing(null)}
        />
      )}
      <div class="table-scroll">
        <table class="rates">
          <caption class="sr-only">{t('set.rates.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('set.rates.semester')}</th>
              <th scope="col" class="num">
                {t('set.rates.ecb')}
              </th>
              <th scope="col" class="num">
                {t('set.rates.penalty')}
              </th>
              <th scope="col" class="num">
                {t('set.rates.legal')}
              </th>
              <th scope="col">{t('set.rates.source')}</th>
              <th scope="col">
                <span class="sr-only">{t('set.rates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {semesters.map((s) => {
              const r = ratesForSemester(s, settings.rateOverrides);
              const overridden = settings.rateOverrides.some((o) => o.semester === s);
              return (
                <tr
                  key={s}
                  data-testid="rate-row"
                  data-semester={s}
                  class={s === current ? 'current' : undefined}
                >
                  <th scope="row">
                    {label(s)}
                    {s === current && <span class="tag">{t('set.rates.current')}</span>}
                  </th>
                  <td class="num">
                    {percent(r.ecbMroPercent)} {r.ecbProvisional && provisional()}
                  </td>
                  <td class="num">{percent(r.ecbMroPercent + PENALTY_POINTS)}</td>
                  <td class="num">
                    {percent(r.legalRatePercent)} {r.legalProvisional && provisional()}
                  </td>
                  <td class="source">
                    {overridden && <span class="tag tag-ok">{t('set.rates.yours')}</span>}
                    <details>
                      <summary>{t('set.rates.showSource')}</summary>
                      <p>{t('set.rates.ecbSource', { source: r.ecbSource })}</p>
                      <p>{t('set.rates.legalSource', { source: r.legalSource })}</p>
                    </details>
                  </td>
                  <td>
                    <button
                      type="button"
                      class="secondary small"
                      onClick={() => setEditing(s)}
                      aria-label={t('set.rates.editFor', { semester: label(s) })}
                    >
                      {t('set.rates.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {all.length > RECENT_SEMESTERS && (
        <button
          type="button"
          class="secondary small"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('set.rates.showRecent')
            : t('set.rates.showAll', { count: all.length - RECENT_SEMESTERS })}
        </button>
      )}
    </section>
  );
}
