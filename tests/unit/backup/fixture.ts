/** A small, valid backup content for the backup tests (and the hostile suite). */
import type { BackupContent } from '../../../core/backup';
import { DEFAULT_SETTINGS } from '../../../core/model';

export const PDF_BASE64 = Buffer.from('%PDF-1.4\n% test\n').toString('base64');

export function sampleContent(tag = 'a'): BackupContent {
  const client = (id: string, name: string, siren: string | null = null) => ({
    id,
    name,
    kind: 'pro' as const,
    contactFirstName: null,
    emails: ['compta@cabinet.test'],
    phone: '+33 (0)6 12 34 56 78',
    address: '1 rue de la Paix\n75002 Paris',
    siren,
    addressing: 'vous' as const,
    language: 'fr' as const,
    scenarioId: null,
    notes: '',
    proceedings: null,
    workSuspended: false,
  });
  const invoice = (id: string, number: string, clientId: string, fileId: string | null = null) => ({
    id,
    number,
    clientId,
    issueDate: '2026-01-15',
    dueDate: '2026-02-14',
    paymentTerms: '30 jours',
    totalCents: 150_000,
    amountDueCents: 150_000,
    currency: 'EUR',
    contractualRatePercent: null,
    mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    origin: { kind: 'csv' as const, fileName: null },
    fileId,
    createdAt: '2026-01-15T10:00:00.000Z',
    status: 'open' as const,
    outstandingCents: 150_000,
    nextActionDate: '2026-02-21',
  });
  return {
    settings: DEFAULT_SETTINGS,
    clients: [client(`${tag}-c1`, 'Acme SAS', '123456789'), client(`${tag}-c2`, 'Bolt SARL')],
    invoices: [
      invoice(`${tag}-i1`, `${tag.toUpperCase()}-001`, `${tag}-c1`, `${tag}-f1`),
      invoice(`${tag}-i2`, `${tag.toUpperCase()}-002`, `${tag}-c2`),
    ],
    events: [
      {
        id: `${tag}-e1`,
        invoiceId: `${tag}-i1`,
        type: 'payment',
        amountCents: 50_000,
        date: '2026-02-20',
        createdAt: '2026-02-20T10:00:00.000Z',
        note: '',
      },
    ] as BackupContent['events'],
    scenarios: [],
    files: [
      {
        id: `${tag}-f1`,
        invoiceId: `${tag}-i1`,
        name: 'A-001.pdf',
        mime: 'application/pdf',
        base64: PDF_BASE64,
      },
    ],
  };
}

/** The text of a backup file written the way the dashboard writes it. */
export async function fileText(
  content: BackupContent,
  exportedAt = '2026-03-01T08:00:00.000Z',
): Promise<string> {
  const { backupFile } = await import('../../../core/backup');
  return (await backupFile(content, exportedAt)).parts.join('');
}
