/** The recovery routes (court step, dispute) and the debtor’s legal type (issue #15). */
import type { Catalogue } from '../translate';

export const routes = {
  'legal.title': { fr: 'Nature juridique du débiteur', en: 'Debtor’s legal type' },
  'legal.unset': { fr: 'Non renseignée', en: 'Not set' },
  'legal.commercial': {
    fr: 'Commerçant ou société commerciale (SAS, SARL…)',
    en: 'Trader or commercial company (SAS, SARL…)',
  },
  'legal.artisan': { fr: 'Artisan', en: 'Craftsman (artisan)' },
  'legal.non-trader': {
    fr: 'Non commerçant : profession libérale, société civile (SCI…), association',
    en: 'Non-trader: liberal profession, civil company (SCI…), association',
  },
  'legal.consumer': { fr: 'Particulier (consommateur)', en: 'Consumer' },
  'legal.public': {
    fr: 'Personne publique (État, collectivité, université…)',
    en: 'Public body (State, local authority, university…)',
  },
  'legal.guess': {
    fr: 'Deviné : {type}, d’après « {clue} ». À confirmer : elle décide du tribunal.',
    en: 'Guess: {type}, from “{clue}”. Please confirm: it decides the court.',
  },
  'legal.guessSignature': {
    fr: 'Deviné : {type}, d’après la signature de ses e-mails (« {clue} »). À confirmer : elle décide du tribunal.',
    en: 'Guess: {type}, from the signature of their emails (“{clue}”). Please confirm: it decides the court.',
  },
  'legal.noGuess': {
    fr: 'Rien ne permet de la deviner : choisissez-la, elle décide du tribunal.',
    en: 'Nothing to guess it from: choose it, it decides the court.',
  },
  'legal.country': { fr: 'Pays (code ISO : FR, BE, GB…)', en: 'Country (ISO code: FR, BE, GB…)' },
  'legal.countryGuess': { fr: 'D’après l’adresse : {country}', en: 'From the address: {country}' },
  'legal.countryDefault': {
    fr: 'Aucun pays dans l’adresse : France (FR) par défaut',
    en: 'No country in the address: France (FR) by default',
  },
  'route.heading': { fr: 'La voie après la mise en demeure', en: 'The route after the formal notice' },
  'route.guessNote': {
    fr: 'Nature juridique devinée ({type}, d’après « {clue} ») : vérifiez-la dans la fiche client.',
    en: 'Legal type guessed ({type}, from “{clue}”): check it on the client page.',
  },
  'route.guessSignatureNote': {
    fr: 'Nature juridique devinée d’après la signature de ses e-mails ({type}, « {clue} ») : vérifiez-la dans la fiche client.',
    en: 'Legal type guessed from the signature of their emails ({type}, “{clue}”): check it on the client page.',
  },
  'route.unknownNote': {
    fr: 'Nature juridique du débiteur non renseignée : précisez-la dans la fiche client.',
    en: 'The debtor’s legal type is not set: set it on the client page.',
  },
  'route.court': { fr: 'Juridiction', en: 'Court' },
  'route.cost': { fr: 'Coût', en: 'Cost' },
  'route.delay': { fr: 'Délai', en: 'Time' },
  'route.basis': { fr: 'Textes', en: 'Law' },
  'route.prepare': { fr: 'Préparer : {document}', en: 'Prepare: {document}' },
  'route.noDocument': {
    fr: 'Rien à préparer ici : suivez les conditions ci-dessus.',
    en: 'Nothing to prepare here: follow the conditions above.',
  },
  'route.disputeHint': {
    fr: 'Litige ouvert : proposez d’abord une médiation ou une conciliation.',
    en: 'Dispute open: offer mediation or conciliation first.',
  },
  'route.injonction-de-payer': { fr: 'Injonction de payer', en: 'Order for payment (injonction de payer)' },
  'route.petites-creances': {
    fr: 'Recouvrement des petites créances (commissaire de justice)',
    en: 'Small-claims recovery (commissaire de justice)',
  },
  'route.injonction-europeenne': { fr: 'Injonction de payer européenne', en: 'European order for payment' },
  'route.petits-litiges-europeens': {
    fr: 'Règlement européen des petits litiges',
    en: 'European small claims procedure',
  },
  'route.refere-provision': { fr: 'Référé-provision', en: 'Interim payment (référé-provision)' },
  'route.juge-administratif': {
    fr: 'Client public : comptable public puis juge administratif',
    en: 'Public client: public accountant, then the administrative court',
  },
  'route.mediation': { fr: 'Médiation', en: 'Mediation' },
  'route.conciliation': { fr: 'Conciliateur de justice', en: 'Conciliateur de justice' },
  'route.assignation': { fr: 'Assignation au fond', en: 'Summons on the merits (assignation)' },
  'route.hors-ue': { fr: 'Débiteur hors de l’Union européenne', en: 'Debtor outside the European Union' },
  'route.doc.kit': { fr: 'kit injonction de payer (ZIP)', en: 'order-for-payment kit (ZIP)' },
  'route.doc.small-claims': {
    fr: 'lettre au commissaire de justice (PDF)',
    en: 'letter to the commissaire de justice (PDF)',
  },
  'route.doc.european-order': { fr: 'fiche du formulaire A (PDF)', en: 'form A summary (PDF)' },
  'route.doc.mediation': { fr: 'demande de médiation (PDF)', en: 'mediation request (PDF)' },
  'route.doc.conciliation': { fr: 'demande de conciliation (PDF)', en: 'conciliation request (PDF)' },
  'route.doc.public-accountant': {
    fr: 'lettre au comptable public (PDF)',
    en: 'letter to the public accountant (PDF)',
  },
  'route.doc.european-small-claims': {
    fr: 'fiche du formulaire A des petits litiges (PDF)',
    en: 'European small claims form A summary (PDF)',
  },
  'route.doc.refere-provision': {
    fr: 'projet d’assignation en référé (PDF)',
    en: 'draft summons for an interim payment (PDF)',
  },
  'route.doc.assignation': { fr: 'projet d’assignation (PDF)', en: 'draft summons (PDF)' },
} as const satisfies Catalogue;
