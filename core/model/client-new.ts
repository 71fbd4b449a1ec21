/**
 * The one shape of a client the app creates by itself (an import row, an invoice tracked from
 * Gmail or a page, a sample for a preview): what was read, and for the rest the same defaults
 * as ClientSchema's (« vous », French, the default scenario, no proceedings).
 */
import type { Client } from './client';
import { newId } from './ids';

/** What must be known to create a client; the rest (an id too, for a sample) may be given, else the default. */
export type NewClientFields = Pick<Client, 'name' | 'kind'> & Partial<Omit<Client, 'name' | 'kind'>>;

export function newClient(fields: NewClientFields): Client {
  return {
    id: newId(),
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
    ...fields,
  };
}
