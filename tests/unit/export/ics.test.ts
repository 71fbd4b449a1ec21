import { describe, expect, it } from 'vitest';
import { presetById } from '../../../core/dunning';
import { buildIcs, upcomingActions } from '../../../core/export';
import { foldLine } from '../../../core/export/ical-text';
import type { Scenario } from '../../../core/model';
import { aClient, anInvoice, done, on, paid } from '../dunning/builders';
import { parseIcs } from './ical-parse';

const standard = presetById('standard')!;
const acme = aClient({ id: 'c-acme', name: 'Acme, Lyon; SAS' });
const today = '2026-04-10';
const options = { today, generatedAt: '2026-04-10T08:30:00.000Z', lang: 'fr' as const };

function aCase(
  id: string,
  dueDate: string,
  events = [] as ReturnType<typeof done>[],
  scenario: Scenario = standard,
) {
  const invoice = anInvoice({ id, number: `F-${id}`, clientId: acme.id, dueDate, issueDate: '2026-01-01' });
  return { invoice, client: acme, events, scenario };
}

describe('upcoming actions', () => {
  it('a late step goes on today, the rest of the ladder follows at the plan’s spacing', () => {
    // Due 2026-03-31: J+7 was due on 04-07, still not done → today. Done today, it pushes the
    // J+15 call 8 days later (the engine keeps the plan's spacing), and the rest with it.
    const list = upcomingActions([aCase('1', '2026-03-31')], today);
    expect(list.map((a) => [a.kind === 'step' && a.step.id, a.date])).toEqual([
      ['j7-email', '2026-04-10'],
      ['j15-phone', '2026-04-18'],
      ['j30-registered_letter', '2026-05-03'],
      ['j45-formal_notice', '2026-05-18'],
      ['j60-court_filing', '2026-06-02'],
    ]);
  });

  it('keeps the spacing after a late step and skips done ones', () => {
    const events = [done('2026-04-09', 'j7-email', '2')];
    const list = upcomingActions([aCase('2', '2026-03-01', events)], today);
    // J+7 done at J+39: the J+15 call comes 8 days later, the rest follow the same shift.
    expect(list.map((a) => a.date)).toEqual(['2026-04-17', '2026-05-02', '2026-05-17', '2026-06-01']);
  });

  it('nothing for paid or disputed invoices; a promise resumes the day after', () => {
    const paidCase = aCase('3', '2026-03-31', [paid('2026-04-01', 150_000, '3')]);
    const disputed = aCase('4', '2026-03-31', [on('2026-04-08', { type: 'dispute_opened' }, '4')]);
    const promised = aCase('5', '2026-03-31', [
      on('2026-04-08', { type: 'call', outcome: 'promise', promisedDate: '2026-04-20' }, '5'),
    ]);
    expect(upcomingActions([paidCase, disputed], today)).toEqual([]);
    // The call that got the promise was the scenario's call (escalation follows the user,
    // core/dunning/steps-reached): after the promise, the registered letter on its own day.
    expect(upcomingActions([promised], today)[0]).toMatchObject({
      date: '2026-04-30',
      step: { id: 'j30-registered_letter' },
    });
  });
});

describe('collective proceedings', () => {
  it('replace the ladder by one event: the last day to declare the claim', () => {
    const client = aClient({ proceedings: { kind: 'redressement', bodaccDate: '2026-04-01' } });
    const c = { ...aCase('7', '2026-03-31'), client };
    const calendar = parseIcs(buildIcs([c], options));
    expect(calendar.events.map((e) => [e['DTSTART;VALUE=DATE'], e.SUMMARY, e.UID])).toEqual([
      [
        '20260601',
        'Déclarer la créance au mandataire — F-7 (Atelier Dupont SARL) · 1 500,00 €',
        '7.claim-deadline@echeance',
      ],
    ]);
    // Once the deadline has passed there is nothing left to put in a calendar.
    expect(upcomingActions([c], '2026-06-02')).toEqual([]);
  });
});

describe('the .ics calendar', () => {
  const cases = [aCase('1', '2026-03-31'), aCase('6', '2026-05-01', [], presetById('compact')!)];
  const ics = buildIcs(cases, options);
  const calendar = parseIcs(ics);

  it('is valid iCalendar: CRLF, folded lines, one VEVENT per upcoming step', () => {
    expect(calendar.problems).toEqual([]);
    expect(calendar.properties).toMatchObject({ VERSION: '2.0', PRODID: expect.stringMatching(/^-\/\//) });
    expect(calendar.events).toHaveLength(5 + 5);
    for (const e of calendar.events) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'UID',
          'DTSTAMP',
          'DTSTART;VALUE=DATE',
          'DTEND;VALUE=DATE',
          'SUMMARY',
          'DESCRIPTION',
        ]),
      );
      expect(e.DTSTAMP).toBe('20260410T083000Z');
    }
  });

  it('says what to do, for which invoice and how much, with commas and semicolons escaped', () => {
    const first = calendar.events[0]!;
    expect(first['DTSTART;VALUE=DATE']).toBe('20260410');
    expect(first['DTEND;VALUE=DATE']).toBe('20260411');
    expect(first.SUMMARY).toBe('Relance courtoise — F-1 (Acme, Lyon; SAS) · 1 500,00 €');
    expect(first.DESCRIPTION).toContain('\nReste dû : 1 500,00 €\n');
    expect(ics).toContain('SUMMARY:Relance courtoise — F-1 (Acme\\, Lyon\\; SAS)');
    expect(calendar.events.map((e) => e.SUMMARY?.split(' — ')[0])).toContain('Mise en demeure');
  });

  it('keeps the same UIDs from one export to the next, so calendars update events', () => {
    const again = parseIcs(buildIcs(cases, { ...options, generatedAt: '2026-04-12T10:00:00.000Z' }));
    expect(again.events.map((e) => e.UID)).toEqual(calendar.events.map((e) => e.UID));
    expect(new Set(calendar.events.map((e) => e.UID)).size).toBe(calendar.events.length);
    expect(calendar.events[0]?.UID).toBe('1.j7-email@echeance');
  });

  it('folds at 75 octets without cutting a UTF-8 character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('an empty calendar is still a valid one', () => {
    const empty = parseIcs(buildIcs([], options));
    expect(empty.problems).toEqual([]);
    expect(empty.events).toEqual([]);
  });
});
