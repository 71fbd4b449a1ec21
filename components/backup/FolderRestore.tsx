import { useState } from 'preact/hooks';
import { AUTO_BACKUP_DIR, backupsNewestFirst, type FoundBackup } from '../../core/backup/schedule';
import { formatDate } from '../../core/dates';
import { autoBackup } from '../../core/i18n/catalogue/auto-backup';
import { backupFilesIn, canPickFolder, pickFolder } from '../../core/platform/backup-folder';
import { useAreaT } from '../i18n';

/**
 * « Restaurer depuis le dossier »: on a new computer or a fresh profile, the backup folder is
 * read (the files only, nothing is written there) and its backups listed newest first; the one
 * chosen goes through the same preview and restore as a file chosen by hand.
 */
export function FolderRestore({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t, lang } = useAreaT(autoBackup);
  const [found, setFound] = useState<{ list: FoundBackup[]; read: (name: string) => Promise<File> } | null>(
    null,
  );
  if (!canPickFolder()) return <p class="muted">{t('ab.restore.downloads')}</p>;

  async function choose() {
    const handle = await pickFolder('read');
    if (!handle) return;
    const files = await backupFilesIn(handle, AUTO_BACKUP_DIR);
    setFound({ list: backupsNewestFirst(files.names), read: files.read });
  }

  return (
    <section aria-labelledby="folder-restore-title" data-testid="folder-restore">
      <h3 id="folder-restore-title">{t('ab.restore.title')}</h3>
      <p class="muted">{t('ab.restore.help')}</p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={choose}
          disabled={disabled}
          data-testid="folder-restore-choose"
        >
          {t('ab.restore.choose')}
        </button>
      </div>
      {found &&
        (found.list.length === 0 ? (
          <p class="error" role="alert" data-testid="folder-restore-none">
            {t('ab.restore.none')}
          </p>
        ) : (
          <>
            <p role="status">{t('ab.restore.found', { count: found.list.length })}</p>
            <ul class="folder-backups" data-testid="folder-restore-list">
              {found.list.map((b) => (
                <li key={b.name}>
                  <button
                    type="button"
                    class="secondary"
                    disabled={disabled}
                    onClick={async () => {
                      onFile(await found.read(b.name));
                      setFound(null);
                    }}
                  >
                    {t('ab.restore.item', { date: formatDate(b.day, lang) })}
                  </button>{' '}
                  <span class="muted">{b.name}</span>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
