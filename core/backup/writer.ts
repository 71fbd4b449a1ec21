/**
 * A backup written as it is read: each piece of text goes to the sink and to the checksum
 * at once, so the file never exists as one string, and the bytes are exactly those of
 * `backupFile` (format.ts), checksum included — restore verifies it the same way.
 */
import { BACKUP_FORMAT, BACKUP_VERSION } from '../model';
import { CONTENT_KEYS } from './format';
import { Sha256 } from './sha256';

export type ContentKey = (typeof CONTENT_KEYS)[number];

export class BackupWriter {
  private readonly hash = new Sha256().updateText('{');
  private key = 0;
  private rows = -1;

  constructor(
    private readonly sink: (text: string) => void,
    exportedAt: string,
  ) {
    sink(
      `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},`,
    );
  }

  /** A piece of the content: written and hashed. */
  private put(text: string): void {
    this.sink(text);
    this.hash.updateText(text);
  }

  /** The next key, which must come in CONTENT_KEYS order. */
  private open(key: ContentKey): void {
    if (this.rows >= 0) this.put(']');
    this.rows = -1;
    if (CONTENT_KEYS[this.key] !== key) throw new Error(`backup: « ${key} » out of order`);
    this.put(`${this.key === 0 ? '' : ','}${JSON.stringify(key)}:`);
    this.key++;
  }

  value(key: ContentKey, value: unknown): void {
    this.open(key);
    this.put(JSON.stringify(value));
  }

  array(key: ContentKey): void {
    this.open(key);
    this.put('[');
    this.rows = 0;
  }

  row(value: unknown): void {
    if (this.rows < 0) throw new Error('backup: a row outside a table');
    this.put(this.rows === 0 ? JSON.stringify(value) : `,${JSON.stringify(value)}`);
    this.rows++;
  }

  /** Closes the file with its checksum, and returns it. */
  end(): string {
    if (this.rows >= 0) this.put(']');
    this.rows = -1;
    if (this.key !== CONTENT_KEYS.length) throw new Error('backup: missing tables');
    this.hash.updateText('}');
    const checksum = `sha256:${this.hash.hex()}`;
    this.sink(`,"checksum":${JSON.stringify(checksum)}}`);
    return checksum;
  }
}

/**
 * Pieces gathered into Blobs of a few MB: the browser keeps Blob data outside the page's
 * JavaScript heap (and Chromium moves large ones to disk), so the strings can go at once.
 */
export class BlobSink {
  private pending: string[] = [];
  private size = 0;
  private readonly blobs: Blob[] = [];

  readonly write = (text: string): void => {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 4 * 1024 * 1024) this.flush();
  };

  private flush(): void {
    if (this.pending.length > 0) this.blobs.push(new Blob(this.pending));
    this.pending = [];
    this.size = 0;
  }

  blob(type = 'application/json'): Blob {
    this.flush();
    return new Blob(this.blobs, { type });
  }
}
