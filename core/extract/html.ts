/**
 * An invoice shown on a web page: schema.org `Invoice` in JSON-LD or microdata first (structured
 * data beats text), then the text heuristics on the page's visible text for what is still
 * missing. The page itself never reaches this module: the tab sends a plain snapshot
 * (core/platform/scripting.ts), so this stays pure and runs in Node.
 */
import { parseDate } from '../dates';
import { parseAmount } from '../money';
import { type ExtractionError, extractionError } from './errors';
import { extractFromText } from './text';
import { currencyCode, findAmounts } from './text-amounts';
import type { ExtractedInvoice, FieldSource } from './types';

/** One microdata item, its properties flattened: nested items as dotted paths (`customer.name`). */
export interface MicrodataItem {
  type: string;
  properties: Record<string, string>;
}

/** What the tab gives: plain data, already capped in size. */
export interface PageSnapshot {
  url: string;
  title: string;
  text: string;
  jsonLd: string[];
  microdata: MicrodataItem[];
}

export type PageInput = Pick<PageSnapshot, 'text' | 'jsonLd' | 'microdata'>;
export type PageFormat = 'jsonld' | 'microdata' | 'text';
export type PageExtraction =
  | { ok: true; invoice: ExtractedInvoice; format: PageFormat }
  | { ok: false; error: ExtractionError };

const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 200_000;

type Json = Record<string, unknown>;

export function extractFromPage(input: PageInput): PageExtraction {
  const fromText = extractFromText(input.text);
  const structured = structuredInvoice(input);
  const invoice = structured ? merge(structured.fields, fromText) : fromText;
  const found = invoice.number !== null || invoice.totalCents !== null || invoice.issueDate !== null;
  if (!found) return extractionError('nothing_found');
  return { ok: true, invoice, format: structured?.source ?? 'text' };
}

/** Structured fields win; the text fills only what they left empty. */
function merge(structured: Partial<ExtractedInvoice>, text: ExtractedInvoice): ExtractedInvoice {
  const out: ExtractedInvoice = { ...text };
  for (const [key, value] of Object.entries(structured) as [keyof ExtractedInvoice, unknown][]) {
    if (value !== null && value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

function structuredInvoice(
  input: PageInput,
): { fields: Partial<ExtractedInvoice>; source: 'jsonld' | 'microdata' } | null {
  for (const block of input.jsonLd.slice(0, MAX_BLOCKS)) {
    const invoice = jsonObjects(block).find(isInvoice);
    if (invoice) return { fields: fieldsOf(invoice, 'jsonld'), source: 'jsonld' };
  }
  const item = input.microdata.slice(0, MAX_BLOCKS).find((i) => typeIsInvoice(i.type));
  if (item) return { fields: fieldsOf(nest(item.properties), 'microdata'), source: 'microdata' };
  return null;
}

/** Every object of a JSON-LD block, through arrays and `@graph`. A broken block is skipped. */
function jsonObjects(block: string): Json[] {
  if (block.length > MAX_BLOCK_CHARS) return [];
  let data: unknown;
  try {
    data = JSON.parse(block);
  } catch {
    return [];
  }
  const out: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph']) visit(value['@graph'], depth + 1);
    }
  };
  visit(data, 0);
  return out;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeIsInvoice(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:#])Invoice$/.test(t.trim()));
}

const isInvoice = (o: Json) => typeIsInvoice(o['@type']);

/**
 * Names a page may give an itemprop that would reach an object's prototype when used as a key
 * (`itemprop="__proto__"` then `polluted` would write Object.prototype.polluted).
 */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `{"customer.name": "x"}` → `{customer: {name: "x"}}`, so microdata reads like JSON-LD.
 * Objects without a prototype, and unsafe names skipped: the page chooses every key.
 */
function nest(properties: Record<string, string>): Json {
  const bare = (): Json => Object.create(null);
  const root = bare();
  for (const [path, value] of Object.entries(properties)) {
    const keys = path.split('.');
    if (keys.some((k) => UNSAFE_KEYS.has(k))) continue;
    let at = root;
    for (const key of keys.slice(0, -1)) {
      const here = Object.hasOwn(at, key) ? at[key] : undefined;
      if (!isObject(here)) {
        const next = bare();
        if (typeof here === 'string') next.name = here;
        at[key] = next;
      }
      at = at[key] as Json;
    }
    const last = keys.at(-1)!;
    if (!Object.hasOwn(at, last)) at[last] = value;
  }
  return root;
}

function fieldsOf(o: Json, source: FieldSource): Partial<ExtractedInvoice> {
  const field = <T>(value: T | null) => (value === null ? null : { value, source });
  const due = money(o.totalPaymentDue) ?? money(o.paymentDue) ?? money(o.minimumPaymentDue);
  const customer = party(o.customer);
  const seller = party(o.provider) ?? party(o.broker) ?? party(o.seller);
  return {
    ...pickNonNull({
      documentType: field<'invoice'>('invoice'),
      number: field(str(o.confirmationNumber) ?? identifier(o.identifier)),
      dueDate: field(isoDate(o.paymentDueDate) ?? isoDate(o.paymentDue)),
      amountDueCents: field(due?.cents ?? null),
      totalCents: field(due?.cents ?? null),
      currency: field(due?.currency ?? null),
      buyerName: field(customer?.name ?? null),
      buyerEmail: field(customer?.email ?? null),
      sellerName: field(seller?.name ?? null),
    }),
  };
}

function pickNonNull<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Partial<T>;
}

function str(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s && s.length <= 300 ? s : null;
}

function identifier(v: unknown): string | null {
  if (Array.isArray(v)) return identifier(v[0]);
  if (isObject(v)) return str(v.value);
  return str(v);
}

function isoDate(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  // `2026-03-15`, `2026-03-15T00:00:00+01:00`: the calendar day as written.
  return parseDate(s.slice(0, 10)) ?? parseDate(s);
}

/** MonetaryAmount {value, currency}, PriceSpecification {price, priceCurrency}, or a written amount. */
function money(v: unknown): { cents: number; currency: string | null } | null {
  if (Array.isArray(v)) return money(v[0]);
  if (isObject(v)) {
    const amount = v.value ?? v.price;
    const currency = str(v.currency) ?? str(v.priceCurrency);
    const cents = typeof amount === 'number' ? Math.round(amount * 100) : amountText(str(amount))?.cents;
    if (cents === null || cents === undefined || !Number.isSafeInteger(cents)) return null;
    return { cents, currency: currency ? currency.toUpperCase() : null };
  }
  if (typeof v === 'number') return { cents: Math.round(v * 100), currency: null };
  return amountText(str(v));
}

function amountText(s: string | null): { cents: number; currency: string | null } | null {
  if (!s) return null;
  const plain = parseAmount(s);
  if (plain !== null) return { cents: plain, currency: /€|EUR/i.test(s) ? 'EUR' : null };
  const found = findAmounts(s)[0];
  if (!found) return null;
  const code = /\b([A-Z]{3})\b/.exec(s)?.[1];
  return { cents: found.value.cents, currency: found.value.currency ?? (code ? currencyCode(code) : null) };
}

function party(v: unknown): { name: string | null; email: string | null } | null {
  if (Array.isArray(v)) return party(v[0]);
  if (typeof v === 'string') return { name: str(v), email: null };
  if (!isObject(v)) return null;
  const email = str(v.email)?.replace(/^mailto:/i, '') ?? null;
  const name = str(v.name) ?? str(v.legalName);
  return name || email ? { name, email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null } : null;
}
