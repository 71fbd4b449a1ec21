import { useState } from 'preact/hooks';
import { type DocumentKind, documentEvent } from '../../core/app/document-event';
import { toBase64 } from '../../core/bytes';
import type { EcheanceDb } from '../../core/db';
import { missingParts } from '../../core/documents/requirements';
import { newId, type StoredFile } from '../../core/model';
import { download } from '../download';
import { useT } from '../i18n';
import { PartsForm } from '../welcome/PartsForm';
import { recordDraft } from './events';
import type { ActionPanelProps } from './use-case';

export type { DocumentKind };

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
  const { kase, action, settings, unstatedPenalties: unstated } = live;
  const [generated, setGenerated] = useState(false);
  const [sentOn, setSentOn] = useState(today);
  const [tracking, setTracking] = useState('');
  const [representative, setRepresentative] = useState({ name: '', address: '' });
  // The judgment date is asked for: the BODACC publication comes days later (legal-fr §7.9).
  const [opening, setOpening] = useState('');
  // « Réclamer aussi les pénalités légales » (§7.4): on by default in the court kit only.
  const [claimLegal, setClaimLegal] = useState(kind === 'kit');
  const [acknowledgement, setAcknowledgement] = useState<StoredFile | null>(null);
  // The quote, contract, terms of sale: listed as enclosures (issue #14).
  const [enclosures, setEnclosures] = useState('');
  const law = useT();
  // Letters refuse to go without sender and recipient address (core/documents/requirements), and
  // so do the court kit and the payment plan; the claim declaration goes to the mandataire, so
  // only the sender is asked. What is missing is asked inline.
  const parts = kind === 'claim' ? 'sender-only' : 'posted';
  const incomplete = missingParts(settings.identity, kase.client, parts).length > 0;
  const id = kase.invoice.id;
  // What « sent » records is core/app's answer; a payment plan records nothing.
  const sentEvent = documentEvent(kind, action, { sentOn, tracking }, settings);

  async function generate() {
    try {
      if (kind === 'claim' && !opening) return onDone(t('act.openingJudgmentMissing'));
      const { buildCaseDocument } = await import('../../core/app/case-document');
      const built = await buildCaseDocument(db, {
        kind,
        live,
        asOf: today,
        claimLegalPenalties: claimLegal,
        enclosures,
        acknowledgement,
        representative,
        openingJudgmentDate: opening,
      });
      download(built.fileName, new Blob([built.bytes as BlobPart], { type: built.mime }));
      setGenerated(true);
    } catch (e) {
      onDone(e instanceof Error ? e.message : String(e));
    }
  }

  async function recordSent() {
    if (sentEvent) onDone(await recordDraft(send, id, sentEvent));
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
      <PartsForm settings={settings} client={kase.client} kind={parts} send={send} />
      <button type="button" onClick={generate} disabled={incomplete} data-testid="document-generate">
        {t(LABELS[kind])}
      </button>
      {generated && sentEvent && (
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
