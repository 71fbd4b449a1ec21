/**
 * Issue #14: a step never falls on a Sunday or a French public holiday (C. trav. L3133-1);
 * it moves to the next working day, and the plan's spacing counts from there.
 */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, weekday } from '../../../core/dates';
import { nextAction, PRESET_SCENARIOS, presetById } from '../../../core/dunning';
import {
  easterDay,
  isWorkingDay,
  publicHolidays,
  weekdayOfDay,
  workingDayFrom,
} from '../../../core/dunning/calendar';
import { aClient, anInvoice, done, on } from './builders';

const day = (d: string) => toDayNumber(d);
const date = (n: number) => fromDayNumber(n);

describe('the calendar', () => {
  it('weekdays from day numbers agree with core/dates', () => {
    for (let n = day('2024-01-01'); n < day('2028-12-31'); n += 17) {
      expect(weekdayOfDay(n)).toBe(weekday(date(n)));
    }
    expect(weekdayOfDay(day('1969-12-28'))).toBe(0); // before day 0: still a Sunday
  });

  it('Easter Sunday of known years (calendrier officiel)', () => {
    expect(date(easterDay(2024))).toBe('2024-03-31');
    expect(date(easterDay(2025))).toBe('2025-04-20');
    expect(date(easterDay(2026))).toBe('2026-04-05');
    expect(date(easterDay(2027))).toBe('2027-03-28');
    expect(date(easterDay(2038))).toBe('2038-04-25'); // the latest possible date
    expect(date(easterDay(2285))).toBe('2285-03-22'); // the earliest possible date
  });

  it('the eleven public holidays of 2026', () => {
    expect(publicHolidays(2026).map(date)).toEqual([
      '2026-01-01',
      '2026-04-06', // lundi de Pâques
      '2026-05-01',
      '2026-05-08',
      '2026-05-14', // Ascension
      '2026-05-25', // lundi de Pentecôte
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('moves a Sunday to Monday, a holiday to the next working day, and keeps working days', () => {
    expect(date(workingDayFrom(day('2026-03-01')))).toBe('2026-03-02'); // Sunday → Monday
    expect(date(workingDayFrom(day('2026-02-28')))).toBe('2026-02-28'); // Saturday stays
    expect(date(workingDayFrom(day('2026-04-05')))).toBe('2026-04-07'); // Easter Sunday → Tuesday
    expect(date(workingDayFrom(day('2026-12-25')))).toBe('2026-12-26'); // Friday holiday → Saturday
    expect(date(workingDayFrom(day('2027-12-25')))).toBe('2027-12-27'); // Saturday holiday, Sunday
    expect(date(workingDayFrom(day('2026-03-03')))).toBe('2026-03-03');
    expect(isWorkingDay(day('2026-05-14'))).toBe(false);
  });

  it('never lands on a Sunday or a holiday, never moves more than 3 days (property)', () => {
    for (let n = day('2025-01-01'); n < day('2031-01-01'); n++) {
      const moved = workingDayFrom(n);
      expect(moved - n).toBeGreaterThanOrEqual(0);
      expect(moved - n).toBeLessThanOrEqual(3);
      expect(weekdayOfDay(moved)).not.toBe(0);
      expect(publicHolidays(Number(date(moved).slice(0, 4)))).not.toContain(moved);
      if (isWorkingDay(n)) expect(moved).toBe(n);
    }
  });
});

describe('the ladder on working days', () => {
  const client = aClient();
  // Due on Saturday 2026-02-28: the « J+1 » e-mail of the quick preset falls on Sunday 1 March.
  const saturdayDue = anInvoice({ issueDate: '2026-01-29', dueDate: '2026-02-28' });
  const quick = PRESET_SCENARIOS.find((s) => s.steps[0]?.offsetDays === 1)!;

  it('a J+1 e-mail due on a Sunday is proposed on Monday', () => {
    expect(quick.steps[0]!.action).toBe('email');
    const sunday = nextAction(saturdayDue, client, [], quick, '2026-03-01');
    expect(sunday).toMatchObject({ kind: 'wait', reason: 'scheduled', until: '2026-03-02' });
    expect(nextAction(saturdayDue, client, [], quick, '2026-03-02')).toMatchObject({
      kind: 'step',
      plannedOn: '2026-03-01',
      dueOn: '2026-03-02',
      lateOnPlan: false,
    });
  });

  it('a step on Easter Monday waits for Tuesday; one already overdue stays due', () => {
    const standard = presetById('standard')!;
    // J+7 of a due date on Monday 30 March 2026 is Easter Monday, 6 April.
    const invoice = anInvoice({ dueDate: '2026-03-30' });
    expect(nextAction(invoice, client, [], standard, '2026-04-06')).toMatchObject({
      kind: 'wait',
      until: '2026-04-07',
    });
    // Opened on a Sunday weeks later, the late step is still proposed (the user chooses the day).
    expect(nextAction(invoice, client, [], standard, '2026-04-26')).toMatchObject({
      kind: 'step',
      lateOnPlan: true,
    });
  });

  it('the spacing after a late action lands on a working day too', () => {
    const standard = presetById('standard')!;
    const invoice = anInvoice({ dueDate: '2026-03-31' });
    // J+7 e-mail done on Saturday 2 May; the J+15 call comes 8 days later, Sunday 10 May → 11 May.
    const events = [done('2026-05-02', 'j7-email')];
    expect(nextAction(invoice, client, events, standard, '2026-05-10')).toMatchObject({
      kind: 'wait',
      until: '2026-05-11',
    });
  });

  it('a promise kept until a Saturday resumes on Monday, not on Sunday', () => {
    const standard = presetById('standard')!;
    const invoice = anInvoice({ dueDate: '2026-03-31' });
    const events = [on('2026-04-08', { type: 'call', outcome: 'promise', promisedDate: '2026-04-18' })];
    expect(nextAction(invoice, client, events, standard, '2026-04-19')).toMatchObject({
      kind: 'wait',
      reason: 'promise',
      until: '2026-04-20',
    });
    // On Monday the promise no longer holds the ladder; the call itself was the scenario's call
    // step (escalation follows the user), so the registered letter is next, on its own day.
    expect(nextAction(invoice, client, events, standard, '2026-04-20')).toMatchObject({
      kind: 'wait',
      reason: 'scheduled',
      until: '2026-04-30',
      step: { id: 'j30-registered_letter' },
    });
  });
});
