import './style.css';
import { localDate } from '../../core/dates';
import { readFirstPaint } from '../../core/db/first-read';

// e2e builds: where the popup's own work starts (its first module is loaded), for the benchmark.
if (import.meta.env.MODE === 'e2e') performance.mark('echeance:popup-start');

/**
 * The popup's first script only starts reading its first rows (plain IndexedDB, issue #11), then
 * loads the rest (app.tsx: Preact, the list, the words) while the database answers: the two
 * overlap instead of following each other.
 */
const today = localDate(new Date());
const firstRead = readFirstPaint(today);
import('./app')
  .then((app) => app.start(today, firstRead))
  .catch((e: unknown) => console.error('[Échéance] ouverture impossible', e));
