/** A file's text as strict UTF-8, or null when its bytes are not UTF-8. */
export async function readTextFile(file: File): Promise<string | null> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}
