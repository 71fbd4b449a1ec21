import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatMoney,
  formatMoneyCompact,
  formatMoneyPlain,
  parseAmount,
} from '../../core/money';

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

describe('formatDecimal (the one writer of amounts to edit or to put in a spreadsheet)', () => {
  it('writes comma decimals grouped by the separator asked for', () => {
    expect(formatDecimal(150_000)).toBe('1 500,00');
    expect(formatDecimal(150_000, '\u202f')).toBe('1\u202f500,00');
    expect(formatDecimal(150_000, '')).toBe('1500,00');
    expect(formatDecimal(5)).toBe('0,05');
    expect(formatDecimal(-123_456_789)).toBe('-1 234 567,89');
  });

  it('is read back by parseAmount whatever the separator', () => {
    for (const cents of [0, 1, 99, 100, 150_000, 123_456_789, -4_200])
      for (const group of [' ', '\u202f', '']) expect(parseAmount(formatDecimal(cents, group))).toBe(cents);
  });
});

describe('formatMoneyCompact (chart axes)', () => {
  it('shortens thousands in each language', () => {
    expect(formatMoneyCompact(1_500_000, 'EUR', 'fr')).toBe('15\u00a0k\u00a0€');
    expect(formatMoneyCompact(1_500_000, 'EUR', 'en')).toBe('€15K');
  });
});
