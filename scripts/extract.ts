/**
 * `npm run extract -- <file>…`: one JSON line per file with what the extractors found
 * (the shape of core/extract's ExtractionResult). Errors go to stderr; the JSON line is still
 * printed, with `source: "none"`.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ExtractionResult } from '../core/extract/errors';
import { nodePdfJs, nodeXmlParser } from '../core/extract/node';
import { extractFromPdf } from '../core/extract/pdf';
import { extractResultFromText } from '../core/extract/text';
import { extractFromXml } from '../core/extract/xml';

async function extractFile(file: string): Promise<ExtractionResult> {
  const bytes = new Uint8Array(await readFile(file));
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') return extractFromPdf(bytes, { pdfjs: await nodePdfJs(), xmlParser: nodeXmlParser() });
  if (ext === '.xml') return extractFromXml(bytes, nodeXmlParser());
  let text = new TextDecoder().decode(bytes);
  // HTML: the visible text is enough for the heuristics; tags would only get in the way.
  if (ext === '.html' || ext === '.htm') text = text.replace(/<(script|style)[\s\S]*?<\/\1>|<[^>]+>/gi, '\n');
  return extractResultFromText(text);
}

function line(file: string, result: ExtractionResult | null) {
  const inv = result?.ok ? result.invoice : null;
  return {
    file,
    number: inv?.number?.value ?? null,
    issueDate: inv?.issueDate?.value ?? null,
    dueDate: inv?.dueDate?.value ?? null,
    total: inv?.totalCents?.value ?? null,
    amountDue: inv?.amountDueCents?.value ?? null,
    currency: inv?.currency?.value ?? null,
    sellerName: inv?.sellerName?.value ?? null,
    buyerName: inv?.buyerName?.value ?? null,
    buyerEmail: inv?.buyerEmail?.value ?? null,
    source: result?.ok ? result.format : 'none',
  };
}

async function main(files: string[]) {
  if (files.length === 0) {
    process.stderr.write('usage: npm run extract -- <file.pdf|file.xml|file.txt>…\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    let result: ExtractionResult | null = null;
    try {
      result = await extractFile(file);
      if (!result.ok) process.stderr.write(`${file}: ${result.error.code}: ${result.error.message_en}\n`);
    } catch (e) {
      process.stderr.write(`${file}: ${(e as Error).message}\n`);
    }
    process.stdout.write(`${JSON.stringify(line(file, result))}\n`);
  }
}

await main(process.argv.slice(2));
