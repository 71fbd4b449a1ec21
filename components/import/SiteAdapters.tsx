import './import.css';
import { useEffect, useState } from 'preact/hooks';
import { INVOICE_APPS } from '../../core/sites/invoice-page';
import { useT } from '../i18n';

/** What the settings need from core/platform/scripting.ts (injected, so it renders in tests). */
export interface SitePermissions {
  granted: () => Promise<string[]>;
  /** Called from the click itself: browsers grant permissions only during a user gesture. */
  request: (origins: string[]) => Promise<boolean>;
  remove: (origins: string[]) => Promise<boolean>;
}

/**
 * « https://factures.example.fr/x » → « https://factures.example.fr/* »; null when not https,
 * or when the host is a wildcard (`https://*`) or has no dot (`localhost`): one site, named.
 */
export function originPattern(input: string): string | null {
  try {
    const url = new URL(input.trim());
    const host = url.hostname;
    return url.protocol === 'https:' && host.includes('.') && !host.includes('*')
      ? `https://${url.host}/*`
      : null;
  } catch {
    return null;
  }
}

/** The invoicing apps with a toggle per hosted offer, and the user's own instances by origin. */
export function SiteAdapters({ permissions }: { permissions: SitePermissions }) {
  const { t } = useT();
  const [granted, setGranted] = useState<string[] | null>(null);
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => permissions.granted().then(setGranted);
  useEffect(() => {
    refresh();
  }, []);

  async function toggle(origins: string[], on: boolean) {
    setProblem(null);
    const ok = on ? await permissions.request(origins) : await permissions.remove(origins);
    if (on && !ok) setProblem(t('sites.refused'));
    await refresh();
  }

  const hosted = new Set(INVOICE_APPS.flatMap((a) => a.hosts));
  const own = (granted ?? []).filter((o) => !hosted.has(o));
  return (
    <section class="site-adapters" aria-labelledby="sites-title" data-testid="site-adapters">
      <h2 id="sites-title">{t('sites.title')}</h2>
      <p class="muted">{t('sites.help')}</p>
      <ul>
        {INVOICE_APPS.filter((a) => a.hosts.length > 0).map((app) => {
          const on = app.hosts.every((h) => granted?.includes(h));
          return (
            <li key={app.id} data-app={app.id}>
              <span>
                <strong>{app.name}</strong> <span class="muted">{app.hosts.join(', ')}</span>
              </span>
              <button type="button" class={on ? 'secondary' : ''} onClick={() => toggle(app.hosts, !on)}>
                {on ? t('sites.disable') : t('sites.enable')}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const pattern = originPattern(custom);
          if (!pattern) return setProblem(t('sites.invalidAddress'));
          toggle([pattern], true).then(() => setCustom(''));
        }}
      >
        <label class="sr-only" for="site-origin">
          {t('sites.selfHosted')}
        </label>
        <input
          id="site-origin"
          type="url"
          placeholder={t('sites.selfHosted.placeholder')}
          value={custom}
          onInput={(e) => setCustom(e.currentTarget.value)}
        />
        <button type="submit">{t('sites.add')}</button>
      </form>
      <p class="muted">
        {t('sites.selfHosted')} — {INVOICE_APPS.map((a) => a.name).join(', ')}
      </p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <h3>{t('sites.granted')}</h3>
      {own.length === 0 ? (
        <p class="muted">{t('sites.none')}</p>
      ) : (
        <ul>
          {own.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>
              <button type="button" class="secondary" onClick={() => toggle([origin], false)}>
                {t('sites.disable')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
