import { useState } from 'preact/hooks';
import { type EcheanceDb, getSettings } from '../../core/db';
import { buildIcs, casesOf, csvRowsOf, type ExportData, invoicesToCsv } from '../../core/export';
import type { IsoDate } from '../../core/model';
import { useT } from '../i18n';

/** One consistent snapshot of what the exports read. */
async function readAll(db: EcheanceDb): Promise<ExportData> {
  return db.transaction('r', [db.invoices, db.clients, db.events, db.scenarios, db.settings], async () => ({
    invoices: await db.invoices.toArray(),
    clients: await db.clients.toArray(),
    events: await db.events.toArray(),
    scenarios: await db.scenarios.toArray(),
    settings: await getSettings(db),
  }));
}

interface Props {
  db: EcheanceDb;
  today: IsoDate;
  download: (name: string, blob: Blob) => void;
}

/** The invoices as CSV (re-importable) and the upcoming actions as an `.ics` calendar. */
export function ExportPanel({ db, today, download }: Props) {
  const { t, lang } = useT();
  const [message, setMessage] = useState<string | null>(null);

  async function exportCsv() {
    const rows = csvRowsOf(await readAll(db));
    download(
      `echeance-factures-${today}.csv`,
      new Blob([invoicesToCsv(rows)], { type: 'text/csv;charset=utf-8' }),
    );
    setMessage(t('set.export.csvDone', { count: rows.length }));
  }

  async function exportIcs() {
    const cases = casesOf(await readAll(db));
    const ics = buildIcs(cases, { today, generatedAt: new Date().toISOString(), lang });
    download(`echeance-relances-${today}.ics`, new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    setMessage(t('set.export.icsDone', { count: ics.split('BEGIN:VEVENT').length - 1 }));
  }

  return (
    <section aria-labelledby="export-title" id="export" data-testid="export-panel">
      <h2 id="export-title">{t('set.export.title')}</h2>
      <p class="muted">{t('set.export.help')}</p>
      <div class="actions">
        <button type="button" onClick={exportCsv} data-testid="export-csv">
          {t('set.export.csv')}
        </button>
        <button type="button" onClick={exportIcs} data-testid="export-ics">
          {t('set.export.ics')}
        </button>
      </div>
      {message && (
        <p class="notice" role="status" data-testid="export-message">
          {message}
        </p>
      )}
    </section>
  );
}
