/**
 * Whether the browser may evict the extension's data (Storage Standard, "persistence"). With
 * `unlimitedStorage` the quota is not the limit, but best-effort data can still be cleared
 * under disk pressure; `persist()` asks the browser to keep it. Chrome decides without a prompt;
 * Firefox may ask the user. `persist()` exists in windows only, so pages call it, not the worker.
 */
export type Persistence = 'persisted' | 'best-effort' | 'unknown';

export async function storagePersistence(): Promise<Persistence> {
  if (!navigator.storage?.persisted) return 'unknown';
  return (await navigator.storage.persisted()) ? 'persisted' : 'best-effort';
}

/** Asks once more; the answer is the state afterwards. */
export async function askPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'unknown';
  return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
}

/** Bytes used, when the browser says. */
export async function storageUsage(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.();
  return estimate?.usage ?? null;
}
