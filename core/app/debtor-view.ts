/**
 * What the client editor shows under « Forme juridique » and « Pays »: the debtor's legal type
 * and country as core/law guesses them from the name, SIREN, notes and address, ignoring what
 * the user already picked, so the guess can be shown as a guess.
 */
import { type DebtorProfile, debtorOf, guessCountry } from '../law';
import type { Client } from '../model';

export function debtorView(draft: Client): { profile: DebtorProfile; countryFromAddress: boolean } {
  return {
    profile: debtorOf({ ...draft, legalType: null, country: null }),
    countryFromAddress: Boolean(guessCountry(draft.address)),
  };
}
