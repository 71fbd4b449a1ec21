/* Zod-free, so that renderers bundled in small scripts can use it (see text.ts for the schemas). */
/**
 * Text that came from outside (a CSV, a page, a PDF, a backup) ends up in letters, file names,
 * e-mails and the court kit. Controls, NUL and bidirectional overrides (which can make
 * « 1-FAC‮fdp.exe » read as something else) are never meaningful there: they are removed at
 * the schema, once, for every input. Unicode ranges: C0/C1 controls and DEL (Unicode ch. 23.1),
 * bidi embeddings/overrides/isolates U+202A–U+202E and U+2066–U+2069 (UAX #9 §2).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const BREAKS = /\r\n|[\r\n\t\u2028\u2029\u0085]/g;

/** One line: breaks and tabs become a space, controls and bidi overrides disappear. */
export function cleanSingleLine(s: string): string {
  return s.replace(BREAKS, ' ').replace(CONTROLS, '');
}

/** Several lines (an address, notes): line breaks kept as `\n`, the rest as for one line. */
export function cleanMultiLine(s: string): string {
  return s
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '');
}
