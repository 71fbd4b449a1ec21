import { describe, expect, it } from 'vitest';
import { PRESET_SCENARIOS } from '../../../core/dunning';
import type { Client, Invoice } from '../../../core/model';
import { noticesFor } from '../../../core/notify';

const client: Client = {
  id: 'c',
  name: 'Acme',
  kind: 'pro',
  contactFirstName: null,
  emails: [],
  phone: null,
  address: null,
  siren: null,
  addressing: 'vous',
  language: 'fr',
  scenarioId: null,
  notes: '',
  proceedings: null,
  workSuspended: false,
};
const invoice = (dueDate: string): Invoice => ({
  id: 'i',
  number: 'F-1',
  clientId: 'c',
  issueDate: dueDate,
  dueDate,
  paymentTerms: null,
  totalCents: 100000,
  amountDueCents: 100000,
  currency: 'EUR',
  contractualRatePercent: null,
  mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
  origin: { kind: 'manual' },
  fileId: null,
  createdAt: '2021-01-01T00:00:00Z',
  status: 'open',
  outstandingCents: 100000,
  nextActionDate: null,
});
const kinds = (dueDate: string, today: string) =>
  noticesFor({ invoice: invoice(dueDate), client, events: [], scenario: PRESET_SCENARIOS[0]! }, today)
    .filter((n) => n.kind.startsWith('prescription'))
    .map((n) => [n.kind, n.on]);

describe('prescription notices', () => {
  it('warn 3 months and 1 month before the 5 years of a pro claim', () => {
    expect(kinds('2022-01-10', '2026-06-01')).toEqual([
      ['prescription-3m', '2026-10-10'],
      ['prescription-1m', '2026-12-10'],
    ]);
  });
  it('an invoice captured two weeks before the end gets only the nearest warning', () => {
    expect(kinds('2021-12-10', '2026-11-26')).toEqual([['prescription-1m', '2026-11-10']]);
  });
});
