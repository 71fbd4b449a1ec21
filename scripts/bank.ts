/**
 * `npm run bank -- <file>…`: one JSON line per credit found in each bank statement
 * (`{"file","date","amountCents","currency","label","counterparty","reference","source"}`,
 * dates `YYYY-MM-DD`, `source` one of `csv|ofx|camt053`); debits are left out. A file that
 * cannot be read gives one line `{"file","error"}` (and the reason on stderr), and the exit
 * code is 1.
 */
import { readFile } from 'node:fs/promises';
import { creditsOf, readStatement } from '../core/bank';
import { nodeXmlParser } from '../core/extract/node';

async function main(files: string[]) {
  if (files.length === 0) {
    process.stderr.write('usage: npm run bank -- <relevé.csv|relevé.ofx|relevé.xml>…\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    let error: string;
    try {
      const result = readStatement(new Uint8Array(await readFile(file)), { xmlParser: nodeXmlParser() });
      if (result.ok) {
        for (const l of creditsOf(result)) {
          const { date, amountCents, currency, label, counterparty, reference, source } = l;
          const line = { file, date, amountCents, currency, label, counterparty, reference, source };
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }
        continue;
      }
      error = result.error.message;
    } catch (e) {
      error = (e as Error).message;
    }
    process.stderr.write(`${file}: ${error}\n`);
    process.stdout.write(`${JSON.stringify({ file, error })}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
