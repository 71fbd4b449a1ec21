import { afterEach, describe, expect, it } from 'vitest';
import { extractFromPage } from '../../../core/extract/html';

const INVOICE = 'https://schema.org/Invoice';

afterEach(() => {
  // In case a regression polluted it, do not let it leak into other tests.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('microdata a hostile page chooses cannot reach a prototype', () => {
  for (const path of [
    '__proto__.polluted',
    'customer.__proto__.polluted',
    'constructor.prototype.polluted',
    'prototype.polluted',
  ]) {
    it(`itemprop path « ${path} » is skipped`, () => {
      const result = extractFromPage({
        text: '',
        jsonLd: [],
        microdata: [
          {
            type: INVOICE,
            properties: { [path]: 'yes', confirmationNumber: 'F-1', 'customer.name': 'Acme' },
          },
        ],
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(result.ok && result.invoice.number?.value).toBe('F-1');
      expect(result.ok && result.invoice.buyerName?.value).toBe('Acme');
    });
  }
});
