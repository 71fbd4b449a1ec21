/**
 * What a letter cannot go without (issue #19): who sends it and, for a letter posted to the
 * client, where it goes. A formal notice with a blank sender or no recipient address proves
 * nothing (C. civ. 1344 asks for an « interpellation suffisante » the debtor received), so it is
 * refused here, before any PDF, and the UI asks for what is missing on the spot.
 */
import type { Client, Identity } from '../model';
import { DocumentError } from './input';

export type MissingPart = 'sender-name' | 'sender-address' | 'recipient-address';

/** Letters posted to the client need its address; the others only need the sender. */
export type LetterKind = 'posted' | 'sender-only';

export function missingParts(
  identity: Pick<Identity, 'name' | 'tradeName' | 'address' | 'city'>,
  client: Pick<Client, 'address'> | null,
  kind: LetterKind,
): MissingPart[] {
  const missing: MissingPart[] = [];
  if (!identity.name.trim() && !identity.tradeName.trim()) missing.push('sender-name');
  // The city alone (« Fait à Lyon ») is no postal address: the street lines are needed.
  if (!identity.address.trim()) missing.push('sender-address');
  if (kind === 'posted' && !client?.address?.trim()) missing.push('recipient-address');
  return missing;
}

export class MissingPartsError extends DocumentError {
  constructor(readonly missing: MissingPart[]) {
    const names: Record<MissingPart, string> = {
      'sender-name': 'votre nom ou votre raison sociale',
      'sender-address': 'votre adresse postale',
      'recipient-address': 'l’adresse postale du client',
    };
    super('missing-parties', `Courrier incomplet : il manque ${missing.map((m) => names[m]).join(', ')}.`);
    this.name = 'MissingPartsError';
  }
}

/** Throws MissingPartsError when a part is missing; documents call it before building anything. */
export function requireParts(
  identity: Pick<Identity, 'name' | 'tradeName' | 'address' | 'city'>,
  client: Pick<Client, 'address'> | null,
  kind: LetterKind,
): void {
  const missing = missingParts(identity, client, kind);
  if (missing.length > 0) throw new MissingPartsError(missing);
}
