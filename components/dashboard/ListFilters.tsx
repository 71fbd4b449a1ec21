import { useMemo } from 'preact/hooks';
import { AGING_BUCKETS, type ListQuery, SORT_KEYS, type StatusFilter } from '../../core/dashboard';
import { type Client, InvoiceStatusSchema } from '../../core/model';
import { useT } from '../i18n';

const STATUSES: StatusFilter[] = ['all', 'active', ...InvoiceStatusSchema.options];

interface ListFiltersProps {
  query: ListQuery;
  clients: Client[];
  onChange: (query: ListQuery) => void;
}

/** Search box, status / client / aging filters and the sort, all plain labelled controls. */
export function ListFilters({ query, clients, onChange }: ListFiltersProps) {
  const { t } = useT();
  const set = <K extends keyof ListQuery>(key: K, value: ListQuery[K]) =>
    onChange({ ...query, [key]: value });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  // Hundreds of clients: the same option nodes each keystroke, so Preact skips them.
  const clientOptions = useMemo(
    () =>
      clients.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      )),
    [clients],
  );
  return (
    <search>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label class="grow">
          {t('dash.list.search')}
          <input
            type="search"
            value={query.text}
            placeholder={t('dash.list.searchHint')}
            data-testid="list-search"
            onInput={(e) => set('text', value(e))}
          />
        </label>
        <label>
          {t('dash.list.status')}
          <select
            value={query.status}
            data-testid="filter-status"
            onChange={(e) => set('status', value(e) as StatusFilter)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('dash.list.all') : s === 'active' ? t('dash.list.active') : t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('invoice.client')}
          <select
            value={query.clientId}
            data-testid="filter-client"
            onChange={(e) => set('clientId', value(e))}
          >
            <option value="all">{t('dash.list.allClients')}</option>
            {clientOptions}
          </select>
        </label>
        <label>
          {t('dash.list.aging')}
          <select
            value={query.bucket}
            data-testid="filter-bucket"
            onChange={(e) => set('bucket', value(e) as ListQuery['bucket'])}
          >
            <option value="all">{t('dash.list.all')}</option>
            {AGING_BUCKETS.map((b) => (
              <option key={b} value={b}>
                {t(`dash.bucket.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dash.list.sort')}
          <select
            value={query.sort}
            data-testid="list-sort"
            onChange={(e) => set('sort', value(e) as ListQuery['sort'])}
          >
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`dash.sort.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="secondary"
          data-testid="sort-direction"
          aria-pressed={query.descending}
          onClick={() => set('descending', !query.descending)}
        >
          {query.descending ? t('dash.list.descending') : t('dash.list.ascending')}
        </button>
      </form>
    </search>
  );
}
