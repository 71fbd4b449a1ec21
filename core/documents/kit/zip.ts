/**
 * The injonction de payer kit as one ZIP: the summary sheet and the bordereau first, then the
 * numbered exhibits (stored invoice PDFs, contract or quote, the formal notice, the uploaded
 * acknowledgement of receipt, the reminders log). A missing document is listed « à joindre »
 * and reported in `warnings` instead of failing the whole kit.
 */
import { type Zippable, zipSync } from 'fflate';
import { fromBase64 } from '../../bytes';
import { summarizeTimeline } from '../../dunning';
import type { IsoDate, StoredFile } from '../../model';
import { documentFileName, invoicesPart } from '../file-name';
import { formalNotice } from '../formal-notice';
import { shortDate } from '../format';
import { reminderHistory } from '../history';
import { checkInput, type DocumentInput, refuseUnderProceedings } from '../input';
import type { BuiltFile } from '../model';
import { renderPdf } from '../pdf/render';
import { requireParts } from '../requirements';
import { bordereau } from './bordereau';
import {
  type Exhibit,
  type ExtraExhibit,
  exhibitName,
  extensionOf,
  firstEvent,
  invoiceFile,
  noticeLabel,
} from './exhibits';
import { remindersLog } from './reminders-log';
import { courtSummary } from './summary-sheet';

export interface KitInput extends DocumentInput {
  /** Stored files (the `files` table): invoice PDFs are matched by `fileId` or `invoiceId`. */
  files?: readonly StoredFile[];
  /** The signed acknowledgement of receipt of the formal notice, as uploaded by the user. */
  acknowledgement?: StoredFile | null;
  /** The formal notice as sent, when stored; otherwise it is generated again at its date. */
  formalNoticeFile?: StoredFile | null;
  /** Contract, signed quote, purchase order… */
  otherExhibits?: readonly ExtraExhibit[];
}

export interface BuiltKit extends BuiltFile {
  exhibits: Exhibit[];
  warnings: string[];
}

type Source = { ext: string; bytes: Uint8Array } | null;

function stored(file: StoredFile | null | undefined): Source {
  return file ? { ext: extensionOf(file), bytes: fromBase64(file.base64) } : null;
}

export function buildKitZip(kitInput: KitInput): BuiltKit {
  // Before a court, claim everything the law grants, stated on the invoice or not (Cass. com. 3 mars 2009,
  // n° 07-16.527).
  const input = { ...kitInput, claimLegalPenalties: kitInput.claimLegalPenalties ?? true };
  checkInput(input);
  // An injonction de payer is impossible against a debtor in collective proceedings (C. com.
  // L622-21).
  refuseUnderProceedings(input);
  // The court needs the debtor's address (C. proc. civ. art. 1407; it also picks the court).
  requireParts(input.settings.identity, input.client, 'posted');
  const { asOf, client } = input;
  const exhibits: Exhibit[] = [];
  const entries: Zippable = {};
  const warnings: string[] = [];
  const add = (label: string, short: string, date: IsoDate | null, source: Source) => {
    const number = exhibits.length + 1;
    const fileName = source ? exhibitName(number, short, source.ext) : null;
    if (fileName && source) entries[fileName] = [source.bytes, { level: 0 }];
    exhibits.push({ number, label, date, fileName });
  };

  for (const invoice of input.invoices) {
    const file = invoiceFile(invoice, input.files ?? []);
    if (!file)
      warnings.push(`Facture ${invoice.number} : le PDF n’est pas enregistré, joignez-le à la requête.`);
    add(`Facture n° ${invoice.number}`, `Facture-${invoice.number}`, invoice.issueDate, stored(file));
  }
  for (const extra of input.otherExhibits ?? []) {
    if (!extra.file) warnings.push(`${extra.label} : document à joindre à la requête.`);
    add(extra.label, extra.label, extra.date ?? null, stored(extra.file));
  }
  const notice = firstEvent(input.events, 'formal_notice_sent', asOf);
  if (notice) {
    // The letter as sent if stored; otherwise generated again as it was on its date, and said
    // to be a regenerated copy: it must not pass for the letter that was posted.
    const sent = stored(input.formalNoticeFile);
    const source = sent ?? {
      ext: 'pdf',
      bytes: renderPdf(
        formalNotice({ ...input, claimLegalPenalties: false, asOf: notice.date, lang: client.language }),
      ),
    };
    const label = noticeLabel(notice.date, notice.trackingNumber);
    add(
      sent ? label : `${label} — copie régénérée`,
      sent ? 'Mise-en-demeure' : 'Mise-en-demeure-copie-regeneree',
      notice.date,
      source,
    );
    if (!sent)
      warnings.push(
        'La mise en demeure jointe est une copie régénérée : joignez de préférence la lettre envoyée.',
      );
  } else {
    warnings.push(
      'Aucune mise en demeure enregistrée : envoyez-en une (lettre recommandée avec accusé de réception) avant la requête.',
    );
  }
  const receipt = firstEvent(input.events, 'receipt_acknowledged', asOf);
  if (notice || input.acknowledgement) {
    if (!input.acknowledgement)
      warnings.push('Accusé de réception de la mise en demeure non fourni : ajoutez-le.');
    add(
      'Accusé de réception de la mise en demeure',
      'Accuse-de-reception',
      receipt?.date ?? null,
      stored(input.acknowledgement),
    );
  }
  const log = renderPdf(remindersLog({ ...input, lang: 'fr' }));
  add('Historique des relances et décompte de la créance', 'Historique-relances', asOf, {
    ext: 'pdf',
    bytes: log,
  });

  const timeline = summarizeTimeline(input.events.filter((e) => e.date <= asOf));
  if (timeline.everDisputed) {
    warnings.push(
      'Une contestation a été enregistrée : l’injonction de payer ne convient qu’à une créance non contestée.',
    );
  }
  const reminderDates = [
    ...new Set(reminderHistory(input.invoices, input.events, asOf).map((h) => shortDate(h.date, 'fr'))),
  ];
  const facts = {
    noticeDate: notice ? shortDate(notice.date, 'fr') : null,
    receiptDate: receipt ? shortDate(receipt.date, 'fr') : null,
    reminderDates,
    warnings,
  };
  const numbers = input.invoices.map((i) => i.number);
  const top: Zippable = {
    '00_Fiche-requete-injonction-de-payer.pdf': [
      renderPdf(courtSummary(input, exhibits, facts)),
      { level: 0 },
    ],
    '00_Bordereau-des-pieces.pdf': [renderPdf(bordereau(input, exhibits)), { level: 0 }],
  };
  const mtime = new Date(`${asOf}T12:00:00Z`);
  const bytes = zipSync({ ...top, ...entries }, { mtime });
  return {
    fileName: documentFileName('Injonction-de-payer', [invoicesPart(numbers, 'fr'), client.name], 'zip'),
    mime: 'application/zip',
    bytes,
    exhibits,
    warnings,
  };
}
