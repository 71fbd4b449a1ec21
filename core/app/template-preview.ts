/**
 * What the template editor previews on: one of the user's own unpaid invoices (the one whose
 * client reads the voice being edited, most overdue first), or a sample client when there is
 * none yet. The sample's first name is never the user's own (« Bonjour Camille » written by
 * Camille reads as a bug).
 */

import { addDays } from '../dates';
import type { EcheanceDb } from '../db';
import type { DunningCase } from '../dunning';
import {
  type Client,
  type Identity,
  type Invoice,
  type IsoDate,
  newClient,
  type TemplateVoice,
} from '../model';
import { casesFor } from './read-case';

const voiceOfClient = (c: Client): TemplateVoice =>
  c.language === 'en' ? 'en' : c.addressing === 'tu' ? 'fr-tu' : 'fr-vous';

/** A real case to preview on, or null (then the editor uses `sampleClient`). */
export async function templatePreviewCase(db: EcheanceDb, voice: TemplateVoice): Promise<DunningCase | null> {
  const unpaid = await db.invoices
    .filter((i) => i.amountDueCents > 0 && i.status !== 'paid' && i.status !== 'written_off')
    .limit(200)
    .toArray();
  const cases = await casesFor(db, unpaid);
  const byDue = [...cases].sort((a, b) => (a.invoice.dueDate < b.invoice.dueDate ? -1 : 1));
  return byDue.find((c) => voiceOfClient(c.client) === voice) ?? byDue[0] ?? null;
}

const SAMPLE_FIRST_NAMES = ['Camille', 'Dominique', 'Claude'];

/** The sample client: a company with a contact whose first name is not the user's. */
export function sampleClient(identity: Pick<Identity, 'name' | 'signature'>): Client {
  const own = `${identity.name} ${identity.signature}`.toLowerCase();
  const firstName = SAMPLE_FIRST_NAMES.find((n) => !own.includes(n.toLowerCase())) ?? 'Alex';
  return newClient({
    id: 'sample-client',
    name: 'Acme SAS',
    kind: 'pro',
    contactFirstName: firstName,
    emails: ['compta@acme.example'],
    phone: '01 23 45 67 89',
    address: '1 rue de l’Exemple\n69001 Lyon',
  });
}

/** A sample invoice `daysLate` days past due today: the preview says what the client reads then. */
export function sampleInvoice(daysLate: number, today: IsoDate): Invoice {
  const dueDate = addDays(today, -daysLate);
  return {
    id: 'sample-invoice',
    number: 'F-2026-001',
    clientId: 'sample-client',
    issueDate: addDays(dueDate, -30),
    dueDate,
    paymentTerms: null,
    totalCents: 150_000,
    amountDueCents: 150_000,
    currency: 'EUR',
    contractualRatePercent: null,
    mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    origin: { kind: 'manual' },
    fileId: null,
    createdAt: `${today}T00:00:00Z`,
    status: 'open',
    outstandingCents: 150_000,
    nextActionDate: null,
  };
}
