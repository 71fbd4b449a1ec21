/**
 * Copy of the bank statement import and review. English must have every key (enforced by its
 * type). Counts go through Intl.PluralRules: a key ending in `.one`/`.other` is chosen by
 * `tn`, never « (s) ».
 */
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { LanguageContext } from '../i18n';

export const bankFr = {
  'bank.title': 'Relevés bancaires : qui a payé ?',
  'bank.help':
    'Déposez un relevé exporté de votre banque (CSV, OFX/QFX ou CAMT.053). Il est lu dans le navigateur et n’est pas conservé : seules les lignes que vous confirmez sont gardées, comme preuve du paiement.',
  'bank.choose': 'Choisir un relevé',
  'bank.drop': 'ou déposez-le ici',
  'bank.reading': 'Lecture des relevés…',
  'bank.fileError': '{file} : {message}',
  'bank.error.empty': 'le fichier est vide.',
  'bank.error.unknown-format': 'format non reconnu (CSV, OFX/QFX ou CAMT.053 attendu).',
  'bank.error.bad-date': 'ligne {row}, colonne « {field} » : date illisible (« {value} »).',
  'bank.error.bad-amount': 'ligne {row}, colonne « {field} » : montant illisible (« {value} »).',
  'bank.error.missing': 'ligne {row}, colonne « {field} » : valeur manquante.',
  'bank.error.malformed': 'fichier endommagé : {message}.',
  'bank.error.too-large': 'le fichier dépasse 20 Mo.',
  'bank.error.needs-mapping': 'colonnes à indiquer.',
  'bank.read.one': '{file} : {count} crédit lu ({format}).',
  'bank.read.other': '{file} : {count} crédits lus ({format}).',
  'bank.summary': 'Propositions : {sure}, {likely}, {none}.',
  'bank.sure.one': '{count} sûre',
  'bank.sure.other': '{count} sûres',
  'bank.likely.one': '{count} probable',
  'bank.likely.other': '{count} probables',
  'bank.none.one': '{count} sans correspondance',
  'bank.none.other': '{count} sans correspondance',
  'bank.nothingNew':
    'Rien de nouveau : chaque crédit de ce relevé est déjà enregistré, ou il n’y a aucun crédit.',
  'bank.section.sure': 'Sûres : numéro de facture et montant concordent',
  'bank.section.likely': 'Probables : à vérifier',
  'bank.section.none': 'Sans correspondance',
  'bank.col.take': 'Enregistrer',
  'bank.col.line': 'Ligne du relevé',
  'bank.col.amount': 'Montant',
  'bank.col.pays': 'Paie',
  'bank.col.why': 'Pourquoi',
  'bank.pays': '{number} — {client} : {amount}',
  'bank.partial': 'paiement partiel, reste {rest}',
  'bank.choice.proposed': 'Proposition',
  'bank.choice.none': 'Aucune facture',
  'bank.choice.label': 'Facture payée par cette ligne',
  'bank.choice.other': 'ou n° de facture',
  'bank.choice.unknownNumber': 'Aucune facture ouverte ne porte ce numéro.',
  'bank.reason.number': 'n° de facture trouvé',
  'bank.reason.digits': 'chiffres du n° trouvés',
  'bank.reason.amount': 'montant exact',
  'bank.reason.sum': 'somme de plusieurs factures',
  'bank.reason.partial': 'montant inférieur : paiement partiel',
  'bank.reason.overpaid': 'montant supérieur au reste dû',
  'bank.reason.name': 'nom du payeur',
  'bank.reason.before-invoice': 'reçu avant la date de la facture',
  'bank.confirm.one': 'Enregistrer {count} paiement',
  'bank.confirm.other': 'Enregistrer {count} paiements',
  'bank.sending': 'Enregistrement…',
  'bank.cancel': 'Annuler',
  'bank.done.one': '{count} paiement enregistré, avec la ligne du relevé comme preuve.',
  'bank.done.other': '{count} paiements enregistrés, avec la ligne du relevé comme preuve.',
  'bank.failed': 'Rien n’a été enregistré : {message}',
  'bank.map.title': 'Colonnes de « {file} »',
  'bank.map.help':
    'Cette banque n’est pas encore reconnue. Indiquez une fois ses colonnes : les prochains relevés de même forme seront lus directement.',
  'bank.map.name': 'Nom de ce format (facultatif)',
  'bank.map.date': 'Date',
  'bank.map.amount': 'Montant (signé)',
  'bank.map.debit': 'Débit',
  'bank.map.credit': 'Crédit',
  'bank.map.label': 'Libellé',
  'bank.map.counterparty': 'Payeur (facultatif)',
  'bank.map.reference': 'Référence (facultatif)',
  'bank.map.decimal': 'Séparateur décimal',
  'bank.map.none': '—',
  'bank.map.save': 'Retenir ces colonnes et lire le relevé',
  'bank.map.sample': 'Premières lignes',
  'bank.map.needAmount': 'Choisissez une colonne « Montant », ou les colonnes « Débit » et « Crédit ».',
  'pay.title': 'Règlement : comptes et lien de paiement',
  'pay.intro':
    'Chaque relance, courrier et mise en demeure indique l’IBAN de votre identité, le numéro de facture à rappeler sur le virement et, si vous le donnez, un lien de paiement. Ajoutez un compte par devise si vous facturez aussi en dollars ou en livres.',
  'pay.link': 'Lien de paiement (facultatif)',
  'pay.linkHint': 'Une adresse https:// : la page de paiement de votre outil de facturation, par exemple.',
  'pay.linkBad': 'Adresse https:// attendue.',
  'pay.accounts': 'Comptes par devise',
  'pay.currency': 'Devise',
  'pay.iban': 'IBAN',
  'pay.bic': 'BIC',
  'pay.add': 'Ajouter un compte',
  'pay.remove': 'Retirer ce compte',
  'pay.accountBad': 'Compte {n} : devise sur trois lettres (USD) et IBAN valide attendus.',
  'pay.hold': 'Jours d’attente après « le virement est parti »',
  'pay.holdHint':
    'Quand le client annonce son virement (e-mail ou appel), la relance suivante attend ce nombre de jours que l’argent arrive.',
  'pays.title': 'Comment vos clients paient',
  'pays.intro':
    'Sur les factures payées : retard moyen et médian (jours après l’échéance), part payée en retard. DSO sur 12 mois : ce que le client doit aujourd’hui rapporté à ce qui lui a été facturé sur un an, en jours.',
  'pays.client': 'Client',
  'pays.average': 'Retard moyen',
  'pays.median': 'Retard médian',
  'pays.shareLate': 'Payées en retard',
  'pays.dso': 'DSO 12 mois',
  'pays.days': '{days} j',
  'pays.statement': 'Relevé de compte (PDF)',
  'pays.firmer': 'Scénario plus ferme',
  'pays.firmerDone': 'Scénario « courriers rapides » appliqué',
  'pays.noOpen': 'Aucune facture ouverte pour ce client.',
  'pays.failed': 'Échec : {message}',
  'pays.reminders': 'Relances',
  'pays.statementMail': 'Relance groupée (e-mail)',
  'pays.statementMailDone.one':
    'Relance groupée ouverte dans votre messagerie : {count} facture, à relire avant l’envoi.',
  'pays.statementMailDone.other':
    'Relance groupée ouverte dans votre messagerie : {count} factures, à relire avant l’envoi.',
  'off.tag': 'Exclu des relances',
  'off.since': '{reason}, depuis le {date}',
  'off.exclude': 'Exclure des relances',
  'off.resume': 'Reprendre les relances',
  'off.reasonLabel': 'Motif de l’exclusion de {name}',
  'off.reason.direct_debit': 'Prélèvement automatique',
  'off.reason.arrangement': 'Accord avec le client',
  'off.reason.other': 'Autre motif',
  'off.done': '{name} ne sera plus relancé : ni rappel, ni notification, rien dans « Aujourd’hui ».',
  'off.resumed': 'Les relances de {name} reprennent.',
};

