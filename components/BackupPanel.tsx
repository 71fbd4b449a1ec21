import { useState } from 'preact/hooks';
import { type EcheanceDb, exportBackup } from '../core/db';
import type { Send } from '../core/protocol';
import { useT } from './i18n';
import { readTextFile } from './read-file';

/** Export everything to one JSON file; restore it whole or not at all. */
export function BackupPanel({
  db,
  send,
  download,
}: {
  db: EcheanceDb;
  send: Send;
  download: (name: string, blob: Blob) => void;
}) {
  const { t } = useT();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function exportNow() {
    const now = new Date();
    const backup = await exportBackup(db, now.toISOString());
    const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
    download(`echeance-sauvegarde-${now.toISOString().slice(0, 10)}.json`, blob);
  }

  async function restore(file: File) {
    const text = await readTextFile(file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text ?? '');
    } catch {
      return setMessage({ ok: false, text: t('backup.refused', { reason: 'JSON illisible' }) });
    }
    const answer = await send('backup/restore', { backup: parsed });
    setMessage(
      answer.ok
        ? { ok: true, text: t('backup.restored', answer.data) }
        : {
            ok: false,
            text: t('backup.refused', {
              reason: [
                answer.error.message,
                ...answer.error.issues.slice(0, 3).map((i) => `${i.path} : ${i.message}`),
              ].join(' — '),
            }),
          },
    );
  }

  return (
    <section aria-labelledby="backup-title" id="backup">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p class="muted">{t('backup.help')}</p>
      <div class="actions">
        <button type="button" onClick={exportNow} data-testid="backup-export">
          {t('backup.export')}
        </button>
        <label class="button secondary">
          {t('backup.import')}
          <input
            type="file"
            accept=".json,application/json"
            class="sr-only"
            data-testid="backup-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) restore(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {message && (
        <p
          class={message.ok ? 'notice' : 'error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="backup-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
