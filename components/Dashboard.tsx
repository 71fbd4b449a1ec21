import type { EcheanceDb } from '../core/db';
import { listInvoiceRows } from '../core/db';
import type { IsoDate } from '../core/model';
import type { Send } from '../core/protocol';
import { BackupPanel } from './BackupPanel';
import { CsvImport } from './CsvImport';
import { InvoiceTable } from './InvoiceTable';
import { useT } from './i18n';
import { useLiveQuery } from './use-live-query';

interface DashboardProps {
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  download: (name: string, blob: Blob) => void;
}

export function Dashboard({ db, send, today, download }: DashboardProps) {
  const { t } = useT();
  const rows = useLiveQuery(() => listInvoiceRows(db), [db]);
  return (
    <div class="dashboard">
      <header>
        <h1>{t('dashboard.title')}</h1>
        <nav aria-label={t('dashboard.title')}>
          <a href="#invoices">{t('dashboard.invoices')}</a> · <a href="#import">{t('dashboard.import')}</a> ·{' '}
          <a href="#backup">{t('dashboard.backup')}</a>
        </nav>
      </header>
      <main>
        <section aria-labelledby="invoices-title" id="invoices">
          <h2 id="invoices-title">{t('dashboard.invoices')}</h2>
          {rows && rows.length === 0 && <p class="muted">{t('list.empty')}</p>}
          {rows && rows.length > 0 && (
            <>
              <p class="muted" data-testid="invoice-count">
                {t('list.count', { count: rows.length })}
              </p>
              <InvoiceTable rows={rows.slice(0, 200)} today={today} />
            </>
          )}
        </section>
        <CsvImport send={send} />
        <BackupPanel db={db} send={send} download={download} />
      </main>
    </div>
  );
}
