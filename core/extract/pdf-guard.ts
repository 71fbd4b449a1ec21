/**
 * How much a PDF's streams inflate to, measured before pdf.js reads it. pdf.js decodes a
 * stream whole when it needs it and has no limit of its own, so a 300 KB file of deflated
 * zeros cost 800 MB in the red team's run. Here every stream is decoded as a flow of small
 * chunks, counted and thrown away, and the count stops at the budget: the measure itself
 * holds at most a few chunks in memory.
 *
 * Streams are found by their keywords (ISO 32000-1 §7.3.8: a dictionary, `stream`, an end of
 * line, the data, `endstream`). Filters are those of §7.4 that can grow their input: Flate
 * (zlib, §7.4.4, decoded by the platform's DecompressionStream), LZW (§7.4.4), RunLength
 * (§7.4.5), and the ASCII ones that may sit in front of them. Image filters (DCT, JPX, JBIG2,
 * CCITT) end the chain: pdf.js does not decode images to read text.
 */

export interface PdfLimits {
  /** All streams inflated, summed. Invoices measured here stay under 5 MB; a scan under 30. */
  inflatedBytes: number;
  /** Pages in the document (only the first 30 are read; more is not an invoice). */
  pages: number;
  /** The whole pdf.js read, after the checks. */
  readMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  inflatedBytes: 64 * 1024 * 1024,
  pages: 500,
  readMs: 20_000,
};

type Chunks = AsyncGenerator<Uint8Array>;
type Stage = (input: Chunks, count: (n: number) => void) => Chunks;

export class InflateBudgetExceeded extends Error {}

const STAGES: Record<string, Stage> = {
  FlateDecode: flate,
  Fl: flate,
  LZWDecode: lzw,
  LZW: lzw,
  RunLengthDecode: runLength,
  RL: runLength,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
};

/**
 * The inflated size of every stream, summed, or `null` once it passes `limit` (the PDF is
 * then not worth opening). Damaged streams count what they gave before the damage.
 */
export async function inflatedSize(bytes: Uint8Array, limit: number): Promise<number | null> {
  // windows-1252 maps each byte to one character: string offsets are byte offsets.
  const text = new TextDecoder('windows-1252').decode(bytes);
  let total = 0;
  const count = (n: number) => {
    total += n;
    if (total > limit) throw new InflateBudgetExceeded();
  };
  const start = /stream(?:\r\n|\n|\r)/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const dict = dictionaryBefore(text, m.index);
    if (dict === null) continue;
    const from = m.index + m[0].length;
    const end = text.indexOf('endstream', from);
    const to = end < 0 ? bytes.length : end;
    start.lastIndex = to;
    try {
      await drain(chain(filtersOf(dict), bytes.subarray(from, to), count));
    } catch (e) {
      if (e instanceof InflateBudgetExceeded) return null;
      // A stream that does not decode stops there, as it does in pdf.js.
    }
  }
  return total;
}

/** The dictionary text just before `stream`, or null when `stream` is not a keyword there. */
function dictionaryBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 4096), at).trimEnd();
  if (!before.endsWith('>>')) return null;
  const open = before.lastIndexOf(' obj');
  return open < 0 ? before : before.slice(open);
}

function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m?.[1]) return [];
  return [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((n) => n[1] ?? '');
}

async function* once(bytes: Uint8Array): Chunks {
  for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
}

function chain(filters: string[], data: Uint8Array, count: (n: number) => void): Chunks {
  let flow = once(data);
  for (const name of filters) {
    const stage = STAGES[name];
    if (!stage) break;
    flow = stage(flow, count);
  }
  return flow;
}

async function drain(flow: Chunks): Promise<void> {
  for await (const _ of flow) {
    // Counting happens in the stages; the bytes are dropped here.
  }
}

/** Counts what a stage gives, and gives it on. */
async function* counted(flow: Chunks, count: (n: number) => void): Chunks {
  for await (const chunk of flow) {
    count(chunk.length);
    yield chunk;
  }
}

