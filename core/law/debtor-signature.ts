/**
 * The client's e-mail signature: the last lines of a message the client wrote,
 * where companies put their name, legal form, SIREN/RCS and address. Plain text in, plain text
 * out; no imports, so the Gmail content script can use it without weight. It is data: stored
 * on the client, read by the legal-type guess (core/law/debtor.ts), never shown as markup.
 */

/** « -- » (RFC 3676 sig dash-dash-space, often trimmed) or a line of dashes or underscores. */
const DELIMITER = /^\s*(--\s*|[-_]{3,}\s*)$/;

/** The closing formula after which people sign (fr, en). */
const CLOSING =
  /^\s*(bien\s+)?(cordialement|bien à vous|bien a vous|salutations|sincères salutations|belle journée|bonne journée|merci( d'avance| beaucoup)?|(best|kind|warm)?\s*regards|best|sincerely|thanks|thank you|cheers)\b[\s,.!]*$/i;

const MAX_LINES = 8;
const MAX_CHARS = 600;

/**
 * The signature block of a message body, or null. After a « -- » line when there is one; else
 * the lines after the last closing formula; else nothing (a bare body has no signature we can
 * tell from its text).
 */
export function signatureOf(body: string | null | undefined): string | null {
  const lines = (body ?? '').split(/\r?\n/).map((l) => l.trim());
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (DELIMITER.test(lines[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  if (start < 0) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (CLOSING.test(lines[i] ?? '')) {
        start = i + 1;
        break;
      }
    }
  }
  if (start < 0) return null;
  const block = lines.slice(start).filter(Boolean).slice(0, MAX_LINES).join('\n').slice(0, MAX_CHARS).trim();
  return block || null;
}

/** The SIREN a signature states (« SIREN 123 456 789 », « RCS Lyon 123 456 789 », a SIRET). */
export function sirenOf(text: string | null | undefined): string | null {
  const m =
    /\b(?:SIREN|SIRET|RCS(?:\s+[A-Za-zÀ-ÿ' -]{2,40}?)?|N°\s*TVA(?:\s+intracom\w*)?\s*:?\s*FR\s*\d{2})\s*(?:n°|no|:)?\s*(\d{3})\s?(\d{3})\s?(\d{3})\b/i.exec(
      text ?? '',
    );
  return m ? `${m[1]}${m[2]}${m[3]}` : null;
}
