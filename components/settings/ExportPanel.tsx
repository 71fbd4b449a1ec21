import { useState } from 'preact/hooks';
import { type ExportText, exportCalendar, exportInvoicesCsv } from '../../core/app/export-view';
import type { EcheanceDb } from '../../core/db';
import type { IsoDate } from '../../core/model';
import { useT } from '../i18n';

interface Props {
  db: EcheanceDb;
  today: IsoDate;
  download: (name: string, blob: Blob) => void;
}

/** The invoices as CSV (re-importable) and the upcoming actions as an `.ics` calendar. */
export function ExportPanel({ db, today, download }: Props) {
  const { t, lang } = useT();
  const [message, setMessage] = useState<string | null>(null);

  const save = (file: ExportText) => download(file.fileName, new Blob([file.text], { type: file.mime }));

  async function exportCsv() {
    const file = await exportInvoicesCsv(db, today);
    save(file);
    setMessage(t('set.export.csvDone', { count: file.count }));
  }

  async function exportIcs() {
    const file = await exportCalendar(db, { today, generatedAt: new Date().toISOString(), lang });
    save(file);
    setMessage(t('set.export.icsDone', { count: file.count }));
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
