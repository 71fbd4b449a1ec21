/**
 * Reading an invoice's rate, without zod: the Gmail content script and the popup's first paint
 * import these, and must not carry the schemas (issues #11 and #13 size budgets).
 */
import type { ContractualRate } from './common';

/**
 * The rate an invoice carries: the new `contractualRate` when set, else the legacy
 * `contractualRatePercent` (a fixed percent), else none. Stored invoices written before the
 * rate kinds have only the legacy field (or neither): both read the same way.
 */
export function effectiveContractualRate(x: {
  contractualRate?: ContractualRate | null;
  contractualRatePercent?: number | null;
}): ContractualRate | null {
  if (x.contractualRate) return x.contractualRate;
  return x.contractualRatePercent != null ? { kind: 'fixed', percent: x.contractualRatePercent } : null;
}

/** The legacy percent field that mirrors a rate (a fixed one only), for older readers. */
export function legacyRatePercent(rate: ContractualRate | null | undefined): number | null {
  return rate?.kind === 'fixed' ? rate.percent : null;
}
