/**
 * The card shown on an invoice page of an enabled invoicing app: the same summary as in Gmail
 * (« Facture … · montant · échéance … · [Suivre] »), then a short form for what the page does not
 * say (the client kind always: the law depends on it). Zod-free: it runs in a content script.
 */
import { useState } from 'preact/hooks';
import { formatDate } from '../../core/dates';
import type { ImportItemInput, Language } from '../../core/model';
import { formatMoney, parseAmount } from '../../core/money';
import type { SiteInvoice } from '../../core/sites/invoice-page/types';
import { translator } from '../i18n';
import { amountText } from './draft';

export type TrackAnswer = { ok: true; alreadyTracked: boolean } | { ok: false; message: string };

interface SiteCardProps {
  lang: Language;
  url: string;
  invoice: SiteInvoice;
  onTrack: (item: ImportItemInput) => Promise<TrackAnswer>;
}

export function SiteCard({ lang, url, invoice, onTrack }: SiteCardProps) {
  const t = translator(lang);
  const due = invoice.amountDueCents ?? invoice.totalCents;
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<'idle' | 'busy' | 'tracked' | 'already'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [number, setNumber] = useState(invoice.number ?? '');
  const [amount, setAmount] = useState(due !== null ? amountText(invoice.totalCents ?? due) : '');
  const [dueDate, setDueDate] = useState(invoice.dueDate ?? '');
  const [client, setClient] = useState(invoice.buyerName ?? '');
  const [kind, setKind] = useState<'pro' | 'particulier' | null>(null);
  // Read from the page: shown, so the user sees (and may change) where reminders will go.
  const [email, setEmail] = useState(invoice.buyerEmail ?? '');
  const fr = lang === 'fr';
  const emailLabel = fr ? 'E-mail du client' : 'Client email';

  const summary = [
    `${t('card.invoice')} ${invoice.number ?? '?'}`,
    due !== null ? formatMoney(due, invoice.currency ?? 'EUR', lang) : null,
    invoice.dueDate ? `${t('card.due')} ${formatDate(invoice.dueDate, lang)}` : null,
  ].filter(Boolean);

  async function submit(e: Event) {
    e.preventDefault();
    if (!e.isTrusted) return;
    const total = parseAmount(amount);
    if (!number.trim() || total === null || total <= 0 || !dueDate || !client.trim() || !kind) {
      setError(t('preview.missing', { fields: missing(t, { number, total, dueDate, client, kind }) }));
      return;
    }
    if (email.trim() && !EMAIL.test(email.trim())) {
      setError(fr ? 'E-mail du client invalide.' : 'Invalid client email.');
      return;
    }
    setState('busy');
    const answer = await onTrack({
      number: number.trim(),
      clientName: client.trim(),
      clientEmail: email.trim() || null,
      clientKind: kind,
      totalCents: total,
      amountDueCents: Math.min(invoice.amountDueCents ?? total, total),
      issueDate: invoice.issueDate,
      dueDate,
      currency: invoice.currency ?? 'EUR',
      mentions: { dueDate: invoice.dueDate !== null, penaltyRate: false, recoveryIndemnity: false },
      origin: { kind: 'web', url },
    });
    if (answer.ok) setState(answer.alreadyTracked ? 'already' : 'tracked');
    else {
      setState('idle');
      setError(t('preview.error', { message: answer.message }));
    }
  }

  if (state === 'tracked' || state === 'already') {
    return (
      <section class="card" data-testid="site-card">
        <div class="line" data-testid="site-card-status">
          {summary.join(' · ')} — {t(state === 'tracked' ? 'card.tracked' : 'card.already')}
        </div>
      </section>
    );
  }
  const field = (label: string, value: string, set: (v: string) => void, type = 'text') => (
    <label class="field">
      <span>{label}</span>
      <input type={type} value={value} onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );
  return (
    <section class="card" data-testid="site-card" aria-label={t('card.confirm')}>
      <div class="line">
        <span class="summary" data-testid="site-card-summary">
          {summary.join(' · ')}
        </span>
        {invoice.paid ? (
          <span class="muted">{t('card.paid')}</span>
        ) : (
          !open && (
            <button type="button" class="primary" onClick={() => setOpen(true)}>
              {t('card.track')}
            </button>
          )
        )}
      </div>
      {open && (
        <form class="track-form" onSubmit={submit}>
          <div class="grid">
            {field(t('preview.number'), number, setNumber)}
            {field(t('preview.amount'), amount, setAmount)}
            {field(t('preview.dueDate'), dueDate, setDueDate, 'date')}
            {field(t('preview.client'), client, setClient)}
            {field(emailLabel, email, setEmail, 'email')}
          </div>
          <fieldset>
            <legend>{t('preview.kind')}</legend>
            {(['pro', 'particulier'] as const).map((k) => (
              <label key={k} class="choice">
                <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />{' '}
                {t(`preview.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={state === 'busy'}>
              {t('card.confirm')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('card.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

function missing(
  t: ReturnType<typeof translator>,
  v: { number: string; total: number | null; dueDate: string; client: string; kind: string | null },
): string {
  return [
    !v.number.trim() && t('preview.number'),
    (v.total === null || v.total <= 0) && t('preview.amount'),
    !v.dueDate && t('preview.dueDate'),
    !v.client.trim() && t('preview.client'),
    !v.kind && t('preview.kind'),
  ]
    .filter(Boolean)
    .join(', ');
}
