/**
 * When two records name the same debtor. One rule, used by every import, by tracking from
 * Gmail or a page and by merging a backup, because a letter must never name the wrong legal
 * entity:
 * - both have a SIREN: the same entity exactly when the SIRENs are equal (the SIREN identifies
 *   a legal person, INSEE; two companies may share a name, and one accounting e-mail);
 * - otherwise: the same entity when their names are equal once case, accents' composition and
 *   spaces are set aside (a name is what letters print).
 * An e-mail address alone never makes two records one client: accountants and factoring firms
 * receive invoices for several companies at one address.
 * Among several known clients, one with the same SIREN is chosen before one with the same name
 * (`ClientMatcher.find`; `findSameClient` is the same search over a plain list).
 */
export interface ClientIdentity {
  name: string;
  siren: string | null;
}

export function clientNameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('fr').replace(/\s+/g, ' ');
}

export function sameLegalEntity(a: ClientIdentity, b: ClientIdentity): boolean {
  if (a.siren && b.siren) return a.siren === b.siren;
  return clientNameKey(a.name) === clientNameKey(b.name);
}

/** The known client that is the same entity as `wanted`, if any: the rule above, SIREN first. */
export function findSameClient<C extends ClientIdentity>(
  known: readonly C[],
  wanted: ClientIdentity,
): C | undefined {
  return new ClientMatcher(known).find(wanted);
}

/** The same rule over many clients at once (an import of 20,000 rows), indexed by SIREN and name. */
export class ClientMatcher<C extends ClientIdentity> {
  private readonly bySiren = new Map<string, C>();
  private readonly byName = new Map<string, C[]>();

  constructor(clients: Iterable<C> = []) {
    for (const c of clients) this.add(c);
  }

  add(client: C): void {
    if (client.siren && !this.bySiren.has(client.siren)) this.bySiren.set(client.siren, client);
    const key = clientNameKey(client.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), client]);
  }

  find(wanted: ClientIdentity): C | undefined {
    const bySiren = wanted.siren ? this.bySiren.get(wanted.siren) : undefined;
    return bySiren ?? this.byName.get(clientNameKey(wanted.name))?.find((c) => sameLegalEntity(c, wanted));
  }
}
