/**
 * Issue #19: a late invoice starts at the step that fits its lateness; no « simple oubli »
 * wording more than 30 days after the due date.
 */
import { describe, expect, it } from 'vitest';
import { nextAction, presetById } from '../../../core/dunning';
import { SettingsSchema } from '../../../core/model';
import { renderStep } from '../../../core/templates';
import { aClient, anInvoice } from './builders';

const invoice = anInvoice({ dueDate: '2026-03-31', issueDate: '2026-03-01' });
const client = aClient({ contactFirstName: 'Marie' });
const settings = SettingsSchema.parse({ identity: { name: 'Paul Martin' } });
const addDays = (days: number) => {
  const d = new Date(Date.UTC(2026, 2, 31 + days));
  return d.toISOString().slice(0, 10);
};
const stepOn = (scenarioId: string, daysLate: number) => {
  const action = nextAction(invoice, client, [], presetById(scenarioId)!, addDays(daysLate));
  if (action.kind !== 'step') throw new Error(`no step at J+${daysLate}: ${action.kind}`);
  return action;
};

describe('the start step fits the lateness', () => {
  it('at J+10 the standard ladder starts with the friendly e-mail', () => {
    expect(stepOn('standard', 10).step).toMatchObject({ id: 'j7-email', tone: 'courteous' });
  });

  it('at J+60 with nothing sent, the first e-mail goes out firm (same step, firm template)', () => {
    for (const days of [31, 60, 73, 261]) {
      expect(stepOn('standard', days).step, `J+${days}`).toEqual({
        id: 'j7-email',
        offsetDays: 7,
        action: 'email',
        template: 'email.firm',
        tone: 'firm',
      });
    }
  });

  it('a friendly step passed over for the next e-mail of the scenario when that one is due too', () => {
    expect(stepOn('fast-letters', 60).step).toMatchObject({ id: 'j7-email', tone: 'firm' });
    expect(stepOn('compact', 60).step).toMatchObject({ id: 'j7-email', template: 'email.firm' });
    // At J+20 the fast ladder is within the friendly month: its first step is as written.
    expect(stepOn('fast-letters', 20).step).toMatchObject({ id: 'j1-email', tone: 'courteous' });
  });

  it('a user’s own scenario with a friendly letter keeps its template id pattern', () => {
    const own = {
      id: 'own',
      name: 'Mon scénario',
      builtIn: false,
      steps: [
        {
          id: 'a',
          offsetDays: 3,
          action: 'letter' as const,
          template: 'letter.courteous',
          tone: 'courteous' as const,
        },
      ],
    };
    const action = nextAction(invoice, client, [], own, addDays(45));
    expect(action).toMatchObject({ kind: 'step', step: { id: 'a', template: 'letter.firm', tone: 'firm' } });
  });

  it('« simple oubli » is never written after J+30, in French (vous, tu) nor its English twin', () => {
    const text = (daysLate: number, lang: 'fr' | 'en', addressing: 'tu' | 'vous') => {
      const { step } = stepOn('standard', daysLate);
      const r = renderStep({
        lang,
        addressing,
        step,
        client,
        invoices: [{ invoice, events: [] }],
        settings,
        now: addDays(daysLate),
      });
      return `${r.subject}\n${r.body}`;
    };
    expect(text(10, 'fr', 'vous')).toContain('simple oubli');
    expect(text(10, 'fr', 'tu')).toContain('simple oubli');
    for (const days of [31, 60, 261]) {
      for (const addressing of ['tu', 'vous'] as const) {
        const body = text(days, 'fr', addressing);
        expect(body, `J+${days} ${addressing}`).not.toMatch(/oubli|petit rappel/i);
        expect(body).toContain(`${days} jours`);
      }
      expect(text(days, 'en', 'vous')).not.toMatch(/overlook|oversight|friendly reminder/i);
    }
  });
});
