/**
 * The daily backup's folder in the browser (core/app/auto-backup.ts decides what to write).
 *
 * Chrome: File System Access. A page asks for the folder once (`showDirectoryPicker`, a click);
 * its handle is kept in IndexedDB, and the service worker writes through it as long as the
 * permission is granted (checked in Chromium 156: `queryPermission`, `getFileHandle`,
 * `createWritable` and `removeEntry` all work in an extension's service worker; only asking
 * again — `requestPermission` — needs a click on one of our pages). WICG File System Access,
 * https://wicg.github.io/file-system-access/.
 *
 * Firefox has no folder picker for extensions: the files go to Downloads/Echeance through
 * `downloads.download` (optional permission, asked by the click that turns the backup on), and
 * old ones are deleted with `downloads.removeFile` — only files this profile downloaded there.
 */
import { browser } from 'wxt/browser';
import type { BackupFolder } from '../app/auto-backup';
import type { BackupTarget } from '../db/auto-backup';

/** What TypeScript's DOM library does not declare yet (WICG File System Access). */
type PermissionMode = { mode: 'read' | 'readwrite' };
type Permissive = FileSystemDirectoryHandle & {
  queryPermission?(d: PermissionMode): Promise<PermissionState>;
  requestPermission?(d: PermissionMode): Promise<PermissionState>;
  values(): AsyncIterable<FileSystemHandle>;
};
type Picker = (o: { id?: string; mode: 'read' | 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

/**
 * The e2e build only: a test cannot click through the operating system's folder dialog, so it
 * may give the page a real FileSystemDirectoryHandle of its own (from the origin private file
 * system, `navigator.storage.getDirectory()`: real files, real writes) that the button then
 * receives instead of opening the dialog. Everything after the picker is the shipped code.
 */
const TEST_PICKER = '__echeanceTestPickFolder';

/** Whether this browser can let the user choose a folder (Chrome, Edge…; not Firefox). */
export function canPickFolder(): boolean {
  if (import.meta.env.MODE === 'e2e' && TEST_PICKER in globalThis) return true;
  return typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
}

/** Asks the user for a folder (a click must be on the stack); null when they cancel. */
export async function pickFolder(mode: 'read' | 'readwrite'): Promise<FileSystemDirectoryHandle | null> {
  const g = globalThis as { showDirectoryPicker?: Picker; [TEST_PICKER]?: Picker };
  const picker = (import.meta.env.MODE === 'e2e' ? g[TEST_PICKER] : undefined) ?? g.showDirectoryPicker;
  if (!picker) return null;
  try {
    // `id`: the dialog opens where the user chose last time.
    return await picker({ id: 'echeance-backup', mode });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
}

/** Asks the browser for the folder's permission again, from a click; the state afterwards. */
export async function askFolderPermission(handle: unknown): Promise<PermissionState> {
  const h = handle as Permissive;
  if (!h.requestPermission) return 'granted';
  return h.requestPermission({ mode: 'readwrite' });
}

async function permissionOf(handle: unknown, mode: 'read' | 'readwrite'): Promise<PermissionState> {
  const h = handle as Permissive;
  return h.queryPermission ? h.queryPermission({ mode }) : 'granted';
}

/** Our subfolder: created when writing, only looked up when reading. */
async function sub(
  handle: unknown,
  name: string,
  create: boolean,
): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await (handle as FileSystemDirectoryHandle).getDirectoryHandle(name, { create });
  } catch (e) {
    if (!create && e instanceof DOMException && e.name === 'NotFoundError') return null;
    throw e;
  }
}

async function fileNames(dir: FileSystemDirectoryHandle | null): Promise<string[]> {
  if (!dir) return [];
  const names: string[] = [];
  for await (const entry of (dir as Permissive).values()) if (entry.kind === 'file') names.push(entry.name);
  return names;
}

function directoryFolder(handle: unknown, subfolder: string): BackupFolder {
  return {
    permission: () => permissionOf(handle, 'readwrite'),
    list: async () => fileNames(await sub(handle, subfolder, false)),
    async write(name, blob) {
      const dir = await sub(handle, subfolder, true);
      // A writable stream writes to a temporary file that replaces the real one on close():
      // an interrupted write never leaves half a backup under the final name.
      const writable = await (await dir!.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(blob);
        await writable.close();
      } catch (e) {
        await writable.abort().catch(() => {});
        throw e;
      }
    },
    async remove(name) {
      await (await sub(handle, subfolder, true))!.removeEntry(name);
    },
  };
}

const leaf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Our downloads still on disk in Downloads/<subfolder>, with their ids. */
async function ourDownloads(subfolder: string): Promise<{ id: number; name: string }[]> {
  const items = await browser.downloads.search({ exists: true, filenameRegex: `[\\\\/]${subfolder}[\\\\/]` });
  return items.filter((i) => i.state === 'complete').map((i) => ({ id: i.id, name: leaf(i.filename) }));
}

function downloadsFolder(subfolder: string): BackupFolder {
  return {
    permission: async () =>
      (await browser.permissions.contains({ permissions: ['downloads'] })) ? 'granted' : 'prompt',
    list: async () => (await ourDownloads(subfolder)).map((d) => d.name),
    async write(name, blob) {
      // A same-day file is replaced, as in a chosen folder. The background of Firefox is an
      // event page, which has URL.createObjectURL; the URL is freed once the file is written.
      for (const old of (await ourDownloads(subfolder)).filter((d) => d.name === name)) {
        await browser.downloads.removeFile(old.id).catch(() => {});
        await browser.downloads.erase({ id: old.id });
      }
      const url = URL.createObjectURL(blob);
      try {
        const id = await browser.downloads.download({
          url,
          filename: `${subfolder}/${name}`,
          conflictAction: 'overwrite',
          saveAs: false,
        });
        await finished(id);
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    async remove(name) {
      for (const d of (await ourDownloads(subfolder)).filter((x) => x.name === name)) {
        await browser.downloads.removeFile(d.id);
        await browser.downloads.erase({ id: d.id });
      }
    },
  };
}

/** Resolves when the download is complete, rejects when it is interrupted. */
function finished(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = async () => {
      const [item] = await browser.downloads.search({ id });
      if (item?.state === 'complete') done(resolve);
      else if (item?.state === 'interrupted') done(() => reject(new Error(item.error ?? 'interrupted')));
    };
    const listener = (delta: { id: number }) => {
      if (delta.id === id) void check();
    };
    const done = (then: () => void) => {
      browser.downloads.onChanged.removeListener(listener);
      then();
    };
    browser.downloads.onChanged.addListener(listener);
    void check();
  });
}

/** The folder a stored target stands for (core/app/auto-backup.ts `OpenFolder`). */
export function openBackupFolder(target: BackupTarget, subfolder: string): BackupFolder {
  return target.kind === 'directory' ? directoryFolder(target.handle, subfolder) : downloadsFolder(subfolder);
}

/** Firefox: the `downloads` permission, asked from the click that turns the backup on. */
export async function askDownloadsPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['downloads'] });
}

/** Our backups in a folder the user picked (to restore): names and a way to read each one. */
export async function backupFilesIn(
  handle: FileSystemDirectoryHandle,
  subfolder: string,
): Promise<{ names: string[]; read: (name: string) => Promise<File> }> {
  // The user may pick our subfolder itself or the folder that holds it.
  const dir = handle.name === subfolder ? handle : ((await sub(handle, subfolder, false)) ?? handle);
  return {
    names: await fileNames(dir),
    read: async (name) => (await dir.getFileHandle(name)).getFile(),
  };
}
