import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders when the data a Dexie query read changes (writes from the background included).
 * `initial`: the same query's answer read ahead (the popup reads it with its settings), shown
 * on the first render instead of nothing.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (e: unknown) => console.error('[Échéance] lecture impossible', e),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
