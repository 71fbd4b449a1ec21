import { useState } from 'preact/hooks';
import { type Conflict, type ReadBackup, restoreInChunks } from '../core/backup';
import type { EcheanceDb } from '../core/db';
import { BACKUP_VERSION, newId } from '../core/model';
import type { ProtocolError, Send } from '../core/protocol';
import { AutoBackup } from './backup/AutoBackup';
import { backupBlob, readChosenFile, stamp } from './backup/backup-file';
import { ConflictList } from './backup/ConflictList';
import { itemsText } from './backup/counts';
import { FolderRestore } from './backup/FolderRestore';
import { type PreviewData, RestorePreview } from './backup/RestorePreview';
import { StorageStatus } from './backup/StorageStatus';
import { type Translate, useT } from './i18n';

type Message = { ok: boolean; text: string };

/** Why a file was refused, in the user's words; the first issues name their row and field. */
function refusal(t: Translate, read: Extract<ReadBackup, { ok: false }>): string {
  const reason =
    read.code === 'newer'
      ? t('bk.err.newer', { version: read.version ?? '?', ours: BACKUP_VERSION })
      : read.code === 'invalid'
        ? t('bk.err.invalid', {
            issues: read.issues
              .slice(0, 3)
              .map((i) => `${i.path} : ${i.message}`)
              .join(' — '),
          })
        : t(`bk.err.${read.code}`);
  return t('backup.refused', { reason });
}

function failure(t: Translate, error: ProtocolError): string {
  if (error.code === 'quota') return t('bk.err.quota');
  const detail = [error.message, ...error.issues.slice(0, 3).map((i) => `${i.path} : ${i.message}`)].join(
    ' — ',
  );
  return t('bk.err.failed', { message: detail });
}

/**
 * Export everything to one JSON file; restore it after showing what it holds and what it would
 * replace. « Remplacer » downloads a safety copy of the current data first; « Fusionner » adds
 * what is new and lists conflicts. Either way it travels in chunks and lands in one transaction.
 */
export function BackupPanel({
  db,
  send,
  download,
}: {
  db: EcheanceDb;
  send: Send;
  download: (name: string, blob: Blob) => void;
}) {
  const { t, lang } = useT();
  const [message, setMessage] = useState<Message | null>(null);
  const [preview, setPreview] = useState<PreviewData | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<{ list: Conflict[]; total: number } | null>(null);
  // Bumped after a restore, so that the storage panel reads the space used again.
  const [restores, setRestores] = useState(0);

  async function exportNow() {
    const now = new Date();
    download(`echeance-sauvegarde-${now.toISOString().slice(0, 10)}.json`, await backupBlob(db, now));
  }

  async function choose(file: File) {
    setMessage(null);
    setConflicts(null);
    setBusy(t('bk.reading'));
    const read = await readChosenFile(db, file).finally(() => setBusy(null));
    if (read.ok) setPreview(read.preview);
    else setMessage({ ok: false, text: refusal(t, read) });
  }

  async function restore(mode: 'replace' | 'merge') {
    if (!preview) return;
    const { backup, current } = preview;
    setPreview(null);
    const notes: string[] = [];
    if (Object.values(current).some((n) => n > 0)) {
      // Before anything changes, the data as it is now goes to a file the user keeps.
      const now = new Date();
      const name = `echeance-avant-restauration-${stamp(now)}.json`;
      download(name, await backupBlob(db, now));
      notes.push(t('bk.safety', { name }));
    }
    const answer = await restoreInChunks(send, backup, mode, newId(), (done, total) =>
      setBusy(t('bk.sending', { done, total })),
    );
    setBusy(null);
    setRestores((n) => n + 1);
    if (!answer.ok) return setMessage({ ok: false, text: [failure(t, answer.error), ...notes].join(' ') });
    const added = itemsText(t, answer.data);
    const text =
      mode === 'replace'
        ? t('bk.done.replace', { items: added })
        : t('bk.done.merge', { items: added, unchanged: answer.data.unchanged.toLocaleString(lang) });
    setMessage({ ok: true, text: [text, ...notes].join(' ') });
    if (mode === 'merge') setConflicts({ list: answer.data.conflicts, total: answer.data.conflictCount });
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
            disabled={busy !== null}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) choose(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <AutoBackup db={db} send={send} />
      <FolderRestore onFile={choose} disabled={busy !== null} />
      {preview && (
        <RestorePreview
          data={preview}
          onReplace={() => restore('replace')}
          onMerge={() => restore('merge')}
          onCancel={() => {
            setPreview(null);
            setMessage({ ok: true, text: t('bk.cancelled') });
          }}
        />
      )}
      {busy && (
        <p role="status" data-testid="backup-busy">
          {busy}
        </p>
      )}
      {message && (
        <p
          class={message.ok ? 'notice' : 'error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="backup-message"
        >
          {message.text}
        </p>
      )}
      {conflicts && <ConflictList conflicts={conflicts.list} total={conflicts.total} />}
      <StorageStatus key={restores} />
    </section>
  );
}
