/**
 * Runs inside one of the extension's pages (passed to `page.evaluate` by the Chromium and the
 * Firefox suites alike): every row of one object store of the extension's IndexedDB.
 */
export function readAllRows(store: string): Promise<unknown[]> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('echeance');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => {
        open.result.close();
        done(req.result);
      };
      req.onerror = () => fail(req.error);
    };
  });
}
