/**
 * The one shape of a client the app creates by itself (an import row, an invoice tracked from
 * Gmail or a page, a sample for a preview): what was read, and for the rest the same defaults
 * as ClientSchema's (« vous », French, the default scenario, no proceedings).
 */
import type { Client } from './client';
import { newId } from './ids';

/** What must be known to create a client; the rest (an id too, for a sample) may be given, else the default. */
export type NewClientFields = Pick<Client, 'name' | 'kind'> & Partial<Omit<Client, 'name' | 'kind'>>;

/**
 * Keys in ClientSchema's order (a spread keeps a key where it first appeared): a backup's
 * checksum is over its bytes, and a restored client, parsed by the schema, must give the same.
 */
export function newClient({ name, kind, ...given }: NewClientFields): Client {
  return {
    id: newId(),
    name,
    kind,
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
    ...given,
  };
}
