/**
 * Deadlines for work that may never end (a PDF built to keep pdf.js busy, a compose that never
 * appears). The timers are a parameter so tests drive time themselves; the default is the
 * host's own (browsers and Node both have them).
 */

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/** The host's timers, wrapped: browsers throw "Illegal invocation" when they are called as a method of another object. */
export const hostTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id),
};

/** What `withTimeout` rejects with when the deadline passes first. */
export class TimedOut extends Error {
  constructor(ms: number) {
    super(`not done within ${ms} ms`);
    this.name = 'TimedOut';
  }
}

/** `work`, or a TimedOut rejection after `ms`; the timer is cleared either way. */
export function withTimeout<T>(work: Promise<T>, ms: number, timers: Timers = hostTimers): Promise<T> {
  let timer: unknown;
  const late = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(() => reject(new TimedOut(ms)), ms);
  });
  return Promise.race([work, late]).finally(() => timers.clearTimeout(timer as never));
}
