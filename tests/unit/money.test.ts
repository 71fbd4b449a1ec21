import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyPlain, parseAmount } from '../../core/money';

describe('money', () => {
  it('reads the amounts people and spreadsheets write', () => {
    expect(parseAmount('1500')).toBe(150000);
    expect(parseAmount('1500.00')).toBe(150000);
    expect(parseAmount('1 500,00')).toBe(150000);
    expect(parseAmount('1\u202f500,00 €')).toBe(150000);
    expect(parseAmount('1.500,00')).toBe(150000);
    expect(parseAmount('1,500.00')).toBe(150000);
    expect(parseAmount('1.500')).toBe(150000);
    expect(parseAmount('12,5')).toBe(1250);
    expect(parseAmount('0,07')).toBe(7);
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('1,2,3')).toBeNull();
    expect(parseAmount('12.345')).toBe(1234500);
  });
  it('formats the French way on screen and in plain text', () => {
    expect(formatMoney(150000)).toBe('1\u202f500,00\u00a0€');
    expect(formatMoneyPlain(150000)).toBe('1 500,00 €');
    expect(formatMoneyPlain(150000, 'EUR', 'en')).toBe('€1,500.00');
  });
});
