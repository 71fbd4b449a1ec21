import { useEffect } from 'preact/hooks';

/**
 * In e2e builds, marks the first time `ready` is true (the benchmark reads the mark's time
 * since navigation start). Production records nothing.
 */
export function useFirstRenderMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (import.meta.env.MODE !== 'e2e' || !ready) return;
    if (performance.getEntriesByName(`echeance:${name}`).length === 0) performance.mark(`echeance:${name}`);
  }, [ready]);
}
