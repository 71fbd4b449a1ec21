import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeXmlParser } from '../../../core/extract/node';
import { ExtractedInvoiceSchema } from '../../../core/extract/schema';
import { extractFromXml } from '../../../core/extract/xml';
import type { XmlParser } from '../../../core/extract/xml-dom';
import { EXPECTED, ORDERS } from './einvoice-expected';

const FIXTURES = 'tests/fixtures/extract/einvoice';
const SHARED = '../shared/data/einvoice';
const parser = nodeXmlParser();

function read(file: string) {
  return extractFromXml(new Uint8Array(readFileSync(join(FIXTURES, file))), parser);
}

function invoiceOf(file: string) {
  const result = read(file);
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  return result;
}

describe('e-invoice samples: every field present in the XML comes out right', () => {
  it.each(EXPECTED)(
    '%s',
    (file, format, documentType, number, issueDate, dueDate, total, due, currency, seller, buyer, email) => {
      const { invoice, format: got } = invoiceOf(file);
      ExtractedInvoiceSchema.parse(invoice);
      expect(got).toBe(format);
      expect({
        documentType: invoice.documentType?.value ?? null,
        number: invoice.number?.value ?? null,
        issueDate: invoice.issueDate?.value ?? null,
        dueDate: invoice.dueDate?.value ?? null,
        totalCents: invoice.totalCents?.value ?? null,
        amountDueCents: invoice.amountDueCents?.value ?? null,
        currency: invoice.currency?.value ?? null,
        sellerName: invoice.sellerName?.value ?? null,
        buyerName: invoice.buyerName?.value ?? null,
        buyerEmail: invoice.buyerEmail?.value ?? null,
      }).toEqual({
        documentType,
        number,
        issueDate,
        dueDate,
        totalCents: total,
        amountDueCents: due,
        currency,
        sellerName: seller,
        buyerName: buyer,
        buyerEmail: email,
      });
      for (const field of Object.values(invoice)) if (field) expect(field.source).toBe(format);
    },
  );

  it.each(ORDERS)('refuses the Order-X order %s', (file) => {
    const result = read(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('order');
      expect(result.error.message_fr).toMatch(/commande/);
    }
  });

  it('covers every sample file', () => {
    const tested = new Set([...EXPECTED.map((row) => row[0]), ...ORDERS]);
    const files = ['akretion-factur-x', 'cen-en16931/cii', 'cen-en16931/ubl'].flatMap((dir) =>
      readdirSync(join(FIXTURES, dir))
        .filter((f) => /\.xml$/i.test(f))
        .map((f) => `${dir}/${f}`),
    );
    expect(files.length).toBe(46);
    expect(files.filter((f) => !tested.has(f))).toEqual([]);
  });

  it.runIf(existsSync(SHARED))('the copies are those of ../shared/data/einvoice', () => {
    for (const [file] of EXPECTED) {
      expect(readFileSync(join(FIXTURES, file)).equals(readFileSync(join(SHARED, file))), file).toBe(true);
    }
  });
});

