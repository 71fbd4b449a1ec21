import type { InvoiceStatus } from '../../core/model';
import { useT } from '../i18n';

const TONE: Record<InvoiceStatus, string> = {
  open: '',
  disputed: 'tag-late',
  promised: '',
  plan: '',
  proceedings: 'tag-late',
  paid: 'tag-ok',
  written_off: '',
};

export function StatusTag({ status }: { status: InvoiceStatus }) {
  const { t } = useT();
  return (
    <span class={`tag ${TONE[status]}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

/** The invoice page's one status line, decided and worded in core (core/app/invoice-status). */
export function StatusLine({ text, tone }: { text: string; tone: string }) {
  return (
    <p class="status-line" role="status" data-testid="invoice-status" data-tone={tone}>
      {text}
    </p>
  );
}
