import './invoice-editor.css';
import { useState } from 'preact/hooks';
import {
  editFormOf,
  editorChoices,
  type FormField,
  type InvoiceEditForm,
  readEditForm,
} from '../../core/app/invoice-edit-form';
import type { EcheanceDb } from '../../core/db';
import { edit } from '../../core/i18n/catalogue/edit';
import type { Invoice, InvoiceEdit, Mentions } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n/base';
import { useLiveQuery } from '../use-live-query';

interface Props {
  db: EcheanceDb;
  send: Send;
  invoice: Invoice;
}

/**
 * Issue #20, on the invoice page: « Modifier » (the invoice's facts), « Rouvrir » (a paid or
 * written-off invoice), « Ne plus suivre » (erased, « Annuler » for 10 s). The background
 * decides and keeps each for « Annuler » (core/app/edit-invoice.ts); this only asks and shows.
 */
export function InvoiceTools({ db, send, invoice }: Props) {
  const { t, lang } = useAreaT(edit);
  const [mode, setMode] = useState<null | 'edit' | 'remove'>(null);
  const [error, setError] = useState<string | null>(null);
  const closed = invoice.status === 'paid' || invoice.status === 'written_off';
  const answered = (answer: { ok: true } | { ok: false; error: { message: string } }) => {
    setError(answer.ok ? null : answer.error.message);
    if (answer.ok) setMode(null);
  };
  return (
    <section class="card invoice-tools" data-testid="invoice-tools">
      <div class="actions">
        <button
          type="button"
          class="secondary"
          aria-expanded={mode === 'edit'}
          onClick={() => setMode(mode === 'edit' ? null : 'edit')}
          data-testid="invoice-edit"
        >
          {t('edit.open')}
        </button>
        {closed && (
          <button
            type="button"
            class="secondary"
            onClick={async () => answered(await send('invoice/reopen', { invoiceId: invoice.id, lang }))}
            data-testid="invoice-reopen"
          >
            {t('edit.reopen')}
          </button>
        )}
        <button
          type="button"
          class="secondary danger"
          aria-expanded={mode === 'remove'}
          onClick={() => setMode(mode === 'remove' ? null : 'remove')}
          data-testid="invoice-remove"
        >
          {t('edit.remove')}
        </button>
      </div>
      {mode === 'remove' && (
        <p class="notice">
          {t('edit.removeHint')}{' '}
          <button
            type="button"
            class="danger"
            onClick={async () => answered(await send('invoice/remove', { invoiceId: invoice.id, lang }))}
            data-testid="invoice-remove-confirm"
          >
            {t('edit.removeConfirm')}
          </button>
        </p>
      )}
      {mode === 'edit' && (
        <InvoiceEditor
          db={db}
          invoice={invoice}
          onSave={async (e) => answered(await send('invoice/edit', { invoiceId: invoice.id, edit: e, lang }))}
          onClose={() => setMode(null)}
        />
      )}
      {error && (
        <p class="error" role="alert" data-testid="invoice-tools-error">
          {error}
        </p>
      )}
    </section>
  );
}

function InvoiceEditor({
  db,
  invoice,
  onSave,
  onClose,
}: {
  db: EcheanceDb;
  invoice: Invoice;
  onSave: (edit: InvoiceEdit) => Promise<void>;
  onClose: () => void;
}) {
  const { t, lang } = useAreaT(edit);
  const choices = useLiveQuery(() => editorChoices(db), [db]);
  const [form, setForm] = useState<InvoiceEditForm>(() => editFormOf(invoice));
  const [errors, setErrors] = useState<{ field: FormField; message: string }[]>([]);
  const set = (patch: Partial<InvoiceEditForm>) => setForm({ ...form, ...patch });
  const errorOf = (field: FormField) => errors.find((e) => e.field === field)?.message;

  const text = (field: FormField, key: keyof InvoiceEditForm, type = 'text') => (
    <label class="field">
      <span>{t(`edit.field.${field}`)}</span>
      <input
        type={type}
        value={form[key] as string}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
        aria-invalid={errorOf(field) ? true : undefined}
        data-testid={`edit-${key}`}
      />
      {errorOf(field) && <span class="error">{errorOf(field)}</span>}
    </label>
  );
  const mention = (k: keyof Mentions) => (
    <label>
      <input
        type="checkbox"
        checked={form.mentions[k]}
        onChange={(e) => set({ mentions: { ...form.mentions, [k]: e.currentTarget.checked } })}
        data-testid={`edit-mention-${k}`}
      />{' '}
      {t(`edit.field.mentions.${k}`)}
    </label>
  );

  return (
    <form
      class="invoice-editor"
      data-testid="invoice-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        const read = readEditForm(form, lang);
        setErrors(read.ok ? [] : read.errors);
        if (read.ok) await onSave(read.edit);
      }}
    >
      <h4>{t('edit.title')}</h4>
      {text('number', 'number')}
      <label class="field">
        <span>{t('edit.field.clientId')}</span>
        <select
          value={form.clientId}
          onChange={(e) => set({ clientId: e.currentTarget.value })}
          data-testid="edit-client"
        >
          {choices?.clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {text('issueDate', 'issueDate', 'date')}
      {text('dueDate', 'dueDate', 'date')}
      {text('paymentTerms', 'paymentTerms')}
      {text('totalCents', 'total')}
      {text('amountDueCents', 'amountDue')}
      <p class="muted small">{t('edit.amountHint')}</p>
      {text('currency', 'currency')}
      <fieldset>
        <legend>{t('edit.field.mentions')}</legend>
        {mention('dueDate')}
        {mention('penaltyRate')}
        {mention('recoveryIndemnity')}
      </fieldset>
      <label class="field">
        <span>{t('edit.field.scenarioId')}</span>
        <select
          value={form.scenarioId}
          onChange={(e) => set({ scenarioId: e.currentTarget.value })}
          data-testid="edit-scenario"
        >
          <option value="">{t('edit.clientScenario')}</option>
          {choices?.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{t('edit.recompute')}</p>
      {errors.length > 0 && (
        <ul class="error" role="alert" data-testid="edit-errors">
          {errors.map((e) => (
            <li key={e.field}>{e.message}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" data-testid="edit-save">
          {t('edit.save')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