function flate(input: Chunks, count: (n: number) => void): Chunks {
  const inflater = new DecompressionStream('deflate');
  const writer = inflater.writable.getWriter();
  // Feeding runs beside reading; its failure (bad data) surfaces through the reader.
  void (async () => {
    try {
      for await (const chunk of input) await writer.write(chunk as Uint8Array<ArrayBuffer>);
      await writer.close();
    } catch (e) {
      await writer.abort(e).catch(() => {});
    }
  })();
  return counted(readAll(inflater.readable), count);
}

async function* readAll(stream: ReadableStream<Uint8Array>): Chunks {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopping early (budget passed) must also stop the decompressor.
    void reader.cancel().catch(() => {});
  }
}

async function* runLength(input: Chunks, count: (n: number) => void): Chunks {
  let pending = -1; // a length byte waiting for its data
  let literal = 0; // literal bytes still to copy
  const out = new Uint8Array(65_536 + 128);
  let used = 0;
  const give = () => {
    const chunk = out.slice(0, used);
    used = 0;
    count(chunk.length);
    return chunk;
  };
  for await (const chunk of input) {
    for (const b of chunk) {
      if (literal > 0) {
        out[used++] = b;
        literal--;
      } else if (pending >= 0) {
        out.fill(b, used, used + 257 - pending);
        used += 257 - pending;
        pending = -1;
      } else if (b < 128) literal = b + 1;
      else if (b > 128) pending = b;
      else {
        yield give(); // 128: end of data
        return;
      }
      if (used >= 65_536) yield give();
    }
  }
  yield give();
}

/** LZW with the early change of §7.4.4.2 (the default); codes 9 to 12 bits. */
async function* lzw(input: Chunks, count: (n: number) => void): Chunks {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  const first = new Uint8Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    length[i] = 1;
    first[i] = i;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let acc = 0;
  let bits = 0;
  const entry = (code: number): Uint8Array => {
    const out = new Uint8Array(length[code] ?? 0);
    for (let c = code, i = out.length - 1; i >= 0; c = prefix[c] ?? -1, i--) out[i] = suffix[c] ?? 0;
    return out;
  };
  for await (const chunk of input) {
    for (const b of chunk) {
      acc = ((acc << 8) | b) & 0xffffff;
      bits += 8;
      while (bits >= width) {
        const code = (acc >> (bits - width)) & ((1 << width) - 1);
        bits -= width;
        if (code === 256) {
          next = 258;
          width = 9;
          previous = -1;
          continue;
        }
        if (code === 257) return;
        if (previous < 0) {
          if (code > 255) return;
          previous = code;
          count(1);
          yield entry(code);
          continue;
        }
        const known = code < next;
        if (!known && code !== next) return; // damaged
        if (next < 4096) {
          prefix[next] = previous;
          length[next] = (length[previous] ?? 0) + 1;
          first[next] = first[previous] ?? 0;
          // The new entry ends with the first byte of the code just read.
          suffix[next] = first[known ? code : previous] ?? 0;
          next++;
          if (next + 1 >= 1 << width && width < 12) width++;
        }
        const out = entry(code);
        count(out.length);
        yield out;
        previous = code;
      }
    }
  }
}

async function* asciiHex(input: Chunks): Chunks {
  let high = -1;
  for await (const chunk of input) {
    const out: number[] = [];
    for (const b of chunk) {
      if (b === 0x3e) break; // '>' ends the data
      const v =
        b >= 0x30 && b <= 0x39 ? b - 0x30 : (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 ? (b | 0x20) - 87 : -1;
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out.push((high << 4) | v);
        high = -1;
      }
    }
    yield Uint8Array.from(out);
  }
}

async function* ascii85(input: Chunks): Chunks {
  let group: number[] = [];
  const flush = (out: number[], n: number) => {
    let v = 0;
    for (let i = 0; i < 5; i++) v = v * 85 + (group[i] ?? 84);
    for (let i = 0; i < n; i++) out.push((v >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for await (const chunk of input) {
    const out: number[] = [];
    for (const b of chunk) {
      if (b === 0x7e) {
        if (group.length > 1) flush(out, group.length - 1);
        yield Uint8Array.from(out);
        return;
      }
      if (b === 0x7a && group.length === 0) out.push(0, 0, 0, 0);
      else if (b >= 0x21 && b <= 0x75) {
        group.push(b - 0x21);
        if (group.length === 5) flush(out, 4);
      }
    }
    yield Uint8Array.from(out);
  }
}