describe('e-invoice samples: the rest of what the reminders need', () => {
  it('reads identifiers, address, terms and the legal clauses of F20260023 (Factur-X EN 16931)', () => {
    const { invoice } = invoiceOf('akretion-factur-x/factur-x-en16931.xml');
    expect(invoice.sellerId?.value).toBe('123456782');
    expect(invoice.buyerId?.value).toBe('987654321');
    expect(invoice.buyerAddress?.value).toBe(
      'MON ADRESSE LIGNE 1, Buyer line 2, Buyer line 3, 06000 MA VILLE, FR',
    );
    expect(invoice.paymentTerms?.value).toBe('PAIEMENT 30 JOURS NET');
    expect(invoice.penaltyClause?.value).toMatch(
      /^Tout retard de paiement .* trois fois le taux d'intérêt légal\.$/,
    );
    // Three times the legal rate is a reference, not a rate of its own.
    expect(invoice.penaltyRatePercent).toBeNull();
    expect(invoice.mentionsIndemnity?.value).toBe(true);
  });

  it('MINIMUM has no due date, no buyer email and no clauses', () => {
    const { invoice, format } = invoiceOf('akretion-factur-x/factur-x-minimum.xml');
    expect(format).toBe('facturx');
    expect(invoice.dueDate).toBeNull();
    expect(invoice.buyerEmail).toBeNull();
    expect(invoice.penaltyClause).toBeNull();
    expect(invoice.mentionsIndemnity).toBeNull();
  });

  it('UBL: French coded notes (#PMD#, #PMT#), prepaid amount, legal entity ids', () => {
    const { invoice } = invoiceOf('akretion-factur-x/ubl-21-en16931.xml');
    expect(invoice.penaltyClause?.value).toMatch(/^Tout retard de paiement/);
    expect(invoice.mentionsIndemnity?.value).toBe(true);
    expect(invoice.totalCents?.value).toBe(30803);
    expect(invoice.amountDueCents?.value).toBe(20803);
    expect(invoice.sellerId?.value).toBe('999999998');
    expect(invoice.buyerId?.value).toBe('787878784');
    expect(invoice.buyerAddress?.value).toBe("35 rue de la République, La presqu'île, 69001 Lyon, FR");
    expect(invoice.paymentTerms?.value).toBe('30 jours net');
  });

  it('reads a penalty rate stated in the payment terms', () => {
    const { invoice } = invoiceOf('cen-en16931/cii/CII_example2.xml');
    expect(invoice.paymentTerms?.value).toBe(
      '2 % discount if paid within 2 days Penalty percentage 10% from due date',
    );
    expect(invoice.penaltyRatePercent?.value).toBe(10);
  });

  it('an EndpointID that is a VAT number is not an email', () => {
    const { invoice } = invoiceOf('cen-en16931/ubl/BIS3_Invoice_positive.XML');
    expect(invoice.buyerEmail).toBeNull();
    expect(invoice.buyerId?.value).toBe('DK87654321');
  });

  it('negative totals and credit notes', () => {
    expect(invoiceOf('cen-en16931/ubl/BIS3_Invoice_negativ.XML').invoice.totalCents?.value).toBe(-78217943);
    expect(invoiceOf('cen-en16931/ubl/ubl-tc434-creditnote1.xml').invoice.documentType?.value).toBe(
      'credit_note',
    );
  });
});

const ubl = (body: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${declaration}<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"><cbc:ID>F-1</cbc:ID><cbc:IssueDate>2026-03-01</cbc:IssueDate>${body}</Invoice>`;
const buyer = (name: string) =>
  `<cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>${name}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>`;

function buyerName(input: Uint8Array | string): string | null {
  const result = extractFromXml(input, parser);
  if (!result.ok) throw new Error(result.error.code);
  return result.invoice.buyerName?.value ?? null;
}

describe('hostile and broken XML', () => {
  const errorOf = (input: Uint8Array | string, p: XmlParser = parser) => {
    const result = extractFromXml(input, p);
    return result.ok ? 'ok' : result.error.code;
  };

  it('refuses DOCTYPE and entities before parsing (no expansion, no external fetch)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>${ubl(buyer('&lol2;'), '')}`;
    expect(errorOf(laughs)).toBe('doctype');
    expect(errorOf(`<!doctype x SYSTEM "file:///etc/passwd">${ubl('', '')}`)).toBe('doctype');
  });

  it('says so when the file is empty, too large, malformed or not an invoice', () => {
    expect(errorOf(new Uint8Array())).toBe('empty');
    expect(errorOf('  \n ')).toBe('empty');
    expect(errorOf(new Uint8Array(20 * 1024 * 1024 + 1))).toBe('too_large');
    expect(errorOf('<Invoice><cbc:ID>1</Invoice>')).toBe('malformed');
    expect(errorOf('not xml at all')).toBe('malformed');
    expect(errorOf('<note><to>Tove</to></note>')).toBe('not_an_invoice');
    expect(errorOf('<Invoice><ID>1</ID></Invoice>')).toBe('not_an_invoice');
  });

  it('treats a browser-style <parsererror> document as malformed', () => {
    const browserLike: XmlParser = {
      parseFromString: () => ({
        documentElement: null,
        getElementsByTagName: (name: string) => (name === 'parsererror' ? [{}] : []),
      }),
    };
    expect(errorOf(ubl(''), browserLike)).toBe('malformed');
  });

  it('decodes bytes whatever the declaration says', () => {
    const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    const name = 'Société Générale';
    expect(buyerName(new TextEncoder().encode(ubl(buyer(name))))).toBe(name);
    expect(
      buyerName(new TextEncoder().encode(ubl(buyer(name), '<?xml version="1.0" encoding="UTF-8_W/O_BOM"?>'))),
    ).toBe(name);
    expect(buyerName(latin1(ubl(buyer(name), '<?xml version="1.0" encoding="ISO-8859-1"?>')))).toBe(name);
    // Latin-1 bytes wrongly declared as UTF-8.
    expect(buyerName(latin1(ubl(buyer(name))))).toBe(name);
    expect(buyerName(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ubl(buyer(name)))]))).toBe(
      name,
    );
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...ubl(buyer(name), '')].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(buyerName(utf16)).toBe(name);
  });
});
