/** ASCII85 (ISO 32000-1 §7.4.3) encoding, to build fixtures whose filter chain starts with it. */
export function encodeAscii85(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let v = 0;
    for (let j = 0; j < 4; j++) v = v * 256 + (j < n ? (bytes[i + j] ?? 0) : 0);
    if (v === 0 && n === 4) {
      out.push(0x7a);
      continue;
    }
    const digits: number[] = [];
    for (let j = 0; j < 5; j++) {
      digits.unshift((v % 85) + 0x21);
      v = Math.floor(v / 85);
    }
    out.push(...digits.slice(0, n + 1));
  }
  out.push(0x7e, 0x3e);
  return Uint8Array.from(out);
}
