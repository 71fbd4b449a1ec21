// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageContext } from '../../../components/i18n';
import { SettingsPage } from '../../../components/settings/SettingsPage';
import { EcheanceDb } from '../../../core/db';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../core/model';
import type { Send } from '../../../core/protocol';

afterEach(cleanup);

/** Records what the page sends instead of reaching a background. */
function recorder() {
  const sent: { name: string; payload: unknown }[] = [];
  const send = (async (name: string, payload: unknown) => {
    // The Gmail accounts of open tabs: none here, and not a write.
    if (name === 'gmail/accounts') return { ok: true, data: { accounts: [] } };
    sent.push({ name, payload });
    return { ok: true, data: { ok: true } };
  }) as unknown as Send;
  return { sent, send };
}

async function page() {
  const db = new EcheanceDb(`settings-${crypto.randomUUID()}`);
  const { sent, send } = recorder();
  render(
    <LanguageContext.Provider value="fr">
      <SettingsPage db={db} send={send} />
    </LanguageContext.Provider>,
  );
  await screen.findByLabelText('IBAN');
  return { sent };
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
/** The user leaves the field: its value is committed (`change`) and the section saves itself. */
const leave = (label: string) => fireEvent.change(screen.getByLabelText(label));

/** The settings a `settings/patch` leaves when the stored ones are the defaults. */
function asStored(message: { name: string; payload: unknown } | undefined) {
  expect(message?.name).toBe('settings/patch');
  const { patch } = (message?.payload ?? {}) as { patch: Record<string, unknown> };
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...patch });
}

describe('the settings page', () => {
  it('an invalid IBAN says what to type, is not saved, and the other fields are', async () => {
    const { sent } = await page();
    type('Nom et prénom', 'Marie Dupont');
    type('IBAN', 'FR76 3000 6000 0112 3456 7890 188');
    leave('IBAN');
    expect(await screen.findByTestId('identity-iban-error')).toHaveProperty(
      'textContent',
      'IBAN invalide : la clé de contrôle ne correspond pas. Vérifiez les chiffres.',
    );
    expect(screen.getByLabelText('IBAN').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(asStored(sent[0]).identity).toMatchObject({ name: 'Marie Dupont', iban: '' });
    // The typed IBAN stays in the field, to be corrected.
    expect(screen.getByLabelText('IBAN')).toHaveProperty('value', 'FR76 3000 6000 0112 3456 7890 188');
  });

  it('asks for the SIRET only and derives the SIREN from it', async () => {
    const { sent } = await page();
    expect(screen.queryByLabelText('SIREN (9 chiffres)')).toBeNull();
    type('SIRET (14 chiffres)', '732 829 320 00074');
    leave('SIRET (14 chiffres)');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(asStored(sent[0]).identity).toMatchObject({
      siret: '73282932000074',
      siren: '732829320',
    });
  });

  it('sends settings the schema accepts, the identity normalized for letters', async () => {
    const { sent } = await page();
    type('Nom et prénom', '  Marie Dupont ');
    type('IBAN', 'fr7630006000011234567890189');
    leave('IBAN');
    await waitFor(() => expect(sent).toHaveLength(1));
    // The section's fields alone: the background sets them on the settings as stored then.
    const { patch } = (sent[0]?.payload ?? {}) as { patch: { identity: unknown } };
    expect(sent[0]?.name).toBe('settings/patch');
    expect(Object.keys(patch)).toEqual(['identity', 'creditorStatus']);
    expect(SettingsSchema.shape.identity.parse(patch.identity)).toMatchObject({
      name: 'Marie Dupont',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
    });
    expect(await screen.findByTestId('status-identity')).toHaveProperty('textContent', 'Enregistré.');
  });

  it('a formal-notice delay outside 8–15 days is refused', async () => {
    const { sent } = await page();
    type('Délai laissé par la mise en demeure (jours)', '30');
    leave('Délai laissé par la mise en demeure (jours)');
    expect(await screen.findByTestId('penalty-delay-error')).toHaveProperty(
      'textContent',
      'Entre 8 et 15 jours.',
    );
    expect(sent).toEqual([]);
  });

  it('the terms-of-sale rate is saved with its kind: 3 × the legal rate', async () => {
    const { sent } = await page();
    fireEvent.change(screen.getByLabelText('Forme du taux'), {
      target: { value: 'legal-multiple' },
    });
    expect(screen.getByLabelText('Nombre de fois le taux légal')).toHaveProperty('value', '3');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(asStored(sent[0])).toMatchObject({
      defaultContractualRate: { kind: 'legal-multiple', factor: 3 },
      defaultContractualRatePercent: null,
    });
  });

  it('a rate figure that is not a number is refused', async () => {
    const { sent } = await page();
    fireEvent.change(screen.getByLabelText('Forme du taux'), { target: { value: 'fixed' } });
    type('Taux annuel (%)', 'douze');
    leave('Taux annuel (%)');
    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
    expect(sent).toEqual([]);
  });

  it('a duplicated preset is saved as the user’s own scenario, reordered', async () => {
    const { sent } = await page();
    fireEvent.click(screen.getAllByTestId('scenario-duplicate')[0]!);
    await screen.findByTestId('scenario-editor');
    fireEvent.click(screen.getAllByTestId('step-up')[1]!);
    fireEvent.click(screen.getByTestId('scenario-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    const { scenario } = (sent[0]?.payload ?? {}) as {
      scenario: { id: string; steps: { action: string; offsetDays: number }[] };
    };
    expect(sent[0]?.name).toBe('scenario/save');
    expect(scenario.id).not.toBe('standard');
    expect(scenario.steps.slice(0, 2)).toMatchObject([
      { action: 'phone', offsetDays: 7 },
      { action: 'email', offsetDays: 15 },
    ]);
  });
});
