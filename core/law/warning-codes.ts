/**
 * Warning codes alone, without their sentences: the payment-terms rule runs in the Gmail
 * content script, which must not carry the rates table the sentences read (size budget).
 */
export const WARNING_NAMES = [
  'provisional-rate',
  'contractual-rate-below-floor',
  'particulier-needs-formal-notice',
  'terms-default-30-days',
  'terms-unreadable',
  'terms-need-issue-date',
  'terms-exceed-legal-maximum',
  'prescription-soon',
  'prescription-passed',
  'claim-deadline-soon',
  'claim-deadline-passed',
  'court-filing-contested',
] as const;
export type WarningName = (typeof WARNING_NAMES)[number];
export type WarningCode = WarningName | `${WarningName}:${string}`;

export function warningCode(name: WarningName, argument?: string): WarningCode {
  return argument ? `${name}:${argument}` : name;
}

export function parseWarning(code: string): { name: WarningName | null; argument: string } {
  const [name = '', argument = ''] = code.split(/:(.*)/s);
  return {
    name: (WARNING_NAMES as readonly string[]).includes(name) ? (name as WarningName) : null,
    argument,
  };
}
