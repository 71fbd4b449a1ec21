/**
 * Bytes of an XML file → text. Producers get the encoding declaration wrong
 * (`encoding="UTF-8_W/O_BOM"`, latin-1 bytes declared as UTF-8), so we trust the bytes first:
 * a BOM, then strict UTF-8, then the declared encoding, then windows-1252 which decodes
 * anything. The declaration is then dropped so that the parser never reads it again.
 */

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1] ?? null;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    // Unknown label (RangeError) or invalid bytes for it (TypeError): try the next one.
    return null;
  }
}

export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes, 'utf-16le', false) ?? '';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes, 'utf-16be', false) ?? '';
  const declared = declaredEncoding(bytes);
  return (
    tryDecode(bytes, 'utf-8', true) ??
    (declared ? tryDecode(bytes, declared, true) : null) ??
    tryDecode(bytes, 'windows-1252', false) ??
    ''
  );
}

/** Without BOM and XML declaration: the text is already decoded, the declaration can only mislead. */
export function stripDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF/, '').replace(/^\s*<\?xml[^?]*\?>/, '');
}
