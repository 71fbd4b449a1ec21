/**
 * Main-thread time of the content script's synchronous work, recorded as User Timing
 * measures in e2e builds only (the benchmark reads them; production records nothing).
 */
export function timed<T>(name: string, work: () => T): T {
  if (import.meta.env.MODE !== 'e2e') return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`echeance:${name}`, { start, end: performance.now() });
  }
}
