import { describe, expect, it } from 'vitest';
import { PRESET_SCENARIOS as PRESETS } from '../../../core/dunning';
import {
  BackupSchema,
  CustomTemplateSchema,
  SettingsSchema,
  StepActionSchema,
  TemplateVoiceSchema,
  ToneSchema,
  unknownVariables,
} from '../../../core/model';
import {
  checkDraft,
  claimsPenaltiesAt,
  defaultTemplate,
  fillTemplate,
  renderReminder,
  renderStep,
  withoutTemplate,
  withTemplate,
} from '../../../core/templates';
import { aClient, anInvoice } from '../dunning/builders';

const base = SettingsSchema.parse({ identity: { name: 'Paul Martin' } });
const now = '2026-05-15';
const client = aClient({ contactFirstName: 'Marie' });
const invoice = anInvoice({ number: 'F-7', dueDate: '2026-04-15', amountDueCents: 150_000 });
const req = (settings = base, addressing: 'tu' | 'vous' = 'tu') => ({
  lang: 'fr' as const,
  addressing,
  action: 'email' as const,
  tone: 'courteous' as const,
  client,
  invoices: [{ invoice, events: [] }],
  settings,
  now,
});
const mine = CustomTemplateSchema.parse({
  action: 'email',
  tone: 'courteous',
  voice: 'fr-tu',
  subject: 'Facture {invoice_numbers}',
  body: '{greeting}\n\nPetit coucou pour {invoice_numbers} ({amount_due}, {days_late}).\n\n{history}\n\n{closing}\n{signature}',
});

