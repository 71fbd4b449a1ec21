/**
 * The CSV exports of the banks French freelancers use most, each recognised by its header
 * (normalised: lower case, no accents, punctuation as spaces — see normalizeName) and read
 * with the columns, decimal mark and quirks its source documents. Where several columns can
 * hold a value, the first present one wins; label columns are joined.
 *
 * Sources: each profile names the public page or the open-source importer (code or test file)
 * that holds that bank's export header — the original repository, not a list that copies it.
 * Each cited file was found in its repository in December 2026; the header itself was read
 * there for Société Générale, Qonto (English), N26 (both layouts) and Revolut (both). No bank
 * documents its CSV layout in a page we could cite. We wrote our own profiles from these.
 *
 * LCL has no CSV profile: no public importer or page we could open documents the columns of
 * its CSV export (one unattributed snippet claims « Date;Montant;Libellé;Détail », which no
 * other source confirms). Its files go through the column mapping the user sets once
 * (mapping.ts); an OFX or CAMT.053 export, where a bank offers one, needs no profile.
 */
import type { DecimalMark } from './values';

export interface BankProfile {
  id: string;
  name: string;
  /** Normalised header names that must all be present. */
  signature: string[];
  date: string[];
  /** One signed amount column… */
  amount?: string[];
  /** …or a debit and a credit column (the debit may be written with or without its sign). */
  debit?: string;
  credit?: string;
  label: string[];
  counterparty?: string[];
  reference?: string[];
  currency?: string;
  /** A status column: pending, refused or cancelled rows are not money received. */
  status?: string;
  decimal: DecimalMark;
}

