/**
 * The `.ics` calendar of upcoming actions: one all-day VEVENT per upcoming step of every open
 * invoice (and per claim-declaration deadline), so that the plan shows in the user's own
 * calendar. UIDs derive from the invoice and the step: importing a newer export updates the
 * same events instead of duplicating them.
 */
import { addDays, formatDate } from '../dates';
import { type DunningCase, dayLabel, stepName } from '../dunning';
import type { IsoDate, Language } from '../model';
import { formatMoneyPlain } from '../money';
import { contentLines, dateValue, escapeText, utcStamp } from './ical-text';
import { type UpcomingAction, upcomingActions } from './upcoming';

interface IcsOptions {
  today: IsoDate;
  /** When the file is made (ISO instant): every event's DTSTAMP. */
  generatedAt: string;
  lang: Language;
}

const TEXT = {
  fr: {
    calendar: 'Échéance — relances à venir',
    claim: 'Déclarer la créance au mandataire',
    invoice: 'Facture',
    due: 'Reste dû',
    dueDate: 'Échéance de la facture',
    step: 'Étape',
    of: 'du scénario',
    claimDeadline: 'Dernier jour pour déclarer la créance (C. com. L622-24).',
  },
  en: {
    calendar: 'Échéance — upcoming reminders',
    claim: 'Declare the claim to the administrator',
    invoice: 'Invoice',
    due: 'Amount due',
    dueDate: 'Invoice due date',
    step: 'Step',
    of: 'of scenario',
    claimDeadline: 'Last day to declare the claim (C. com. L622-24).',
  },
} as const;

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

/** « Relance ferme — F-2026-001 (Acme SAS) · 1 500,00 € ». */
function eventSummary(a: UpcomingAction, lang: Language): string {
  const what = a.kind === 'step' ? capitalize(stepName(a.step.action, a.step.tone, lang)) : TEXT[lang].claim;
  const amount = formatMoneyPlain(a.outstandingCents, a.invoice.currency, lang);
  return `${what} — ${a.invoice.number} (${a.client.name}) · ${amount}`;
}

function description(a: UpcomingAction, lang: Language): string {
  const t = TEXT[lang];
  return [
    `${t.invoice} ${a.invoice.number} — ${a.client.name}`,
    `${t.due} : ${formatMoneyPlain(a.outstandingCents, a.invoice.currency, lang)}`,
    `${t.dueDate} : ${formatDate(a.invoice.dueDate, lang)}`,
    a.kind === 'step'
      ? `${t.step} ${dayLabel(a.step.offsetDays, lang)} ${t.of} « ${a.scenario.name} »`
      : t.claimDeadline,
  ].join('\n');
}

function eventLines(a: UpcomingAction, stamp: string, lang: Language): string[] {
  const uidPart = a.kind === 'step' ? a.step.id : 'claim-deadline';
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${a.invoice.id}.${uidPart}@echeance`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(a.date)}`,
    // All-day events end the next day, exclusive (RFC 5545 §3.6.1).
    `DTEND;VALUE=DATE:${dateValue(addDays(a.date, 1))}`,
    `SUMMARY:${escapeText(eventSummary(a, lang))}`,
    `DESCRIPTION:${escapeText(description(a, lang))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function buildIcs(cases: readonly DunningCase[], options: IcsOptions): string {
  const stamp = utcStamp(options.generatedAt);
  const events = upcomingActions(cases, options.today);
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Echeance//Relances de factures//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(TEXT[options.lang].calendar)}`,
    ...events.flatMap((a) => eventLines(a, stamp, options.lang)),
    'END:VCALENDAR',
  ]);
}
