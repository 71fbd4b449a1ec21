/**
 * What Gmail is showing, read from `location.hash` alone (cheap, no DOM): run on every
 * `hashchange` before looking for landmarks.
 */
export type GmailRoute =
  | { kind: 'thread-list'; folder: string }
  | { kind: 'thread'; folder: string; threadHash: string }
  | { kind: 'other' };

/** Folders whose hash is `#<folder>` or `#<folder>/<thread>` (GJS L3065-3087, ISDK router.ts:4). */
const FOLDERS = new Set([
  'inbox',
  'sent',
  'starred',
  'snoozed',
  'imp',
  'all',
  'drafts',
  'scheduled',
  'spam',
  'trash',
]);
/** Folders whose first segment is an argument: `#label/Clients/<thread>`, `#search/facture/<thread>`. */
const WITH_ARGUMENT = new Set(['label', 'search', 'category', 'advanced-search']);
/** An opened thread ends in 16+ alphanumerics (GJS L3065-3087): `FMfcgz…` tokens or legacy hex ids. */
const THREAD_TOKEN = /^[A-Za-z0-9]{16,}$/;
/** List pagination: `#sent/p2`. */
const PAGE = /^p\d+$/;

export function parseRoute(hash: string): GmailRoute {
  const raw = hash.replace(/^#/, '');
  const path = raw.split('?')[0] ?? '';
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { kind: 'thread-list', folder: 'inbox' };
  const [head, ...rest] = parts as [string, ...string[]];
  let folder: string;
  let tail: string[];
  if (FOLDERS.has(head)) {
    folder = head;
    tail = rest;
  } else if (WITH_ARGUMENT.has(head) && rest.length > 0) {
    folder = head;
    tail = rest.slice(1);
  } else if (rest.length > 0 && THREAD_TOKEN.test(rest[rest.length - 1] ?? '')) {
    // A view we do not list (a new Gmail folder): still a thread when its last segment is one.
    return { kind: 'thread', folder: head, threadHash: rest[rest.length - 1] ?? '' };
  } else return { kind: 'other' };
  const last = tail[tail.length - 1];
  if (tail.length === 0 || (tail.length === 1 && last !== undefined && PAGE.test(last))) {
    return { kind: 'thread-list', folder };
  }
  // A thread opened from any view: #sent/p2/<id>, #label/<name>/<id>, #search/<q>/<id> — the
  // last segment is the thread (GJS L3065-3087, ISDK constants/router.ts).
  if (last !== undefined && THREAD_TOKEN.test(last)) return { kind: 'thread', folder, threadHash: last };
  return { kind: 'other' };
}

/**
 * The account a Gmail page belongs to, from its path `/mail/u/<n>/` (0 when the path has none):
 * kept with a tracked invoice and used in the compose URL of the new-tab fallback.
 */
export function parseAccount(pathname: string): number {
  return Number(/\/mail\/u\/(\d+)\//.exec(pathname)?.[1] ?? 0);
}
