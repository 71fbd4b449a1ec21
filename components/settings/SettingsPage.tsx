import './settings.css';
import { localDate } from '../../core/dates';
import { type EcheanceDb, getSettings } from '../../core/db';
import { listScenarios } from '../../core/db/reads';
import { settingsPlain } from '../../core/i18n/catalogue/settings-plain';
import type { AttachmentAccess } from '../../core/platform/gmail-attachments';
import type { Send } from '../../core/protocol';
import { PaymentSection } from '../bank/PaymentSection';
import { useAreaT, useT } from '../i18n';
import { SiteAdapters, type SitePermissions } from '../import/SiteAdapters';
import { useLiveQuery } from '../use-live-query';
import { DisplaySection } from './DisplaySection';
import { GmailAttachments } from './GmailAttachments';
import { IdentitySection } from './IdentitySection';
import { MailSection } from './MailSection';
import { NotificationsSection } from './NotificationsSection';
import { PenaltySection } from './PenaltySection';
import { RatesSection } from './RatesSection';
import { ScenarioSection } from './ScenarioSection';
import { TemplateEditor } from './TemplateEditor';

/**
 * Reads through Dexie (live: a save shows at once), writes only through the background.
 * Each section saves its own part, as it changes, on top of the latest stored settings.
 */
export function SettingsPage({
  db,
  send,
  sites,
  attachments,
}: {
  db: EcheanceDb;
  send: Send;
  sites?: SitePermissions;
  /** Gmail's attachment host (core/platform/gmail-attachments). */
  attachments?: AttachmentAccess;
}) {
  const { t } = useT();
  const { t: tp } = useAreaT(settingsPlain);
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const scenarios = useLiveQuery(() => listScenarios(db), [db]);
  const today = localDate(new Date());

  return (
    <div class="settings" data-testid="settings-page">
      <h2 class="settings-title">{t('set.title')}</h2>
      {!settings || !scenarios ? (
        <p class="muted" role="status">
          {t('set.loading')}
        </p>
      ) : (
        <>
          <IdentitySection settings={settings} send={send} />
          <PaymentSection settings={settings} send={send} />
          <ScenarioSection settings={settings} scenarios={scenarios} send={send} today={today} />
          <TemplateEditor db={db} settings={settings} send={send} today={today} />
          <PenaltySection settings={settings} send={send} />
          <MailSection settings={settings} send={send} />
          {attachments && <GmailAttachments access={attachments} />}
          <NotificationsSection settings={settings} send={send} />
          <DisplaySection settings={settings} send={send} />
          {sites && <SiteAdapters permissions={sites} />}
          {/* Maintained with the extension: shown for the curious, never asked of the user. */}
          <details class="advanced" data-testid="settings-advanced">
            <summary>{tp('sp.advanced')}</summary>
            <RatesSection settings={settings} send={send} />
          </details>
        </>
      )}
    </div>
  );
}
