import { useState } from 'preact/hooks';
import type { EcheanceDb } from '../../core/db';
import type { IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { download } from '../download';
import { useT } from '../i18n';
import { record } from './events';
import type { LiveCase } from './use-case';

export type DocumentKind = 'letter' | 'formal_notice' | 'kit';

/**
 * Generates the document locally (jsPDF is loaded only now, to keep the popup light), saves
 * it, then lets the user record the day it was actually sent, with the tracking number.
 */
export function DocumentPanel({
  db,
  live,
  send,
  today,
  kind,
  onDone,
}: {
  db: EcheanceDb;
  live: LiveCase;
  send: Send;
  today: IsoDate;
  kind: DocumentKind;
  onDone: (error: string | null) => void;
}) {
  const { t } = useT();
  const [generated, setGenerated] = useState(false);
  const [sentOn, setSentOn] = useState(today);
  const [tracking, setTracking] = useState('');
  const { kase, action, settings } = live;
  const stepId = action.kind === 'step' ? action.step.id : null;

  async function generate() {
    try {
      const docs = await import('../../core/documents');
      const input = {
        client: kase.client,
        invoices: [kase.invoice],
        events: kase.events,
        settings,
        asOf: today,
      };
      if (kind === 'kit') {
        const files = await db.files.where('invoiceId').equals(kase.invoice.id).toArray();
        const kit = docs.buildKitZip({ ...input, files });
        download(kit.fileName, new Blob([kit.bytes as BlobPart], { type: kit.mime }));
      } else {
        const built =
          kind === 'formal_notice' ? docs.buildFormalNoticePdf(input) : docs.buildReminderLetterPdf(input);
        download(built.fileName, new Blob([built.bytes as BlobPart], { type: built.mime }));
      }
      setGenerated(true);
    } catch (e) {
      onDone(e instanceof Error ? e.message : String(e));
    }
  }

  async function recordSent() {
    const trackingNumber = tracking.trim() || null;
    if (kind === 'formal_notice') {
      onDone(await record(send, kase.invoice.id, 'formal_notice_sent', sentOn, { stepId, trackingNumber }));
    } else if (kind === 'letter') {
      const registered = action.kind === 'step' && action.step.action === 'registered_letter';
      onDone(
        await record(send, kase.invoice.id, 'letter_sent', sentOn, { stepId, registered, trackingNumber }),
      );
    } else {
      onDone(await record(send, kase.invoice.id, 'court_filing', sentOn, { stepId }));
    }
  }

  const label =
    kind === 'formal_notice' ? t('act.formalNotice') : kind === 'letter' ? t('act.letter') : t('act.kit');
  return (
    <div class="panel" data-testid={`document-${kind}`}>
      <button type="button" onClick={generate} data-testid="document-generate">
        {label}
      </button>
      {generated && (
        <div class="record">
          <label>
            {t('act.sentOn')}{' '}
            <input type="date" value={sentOn} onInput={(e) => setSentOn(e.currentTarget.value)} />
          </label>
          {kind !== 'kit' && (
            <label>
              {t('act.tracking')}{' '}
              <input value={tracking} onInput={(e) => setTracking(e.currentTarget.value)} />
            </label>
          )}
          <button type="button" class="secondary" onClick={recordSent} data-testid="document-record">
            {kind === 'formal_notice' ? t('act.recordNotice') : t('act.recordLetter')}
          </button>
        </div>
      )}
    </div>
  );
}
