/**
 * Header names → the columns we read, for the exports of the tools French freelancers invoice
 * with. Names are compared normalised (lower case, no accents, punctuation and units as
 * spaces: « N° de facture », « Montant TTC (€) », « E-mail client » → « n de facture »,
 * « montant ttc », « e mail client »).
 *
 * Where the names come from (public help pages, read 2026-12; no tool publishes its export's
 * exact columns, so each fixture in tests/fixtures/csv/tools/ says what it was built from):
 * - the issue's own report of a tool export: `Numéro;Date d'émission;Date d'échéance;Client;
 *   E-mail client;SIREN client;Montant HT;TVA;Montant TTC;Statut;Reste à payer` (#19);
 * - Qonto, invoice list « date d'émission, date d'échéance, statut et montant », statuses
 *   à payer / payées / annulées: https://help.qonto.com/fr/articles/6240898-comment-suivre-le-statut-de-vos-factures-clients
 * - Qonto accounting export, English columns « Invoice number », « Due date »:
 *   https://support-fr.qonto.com/hc/en-us/articles/47405760369169-How-do-I-export-my-entries-in-CSV-XLSX-format
 * - Indy, statut « Payée », client « particulier ou entreprise » with a SIRET:
 *   https://wikicompta.indy.fr/fr/articles/7227662-comment-gerer-mes-factures-sur-indy
 * - Abby, « Date de création » as the issue date, « factures soldées »:
 *   https://aide.abby.fr/fr/articles/6467110-comment-creer-une-facture and
 *   https://aide.abby.fr/fr/articles/6560658-comment-fonctionne-l-outil-de-facturation
 * - Pennylane, « Raison sociale » and « SIREN » columns, statuses « À payer » / « Payé »:
 *   https://help.pennylane.com/fr/articles/300701-importer-des-missions-et-des-abonnements and
 *   https://support.pennylane.com/fr/articles/5855020-comprendre-les-differents-statuts-d-une-facture-d-achat
 * - Tiime, « montant HT » and « taux de TVA » columns:
 *   https://support.tiime.fr/fr/articles/6225199-quels-sont-les-differents-formats-de-factures
 * - Henrri, « date d'échéance » of each invoice:
 *   https://support.henrri.com/hc/fr/articles/360002708017-Factures-r%C3%A9currentes-laissez-Henrri-faire-le-travail
 * - a generic French invoice list « Numéro de facture, Date de facture, Échéance, Montant »:
 *   https://compass.coupa.com/fr-fr/products/product-documentation/integration-technical-documentation/treasury-csv-format-descriptions-(classic)/ic-recon-invoice-export-csv-format
 * Freebe's and Facture.net's export columns were not found publicly: their fixtures use the
 * common French names above, and say so.
 */
import type { Column } from './columns';

