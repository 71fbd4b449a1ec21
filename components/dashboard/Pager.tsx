import { useT } from '../i18n';

export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useT();
  return (
    <nav class="pager" aria-label={t('dash.pager.label')}>
      <button
        type="button"
        class="secondary"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
        data-testid="pager-prev"
      >
        {t('dash.pager.previous')}
      </button>
      <span data-testid="pager-position">{t('dash.pager.position', { page: page + 1, pages })}</span>
      <button
        type="button"
        class="secondary"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
        data-testid="pager-next"
      >
        {t('dash.pager.next')}
      </button>
    </nav>
  );
}
