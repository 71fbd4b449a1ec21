import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/i18n/catalogue';
import { GLOSSARY, glossaryBreaches } from '../../../core/i18n/glossary';
import type { Entry } from '../../../core/i18n/translate';
import { SettingsSchema, StepActionSchema, TemplateVoiceSchema, ToneSchema } from '../../../core/model';
import { defaultTemplate, renderReminder } from '../../../core/templates';
import { aClient, anInvoice, done } from '../dunning/builders';

const texts = (entry: Entry, lang: 'fr' | 'en') => {
  const t = entry[lang];
  return typeof t === 'string' ? [t] : [t.one, t.other];
};

describe('one word per concept (core/i18n/glossary.ts)', () => {
  it('the glossary catches what it bans, and leaves the verb and the payment plan alone', () => {
    expect(glossaryBreaches('Petit rappel : facture F-1', 'fr')).toHaveLength(1);
    expect(glossaryBreaches('Envoyer un courriel', 'fr')).toHaveLength(1);
    expect(glossaryBreaches('en retard sur le plan', 'fr')).toHaveLength(1);
    expect(glossaryBreaches('Write the e-mail', 'en')).toHaveLength(1);
    expect(glossaryBreaches('behind plan', 'en')).toHaveLength(1);
    expect(glossaryBreaches('je vous rappelle que la facture… ; le lien mail.google.com', 'fr')).toEqual([]);
    expect(glossaryBreaches('a payment plan by email', 'en')).toEqual([]);
    for (const concept of Object.values(GLOSSARY)) {
      expect(glossaryBreaches(concept.fr, 'fr')).toEqual([]);
      expect(glossaryBreaches(concept.en, 'en')).toEqual([]);
    }
  });

  it('no catalogue string uses a banned synonym', () => {
    const breaches = (Object.entries(catalogue) as [string, Entry][]).flatMap(([key, entry]) =>
      (['fr', 'en'] as const).flatMap((lang) =>
        texts(entry, lang).flatMap((t) => glossaryBreaches(t, lang).map((b) => `${key} (${lang}): ${b}`)),
      ),
    );
    expect(breaches).toEqual([]);
  });

  it('no reminder text uses one: every step, tone and voice, ours as a template and rendered with history', () => {
    const settings = SettingsSchema.parse({ identity: { name: 'Paul Martin' } });
    const client = aClient({ contactFirstName: 'Marie' });
    const invoice = anInvoice({ id: 'i', dueDate: '2026-03-01', amountDueCents: 150_000 });
    const breaches: string[] = [];
    for (const action of StepActionSchema.options)
      for (const tone of ToneSchema.options)
        for (const voice of TemplateVoiceSchema.options) {
          const lang = voice === 'en' ? 'en' : 'fr';
          const ours = defaultTemplate(action, tone, voice);
          const rendered = renderReminder({
            lang,
            addressing: voice === 'fr-tu' ? 'tu' : 'vous',
            action,
            tone,
            client,
            invoices: [{ invoice, events: [done('2026-03-08', 'j7-email', 'i')] }],
            settings,
            now: '2026-05-15',
            claimsPenalties: true,
          });
          for (const text of [ours.subject, ours.body, rendered.subject, rendered.body])
            breaches.push(...glossaryBreaches(text, lang).map((b) => `${action}.${tone}.${voice}: ${b}`));
        }
    expect(breaches).toEqual([]);
  });

  it('no document source writes a French synonym (the law’s own wording quoted aside)', () => {
    const root = resolve(import.meta.dirname, '../../../core/documents');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
      });
    // C. com. L441-10 II says « sans qu’un rappel soit nécessaire »: quoted, not our word.
    const LAW = 'sans qu’un rappel soit nécessaire';
    const FRENCH_ONLY = [
      /\bcourriels?\b/i,
      /\bun rappel\b|\brappels? (?:de|par|avant)\b/i,
      /\bplan de paiement\b/i,
    ];
    const breaches = files(root).flatMap((file) => {
      const code = readFileSync(file, 'utf8').replaceAll(LAW, '');
      return FRENCH_ONLY.filter((p) => p.test(code)).map((p) => `${file}: ${p}`);
    });
    expect(breaches).toEqual([]);
  });
});