export function normalizeHeader(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(en )?(eur|euros?)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Best name first: of two headers naming one column, the better-ranked name wins. */
const SYNONYMS: Record<Column, string[]> = {
  numero: [
    'numero',
    'numero de facture',
    'numero facture',
    'n de facture',
    'n facture',
    'no de facture',
    'no facture',
    'n',
    'no',
    'num',
    'num facture',
    'facture n',
    'facture no',
    'ref facture',
    'reference facture',
    'reference',
    'ref',
    'invoice number',
    'invoice no',
    'invoice',
    'number',
    'numero de piece',
    'facture',
  ],
  client: [
    'client',
    'nom client',
    'nom du client',
    'client nom',
    'raison sociale',
    'raison sociale client',
    'societe',
    'entreprise',
    'destinataire',
    'tiers',
    'customer',
    'customer name',
    'client name',
    'company',
    'nom',
  ],
  email: [
    'email',
    'e mail',
    'email client',
    'e mail client',
    'mail',
    'mail client',
    'courriel',
    'adresse email',
    'adresse e mail',
    'email du client',
    'customer email',
    'client email',
  ],
  montant_ttc: [
    'montant ttc',
    'total ttc',
    'ttc',
    'montant total ttc',
    'net a payer',
    'montant net a payer',
    'total net a payer',
    'prix ttc',
    'montant',
    'montant total',
    'total',
    'montant facture',
    'total amount',
    'amount',
    'total incl tax',
    'total including tax',
    'amount incl vat',
    'gross amount',
  ],
  date_echeance: [
    'date echeance',
    'date d echeance',
    'echeance',
    'date de l echeance',
    'date limite de paiement',
    'date limite',
    'a payer avant le',
    'payable le',
    'date d exigibilite',
    'due date',
    'due',
    'payment due',
    'due on',
  ],
  date_emission: [
    'date emission',
    'date d emission',
    'date de facture',
    'date facture',
    'date de la facture',
    'emise le',
    'date de creation',
    'date creation',
    'date',
    'issue date',
    'invoice date',
    'date of issue',
    'issued',
  ],
  type_client: ['type client', 'type de client', 'client type', 'categorie client', 'customer type'],
  // « Type » in a tool's list is the document's kind (facture / avoir), never the client's.
  type_document: ['type', 'type de document', 'type document', 'document type', 'nature', 'type de piece'],
  reste_du: [
    'reste du',
    'reste a payer',
    'restant du',
    'restant a payer',
    'reste a regler',
    'reste a encaisser',
    'montant restant',
    'montant restant du',
    'solde du',
    'solde',
    'montant du',
    'a encaisser',
    'amount due',
    'balance due',
    'balance',
    'outstanding',
    'remaining',
  ],
  telephone: ['telephone', 'tel', 'telephone client', 'portable', 'mobile', 'phone'],
  adresse: ['adresse', 'adresse client', 'adresse de facturation', 'address', 'billing address'],
  siren: [
    'siren',
    'siren client',
    'n siren',
    'numero siren',
    'siret',
    'siret client',
    'n siret',
    'numero siret',
  ],
  statut: [
    'statut',
    'etat',
    'statut de paiement',
    'statut paiement',
    'etat du paiement',
    'statut facture',
    'status',
    'payment status',
    'state',
  ],
  montant_regle: [
    'montant regle',
    'montant paye',
    'deja regle',
    'deja paye',
    'montant encaisse',
    'encaisse',
    'regle',
    'paye',
    'total paye',
    'reglements',
    'amount paid',
    'paid amount',
    'paid',
  ],
  date_paiement: [
    'date de paiement',
    'date paiement',
    'date de reglement',
    'date reglement',
    'date d encaissement',
    'paye le',
    'regle le',
    'payment date',
    'paid on',
    'paid date',
  ],
};

/** Normalised name → [column, rank], built once. */
const BY_NAME = new Map<string, [Column, number]>();
for (const [column, names] of Object.entries(SYNONYMS) as [Column, string[]][]) {
  names.forEach((name, rank) => {
    if (!BY_NAME.has(name)) BY_NAME.set(name, [column, rank]);
  });
}
/** Names of two words or more, longest first: « Date d'échéance (JJ/MM/AAAA) » starts with one. */
const PREFIXES = [...BY_NAME.keys()].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);

function lookup(name: string): [Column, number] | null {
  const exact = BY_NAME.get(name);
  if (exact) return exact;
  const prefix = PREFIXES.find((p) => name.startsWith(`${p} `));
  // A prefix match ranks after every exact name of its column.
  return prefix ? [BY_NAME.get(prefix)![0], 1000 + BY_NAME.get(prefix)![1]] : null;
}

/** Column → index of the header cell naming it; one cell names one column at most. */
export function matchHeaders(header: readonly string[]): Partial<Record<Column, number>> {
  const best = new Map<Column, { index: number; rank: number }>();
  header.forEach((cell, index) => {
    const found = lookup(normalizeHeader(cell));
    if (!found) return;
    const [column, rank] = found;
    const current = best.get(column);
    // Equal names: the later one wins, as the contract's reader always did.
    if (!current || rank <= current.rank) best.set(column, { index, rank });
  });
  return Object.fromEntries([...best].map(([c, { index }]) => [c, index]));
}
