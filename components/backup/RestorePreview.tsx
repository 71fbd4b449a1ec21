import type { BackupPreview } from '../../core/app/backup-preview';
import { formatDate } from '../../core/dates';
import { useT } from '../i18n';
import { itemsText, megabytes } from './counts';

/** core/app/backup-preview.ts reads it. */
export type PreviewData = BackupPreview;

/** What the file holds, what it would replace, and the choice; nothing is written before it. */
export function RestorePreview({
  data,
  onReplace,
  onMerge,
  onCancel,
}: {
  data: PreviewData;
  onReplace: () => void;
  onMerge: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  return (
    <section class="notice restore-preview" aria-labelledby="restore-title" data-testid="restore-preview">
      <h3 id="restore-title">{t('bk.preview.title')}</h3>
      <p data-testid="restore-holds">
        {t('bk.preview.file', {
          name: `${data.fileName}, ${megabytes(lang, data.fileBytes)}`,
          date: formatDate(data.backup.exportedAt.slice(0, 10), lang),
          items: itemsText(t, data.holds),
        })}
      </p>
      <p data-testid="restore-current">{t('bk.preview.current', { items: itemsText(t, data.current) })}</p>
      <p class="muted">{t(`bk.preview.checksum.${data.checksum}`)}</p>
      <p>{t('bk.preview.replace')}</p>
      <p data-testid="restore-merge-plan">
        {t('bk.preview.merge', { items: itemsText(t, data.mergeAdds) })}{' '}
        {data.mergeConflicts > 0 &&
          t('bk.preview.conflicts', { count: data.mergeConflicts.toLocaleString(lang) })}
      </p>
      <div class="actions">
        <button type="button" onClick={onReplace} data-testid="restore-replace">
          {t('bk.replace')}
        </button>
        <button type="button" class="secondary" onClick={onMerge} data-testid="restore-merge">
          {t('bk.merge')}
        </button>
        <button type="button" class="secondary" onClick={onCancel} data-testid="restore-cancel">
          {t('bk.cancel')}
        </button>
      </div>
    </section>
  );
}
