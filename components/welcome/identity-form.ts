/**
 * The welcome's « who you are » form: what is required for a letter (a name and a postal
 * address, core/documents/requirements.ts) and the numbers checked by their keys (core/identity).
 */
import {
  checkBic,
  checkEmail,
  checkIban,
  checkSiret,
  digitsOnly,
  formatIban,
  sirenFromSiret,
} from '../../core/identity/checks';
import type { Identity } from '../../core/model';

export type IdentityForm = Pick<
  Identity,
  'name' | 'tradeName' | 'siret' | 'address' | 'city' | 'email' | 'iban' | 'bic'
>;
export type FormField = keyof IdentityForm;
export type FormProblem = 'required' | NonNullable<ReturnType<typeof checkIban | typeof checkSiret>>;

export function identityProblems(form: IdentityForm): Partial<Record<FormField, FormProblem>> {
  const found: Partial<Record<FormField, FormProblem | null>> = {
    name: form.name.trim() || form.tradeName.trim() ? null : 'required',
    address: form.address.trim() ? null : 'required',
    siret: checkSiret(form.siret, ''),
    iban: checkIban(form.iban),
    bic: checkBic(form.bic),
    email: checkEmail(form.email),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as Partial<
    Record<FormField, FormProblem>
  >;
}

/** Stored the way letters print them; the SIREN follows from the SIRET when one is given. */
export function identityFrom(form: IdentityForm, current: Identity): Identity {
  const siret = digitsOnly(form.siret.trim());
  return {
    ...current,
    name: form.name.trim(),
    tradeName: form.tradeName.trim(),
    siret,
    siren: sirenFromSiret(siret) ?? (siret ? '' : current.siren),
    address: form.address.trim(),
    city: form.city.trim(),
    email: form.email.trim(),
    iban: formatIban(form.iban.trim()),
    bic: form.bic.trim().toUpperCase(),
  };
}
