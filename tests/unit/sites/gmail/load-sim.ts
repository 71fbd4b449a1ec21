import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Gmail simulator (tests/fixtures/gmail) run inside the test's happy-dom window. */

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/gmail');
export const ME = 'me@freelance.test';

export interface SimThread {
  key: string;
  id: string;
  permId: string;
  token: string;
  folders: string[];
  subject: string;
  messages: { id: string; from: { email: string; name: string }; body: string }[];
}

interface SimWindow {
  GMAIL_SIM_DATA: { me: { email: string; name: string }; threads: SimThread[] };
  GmailSim?: {
    stop(): void;
    receive(ref: string, message: { from: { email: string; name: string }; body: string }): boolean;
  };
  __sent: { to: string[]; subject: string; body: string; threadId: string | null; kind: string }[];
  __discarded: string[];
  happyDOM: { setURL(url: string): void };
}

export const sim = () => window as unknown as Window & SimWindow;

const run = (file: string) => new Function(readFileSync(join(FIXTURES, file), 'utf8'))();

/** Loads the simulator at `query` + `hash`, e.g. `loadSim('?hl=en&layout=bs', '#sent/<id>')`. */
export function loadSim(query = '', hash = '#inbox'): SimWindow['GMAIL_SIM_DATA'] {
  sim().GmailSim?.stop();
  // Tests written for the older markup say nothing of `ui`: they get it (gmail-2026.test.ts asks
  // for the late-2026 one), so every parser is checked against both.
  if (!/[?&]ui=/.test(query)) query = `${query}${query.includes('?') ? '&' : '?'}ui=2025`;
  sim().happyDOM.setURL(`https://mail.google.com/mail/u/0/${query}${hash}`);
  // The simulator keeps "Gmail's server" (sent messages) in sessionStorage across reloads.
  sessionStorage.clear();
  document.head.textContent = '';
  document.body.textContent = '';
  run('threads.js');
  run('sim-i18n.js');
  run('sim.js');
  return sim().GMAIL_SIM_DATA;
}

/** The thread data by its key in threads.js. */
export function thread(key: string): SimThread {
  run('threads.js');
  const found = sim().GMAIL_SIM_DATA.threads.find((t) => t.key === key);
  if (!found) throw new Error(`no thread ${key}`);
  return found;
}

export const openThread = (key: string, query = '', folder = 'sent') => {
  const t = thread(key);
  loadSim(query, `#${folder}/${t.token}`);
  return t;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
