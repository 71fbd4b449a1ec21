/**
 * « Où en êtes-vous ? » under a PDF or page import preview: asked once when at least one of the
 * invoices about to be tracked is already late; the answer goes to each late one.
 */
import { localDate } from '../../core/dates';
import { whereaboutsMany as area } from '../../core/i18n/catalogue/whereabouts-many';
import { translator } from '../../core/i18n/translate';
import type { Language } from '../../core/model';
import type { Whereabouts } from '../../core/model/whereabouts';
import { lateCount } from './late-items';
import { WhereaboutsField } from './WhereaboutsField';

interface Props {
  lang: Language;
  drafts: readonly { dueDate: string; include?: boolean }[];
  value: Whereabouts;
  onChange: (value: Whereabouts) => void;
  name: string;
}

export function LateQuestion({ lang, drafts, value, onChange, name }: Props) {
  const today = localDate(new Date());
  const late = lateCount(drafts, today);
  if (late === 0) return null;
  const ask = drafts.length > 1 ? translator(area, lang)('where.askAll', { count: late }) : undefined;
  return (
    <WhereaboutsField lang={lang} value={value} onChange={onChange} today={today} name={name} ask={ask} />
  );
}
