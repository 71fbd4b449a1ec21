/**
 * The welcome's texts, French and English side by side (issue #19). Plurals go through
 * Intl.PluralRules (`plural`), never «\u00a0(s)\u00a0». Values are inserted as text, never as markup.
 */
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { LanguageContext } from '../i18n/base';

const TEXTS = {
  title: { fr: 'Bienvenue dans Échéance', en: 'Welcome to Échéance' },
  intro: {
    fr: 'Quatre questions, une seule fois, pour que vos relances et vos courriers partent complets et justes. Tout reste sur votre ordinateur. Vous pouvez vous arrêter quand vous voulez : vous reprendrez ici.',
    en: 'Four questions, asked once, so that your reminders and letters go out complete and right. Everything stays on your computer. Stop whenever you like: you will pick up from here.',
  },
  'step.identity': { fr: 'Qui vous êtes', en: 'Who you are' },
  'step.mentions': { fr: 'Ce que disent vos factures', en: 'What your invoices say' },
  'step.style': { fr: 'Votre manière de relancer', en: 'How you chase' },
  'step.import': { fr: 'Vos factures', en: 'Your invoices' },
  stepOf: { fr: 'Étape {n} sur {total}', en: 'Step {n} of {total}' },
  save: { fr: 'Enregistrer et continuer', en: 'Save and continue' },
  back: { fr: 'Étape précédente', en: 'Previous step' },
  skip: { fr: 'Passer cette étape', en: 'Skip this step' },
  later: { fr: 'Terminer plus tard', en: 'Finish later' },
  skipAll: { fr: 'Passer l’accueil', en: 'Skip the welcome' },
  finish: { fr: 'C’est prêt', en: 'All set' },
  saved: { fr: 'Enregistré.', en: 'Saved.' },
  fixErrors: {
    fr: 'Quelques champs sont à revoir, indiqués ci-dessous.',
    en: 'A few fields need a look, shown below.',
  },
  saveFailed: { fr: 'L’enregistrement a échoué : {message}', en: 'Saving failed: {message}' },
  done: {
    fr: 'C’est prêt. Vos courriers porteront votre nom, votre adresse et vos coordonnées bancaires.',
    en: 'All set. Your letters will carry your name, your address and your bank details.',
  },
  openDashboard: { fr: 'Ouvrir le tableau de bord', en: 'Open the dashboard' },

  'identity.intro': {
    fr: 'Ces informations figurent en tête de vos courriers et dans le bloc de paiement de la mise en demeure.',
    en: 'These details head your letters and fill the payment block of the formal notice.',
  },
  'identity.name': { fr: 'Nom, ou raison sociale', en: 'Name, or company name' },
  'identity.tradeName': { fr: 'Nom commercial (facultatif)', en: 'Trading name (optional)' },
  'identity.siret': { fr: 'SIRET', en: 'SIRET' },
  'identity.sirenFound': { fr: 'SIREN : {siren}', en: 'SIREN: {siren}' },
  'identity.siretHint': {
    fr: '14 chiffres ; le SIREN (les 9 premiers) s’en déduit.',
    en: '14 digits; the SIREN (the first 9) follows from it.',
  },
  'identity.address': { fr: 'Adresse postale', en: 'Postal address' },
  'identity.city': { fr: 'Ville (pour «\u00a0Fait à …\u00a0»)', en: 'Town (for the place and date line)' },
  'identity.email': { fr: 'E-mail', en: 'E-mail' },
  'identity.iban': { fr: 'IBAN', en: 'IBAN' },
  'identity.bic': { fr: 'BIC', en: 'BIC' },
  'identity.signature': { fr: 'Signature (image)', en: 'Signature (image)' },
  'identity.signatureHint': {
    fr: 'PNG ou JPEG, 2 Mo au plus. Elle est réduite et gardée sur cet ordinateur.',
    en: 'PNG or JPEG, 2 MB at most. It is scaled down and kept on this computer.',
  },
  'identity.signatureRemove': { fr: 'Retirer la signature', en: 'Remove the signature' },
  'identity.signatureAlt': { fr: 'Votre signature', en: 'Your signature' },
  'problem.required': { fr: 'À renseigner pour vos courriers.', en: 'Needed for your letters.' },
  'problem.siret-digits': { fr: 'Un SIRET compte 14 chiffres.', en: 'A SIRET has 14 digits.' },
  'problem.checksum': {
    fr: 'Ce numéro ne passe pas le contrôle (clé de Luhn) : une faute de frappe ?',
    en: 'This number fails its check (Luhn key): a typo?',
  },
  'problem.iban-format': {
    fr: 'Cet IBAN n’a pas la bonne forme.',
    en: 'This IBAN is not in the right form.',
  },
  'problem.iban-checksum': {
    fr: 'Cet IBAN ne passe pas le contrôle : vérifiez les chiffres.',
    en: 'This IBAN fails its check: please check the digits.',
  },
  'problem.bic-format': { fr: 'Un BIC compte 8 ou 11 caractères.', en: 'A BIC has 8 or 11 characters.' },
  'problem.email-format': {
    fr: 'Cette adresse e-mail semble incomplète.',
    en: 'This e-mail address looks incomplete.',
  },
  'problem.image-type': { fr: 'Choisissez une image PNG ou JPEG.', en: 'Please choose a PNG or JPEG image.' },
  'problem.image-size': {
    fr: 'Image trop lourde : 2 Mo au plus.',
    en: 'The image is too large: 2 MB at most.',
  },
  'problem.image-unreadable': { fr: 'Cette image n’a pas pu être lue.', en: 'This image could not be read.' },

  'mentions.intro': {
    fr: 'Pour les factures dont Échéance ne lit pas le document (un export CSV), vos réponses tiennent lieu de mentions : les relances ne citent que ce que vos factures annoncent.',
    en: 'For invoices whose document Échéance does not read (a CSV export), your answers stand for their mentions: reminders only cite what your invoices announce.',
  },
  'mentions.clause': {
    fr: 'Clause de pénalités de retard imprimée',
    en: 'Late-payment penalty clause printed',
  },
  'mentions.legal-multiple': {
    fr: 'Trois fois le taux d’intérêt légal',
    en: 'Three times the legal interest rate',
  },
  'mentions.fixed': { fr: 'Un taux fixe', en: 'A fixed rate' },
  'mentions.fixedPercent': { fr: 'Taux annuel (%)', en: 'Yearly rate (%)' },
  'mentions.ecb-plus': { fr: 'Taux BCE majoré', en: 'ECB rate plus points' },
  'mentions.ecbPoints': { fr: 'Points ajoutés au taux BCE', en: 'Points added to the ECB rate' },
  'mentions.none': { fr: 'Aucune clause', en: 'No clause' },
  'mentions.indemnity': {
    fr: 'Mes factures mentionnent l’indemnité forfaitaire de 40 € pour frais de recouvrement',
    en: 'My invoices state the €40 fixed recovery fee',
  },
  'mentions.vat': {
    fr: 'Je suis en franchise de TVA («\u00a0TVA non applicable, art. 293 B du CGI\u00a0»)',
    en: 'I am VAT-exempt («\u00a0TVA non applicable, art. 293 B du CGI\u00a0»)',
  },
  'problem.rate': { fr: 'Indiquez un nombre entre 0 et {max}.', en: 'Enter a number between 0 and {max}.' },

  'style.intro': {
    fr: 'Le ton de vos relances et le rythme proposé pour les nouveaux clients ; chaque client peut ensuite avoir le sien.',
    en: 'The tone of your reminders and the pace for new clients; each client can have their own later.',
  },
  'style.addressing': { fr: 'Dans vos relances en français', en: 'In your French reminders' },
  'style.vous': { fr: 'Vouvoyer vos clients', en: 'Use «\u00a0vous\u00a0» (formal)' },
  'style.tu': { fr: 'Tutoyer vos clients', en: 'Use «\u00a0tu\u00a0» (informal)' },
  'style.scenario': { fr: 'Calendrier de relance par défaut', en: 'Default reminder schedule' },

  'import.intro': {
    fr: 'Trois façons d’amener vos factures ; commencez par celle qui vous ressemble.',
    en: 'Three ways to bring your invoices in; start with the one that suits you.',
  },
  'import.gmail': { fr: 'Depuis Gmail', en: 'From Gmail' },
  'import.gmailBody': {
    fr: 'Ouvrez un fil où vous avez envoyé une facture : une carte «\u00a0Suivre\u00a0» apparaît sous l’objet.',
    en: 'Open a thread where you sent an invoice: a «\u00a0Suivre\u00a0» card appears under the subject.',
  },
  'import.gmailOpen': { fr: 'Ouvrir Gmail', en: 'Open Gmail' },
  'import.pdf': { fr: 'Un PDF de facture', en: 'An invoice PDF' },
  'import.pdfBody': {
    fr: 'Déposez vos PDF (ou factures Factur-X) : Échéance lit le numéro, le montant et l’échéance.',
    en: 'Drop your PDFs (or Factur-X invoices): Échéance reads the number, the amount and the due date.',
  },
  'import.csv': { fr: 'L’export CSV de votre outil', en: 'Your tool’s CSV export' },
  'import.csvBody': {
    fr: 'Exportez vos factures depuis votre logiciel de facturation, puis importez le fichier.',
    en: 'Export your invoices from your invoicing software, then import the file.',
  },
  'import.open': { fr: 'Ouvrir l’import', en: 'Open the import' },
  'import.sample': { fr: 'Télécharger un exemple à essayer', en: 'Download a sample to try' },
  'import.sampleHint': {
    fr: 'Trois factures fictives, à importer pour voir le résultat ; supprimez-les ensuite.',
    en: 'Three made-up invoices, to import and see the result; delete them afterwards.',
  },

  'checklist.title': { fr: 'Pour bien démarrer', en: 'Getting started' },
  'checklist.continue': { fr: 'Continuer', en: 'Continue' },
  'checklist.left.one': { fr: 'Encore {count} étape', en: '{count} step left' },
  'checklist.left.other': { fr: 'Encore {count} étapes', en: '{count} steps left' },
  'checklist.doneMark': { fr: 'fait', en: 'done' },

  'parts.title': { fr: 'Avant de générer ce courrier', en: 'Before this letter is generated' },
  'parts.intro.one': {
    fr: 'Il manque une information pour qu’il soit valable :',
    en: 'One detail is missing for it to hold:',
  },
  'parts.intro.other': {
    fr: 'Il manque {count} informations pour qu’il soit valable :',
    en: '{count} details are missing for it to hold:',
  },
  'parts.sender-name': { fr: 'Votre nom, ou raison sociale', en: 'Your name, or company name' },
  'parts.sender-address': { fr: 'Votre adresse postale', en: 'Your postal address' },
  'parts.recipient-address': { fr: 'Adresse postale de {client}', en: 'Postal address of {client}' },
  'parts.save': { fr: 'Enregistrer', en: 'Save' },
  'parts.saved': {
    fr: 'Enregistré : vous pouvez générer le courrier.',
    en: 'Saved: you can generate the letter.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type WelcomeKey = keyof typeof TEXTS;
export type WelcomeT = (key: WelcomeKey, values?: Record<string, string | number>) => string;

const fill = (text: string, values?: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));

export function welcomeTranslator(lang: Language): {
  t: WelcomeT;
  plural: (base: string, count: number) => string;
} {
  const rules = new Intl.PluralRules(lang);
  const t: WelcomeT = (key, values) => fill(TEXTS[key][lang], values);
  // `checklist.left` + one/other: the CLDR category of the count picks the form.
  const plural = (base: string, count: number) => {
    const category = rules.select(count) === 'one' ? 'one' : 'other';
    return t(`${base}.${category}` as WelcomeKey, { count });
  };
  return { t, plural };
}

export function useWelcomeT() {
  const lang = useContext(LanguageContext);
  return { ...welcomeTranslator(lang), lang };
}

/** Every key in both languages (tests/unit/identity/welcome-strings.test.ts). */
export const WELCOME_TEXTS = TEXTS;
