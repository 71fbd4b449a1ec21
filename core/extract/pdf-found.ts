/**
 * An extraction reduced to what the Gmail card uses from an attached PDF (a PdfReading, which
 * the `extract/pdf` message carries as it is). Values that would not pass PdfFoundSchema are
 * dropped to `null`, never repaired: a bad date is no date.
 */
import type { ContractualRate } from '../model';
import type { ExtractionResult } from './errors';
import type { PdfFound, PdfReading } from './schema';

export const NOTHING_IN_PDF: PdfFound = {
  number: null,
  issueDate: null,
  dueDate: null,
  paymentTerms: null,
  totalCents: null,
  amountDueCents: null,
  currency: null,
  buyerName: null,
  mentionsPenalty: false,
  penaltyRatePercent: null,
  contractualRate: null,
  mentionsIndemnity: false,
  source: 'none',
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: string | undefined, max: number) => (v && v.length <= max ? v : null);
/** A calendar day that exists: "2026-02-31" does not (Date would roll it to March). */
const date = (v: string | undefined) => {
  const day = v && ISO.test(v) ? new Date(`${v}T00:00:00Z`) : null;
  return v && day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v) ? v : null;
};
const cents = (v: number | undefined) => (v !== undefined && Number.isSafeInteger(v) ? v : null);
/** A rate whose figure PdfFoundSchema accepts (0–100 %, factor ≤ 20, ≤ 50 points), else null. */
const validRate = (r: ContractualRate | undefined): ContractualRate | null => {
  if (!r) return null;
  if (r.kind === 'fixed') return r.percent >= 0 && r.percent <= 100 ? r : null;
  if (r.kind === 'legal-multiple') return r.factor > 0 && r.factor <= 20 ? r : null;
  return r.points >= 0 && r.points <= 50 ? r : null;
};

export function unreadablePdf(code: string, message: string): PdfReading {
  return { found: NOTHING_IN_PDF, error: { code: code.slice(0, 50), message: message.slice(0, 300) } };
}

export function pdfFound(result: ExtractionResult, lang: 'fr' | 'en'): PdfReading {
  if (!result.ok) {
    return unreadablePdf(
      result.error.code,
      lang === 'fr' ? result.error.message_fr : result.error.message_en,
    );
  }
  const x = result.invoice;
  const rate = x.penaltyRatePercent?.value;
  const currency = x.currency?.value;
  return {
    found: {
      number: text(x.number?.value, 100),
      issueDate: date(x.issueDate?.value),
      dueDate: date(x.dueDate?.value),
      paymentTerms: text(x.paymentTerms?.value, 300),
      totalCents: cents(x.totalCents?.value),
      amountDueCents: cents(x.amountDueCents?.value),
      currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null,
      buyerName: text(x.buyerName?.value, 300),
      mentionsPenalty: x.penaltyClause !== null || x.penaltyRatePercent !== null,
      penaltyRatePercent: rate !== undefined && rate >= 0 && rate <= 100 ? rate : null,
      contractualRate: validRate(x.contractualRate?.value),
      mentionsIndemnity: x.mentionsIndemnity?.value === true,
      source: result.format,
    },
    error: null,
  };
}
