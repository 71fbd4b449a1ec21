import { useEffect, useState } from 'preact/hooks';
import {
  askPersistence,
  type Persistence,
  storagePersistence,
  storageUsage,
} from '../../core/platform/storage';
import { useT } from '../i18n';
import { megabytes } from './counts';

/**
 * Whether the browser keeps the data for good. Asked once on opening (Chrome answers without
 * a prompt), with the reason written above the answer; when it is not granted, the page says
 * so and reminds to export a backup.
 */
export function StorageStatus() {
  const { t, lang } = useT();
  const [state, setState] = useState<Persistence | null>(null);
  const [asked, setAsked] = useState(false);
  const [used, setUsed] = useState<number | null>(null);

  useEffect(() => {
    (async () => {
      let now = await storagePersistence();
      if (now === 'best-effort') {
        now = await askPersistence();
        setAsked(true);
      }
      setState(now);
      setUsed(await storageUsage());
    })();
  }, []);

  async function ask() {
    setState(await askPersistence());
    setAsked(true);
  }

  if (state === null) return null;
  return (
    <section
      aria-labelledby="persist-title"
      class="storage-status"
      data-testid="storage-status"
      data-state={state}
    >
      <h3 id="persist-title">{t('bk.persist.title')}</h3>
      <p class="muted">{t('bk.persist.why')}</p>
      <p class={state === 'persisted' ? 'notice' : 'notice error'} role="status">
        {state === 'persisted'
          ? t('bk.persist.yes')
          : state === 'unknown'
            ? t('bk.persist.unknown')
            : asked
              ? t('bk.persist.refused')
              : t('bk.persist.no')}
      </p>
      {state === 'best-effort' && (
        <button type="button" class="secondary" onClick={ask} data-testid="persist-ask">
          {t('bk.persist.ask')}
        </button>
      )}
      {used !== null && <p class="muted">{t('bk.usage', { used: megabytes(lang, used) })}</p>}
    </section>
  );
}