export type BankKey = keyof typeof bankFr;

export const bankEn: Record<BankKey, string> = {
  'bank.title': 'Bank statements: who paid?',
  'bank.help':
    'Drop a statement exported from your bank (CSV, OFX/QFX or CAMT.053). It is read in the browser and not kept: only the lines you confirm are stored, as proof of payment.',
  'bank.choose': 'Choose a statement',
  'bank.drop': 'or drop it here',
  'bank.reading': 'Reading the statements…',
  'bank.fileError': '{file}: {message}',
  'bank.error.empty': 'the file is empty.',
  'bank.error.unknown-format': 'format not recognised (CSV, OFX/QFX or CAMT.053 expected).',
  'bank.error.bad-date': 'line {row}, column “{field}”: unreadable date (“{value}”).',
  'bank.error.bad-amount': 'line {row}, column “{field}”: unreadable amount (“{value}”).',
  'bank.error.missing': 'line {row}, column “{field}”: missing value.',
  'bank.error.malformed': 'damaged file: {message}.',
  'bank.error.too-large': 'the file is larger than 20 MB.',
  'bank.error.needs-mapping': 'columns to be set.',
  'bank.read.one': '{file}: {count} credit read ({format}).',
  'bank.read.other': '{file}: {count} credits read ({format}).',
  'bank.summary': 'Proposals: {sure}, {likely}, {none}.',
  'bank.sure.one': '{count} sure',
  'bank.sure.other': '{count} sure',
  'bank.likely.one': '{count} likely',
  'bank.likely.other': '{count} likely',
  'bank.none.one': '{count} unmatched',
  'bank.none.other': '{count} unmatched',
  'bank.nothingNew': 'Nothing new: every credit of this statement is already recorded, or there is none.',
  'bank.section.sure': 'Sure: invoice number and amount agree',
  'bank.section.likely': 'Likely: please check',
  'bank.section.none': 'Unmatched',
  'bank.col.take': 'Record',
  'bank.col.line': 'Statement line',
  'bank.col.amount': 'Amount',
  'bank.col.pays': 'Pays',
  'bank.col.why': 'Why',
  'bank.pays': '{number} — {client}: {amount}',
  'bank.partial': 'partial payment, {rest} left',
  'bank.choice.proposed': 'Proposal',
  'bank.choice.none': 'No invoice',
  'bank.choice.label': 'Invoice paid by this line',
  'bank.choice.other': 'or invoice number',
  'bank.choice.unknownNumber': 'No open invoice has this number.',
  'bank.reason.number': 'invoice number found',
  'bank.reason.digits': 'digits of the number found',
  'bank.reason.amount': 'exact amount',
  'bank.reason.sum': 'sum of several invoices',
  'bank.reason.partial': 'smaller amount: partial payment',
  'bank.reason.overpaid': 'more than what is due',
  'bank.reason.name': 'payer’s name',
  'bank.reason.before-invoice': 'received before the invoice date',
  'bank.confirm.one': 'Record {count} payment',
  'bank.confirm.other': 'Record {count} payments',
  'bank.sending': 'Recording…',
  'bank.cancel': 'Cancel',
  'bank.done.one': '{count} payment recorded, with the statement line as proof.',
  'bank.done.other': '{count} payments recorded, with the statement line as proof.',
  'bank.failed': 'Nothing was recorded: {message}',
  'bank.map.title': 'Columns of “{file}”',
  'bank.map.help':
    'This bank is not recognised yet. Set its columns once: the next statements of the same shape will be read directly.',
  'bank.map.name': 'Name of this format (optional)',
  'bank.map.date': 'Date',
  'bank.map.amount': 'Amount (signed)',
  'bank.map.debit': 'Debit',
  'bank.map.credit': 'Credit',
  'bank.map.label': 'Label',
  'bank.map.counterparty': 'Payer (optional)',
  'bank.map.reference': 'Reference (optional)',
  'bank.map.decimal': 'Decimal separator',
  'bank.map.none': '—',
  'bank.map.save': 'Remember these columns and read the statement',
  'bank.map.sample': 'First lines',
  'bank.map.needAmount': 'Choose an “Amount” column, or the “Debit” and “Credit” columns.',
  'pay.title': 'Payment: accounts and payment link',
  'pay.intro':
    'Every reminder, letter and formal notice gives your identity’s IBAN, the invoice number to quote on the transfer and, if you set one, a payment link. Add one account per currency if you also invoice in dollars or pounds.',
  'pay.link': 'Payment link (optional)',
  'pay.linkHint': 'An https:// address: your invoicing tool’s pay page, for instance.',
  'pay.linkBad': 'An https:// address is expected.',
  'pay.accounts': 'Accounts per currency',
  'pay.currency': 'Currency',
  'pay.iban': 'IBAN',
  'pay.bic': 'BIC',
  'pay.add': 'Add an account',
  'pay.remove': 'Remove this account',
  'pay.accountBad': 'Account {n}: a three-letter currency (USD) and a valid IBAN are expected.',
  'pay.hold': 'Days to wait after “the transfer is on its way”',
  'pay.holdHint':
    'When the client says the transfer was sent (e-mail or call), the next reminder waits this many days for the money.',
  'pays.title': 'How your clients pay',
  'pays.intro':
    'On paid invoices: average and median delay (days after the due date), share paid late. 12-month DSO: what the client owes today against what it was invoiced over a year, in days.',
  'pays.client': 'Client',
  'pays.average': 'Average delay',
  'pays.median': 'Median delay',
  'pays.shareLate': 'Paid late',
  'pays.dso': '12-month DSO',
  'pays.days': '{days} d',
  'pays.statement': 'Statement of account (PDF)',
  'pays.firmer': 'Firmer scenario',
  'pays.firmerDone': '“Fast letters” scenario applied',
  'pays.noOpen': 'No open invoice for this client.',
  'pays.failed': 'Failed: {message}',
  'pays.reminders': 'Reminders',
  'pays.statementMail': 'Grouped reminder (e-mail)',
  'pays.statementMailDone.one':
    'Grouped reminder opened in your mailbox: {count} invoice, to read before sending.',
  'pays.statementMailDone.other':
    'Grouped reminder opened in your mailbox: {count} invoices, to read before sending.',
  'off.tag': 'No reminders',
  'off.since': '{reason}, since {date}',
  'off.exclude': 'Exclude from reminders',
  'off.resume': 'Resume reminders',
  'off.reasonLabel': 'Why {name} is excluded',
  'off.reason.direct_debit': 'Direct debit',
  'off.reason.arrangement': 'Arrangement with the client',
  'off.reason.other': 'Other reason',
  'off.done': '{name} will not be chased: no reminder, no notification, nothing in “Today”.',
  'off.resumed': 'Reminders for {name} resume.',
};

type Values = Record<string, string | number>;
type Counted<K> = K extends `${infer Base}.one` ? Base : never;
export type BankCountKey = Counted<BankKey>;

export interface BankT {
  t: (key: BankKey, values?: Values) => string;
  /** The `.one` or `.other` form chosen by the language's plural rules. */
  tn: (key: BankCountKey, count: number, values?: Values) => string;
  lang: Language;
}

export function bankT(lang: Language): BankT {
  const dict = lang === 'en' ? bankEn : bankFr;
  const rules = new Intl.PluralRules(lang === 'en' ? 'en' : 'fr');
  const t = (key: BankKey, values?: Values) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
  const tn = (key: BankCountKey, count: number, values?: Values) =>
    t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as BankKey, { count, ...values });
  return { t, tn, lang };
}

export function useBankT(): BankT {
  return bankT(useContext(LanguageContext));
}