const BANK_PROFILES: readonly BankProfile[] = [
  {
    // « Date operation;Libelle court;Type operation;Libelle operation;Montant operation en euro »
    // below one account line and a blank one. Source: github.com/Corsud/Tresoperso
    // tests/test_parse_csv.py (test_detect_header_after_blank)
    id: 'bnp-paribas',
    name: 'BNP Paribas',
    signature: ['date operation', 'libelle operation', 'montant operation en euro'],
    date: ['date operation'],
    amount: ['montant operation en euro'],
    label: ['libelle operation'],
    decimal: ',',
  },
  {
    // « Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise », third
    // line (account line first), Windows-1252, dd/mm/yyyy. Source: github.com/AiroPi/moneymanager
    // readers/societe_generale.py (header_match, detect_file_impl)
    id: 'societe-generale',
    name: 'Société Générale',
    signature: ['date de l operation', 'libelle', 'detail de l ecriture', 'montant de l operation'],
    date: ['date de l operation'],
    amount: ['montant de l operation'],
    label: ['detail de l ecriture'],
    currency: 'devise',
    decimal: ',',
  },
  {
    // « Date;Libellé;Débit Euros;Crédit Euros; » below about ten information lines, labels over
    // several lines in quotes, Windows-1252, both amounts positive. Source:
    // github.com/jbleduigou/budgetcategorizer parser/parser_test.go (a real export, anonymised)
    id: 'credit-agricole',
    name: 'Crédit Agricole',
    signature: ['date', 'libelle', 'debit euros', 'credit euros'],
    date: ['date'],
    debit: 'debit euros',
    credit: 'credit euros',
    label: ['libelle'],
    decimal: ',',
  },
  {
    // « Date;Date de valeur;Débit;Crédit;Libellé;Solde », ISO-8859-15, debit written negative.
    // Source: github.com/afup/web sources/AppBundle/Compta/Importer/CreditMutuel.php;
    // github.com/comptanar/comptanar.github.io source/import-banque/types.js
    id: 'credit-mutuel-cic',
    name: 'Crédit Mutuel / CIC',
    signature: ['date', 'date de valeur', 'debit', 'credit', 'libelle', 'solde'],
    date: ['date'],
    debit: 'debit',
    credit: 'credit',
    label: ['libelle'],
    decimal: ',',
  },
  {
    // The single-amount variant « Date;Date de valeur;Montant;Libellé;Solde ». Source:
    // github.com/vrischmann/beancount-importers synthetic/ccm-courant/README.md
    id: 'credit-mutuel-cic-montant',
    name: 'Crédit Mutuel / CIC',
    signature: ['date', 'date de valeur', 'montant', 'libelle', 'solde'],
    date: ['date'],
    amount: ['montant'],
    label: ['libelle'],
    decimal: ',',
  },
  {
    // « Date;Libellé;Montant(EUROS) » (older files add « ;Montant(FRANCS) ») below six account
    // lines, Windows-1252, amounts « +123,45 ». Source: doc4-fr.openflyers.com « Modèle d'import
    // de relevé bancaire CSV Banque Postale avec point-virgule » (OpenFlyers' documentation)
    id: 'la-banque-postale',
    name: 'La Banque Postale',
    signature: ['date', 'libelle', 'montant euros'],
    date: ['date'],
    amount: ['montant euros'],
    label: ['libelle'],
    decimal: ',',
  },
  {
    // « dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;
    // accountLabel;accountbalance », UTF-8 with BOM, ISO dates (older files dd/mm/yyyy), amounts
    // « -1234,56 ». Source: github.com/azerpas/bourso-api src/bourso_api/src/client/transaction.rs;
    // github.com/mincong-h/finance-toolkit docs/boursorama.md (encoding)
    id: 'boursorama',
    name: 'Boursorama (BoursoBank)',
    signature: ['dateop', 'dateval', 'label', 'amount'],
    date: ['dateop', 'dateval'],
    amount: ['amount'],
    label: ['label', 'comment'],
    counterparty: ['supplierfound'],
    decimal: ',',
  },
  {
    // « Transaction ID;Date de la valeur;Date d'opération;IBAN;Type de transaction;…;Débit;Crédit;
    // Solde mouvement;Solde bancaire;Libellé;Nom de la contrepartie;…;Commentaire », Windows-1252.
    // Source: github.com/rodulfo-dmgz/RD-Recueil app/js/engine/import-shine.js;
    // github.com/babao60/ComptaTVA-Auto types.ts
    id: 'shine',
    name: 'Shine',
    signature: ['transaction id', 'date d operation', 'debit', 'credit', 'libelle', 'nom de la contrepartie'],
    date: ['date d operation', 'date de la valeur'],
    debit: 'debit',
    credit: 'credit',
    label: ['libelle', 'commentaire'],
    counterparty: ['nom de la contrepartie'],
    decimal: ',',
  },
  {
    // English export « Status,Settlement date (UTC),Operation date (UTC),Total amount (incl. VAT),
    // Currency,Counterparty name,Payment method,Transaction ID,IBAN,Reference,… », comma separated,
    // « YYYY-MM-DD HH:MM:SS » dates, signed amounts. Source: github.com/enobase/demo-coda-export
    // src/parsers/qonto.ts
    id: 'qonto',
    name: 'Qonto',
    signature: ['transaction id', 'total amount incl vat'],
    date: ['settlement date local', 'settlement date utc', 'operation date local', 'operation date utc'],
    amount: ['total amount incl vat'],
    label: ['counterparty name', 'reference', 'note'],
    counterparty: ['counterparty name'],
    reference: ['reference'],
    currency: 'currency',
    status: 'status',
    decimal: '.',
  },
  {
    // French export « Statut;Date de la valeur (UTC);Date de l'opération (UTC);Montant total (TTC);
    // …;Nom de la contrepartie;…;Identifiant de transaction;Référence », « DD-MM-YYYY HH:MM:SS ».
    // Corroborated, not sourced: the enobase parser cited above documents only the English
    // layout; these French names, « ; » and DD-MM-YYYY appear in several public importers found
    // by a content search, none of which could be tied to a repository to cite.
    id: 'qonto-fr',
    name: 'Qonto',
    signature: ['identifiant de transaction', 'montant total ttc'],
    date: [
      'date de reglement local',
      'date de reglement utc',
      'date de la valeur utc',
      'date de l operation utc',
    ],
    amount: ['montant total ttc'],
    label: ['nom de la contrepartie', 'reference', 'note'],
    counterparty: ['nom de la contrepartie'],
    reference: ['reference'],
    currency: 'devise',
    status: 'statut',
    decimal: ',',
  },
  {
    // Since 2024: « "Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment
    // Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange
    // Rate" », comma separated, ISO dates, dot decimals. Sources: github.com/SamuelvVelzen/
    // Financely2025 src/features/transaction/services/banks/n26.profile.ts; the N26 importer of
    // github.com/siddhantgoel/beancount-n26 (CSV_HEADER of its Beancount 3 version)
    id: 'n26',
    name: 'N26',
    signature: ['booking date', 'partner name', 'payment reference', 'amount eur'],
    date: ['booking date', 'value date'],
    amount: ['amount eur'],
    label: ['partner name', 'payment reference'],
    counterparty: ['partner name'],
    reference: ['payment reference'],
    decimal: '.',
  },
  {
    // Until 2023: « Date,Payee,Account number,Transaction type,Payment reference,Amount (EUR),
    // Amount (Foreign Currency),Type Foreign Currency,Exchange Rate » (« Category » optional).
    // Source: github.com/siddhantgoel/beancount-n26 beancount_n26/__init__.py (HEADER_FIELDS 'en')
    id: 'n26-2023',
    name: 'N26',
    signature: ['date', 'payee', 'transaction type', 'payment reference', 'amount eur'],
    date: ['date'],
    amount: ['amount eur'],
    label: ['payee', 'payment reference'],
    counterparty: ['payee'],
    reference: ['payment reference'],
    decimal: '.',
  },
  {
    // The same export in French: « Date,Bénéficiaire,Numéro de compte,Type de transaction,
    // Référence de paiement,Catégorie,Montant (EUR),Montant (Devise étrangère),… ». Source:
    // github.com/siddhantgoel/beancount-n26 beancount_n26/__init__.py (HEADER_FIELDS 'fr')
    id: 'n26-2023-fr',
    name: 'N26',
    signature: ['date', 'beneficiaire', 'type de transaction', 'reference de paiement', 'montant eur'],
    date: ['date'],
    amount: ['montant eur'],
    label: ['beneficiaire', 'reference de paiement'],
    counterparty: ['beneficiaire'],
    reference: ['reference de paiement'],
    decimal: '.',
  },
  {
    // Business: « Date started (UTC),Date completed (UTC),ID,Type,State,Description,Reference,
    // Payer,…,Payment currency,Amount,Total amount,…,Fee,Balance,… », pending rows ignored.
    // Source: github.com/BananaAccounting/Universal extensions/import/revolut/
    // ch.banana.uni.import.revolut.js and its test file test/testcases/
    // ch.banana.revolut.transactions.business3_20251016.csv (header checked)
    id: 'revolut-business',
    name: 'Revolut Business',
    signature: ['date completed utc', 'id', 'description', 'amount', 'payment currency'],
    date: ['date completed utc', 'date started utc'],
    amount: ['amount'],
    label: ['description', 'reference'],
    counterparty: ['payer'],
    reference: ['reference'],
    currency: 'payment currency',
    status: 'state',
    decimal: '.',
  },
  {
    // Personal: « Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,
    // Balance », « YYYY-MM-DD HH:MM:SS », states COMPLETED/PENDING/REVERTED/DECLINED. Source: the
    // same Banana importer, test/testcases/ch.banana.revolut.transactions.private1_20222609.csv
    id: 'revolut',
    name: 'Revolut',
    signature: ['type', 'started date', 'completed date', 'description', 'amount', 'currency', 'state'],
    date: ['completed date', 'started date'],
    amount: ['amount'],
    label: ['description'],
    currency: 'currency',
    status: 'state',
    decimal: '.',
  },
];

/** The profile a header belongs to; the most specific signature first (CIC before La Banque Postale). */
export function profileFor(normalizedHeader: readonly string[]): BankProfile | null {
  const names = new Set(normalizedHeader);
  const bySize = [...BANK_PROFILES].sort((a, b) => b.signature.length - a.signature.length);
  return bySize.find((p) => p.signature.every((h) => names.has(h))) ?? null;
}

/** Rows whose status says the money did not (yet) arrive. */
export const NOT_BOOKED = /pend|process|declin|cancel|revert|fail|refus|annul|en cours|rejet/i;
