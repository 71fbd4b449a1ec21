/** A cell a spreadsheet would run as a formula (CSV injection): `=`, `@`, or `+`/`-` before a name. */
export function needsNeutralizing(value: string): boolean {
  return /^[=@\t\r]/.test(value) || /^[+-].*[A-Za-z(]/.test(value);
}
