import { useEffect, useState } from 'preact/hooks';

/** The dashboard's screens; the hash is the address so that the back button and links work. */
export type Route =
  | { page: 'today' }
  | { page: 'invoices' }
  | { page: 'invoice'; id: string }
  | { page: 'clients' }
  | { page: 'charts' }
  | { page: 'settings' }
  | { page: 'import' }
  | { page: 'backup' };

export type PageName = Route['page'];

const SIMPLE: readonly PageName[] = [
  'today',
  'invoices',
  'clients',
  'charts',
  'settings',
  'import',
  'backup',
];

/**
 * `#invoice/<id>` → the invoice page; anything unknown → « Aujourd'hui », the default screen
 * (issue #19: the dashboard opens on what to do today, not on the list or the import).
 */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const invoice = /^invoice\/(.+)$/.exec(path);
  if (invoice) return { page: 'invoice', id: decodeId(invoice[1]!) };
  const page = SIMPLE.find((p) => p === path);
  return page ? ({ page } as Route) : { page: 'today' };
}

/** A hand-typed or pasted `#invoice/50%` is not valid percent-encoding: read it as written. */
function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function invoiceHref(id: string): string {
  return `#invoice/${encodeURIComponent(id)}`;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
