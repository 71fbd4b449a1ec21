import { useEffect, useRef, useState } from 'preact/hooks';
// From its module, not core/dashboard's barrel, which brings the engine and the model's schemas.
import { DEFAULT_QUERY, type ListQuery } from '../core/dashboard/list';
import type { EcheanceDb } from '../core/db';
import type { IsoDate } from '../core/model';
import type { AttachmentAccess } from '../core/platform/gmail-attachments';
import type { Send } from '../core/protocol';
import { PendingConfirmList } from './actions/PendingConfirm';
import { TodayList } from './actions/TodayList';
import { DashboardNav } from './dashboard/DashboardNav';
import { invoiceHref, type Route, useHashRoute } from './dashboard/use-hash-route';
import { useBaseT as useT } from './i18n/base';
import type { SitePermissions } from './import/SiteAdapters';
import { lazyComponent } from './lazy';
import { UndoToast } from './undo/UndoToast';

// Each screen loads when it is first shown, so that the dashboard paints its first screen
// without the others' code (zod schemas, the engine, extraction…): issue #11's budget.
const InvoicesPage = lazyComponent(async () => (await import('./dashboard/InvoicesPage')).InvoicesPage);
const InvoicePage = lazyComponent(async () => (await import('./dashboard/InvoicePage')).InvoicePage);
const ClientsPage = lazyComponent(async () => (await import('./dashboard/ClientsPage')).ClientsPage);
const ChartsPage = lazyComponent(async () => (await import('./dashboard/ChartsPage')).ChartsPage);
const SettingsPage = lazyComponent(async () => (await import('./settings/SettingsPage')).SettingsPage);
const CsvImport = lazyComponent(async () => (await import('./CsvImport')).CsvImport);
const FileImport = lazyComponent(async () => (await import('./import/FileImport')).FileImport);
const BackupPanel = lazyComponent(async () => (await import('./BackupPanel')).BackupPanel);
const BankImport = lazyComponent(async () => (await import('./bank/BankImport')).BankImport);
const ExportPanel = lazyComponent(async () => (await import('./settings/ExportPanel')).ExportPanel);

interface DashboardProps {
  /** Optional host permissions of the invoicing sites (core/platform/scripting). */
  sites?: SitePermissions;
  /** Gmail's attachment host, granted from the settings (core/platform/gmail-attachments). */
  attachments?: AttachmentAccess;
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  download: (name: string, blob: Blob) => void;
}

/** The dashboard tab: one screen per hash (`#invoices`, `#invoice/<id>`, `#clients`…). */
export function Dashboard({ db, send, today, download, sites, attachments }: DashboardProps) {
  const { t } = useT();
  const route = useHashRoute();
  // Kept here, not in the list, so that coming back from an invoice finds the same filters.
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const main = useRef<HTMLElement>(null);
  const routeKey = route.page === 'invoice' ? `invoice/${route.id}` : route.page;
  const firstRoute = useRef(true);
  useEffect(() => {
    // A screen change is announced by moving focus to the new content (keyboard and screen readers).
    if (firstRoute.current) firstRoute.current = false;
    else main.current?.focus();
  }, [routeKey]);

  const screen = (r: Route) => {
    switch (r.page) {
      case 'today':
        return (
          <TodayList
            db={db}
            send={send}
            today={today}
            onOpenInvoice={(id) => location.assign(invoiceHref(id))}
          />
        );
      case 'invoices':
        return <InvoicesPage db={db} send={send} today={today} query={query} onQuery={setQuery} />;
      case 'invoice':
        return <InvoicePage db={db} send={send} today={today} invoiceId={r.id} />;
      case 'clients':
        return <ClientsPage db={db} send={send} today={today} />;
      case 'charts':
        return <ChartsPage db={db} today={today} />;
      case 'settings':
        return <SettingsPage db={db} send={send} sites={sites} attachments={attachments} />;
      case 'import':
        return (
          <>
            <CsvImport send={send} />
            <FileImport send={send} />
            <BankImport db={db} send={send} />
          </>
        );
      case 'backup':
        return (
          <>
            <BackupPanel db={db} send={send} download={download} />
            <ExportPanel db={db} today={today} download={download} />
          </>
        );
    }
  };

  return (
    <div class="dashboard">
      <header class="dash-header">
        <h1>{t('dashboard.title')}</h1>
        <DashboardNav current={route.page === 'invoice' ? 'invoices' : route.page} />
      </header>
      <main ref={main} tabIndex={-1} class="dash-main">
        <PendingConfirmList db={db} send={send} />
        {screen(route)}
      </main>
      <UndoToast db={db} send={send} />
    </div>
  );
}
