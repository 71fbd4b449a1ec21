import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture page of tests/fixtures/sites as a Document (run under happy-dom). */
export function loadPage(path: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../../fixtures/sites', path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
