import { dashboard } from '../../core/i18n/catalogue/dashboard';
import type { PlainKey } from '../../core/i18n/translate';
import { useAreaT } from '../i18n/base';
import type { PageName } from './use-hash-route';

const ITEMS: { page: PageName; label: PlainKey<typeof dashboard> }[] = [
  { page: 'today', label: 'dash.nav.today' },
  { page: 'invoices', label: 'dash.nav.invoices' },
  { page: 'clients', label: 'dash.nav.clients' },
  { page: 'charts', label: 'dash.nav.charts' },
  { page: 'settings', label: 'dash.nav.settings' },
  { page: 'import', label: 'dash.nav.import' },
  { page: 'backup', label: 'dash.nav.backup' },
];

export function DashboardNav({ current }: { current: PageName }) {
  // Its own area of the catalogue: the dashboard's first script does not carry the other pages' words.
  const { t } = useAreaT(dashboard);
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
