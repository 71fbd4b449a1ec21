/** The welcome's words: who you are, what your invoices print, your style, bringing invoices in. */
import type { Catalogue } from '../translate';

export const welcome = {
  'welcome.title': { fr: 'Bienvenue dans Échéance', en: 'Welcome to Échéance' },
  'welcome.intro': {
    fr: 'Quatre questions, une seule fois, pour que vos relances et vos courriers partent complets et justes. Tout reste sur votre ordinateur. Vous pouvez vous arrêter quand vous voulez : vous reprendrez ici.',
    en: 'Four questions, asked once, so that your reminders and letters go out complete and right. Everything stays on your computer. Stop whenever you like: you will pick up from here.',
  },
  'welcome.step.identity': { fr: 'Qui vous êtes', en: 'Who you are' },
  'welcome.step.mentions': { fr: 'Ce que disent vos factures', en: 'What your invoices say' },
  'welcome.step.style': { fr: 'Votre manière de relancer', en: 'How you chase' },
  'welcome.step.import': { fr: 'Vos factures', en: 'Your invoices' },
  'welcome.stepOf': { fr: 'Étape {n} sur {total}', en: 'Step {n} of {total}' },
  'welcome.save': { fr: 'Enregistrer et continuer', en: 'Save and continue' },
  'welcome.back': { fr: 'Étape précédente', en: 'Previous step' },
  'welcome.skip': { fr: 'Passer cette étape', en: 'Skip this step' },
  'welcome.later': { fr: 'Terminer plus tard', en: 'Finish later' },
  'welcome.skipAll': { fr: 'Passer l’accueil', en: 'Skip the welcome' },
  'welcome.finish': { fr: 'C’est prêt', en: 'All set' },
  'welcome.saved': { fr: 'Enregistré.', en: 'Saved.' },
  'welcome.fixErrors': {
    fr: 'Quelques champs sont à revoir, indiqués ci-dessous.',
    en: 'A few fields need a look, shown below.',
  },
  'welcome.saveFailed': { fr: 'L’enregistrement a échoué : {message}', en: 'Saving failed: {message}' },
  'welcome.done': {
    fr: 'C’est prêt. Vos courriers porteront votre nom, votre adresse et vos coordonnées bancaires.',
    en: 'All set. Your letters will carry your name, your address and your bank details.',
  },
  'welcome.openDashboard': { fr: 'Ouvrir le tableau de bord', en: 'Open the dashboard' },
  'welcome.identity.intro': {
    fr: 'Ces informations figurent en tête de vos courriers et dans le bloc de paiement de la mise en demeure.',
    en: 'These details head your letters and fill the payment block of the formal notice.',
  },
  'welcome.identity.name': { fr: 'Nom, ou raison sociale', en: 'Name, or company name' },
  'welcome.identity.tradeName': { fr: 'Nom commercial (facultatif)', en: 'Trading name (optional)' },
  'welcome.identity.siret': { fr: 'SIRET', en: 'SIRET' },
  'welcome.identity.sirenFound': { fr: 'SIREN : {siren}', en: 'SIREN: {siren}' },
  'welcome.identity.siretHint': {
    fr: '14 chiffres ; le SIREN (les 9 premiers) s’en déduit.',
    en: '14 digits; the SIREN (the first 9) follows from it.',
  },
  'welcome.identity.address': { fr: 'Adresse postale', en: 'Postal address' },
  'welcome.identity.city': { fr: 'Ville (pour « Fait à … »)', en: 'Town (for the place and date line)' },
  'welcome.identity.email': { fr: 'E-mail', en: 'Email' },
  'welcome.identity.iban': { fr: 'IBAN', en: 'IBAN' },
  'welcome.identity.bic': { fr: 'BIC', en: 'BIC' },
  'welcome.identity.signature': { fr: 'Signature (image)', en: 'Signature (image)' },
  'welcome.identity.signatureHint': {
    fr: 'PNG ou JPEG, 2 Mo au plus. Elle est réduite et gardée sur cet ordinateur.',
    en: 'PNG or JPEG, 2 MB at most. It is scaled down and kept on this computer.',
  },
  'welcome.identity.signatureRemove': { fr: 'Retirer la signature', en: 'Remove the signature' },
  'welcome.identity.signatureAlt': { fr: 'Votre signature', en: 'Your signature' },
  'welcome.problem.required': { fr: 'À renseigner pour vos courriers.', en: 'Needed for your letters.' },
  'welcome.problem.siret-digits': { fr: 'Un SIRET compte 14 chiffres.', en: 'A SIRET has 14 digits.' },
  'welcome.problem.checksum': {
    fr: 'Ce numéro ne passe pas le contrôle (clé de Luhn) : une faute de frappe ?',
    en: 'This number fails its check (Luhn key): a typo?',
  },
  'welcome.problem.iban-format': {
    fr: 'Cet IBAN n’a pas la bonne forme.',
    en: 'This IBAN is not in the right form.',
  },
  'welcome.problem.iban-checksum': {
    fr: 'Cet IBAN ne passe pas le contrôle : vérifiez les chiffres.',
    en: 'This IBAN fails its check: please check the digits.',
  },
  'welcome.problem.bic-format': {
    fr: 'Un BIC compte 8 ou 11 caractères.',
    en: 'A BIC has 8 or 11 characters.',
  },
  'welcome.problem.email-format': {
    fr: 'Cette adresse e-mail semble incomplète.',
    en: 'This email address looks incomplete.',
  },
  'welcome.problem.image-type': {
    fr: 'Choisissez une image PNG ou JPEG.',
    en: 'Please choose a PNG or JPEG image.',
  },
  'welcome.problem.image-size': {
    fr: 'Image trop lourde : 2 Mo au plus.',
    en: 'The image is too large: 2 MB at most.',
  },
  'welcome.problem.image-unreadable': {
    fr: 'Cette image n’a pas pu être lue.',
    en: 'This image could not be read.',
  },
  'welcome.mentions.intro': {
    fr: 'Pour les factures dont Échéance ne lit pas le document (un export CSV), vos réponses tiennent lieu de mentions : les relances ne citent que ce que vos factures annoncent.',
    en: 'For invoices whose document Échéance does not read (a CSV export), your answers stand for their mentions: reminders only cite what your invoices announce.',
  },
  'welcome.mentions.clause': {
    fr: 'Clause de pénalités de retard imprimée',
    en: 'Late-payment penalty clause printed',
  },
  'welcome.mentions.legal-multiple': {
    fr: 'Trois fois le taux d’intérêt légal',
    en: 'Three times the legal interest rate',
  },
  'welcome.mentions.fixed': { fr: 'Un taux fixe', en: 'A fixed rate' },
  'welcome.mentions.fixedPercent': { fr: 'Taux annuel (%)', en: 'Yearly rate (%)' },
  'welcome.mentions.ecb-plus': { fr: 'Taux BCE majoré', en: 'ECB rate plus points' },
  'welcome.mentions.ecbPoints': { fr: 'Points ajoutés au taux BCE', en: 'Points added to the ECB rate' },
  'welcome.mentions.none': { fr: 'Aucune clause', en: 'No clause' },
  'welcome.mentions.indemnity': {
    fr: 'Mes factures mentionnent l’indemnité forfaitaire de 40 € pour frais de recouvrement',
    en: 'My invoices state the €40 fixed recovery fee',
  },
  'welcome.mentions.vat': {
    fr: 'Je suis en franchise de TVA (« TVA non applicable, art. 293 B du CGI »)',
    en: 'I am VAT-exempt (« TVA non applicable, art. 293 B du CGI »)',
  },
  'welcome.problem.rate': {
    fr: 'Indiquez un nombre entre 0 et {max}.',
    en: 'Enter a number between 0 and {max}.',
  },
  'welcome.style.intro': {
    fr: 'Le ton de vos relances et le rythme proposé pour les nouveaux clients ; chaque client peut ensuite avoir le sien.',
    en: 'The tone of your reminders and the pace for new clients; each client can have their own later.',
  },
  'welcome.style.addressing': { fr: 'Dans vos relances en français', en: 'In your French reminders' },
  'welcome.style.vous': { fr: 'Vouvoyer vos clients', en: 'Use « vous » (formal)' },
  'welcome.style.tu': { fr: 'Tutoyer vos clients', en: 'Use « tu » (informal)' },
  'welcome.style.scenario': { fr: 'Calendrier de relance par défaut', en: 'Default reminder schedule' },
  'welcome.import.intro': {
    fr: 'Trois façons d’amener vos factures ; commencez par celle qui vous ressemble.',
    en: 'Three ways to bring your invoices in; start with the one that suits you.',
  },
  'welcome.import.gmail': { fr: 'Depuis Gmail', en: 'From Gmail' },
  'welcome.import.gmailBody': {
    fr: 'Ouvrez un fil où vous avez envoyé une facture : une carte « Suivre » apparaît sous l’objet.',
    en: 'Open a thread where you sent an invoice: a « Suivre » card appears under the subject.',
  },
  'welcome.import.gmailOpen': { fr: 'Ouvrir Gmail', en: 'Open Gmail' },
  'welcome.import.pdf': { fr: 'Un PDF de facture', en: 'An invoice PDF' },
  'welcome.import.pdfBody': {
    fr: 'Déposez vos PDF (ou factures Factur-X) : Échéance lit le numéro, le montant et l’échéance.',
    en: 'Drop your PDFs (or Factur-X invoices): Échéance reads the number, the amount and the due date.',
  },
  'welcome.import.csv': { fr: 'L’export CSV de votre outil', en: 'Your tool’s CSV export' },
  'welcome.import.csvBody': {
    fr: 'Exportez vos factures depuis votre logiciel de facturation, puis importez le fichier.',
    en: 'Export your invoices from your invoicing software, then import the file.',
  },
  'welcome.import.open': { fr: 'Ouvrir l’import', en: 'Open the import' },
  'welcome.import.sample': { fr: 'Télécharger un exemple à essayer', en: 'Download a sample to try' },
  'welcome.import.sampleHint': {
    fr: 'Trois factures fictives, à importer pour voir le résultat ; supprimez-les ensuite.',
    en: 'Three made-up invoices, to import and see the result; delete them afterwards.',
  },
  'welcome.checklist.title': { fr: 'Pour bien démarrer', en: 'Getting started' },
  'welcome.checklist.continue': { fr: 'Continuer', en: 'Continue' },
  'welcome.checklist.left': {
    fr: { one: 'Encore {count} étape', other: 'Encore {count} étapes' },
    en: { one: '{count} step left', other: '{count} steps left' },
  },
  'welcome.checklist.doneMark': { fr: 'fait', en: 'done' },
  'welcome.parts.title': { fr: 'Avant de générer ce courrier', en: 'Before this letter is generated' },
  'welcome.parts.intro': {
    fr: {
      one: 'Il manque une information pour qu’il soit valable :',
      other: 'Il manque {count} informations pour qu’il soit valable :',
    },
    en: {
      one: 'One detail is missing for it to hold:',
      other: '{count} details are missing for it to hold:',
    },
  },
  'welcome.parts.sender-name': { fr: 'Votre nom, ou raison sociale', en: 'Your name, or company name' },
  'welcome.parts.sender-address': { fr: 'Votre adresse postale', en: 'Your postal address' },
  'welcome.parts.recipient-address': { fr: 'Adresse postale de {client}', en: 'Postal address of {client}' },
  'welcome.parts.save': { fr: 'Enregistrer', en: 'Save' },
  'welcome.parts.saved': {
    fr: 'Enregistré : vous pouvez générer le courrier.',
    en: 'Saved: you can generate the letter.',
  },
} as const satisfies Catalogue;
