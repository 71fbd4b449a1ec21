import { sends } from '../../core/i18n/catalogue/sends';
import { useAreaT } from '../i18n/base';

/**
 * « Joindre la facture en PDF aux relances écrites dans Gmail »: on unless the user turns it off
 * (settings `attachInvoicePdf`, absent = on). The mail section holds the value and saves it with
 * its own fields, as it changes: one save, never two racing over the same settings.
 */
export function AttachPdfSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useAreaT(sends);
  return (
    <div class="attach-pdf">
      <label class="choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onChange(e.currentTarget.checked)}
          data-testid="attach-pdf"
        />
        {t('sends.attach.setting')}
      </label>
      <p class="muted">{t('sends.attach.hint')}</p>
    </div>
  );
}
