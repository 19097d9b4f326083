import { describe, expect, it } from 'vitest';
import { ReturnCaseError } from '../src/errors.js';
import { allocateByBasisPoints, percentOf } from '../src/money/allocate.js';
import { currencyDigits, formatMoney, money, PARTIES, toDecimalString, type Party } from '../src/money/money.js';
import { caseIssues, thrown } from './helpers.js';

describe('currencyDigits', () => {
  it.each([
    ['JPY', 0],
    ['USD', 2],
    ['EUR', 2],
    ['CNY', 2],
    ['KWD', 3],
  ])('%s has %i minor-unit digits', (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });

  it.each(['XYZ', 'usd', 'US', 'USDX', ''])('%j is not a known currency', (currency) => {
    expect(currencyDigits(currency)).toBeUndefined();
  });
});

describe('money()', () => {
  it.each([
    ['12.40', 'USD', 1240],
    ['12.4', 'USD', 1240],
    ['12', 'USD', 1200],
    ['0', 'USD', 0],
    ['0.01', 'USD', 1],
    ['1500', 'JPY', 1500],
    ['0.125', 'KWD', 125],
    ['1.5', 'KWD', 1500],
    ['007.10', 'USD', 710],
    // 0.1 + 0.2 !== 0.3 in floats; decimal strings stay exact.
    ['0.30', 'USD', 30],
    ['90071992547409.91', 'USD', Number.MAX_SAFE_INTEGER],
    ['9007199254740991', 'JPY', Number.MAX_SAFE_INTEGER],
  ])('money(%j, %s) is %i minor units', (decimal, currency, amount) => {
    expect(money(decimal, currency)).toEqual({ amount, currency });
  });

  it.each([
    ['1.234', 'USD', 'too_many_decimals'],
    ['1.5', 'JPY', 'too_many_decimals'],
    ['0.0001', 'KWD', 'too_many_decimals'],
    ['-1.00', 'USD', 'invalid_amount'],
    ['1e3', 'USD', 'invalid_amount'],
    ['', 'USD', 'invalid_amount'],
    [' 1', 'USD', 'invalid_amount'],
    ['1.', 'USD', 'invalid_amount'],
    ['.5', 'USD', 'invalid_amount'],
    ['1,50', 'EUR', 'invalid_amount'],
    ['90071992547409.92', 'USD', 'amount_too_large'],
    ['1.00', 'XYZ', 'unknown_currency'],
    ['1.00', 'usd', 'unknown_currency'],
  ])('money(%j, %s) throws %s', (decimal, currency, code) => {
    const issues = caseIssues(() => money(decimal, currency));
    expect(issues).toEqual([{ path: [], code, message: expect.any(String) }]);
  });

  it('rejects a number instead of a decimal string', () => {
    const issues = caseIssues(() => money(12.4 as unknown as string, 'USD'));
    expect(issues[0]?.code).toBe('invalid_amount');
  });

  it('says how many decimals the currency has', () => {
    const error = thrown(() => money('1.234', 'USD')) as ReturnCaseError;
    expect(error.code).toBe('invalid_case');
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid return case (1 issue):
        - (root): USD has 2 decimal places; "1.234" has 3"
    `);
  });

  it('names the unknown currency', () => {
    expect((thrown(() => money('1', 'XYZ')) as ReturnCaseError).issues[0]?.message).toMatchInlineSnapshot(
      `"unknown currency "XYZ"; expected an ISO 4217 code such as "USD""`,
    );
  });
});

describe('toDecimalString', () => {
  it.each([
    [{ amount: 1240, currency: 'USD' }, '12.40'],
    [{ amount: 5, currency: 'USD' }, '0.05'],
    [{ amount: 0, currency: 'USD' }, '0.00'],
    [{ amount: 1500, currency: 'JPY' }, '1500'],
    [{ amount: 5, currency: 'KWD' }, '0.005'],
    [{ amount: -125, currency: 'KWD' }, '-0.125'],
    [{ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, '90071992547409.91'],
  ])('%j is %s', (value, text) => {
    expect(toDecimalString(value)).toBe(text);
  });
});

describe('formatMoney', () => {
  const nbsp = '\u00a0';
  it.each([
    ['USD', 123456, 'en', '$1,234.56'],
    ['USD', 123456, 'zh-CN', 'US$1,234.56'],
    ['USD', 5, 'en', '$0.05'],
    ['JPY', 123456, 'en', '¥123,456'],
    ['JPY', 123456, 'zh-CN', 'JP¥123,456'],
    ['KWD', 123456, 'en', `KWD${nbsp}123.456`],
    ['KWD', 123456, 'zh-CN', `KWD${nbsp}123.456`],
    ['KWD', 5, 'en', `KWD${nbsp}0.005`],
  ])('%s %i in %s is %j', (currency, amount, locale, text) => {
    expect(formatMoney({ amount, currency }, locale)).toBe(text);
  });

  it('formats amounts beyond float precision exactly (through the decimal string)', () => {
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en')).toBe('$90,071,992,547,409.91');
  });

  it('gives the same string on repeated calls (cached formatter)', () => {
    const value = { amount: 999, currency: 'USD' };
    expect(formatMoney(value, 'zh-CN')).toBe(formatMoney(value, 'zh-CN'));
  });
});

describe('allocateByBasisPoints (largest remainder)', () => {
  const split = (total: number, weights: Array<[Party, number]>) =>
    allocateByBasisPoints(total, weights.map(([party, percent]) => ({ party, basisPoints: Math.round(percent * 100) })));

  it('lists the tie order seller, platform, insurer, carrier, buyer', () => {
    expect(PARTIES).toEqual(['seller', 'platform', 'insurer', 'carrier', 'buyer']);
  });

  it.each<[string, number, Array<[Party, number]>, number[]]>([
    ['1 cent split 50/50 goes to the seller', 1, [['buyer', 50], ['seller', 50]], [0, 1]],
    ['1 cent split 50/50 between platform and buyer goes to the platform', 1, [['buyer', 50], ['platform', 50]], [0, 1]],
    ['1 cent split 50/50 between insurer and carrier goes to the insurer', 1, [['carrier', 50], ['insurer', 50]], [0, 1]],
    ['1 cent split 50/50 between carrier and buyer goes to the carrier', 1, [['buyer', 50], ['carrier', 50]], [0, 1]],
    ['100 cents split 33.33/33.33/33.34 stays 33/33/34', 100, [['seller', 33.33], ['platform', 33.33], ['buyer', 33.34]], [33, 33, 34]],
    ['100 cents split in thirds: the two leftover cents go seller, platform', 100, [['buyer', 33.34], ['platform', 33.33], ['seller', 33.33]], [34, 33, 33]],
    ['2 cents split in thirds: the buyer gets no tie', 2, [['buyer', 33.34], ['platform', 33.33], ['seller', 33.33]], [1, 0, 1]],
    ['10 cents split 33.33/33.33/33.34: largest remainder (buyer .334) beats tie order', 10, [['seller', 33.33], ['platform', 33.33], ['buyer', 33.34]], [3, 3, 4]],
    ['99 cents split 1/99', 99, [['seller', 1], ['buyer', 99]], [1, 98]],
    ['0 cents split any way is all zero', 0, [['seller', 60], ['buyer', 40]], [0, 0]],
    ['100% to one party takes everything', 12345, [['insurer', 100]], [12345]],
  ])('%s', (_label, total, weights, expected) => {
    const amounts = split(total, weights);
    expect(amounts).toEqual(expected);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('is exact for totals beyond 2^53 / 10 000 (BigInt arithmetic)', () => {
    const amounts = split(Number.MAX_SAFE_INTEGER, [['seller', 33.33], ['buyer', 66.67]]);
    // floor parts 3002099511605172 (.3003) and 6005099743135818 (.6997): the leftover unit goes to the buyer.
    expect(amounts).toEqual([3002099511605172, 6005099743135819]);
    expect(BigInt(amounts[0]!) + BigInt(amounts[1]!)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });
});

describe('percentOf', () => {
  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 8, 12.5],
    [1, 20_000, 0.01], // 0.005% rounds half up
    [1, 20_001, 0],
    [0, 100, 0],
    [5, 0, 0],
    [100, 100, 100],
  ])('%i of %i is %d%%', (amount, total, percent) => {
    expect(percentOf(amount, total)).toBe(percent);
  });
});
