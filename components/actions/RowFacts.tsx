import type { ComponentChildren } from 'preact';
import { type RowFact, type RowPending, rowFacts, shortDay } from '../../core/app/action-row';
import type { DueSummary } from '../../core/db/overview-row';
import { stepName } from '../../core/dunning/describe';
import type { IsoDate } from '../../core/model';
import { type BaseTranslate, useBaseT as useT } from '../i18n/base';

/**
 * A row's second line, in plain words: « Relance ferme · relancé le 05/11 · appelé le 28/11,
 * sans réponse · promis pour le 12/12 ». core/app/action-row.ts decides what it says.
 */
export function RowFacts({
  due,
  today,
  pending,
  children,
}: {
  due: DueSummary;
  today: IsoDate;
  pending?: RowPending;
  /** What comes first: the invoice's number (a link on the dashboard). */
  children: ComponentChildren;
}) {
  const { t, lang } = useT();
  const day = (d: IsoDate) => shortDay(d, today, lang);
  const words = rowFacts(due, today, pending).map((f) => word(f, t, lang, day));
  return (
    // The line may end in an ellipsis: the whole of it shows on hover.
    <p
      class="row-facts"
      data-testid="today-step"
      title={[due.number, ...words.map((w) => w.text)].join(' · ')}
    >
      {children}
      {words.map((w) => (
        <span key={w.text} class={w.strong ? 'fact-strong' : undefined}>
          {' · '}
          {w.text}
        </span>
      ))}
    </p>
  );
}

function word(
  f: RowFact,
  t: BaseTranslate,
  lang: 'fr' | 'en',
  day: (d: IsoDate) => string,
): { text: string; strong?: boolean } {
  switch (f.kind) {
    case 'step': {
      const name = stepName(f.action, f.tone ?? 'courteous', lang);
      return { text: name.charAt(0).toUpperCase() + name.slice(1) };
    }
    case 'claim':
      return { text: f.deadline ? t('row.fact.claim', { date: day(f.deadline) }) : t('row.fact.claimNow') };
    case 'since':
      return { text: t('row.fact.since', { date: day(f.date) }) };
    case 'sent':
      return { text: t(`row.fact.sent.${f.what}`, { date: day(f.date) }) };
    case 'called':
      return { text: t(`row.fact.called.${f.outcome}`, { date: day(f.date) }) };
    case 'promise':
      return {
        text: t(f.broken ? 'row.fact.promiseBroken' : 'row.fact.promise', { date: day(f.date) }),
        strong: true,
      };
    case 'pending':
      return { text: t('row.fact.pending', { date: day(f.date) }), strong: true };
  }
}
