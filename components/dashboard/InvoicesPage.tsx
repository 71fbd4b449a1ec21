import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterList, type ListQuery, prepareList, sortList } from '../../core/dashboard';
import { type EcheanceDb, listInvoiceRows } from '../../core/db';
import type { IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { CsvImport } from '../CsvImport';
import { useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { InvoiceList } from './InvoiceList';
import { ListFilters } from './ListFilters';
import { Pager } from './Pager';

/** Rows drawn at once: the list stays fluid with 10,000 invoices because only a page is in the DOM. */
export const PAGE_SIZE = 100;

interface InvoicesPageProps {
  db: EcheanceDb;
  send: Send;
  today: IsoDate;
  query: ListQuery;
  onQuery: (query: ListQuery) => void;
}

export function InvoicesPage({ db, send, today, query, onQuery }: InvoicesPageProps) {
  const { t } = useT();
  const rows = useLiveQuery(() => listInvoiceRows(db), [db]);
  const items = useMemo(() => (rows ? prepareList(rows, today) : []), [rows, today]);
  const sorted = useMemo(
    () => sortList(items, query.sort, query.descending),
    [items, query.sort, query.descending],
  );
  const shown = useMemo(
    () => filterList(sorted, query),
    [sorted, query.text, query.status, query.clientId, query.bucket],
  );
  const clients = useMemo(() => {
    const byId = new Map((rows ?? []).map((r) => [r.client.id, r.client]));
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [rows]);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);

  // An empty database shows the CSV import right here; it stays after the import so that its
  // confirmation is still read next to the new list.
  const importHere = useRef(false);
  if (rows && rows.length === 0) importHere.current = true;

  // e2e builds report how long a search took to reach the DOM (tests/bench/dashboard.bench.ts).
  const typedAt = useRef<number | null>(null);
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (import.meta.env.MODE !== 'e2e' || typedAt.current === null || !list.current) return;
    list.current.dataset.filterMs = (performance.now() - typedAt.current).toFixed(1);
    typedAt.current = null;
  }, [shown]);

  const change = (next: ListQuery) => {
    if (next.text !== query.text) typedAt.current = performance.now();
    setPage(0);
    onQuery(next);
  };

  if (!rows) return null;
  return (
    <section aria-labelledby="invoices-title">
      <h2 id="invoices-title">{t('dashboard.invoices')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('list.empty')}</p>
      ) : (
        <div ref={list} data-testid="invoice-list">
          <ListFilters query={query} clients={clients} onChange={change} />
          <p class="muted" data-testid="invoice-count" aria-live="polite">
            {shown.length === rows.length
              ? t('list.count', { count: rows.length })
              : t('dash.list.matching', { count: shown.length, total: rows.length })}
          </p>
          {shown.length > 0 && (
            <InvoiceList items={shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)} today={today} />
          )}
          {pages > 1 && <Pager page={current} pages={pages} onPage={setPage} />}
        </div>
      )}
      {importHere.current && <CsvImport send={send} />}
    </section>
  );
}
