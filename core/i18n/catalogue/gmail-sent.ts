/**
 * The Sent list's bar (issue #19, « Bring in the past months »): a few words the Gmail content
 * script loads alone, to stay small. The review page's words are in gmail-review.ts.
 */
import type { Catalogue } from '../translate';

export const gmailSent = {
  'gmailSent.found': {
    fr: {
      one: '{count} facture repérée dans vos e-mails envoyés',
      other: '{count} factures repérées dans vos e-mails envoyés',
    },
    en: {
      one: '{count} invoice spotted in your sent emails',
      other: '{count} invoices spotted in your sent emails',
    },
  },
  'gmailSent.review': { fr: 'Les passer en revue', en: 'Review them' },
  'gmailSent.dismiss': { fr: 'Masquer', en: 'Hide' },
} as const satisfies Catalogue;
