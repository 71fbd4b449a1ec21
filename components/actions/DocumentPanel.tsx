import { useState } from 'preact/hooks';
import { toBase64 } from '../../core/bytes';
import type { EcheanceDb } from '../../core/db';
import { hasUnstatedPenalties } from '../../core/law/compliance';
import { newId, type StoredFile } from '../../core/model';
import { download } from '../download';
import { useT } from '../i18n';
import { record } from './events';
import type { ActionPanelProps } from './use-case';

export type DocumentKind = 'letter' | 'formal_notice' | 'kit' | 'plan' | 'claim';

const LABELS = {
  letter: 'act.letter',
  formal_notice: 'act.formalNotice',
  kit: 'act.kit',
  plan: 'act.planPdf',
  claim: 'act.claimPdf',
} as const;

const RECORD_LABELS = {
  letter: 'act.recordLetter',
  formal_notice: 'act.recordNotice',
  kit: 'act.recordLetter',
  plan: 'act.recordLetter',
  claim: 'act.claimDeclared',
} as const;

interface DocumentPanelProps extends ActionPanelProps {
  db: EcheanceDb;
  kind: DocumentKind;
}

/**
 * Generates the document locally (jsPDF is loaded only now, to keep the popup light), saves
 * it, then lets the user record the day it was actually sent, with the tracking number.
 */
export function DocumentPanel({ db, live, send, today, kind, onDone }: DocumentPanelProps) {
  const { t } = useT();
  const { kase, action, settings } = live;
  const [generated, setGenerated] = useState(false);
  const [sentOn, setSentOn] = useState(today);
  const [tracking, setTracking] = useState('');
  const [representative, setRepresentative] = useState({ name: '', address: '' });
  // The judgment date is asked for: the BODACC publication comes days later (legal-fr §7.9).
  const [opening, setOpening] = useState('');
  // « Réclamer aussi les pénalités légales » (§7.4): on by default in the court kit only.
  const [claimLegal, setClaimLegal] = useState(kind === 'kit');
  const unstated = hasUnstatedPenalties(kase.invoice.mentions, kase.client.kind);
  const [acknowledgement, setAcknowledgement] = useState<StoredFile | null>(null);
  // The quote, contract, terms of sale: listed as enclosures (issue #14).
  const [enclosures, setEnclosures] = useState('');
  const law = useT();
  const stepId = action.kind === 'step' ? action.step.id : null;
  const id = kase.invoice.id;

  async function generate() {
    try {
      const docs = await import('../../core/documents');
      const input = {
        client: kase.client,
        invoices: [kase.invoice],
        events: kase.events,
        settings,
        asOf: today,
        claimLegalPenalties: claimLegal,
        enclosures: docs.enclosureLines(enclosures),
      };
      if (kind === 'claim' && !opening) return onDone(t('act.openingJudgmentMissing'));
      const built =
        kind === 'kit'
          ? docs.buildKitZip({
              ...input,
              files: await db.files.where('invoiceId').equals(id).toArray(),
              acknowledgement,
            })
          : kind === 'formal_notice'
            ? docs.buildFormalNoticePdf(input)
            : kind === 'plan'
              ? docs.buildPaymentPlanPdf(input)
              : kind === 'claim'
                ? docs.buildClaimDeclarationPdf({ ...input, representative, openingJudgmentDate: opening })
                : docs.buildReminderLetterPdf(input);
      download(built.fileName, new Blob([built.bytes as BlobPart], { type: built.mime }));
      setGenerated(true);
    } catch (e) {
      onDone(e instanceof Error ? e.message : String(e));
    }
  }

  async function recordSent() {
    const trackingNumber = tracking.trim() || null;
    if (kind === 'formal_notice') {
      onDone(await record(send, id, 'formal_notice_sent', sentOn, { stepId, trackingNumber }));
    } else if (kind === 'letter') {
      const registered = action.kind === 'step' && action.step.action === 'registered_letter';
      onDone(await record(send, id, 'letter_sent', sentOn, { stepId, registered, trackingNumber }));
    } else if (kind === 'claim') {
      onDone(await record(send, id, 'claim_declared', sentOn, {}));
    } else {
      onDone(await record(send, id, 'court_filing', sentOn, { stepId }));
    }
  }

  const set = (field: 'name' | 'address') => (e: { currentTarget: HTMLInputElement }) =>
    setRepresentative({ ...representative, [field]: e.currentTarget.value });
  return (
    <div class="panel" data-testid={`document-${kind}`}>
      {kind === 'claim' && (
        <div class="record">
          <label>
            {t('act.representative')} <input value={representative.name} onInput={set('name')} />
          </label>
          <label>
            {t('act.representativeAddress')} <input value={representative.address} onInput={set('address')} />
          </label>
          <label>
            {t('act.openingJudgment')}{' '}
            <input type="date" value={opening} onInput={(e) => setOpening(e.currentTarget.value)} />
          </label>
        </div>
      )}
      {(kind === 'kit' || kind === 'formal_notice') && unstated && (
        <label>
          <input
            type="checkbox"
            checked={claimLegal}
            data-testid="claim-legal-penalties"
            onChange={(e) => setClaimLegal(e.currentTarget.checked)}
          />{' '}
          {t('act.claimLegalPenalties')}
        </label>
      )}
      {kind === 'kit' && (
        <label>
          {t('act.acknowledgement')}{' '}
          <input
            type="file"
            accept="application/pdf,image/*"
            data-testid="kit-acknowledgement"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              setAcknowledgement(file ? await storedFile(file, id) : null);
            }}
          />
        </label>
      )}
      {/* Letters list them; the kit's exhibits are files (its own file input). */}
      {(kind === 'letter' || kind === 'formal_notice') && (
        <label class="enclosures">
          {law.t('enclosures.label')}
          <textarea
            rows={2}
            value={enclosures}
            placeholder={law.t('enclosures.hint')}
            data-testid="document-enclosures"
            onInput={(e) => setEnclosures(e.currentTarget.value)}
          />
        </label>
      )}
      <button type="button" onClick={generate} data-testid="document-generate">
        {t(LABELS[kind])}
      </button>
      {generated && kind !== 'plan' && (
        <div class="record">
          <label>
            {t('act.sentOn')}{' '}
            <input type="date" value={sentOn} onInput={(e) => setSentOn(e.currentTarget.value)} />
          </label>
          {(kind === 'letter' || kind === 'formal_notice') && (
            <label>
              {t('act.tracking')}{' '}
              <input value={tracking} onInput={(e) => setTracking(e.currentTarget.value)} />
            </label>
          )}
          <button type="button" class="secondary" onClick={recordSent} data-testid="document-record">
            {t(RECORD_LABELS[kind])}
          </button>
        </div>
      )}
    </div>
  );
}

/** The acknowledgement of receipt the user scanned, as the kit takes files. */
async function storedFile(file: File, invoiceId: string): Promise<StoredFile> {
  return {
    id: newId(),
    invoiceId,
    name: file.name,
    mime: file.type || 'application/octet-stream',
    base64: toBase64(new Uint8Array(await file.arrayBuffer())),
  };
}
