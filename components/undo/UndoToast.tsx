import './undo.css';
import { useEffect, useState } from 'preact/hooks';
import { undoSecondsLeft } from '../../core/app/undo-countdown';
import { latestUndo, undoLabelKey } from '../../core/app/undo-offer';

import type { EcheanceDb } from '../../core/db/database';
import { edit } from '../../core/i18n/catalogue/edit';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n/base';
import { useLiveQuery } from '../use-live-query';

/**
 * « Annuler » for 10 s after any action on an invoice (issue #20), in the popup and the
 * dashboard: the background keeps what each action changed (core/app/undo.ts); this shows the
 * newest one still in its period, and asks the background to write it back.
 */
export function UndoToast({ db, send }: { db: EcheanceDb; send: Send }) {
  const { t } = useAreaT(edit);
  const offer = useLiveQuery(() => latestUndo(db, new Date()), [db]);
  const [, setTick] = useState(0);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  // Read at each render (the tick below only asks for one): never the time the toast mounted.
  const left = offer ? undoSecondsLeft(offer.until, Date.now()) : 0;
  // Ticks while an offer is shown: the countdown, and the toast goes at the end of the period.
  useEffect(() => {
    if (!offer) return;
    const timer = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [offer?.id]);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), 4000);
    return () => clearTimeout(timer);
  }, [said]);

  async function revert(id: string) {
    const answer = await send('undo/apply', { undoId: id });
    setSaid(answer.ok ? { ok: true, text: t('undo.done') } : { ok: false, text: answer.error.message });
  }

  if (offer && left > 0) {
    return (
      <div class="undo-toast" role="status" data-testid="undo-toast" data-kind={offer.kind}>
        <span>
          {t(undoLabelKey(offer.kind))}
          {offer.numbers.length > 0 && <span class="undo-numbers"> · {offer.numbers.join(', ')}</span>}
        </span>
        <button type="button" onClick={() => revert(offer.id)} data-testid="undo-button">
          {t('undo.button')} <span class="undo-left">{t('undo.left', { seconds: left })}</span>
        </button>
      </div>
    );
  }
  if (said) {
    return (
      <div
        class={`undo-toast ${said.ok ? '' : 'undo-error'}`}
        role={said.ok ? 'status' : 'alert'}
        data-testid="undo-said"
      >
        {said.text}
      </div>
    );
  }
  return null;
}
