import { type PlainKey, useT } from '../i18n';
import type { PageName } from './use-hash-route';

const ITEMS: { page: PageName; label: PlainKey }[] = [
  { page: 'today', label: 'dash.nav.today' },
  { page: 'invoices', label: 'dash.nav.invoices' },
  { page: 'clients', label: 'dash.nav.clients' },
  { page: 'charts', label: 'dash.nav.charts' },
  { page: 'settings', label: 'dash.nav.settings' },
  { page: 'import', label: 'dash.nav.import' },
  { page: 'backup', label: 'dash.nav.backup' },
];

export function DashboardNav({ current }: { current: PageName }) {
  const { t } = useT();
  return (
    <nav aria-label={t('dash.nav.label')} class="dash-nav">
      <ul>
        {ITEMS.map(({ page, label }) => (
          <li key={page}>
            <a
              href={`#${page}`}
              aria-current={page === current ? 'page' : undefined}
              data-testid={`nav-${page}`}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
