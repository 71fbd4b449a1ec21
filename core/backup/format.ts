/**
 * The backup file: JSON, one object, written and read in parts so that a file of any size
 * (70 MB of kept PDFs) never has to be one string. Format 2 ends with a checksum of its
 * content — SHA-256 (FIPS 180-4, through Web Crypto's `crypto.subtle.digest`) of
 * `JSON.stringify({settings, clients, invoices, events, scenarios, files})` — so that a
 * truncated or edited file is recognised before anything is replaced.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSchema } from '../model';
import { issuesOf } from '../protocol/envelope';
import { scenarioIssues } from './scenarios';

export const CONTENT_KEYS = ['settings', 'clients', 'invoices', 'events', 'scenarios', 'files'] as const;
export type BackupContent = Pick<Backup, (typeof CONTENT_KEYS)[number]>;

export interface Issue {
  path: string;
  message: string;
}

/** The content as parts of its exact `JSON.stringify`, one part per row. */
function contentParts(content: BackupContent): string[] {
  const parts: string[] = [];
  for (const [k, key] of CONTENT_KEYS.entries()) {
    parts.push(`${k === 0 ? '' : ','}${JSON.stringify(key)}:`);
    const value = content[key];
    if (!Array.isArray(value)) {
      parts.push(JSON.stringify(value));
      continue;
    }
    parts.push('[');
    for (const [i, row] of value.entries())
      parts.push(i === 0 ? JSON.stringify(row) : `,${JSON.stringify(row)}`);
    parts.push(']');
  }
  return parts;
}

async function sha256Hex(parts: BlobPart[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await new Blob(parts).arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file's parts (for a Blob) and its checksum. */
export async function backupFile(
  content: BackupContent,
  exportedAt: string,
): Promise<{ parts: string[]; checksum: string }> {
  const inner = contentParts(content);
  const checksum = `sha256:${await sha256Hex(['{', ...inner, '}'])}`;
  const head = `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},`;
  return { parts: [head, ...inner, `,"checksum":${JSON.stringify(checksum)}}`], checksum };
}

export type ReadBackup =
  | { ok: true; backup: Backup; checksum: 'verified' | 'absent' }
  | {
      ok: false;
      code: 'unreadable' | 'not-backup' | 'newer' | 'checksum' | 'invalid';
      /** The format version of a newer file, for the message. */
      version?: number;
      issues: Issue[];
    };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a backup file's text: format and version first (a later format is refused before
 * anything else is looked at), then the checksum, then every row and reference.
 */
export async function readBackup(text: string): Promise<ReadBackup> {
  let raw: unknown;
  try {
    // A byte order mark is not part of JSON (RFC 8259 §8.1) but editors add one.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, code: 'unreadable', issues: [] };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return { ok: false, code: 'not-backup', issues: [] };
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1)
    return { ok: false, code: 'not-backup', issues: [] };
  if (raw.version > BACKUP_VERSION) return { ok: false, code: 'newer', version: raw.version, issues: [] };
  let checksum: 'verified' | 'absent' = 'absent';
  if (raw.version >= 2) {
    const picked = Object.fromEntries(CONTENT_KEYS.map((k) => [k, raw[k]])) as unknown as BackupContent;
    const expected = `sha256:${await sha256Hex(['{', ...contentParts(picked), '}'])}`;
    if (raw.checksum !== expected) return { ok: false, code: 'checksum', issues: [] };
    checksum = 'verified';
  }
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', issues: issuesOf(parsed.error) };
  const scenarios = scenarioIssues(parsed.data);
  if (scenarios.length > 0) return { ok: false, code: 'invalid', issues: scenarios };
  return { ok: true, backup: parsed.data, checksum };
}
