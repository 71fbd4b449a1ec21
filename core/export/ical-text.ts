/**
 * RFC 5545 text rules: TEXT values escape `\`, `;`, `,` and line breaks (§3.3.11); content
 * lines end with CRLF and are folded so that no line exceeds 75 octets (§3.1), never inside
 * a UTF-8 character.
 */

import { cleanMultiLine } from '../model/text-clean';

export function escapeText(value: string): string {
  // Controls and bidi overrides never mean anything in a calendar (core/model/text-clean.ts).
  return cleanMultiLine(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One content line, folded: continuation lines start with a space that counts in the 75. */
export function foldLine(line: string): string {
  let out = '';
  let width = 0;
  for (const ch of line) {
    const octets = utf8Length(ch.codePointAt(0) ?? 0);
    if (width + octets > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += ch;
    width += octets;
  }
  return out;
}

/** `20260115T083000Z` from an ISO instant. */
export function utcStamp(isoInstant: string): string {
  return `${new Date(isoInstant).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `20260115` from `2026-01-15`. */
export function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

/** Joins content lines into a calendar body: each folded, each ended by CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
