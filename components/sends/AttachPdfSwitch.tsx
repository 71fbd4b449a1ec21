import { useState } from 'preact/hooks';
import { sends } from '../../core/i18n/catalogue/sends';
import type { Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n/base';

/**
 * « Joindre la facture en PDF aux relances écrites dans Gmail »: on unless the user turns it off
 * (settings `attachInvoicePdf`, absent = on). Saved as it changes, on top of the stored settings.
 */
export function AttachPdfSwitch({ settings, send }: { settings: Settings; send: Send }) {
  const { t } = useAreaT(sends);
  const [on, setOn] = useState(settings.attachInvoicePdf !== false);
  const [error, setError] = useState<string | null>(null);

  async function change(next: boolean) {
    setOn(next);
    const answer = await send('settings/save', { settings: { ...settings, attachInvoicePdf: next } });
    setError(answer.ok ? null : answer.error.message);
    if (!answer.ok) setOn(!next);
  }

  return (
    <div class="attach-pdf">
      <label class="choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => change(e.currentTarget.checked)}
          data-testid="attach-pdf"
        />
        {t('sends.attach.setting')}
      </label>
      <p class="muted">{t('sends.attach.hint')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
