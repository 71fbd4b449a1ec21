import type { Conflict } from '../../core/backup';
import { useT } from '../i18n';

/** What « Fusionner » kept as it was here; labels come from the file and are shown as text. */
export function ConflictList({ conflicts, total }: { conflicts: readonly Conflict[]; total: number }) {
  const { t, lang } = useT();
  if (total === 0) return null;
  return (
    <details open class="conflicts" data-testid="restore-conflicts">
      <summary>{t('bk.conflicts.title', { count: total.toLocaleString(lang) })}</summary>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.table}|${c.label}`} data-testid="restore-conflict">
            {c.reason === 'number-taken'
              ? t('bk.conflict.number-taken', { label: c.label })
              : t('bk.conflict.different', { label: `${t(`bk.table.${c.table}`)} ${c.label}` })}
          </li>
        ))}
      </ul>
      {total > conflicts.length && (
        <p>{t('bk.conflicts.more', { count: (total - conflicts.length).toLocaleString(lang) })}</p>
      )}
    </details>
  );
}