describe('the user’s own reminder texts', () => {
  it('a saved text is what the reminder says, variables filled, empty blocks leaving no hole', () => {
    const settings = withTemplate(base, mine);
    const { subject, body } = renderReminder(req(settings));
    expect(subject).toBe('Facture F-7');
    expect(body).toMatch(
      /^Bonjour Marie,\n\nPetit coucou pour F-7 \(1\s500,00\s€, 30 jours\)\.\n\nMerci d’avance, et belle journée !\nPaul Martin$/,
    );
    // Another voice keeps our text.
    expect(renderReminder(req(settings, 'vous')).body).toContain('Je me permets de revenir vers vous');
  });

  it('a reminder that groups several invoices takes our text, in the plural: the user’s is written for one', () => {
    const settings = withTemplate(base, mine);
    const other = anInvoice({ id: 'inv-2', number: 'F-8', dueDate: '2026-04-20', amountDueCents: 50_000 });
    const grouped = renderReminder({
      ...req(settings),
      invoices: [
        { invoice, events: [] },
        { invoice: other, events: [] },
      ],
    });
    expect(grouped.body).not.toContain('Petit coucou');
    expect(grouped.body).toContain('F-7');
    expect(grouped.body).toContain('F-8');
    expect(grouped.body).toBe(
      renderReminder({
        ...req(base),
        invoices: [
          { invoice, events: [] },
          { invoice: other, events: [] },
        ],
      }).body,
    );
    // One invoice: the user's text, as before.
    expect(renderReminder(req(settings)).body).toContain('Petit coucou pour F-7');
  });

  it('reset: without the user’s text, ours comes back', () => {
    const settings = withoutTemplate(withTemplate(base, mine), mine);
    expect(settings.templates).toEqual([]);
    expect(renderReminder(req(settings)).body).toContain('C’est sûrement un simple oubli');
  });

  it('a value is never read as a variable: a client named « {signature} » stays as written', () => {
    expect(fillTemplate('À {client}', { client: '{signature}', signature: 'X' })).toBe('À {signature}');
  });

  it('unknown variables are refused with their name, in the schema and in the editor', () => {
    expect(unknownVariables('{greeting} {prenon} {prenon} {x y}')).toEqual(['prenon', 'x y']);
    const parsed = CustomTemplateSchema.safeParse({ ...mine, body: 'Bonjour {prenon}' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('texte : variable inconnue « {prenon} »');
    expect(checkDraft(mine, mine.subject, 'Bonjour {prenon}')).toEqual({ ok: false, unknown: ['{prenon}'] });
    expect(checkDraft(mine, mine.subject, '')).toEqual({ ok: false, empty: true });
  });

  it('our text as a template only uses documented variables, for every step, tone and voice, and renders back', () => {
    for (const action of StepActionSchema.options)
      for (const tone of ToneSchema.options)
        for (const voice of TemplateVoiceSchema.options) {
          const ours = defaultTemplate(action, tone, voice);
          const check = checkDraft({ action, tone, voice }, ours.subject, ours.body);
          expect(check.ok, `${action}.${tone}.${voice}`).toBe(true);
          if (!check.ok) continue;
          const { body } = renderReminder({
            ...req(withTemplate(base, check.template), voice === 'fr-tu' ? 'tu' : 'vous'),
            lang: voice === 'en' ? 'en' : 'fr',
            action,
            tone,
          });
          expect(body, `${action}.${tone}.${voice}`).not.toMatch(/\{[a-z_]+\}/);
        }
  });

  it('a backup carries the user’s texts and reads them back', () => {
    const settings = withTemplate(base, mine);
    const backup = BackupSchema.parse({
      format: 'echeance-backup',
      version: 2,
      exportedAt: '2026-05-15T10:00:00Z',
      settings,
      clients: [],
      invoices: [],
      events: [],
      scenarios: [],
    });
    expect(backup.settings.templates).toEqual([mine]);
  });
});

describe('greeting and closing in one register', () => {
  it('« vous »: « Bonjour Marie » ends cordially; a formal notice opens and closes « Madame, Monsieur »', () => {
    const firm = renderReminder({ ...req(base, 'vous'), tone: 'firm' }).body;
    expect(firm.startsWith('Bonjour Marie,')).toBe(true);
    expect(firm).not.toContain('salutations distinguées');
    const notice = renderReminder({ ...req(base, 'vous'), action: 'formal_notice', tone: 'formal' }).body;
    expect(notice.startsWith('Madame, Monsieur,')).toBe(true);
    expect(notice).toContain(
      'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    );
    expect(notice).not.toContain('Bonjour');
  });

  it('English: "Dear Marie" ends "Kind regards", "Dear Sir or Madam" ends "Yours faithfully"', () => {
    const email = renderReminder({ ...req(base, 'vous'), lang: 'en', tone: 'formal' }).body;
    expect(email.startsWith('Dear Marie,')).toBe(true);
    expect(email).toContain('Kind regards,');
    expect(email).not.toContain('Yours faithfully');
    const notice = renderReminder({
      ...req(base, 'vous'),
      lang: 'en',
      action: 'formal_notice',
      tone: 'formal',
    }).body;
    expect(notice.startsWith('Dear Sir or Madam,')).toBe(true);
    expect(notice).toContain('Yours faithfully,');
  });
});

describe('the step from which penalties and the 40 € are claimed', () => {
  const standard = PRESETS.find((p) => p.steps.some((s) => s.action === 'formal_notice'))!;
  const notice = standard.steps.findIndex((s) => s.action === 'formal_notice');

  it('by default the formal notice: not before, from it on', () => {
    standard.steps.forEach((step, i) => {
      expect(claimsPenaltiesAt(standard, step), step.id).toBe(i >= notice);
    });
  });

  it('the user’s choice moves it, and the text follows', () => {
    const second = standard.steps[1]!;
    const chosen = { ...standard, penaltiesFromStepId: second.id };
    expect(claimsPenaltiesAt(chosen, standard.steps[0]!)).toBe(false);
    expect(claimsPenaltiesAt(chosen, second)).toBe(true);
    const firm = { id: second.id, action: 'email' as const, tone: 'firm' as const, template: 'email.firm' };
    const render = (scenario: typeof standard) =>
      renderStep({ ...req(base, 'vous'), step: firm, scenario }).body;
    expect(render(standard)).not.toMatch(/pénalités|indemnité/);
    expect(render(chosen)).toMatch(
      /indemnité forfaitaire pour frais de recouvrement de 40,00.€ \(C\. com\. art\. D441-5\)\./,
    );
  });
});
