import { describe, expect, it } from 'vitest';
import { parseReturnCase } from '../src/case/parse.js';
import { ReturnCaseError } from '../src/errors.js';
import { baseCase, caseIssues, deepFreeze, pathsAndCodes, thrown, usd, type Json } from './helpers.js';

const withCosts = (costs: Json) => baseCase({ costs: { returnShipping: usd(1000), ...costs } });
const withDates = (dates: Json) => baseCase({ dates });
const withSplit = (negotiatedSplit: Json) => baseCase({ negotiatedSplit });

describe('parseReturnCase: valid input', () => {
  it('accepts the minimal case and leaves optional fields absent', () => {
    expect(parseReturnCase(baseCase())).toEqual(baseCase());
  });

  it('accepts a case using every field', () => {
    const full = {
      id: 'order-1/return-1',
      channel: 'distance',
      resolution: 'exchange',
      reason: 'quality_defect',
      findings: { qualityDefect: true, wrongItem: false, notAsDescribed: false, damagedInTransit: false, missingParts: false },
      item: { category: 'shoes', tags: ['bulky'], condition: 'opened', confirmedNonReturnable: false, price: usd(5000) },
      costs: { returnShipping: usd(1000), outboundShipping: usd(800), standardOutboundShipping: usd(500), replacementShipping: usd(900) },
      dates: { orderedAt: '2026-02-20T09:00:00+08:00', deliveredAt: '2026-03-01T10:00', requestedAt: '2026-03-05T12:30:00.250Z' },
      timeZone: 'Asia/Shanghai',
      seller: { freeReturns: false, disclosedReturnCosts: true, disclosedWithdrawalRight: true, freeShipping: 'threshold', thresholdStillMet: false },
      negotiatedSplit: { sellerAmount: usd(400), agreedAt: '2026-03-06' },
      coverage: { kind: 'return_guarantee', payer: 'platform', beneficiary: 'buyer', limit: usd(600), reasons: ['quality_defect'], firstReturnOnly: true },
      priorReturns: 0,
      jurisdiction: 'CN',
    };
    expect(parseReturnCase(full)).toEqual(full);
  });

  it('returns a new object and does not modify (or need to modify) its input', () => {
    const input = deepFreeze(baseCase({ item: { tags: ['bulky'] } }));
    const before = structuredClone(input);
    const parsed = parseReturnCase(input);
    expect(parsed).not.toBe(input);
    expect(input).toEqual(before);
  });

  it.each([
    ['a date-only request on the delivery day', { deliveredAt: '2026-03-05T10:00', requestedAt: '2026-03-05' }],
    ['a request at the very instant of delivery', { deliveredAt: '2026-03-05T10:00:00Z', requestedAt: '2026-03-05T10:00:00Z' }],
    ['a request in another offset that is later as an instant', { deliveredAt: '2026-03-05T10:00:00+08:00', requestedAt: '2026-03-05T03:00:00Z' }],
    ['a date-only delivery on the order day', { orderedAt: '2026-03-05T09:00', deliveredAt: '2026-03-05', requestedAt: '2026-03-06' }],
  ])('accepts %s', (_label, dates) => {
    expect(() => parseReturnCase(withDates(dates))).not.toThrow();
  });
});

describe('parseReturnCase: errors carry a path and a code', () => {
  it.each<[string, unknown, Array<[Array<string | number>, string]>]>([
    ['an unknown top-level key', baseCase({ refundTo: 'card' }), [[[], 'unrecognized_keys']]],
    ['an unknown nested key', baseCase({ findings: { broken: true } }), [[['findings'], 'unrecognized_keys']]],
    ['an unknown key in money', withCosts({ returnShipping: { amount: 1, currency: 'USD', cents: 1 } }), [[['costs', 'returnShipping'], 'unrecognized_keys']]],
    ['a missing reason', { costs: { returnShipping: usd(1) }, dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-02' } }, [[['reason'], 'invalid_value']]],
    ['an unknown reason', baseCase({ reason: 'broken' }), [[['reason'], 'invalid_value']]],
    ['null instead of a case', null, [[[], 'invalid_type']]],
    ['an array instead of a case', [], [[[], 'invalid_type']]],
    ['requestedAt before deliveredAt', withDates({ deliveredAt: '2026-03-05', requestedAt: '2026-03-04' }), [[['dates', 'requestedAt'], 'requested_before_delivered']]],
    ['requestedAt an hour before deliveredAt', withDates({ deliveredAt: '2026-03-05T10:00', requestedAt: '2026-03-05T09:00' }), [[['dates', 'requestedAt'], 'requested_before_delivered']]],
    ['a date-only request the day before a timed delivery', withDates({ deliveredAt: '2026-03-05T10:00:00+08:00', requestedAt: '2026-03-04' }), [[['dates', 'requestedAt'], 'requested_before_delivered']]],
    ['deliveredAt before orderedAt', withDates({ orderedAt: '2026-03-06', deliveredAt: '2026-03-05', requestedAt: '2026-03-07' }), [[['dates', 'deliveredAt'], 'delivered_before_ordered']]],
    ['an unknown time zone', baseCase({ timeZone: 'Mars/Olympus_Mons' }), [[['timeZone'], 'unknown_time_zone']]],
    ['an unknown currency', withCosts({ returnShipping: { amount: 100, currency: 'XYZ' } }), [[['costs', 'returnShipping', 'currency'], 'unknown_currency']]],
    ['a lower-case currency', withCosts({ returnShipping: { amount: 100, currency: 'usd' } }), [[['costs', 'returnShipping', 'currency'], 'invalid_format']]],
    ['mixed currencies', withCosts({ outboundShipping: { amount: 100, currency: 'EUR' } }), [[['costs', 'outboundShipping', 'currency'], 'mixed_currencies']]],
    ['a coverage limit in another currency', baseCase({ coverage: { kind: 'return_guarantee', payer: 'platform', limit: { amount: 5, currency: 'CNY' } } }), [[['coverage', 'limit', 'currency'], 'mixed_currencies']]],
    ['a float amount', withCosts({ returnShipping: { amount: 12.5, currency: 'USD' } }), [[['costs', 'returnShipping', 'amount'], 'invalid_type']]],
    ['an amount as a string', withCosts({ returnShipping: { amount: '1250', currency: 'USD' } }), [[['costs', 'returnShipping', 'amount'], 'invalid_type']]],
    ['NaN as an amount', withCosts({ returnShipping: { amount: Number.NaN, currency: 'USD' } }), [[['costs', 'returnShipping', 'amount'], 'invalid_type']]],
    ['an amount beyond 2^53', withCosts({ returnShipping: { amount: 2 ** 60, currency: 'USD' } }), [[['costs', 'returnShipping', 'amount'], 'too_big']]],
    ['a negative amount', withCosts({ outboundShipping: usd(-1) }), [[['costs', 'outboundShipping', 'amount'], 'too_small']]],
    ['a split with both percent and amount', withSplit({ sellerPercent: 50, sellerAmount: usd(500) }), [[['negotiatedSplit'], 'invalid_split']]],
    ['a split with neither percent nor amount', withSplit({ agreedAt: '2026-03-06' }), [[['negotiatedSplit'], 'invalid_split']]],
    ['a split percent above 100', withSplit({ sellerPercent: 100.01 }), [[['negotiatedSplit', 'sellerPercent'], 'too_big']]],
    ['a split percent below 0', withSplit({ sellerPercent: -5 }), [[['negotiatedSplit', 'sellerPercent'], 'too_small']]],
    ['a split percent with 3 decimals', withSplit({ sellerPercent: 33.333 }), [[['negotiatedSplit', 'sellerPercent'], 'invalid_percent']]],
    ['a split amount above the return cost', withSplit({ sellerAmount: usd(1001) }), [[['negotiatedSplit', 'sellerAmount', 'amount'], 'split_exceeds_cost']]],
    ['an invalid agreedAt date', withSplit({ sellerPercent: 10, agreedAt: '2026-13-01' }), [[['negotiatedSplit', 'agreedAt'], 'invalid_date']]],
    ['30 February', withDates({ deliveredAt: '2026-02-30', requestedAt: '2026-03-05' }), [[['dates', 'deliveredAt'], 'invalid_date']]],
    ['29 February in a common year', withDates({ deliveredAt: '2026-02-20', requestedAt: '2026-02-29' }), [[['dates', 'requestedAt'], 'invalid_date']]],
    ['25 o’clock', withDates({ deliveredAt: '2026-03-01', requestedAt: '2026-03-05T25:00' }), [[['dates', 'requestedAt'], 'invalid_date']]],
    ['31 April as the end of a quality guarantee', withDates({ deliveredAt: '2026-03-01', requestedAt: '2026-03-05', qualityGuaranteeEndsAt: '2029-04-31' }), [[['dates', 'qualityGuaranteeEndsAt'], 'invalid_date']]],
    ['a US-style date', withDates({ deliveredAt: '03/01/2026', requestedAt: '2026-03-05' }), [[['dates', 'deliveredAt'], 'invalid_format']]],
    ['thresholdStillMet without threshold shipping', baseCase({ seller: { freeShipping: 'unconditional', thresholdStillMet: true } }), [[['seller', 'thresholdStillMet'], 'threshold_without_threshold_shipping']]],
    ['a fractional priorReturns', baseCase({ priorReturns: 1.5 }), [[['priorReturns'], 'invalid_type']]],
    ['a lower-case jurisdiction', baseCase({ jurisdiction: 'de' }), [[['jurisdiction'], 'invalid_format']]],
    ['an unknown covered reason', baseCase({ coverage: { kind: 'return_guarantee', payer: 'platform', reasons: ['changed_mind', 'nope'] } }), [[['coverage', 'reasons', 1], 'invalid_value']]],
    ['a buyer as coverage payer', baseCase({ coverage: { kind: 'return_guarantee', payer: 'buyer' } }), [[['coverage', 'payer'], 'invalid_value']]],
  ])('%s', (_label, input, expected) => {
    expect(pathsAndCodes(caseIssues(() => parseReturnCase(input)))).toEqual(expected);
  });

  it('names every unknown key', () => {
    const issues = caseIssues(() => parseReturnCase(baseCase({ findings: { broken: true, scratched: true } })));
    expect(issues).toEqual([{ path: ['findings'], code: 'unrecognized_keys', message: 'unknown keys "broken", "scratched"' }]);
  });

  it('reports every semantic problem at once', () => {
    const input = baseCase({
      timeZone: 'Nowhere/Land',
      costs: { returnShipping: usd(100), outboundShipping: { amount: 1, currency: 'EUR' }, replacementShipping: { amount: 1, currency: 'XYZ' } },
      negotiatedSplit: {},
    });
    expect(pathsAndCodes(caseIssues(() => parseReturnCase(input)))).toEqual([
      [['costs', 'outboundShipping', 'currency'], 'mixed_currencies'],
      [['costs', 'replacementShipping', 'currency'], 'unknown_currency'],
      [['timeZone'], 'unknown_time_zone'],
      [['negotiatedSplit'], 'invalid_split'],
    ]);
  });

  it('reads as a list of located problems', () => {
    const error = thrown(() => parseReturnCase(baseCase({ refundTo: 'card', costs: { returnShipping: { amount: 12.5, currency: 'USD' } } })));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect((error as ReturnCaseError).message).toMatchInlineSnapshot(`
      "Invalid return case (2 issues):
        - costs.returnShipping.amount: expected an integer, got 12.5
        - (root): unknown key "refundTo""
    `);
  });

  it('explains a request before delivery with both dates', () => {
    const error = thrown(() => parseReturnCase(withDates({ deliveredAt: '2026-03-05', requestedAt: '2026-03-04' }))) as ReturnCaseError;
    expect(error.issues[0]?.message).toMatchInlineSnapshot(
      `"requestedAt (2026-03-04) is before deliveredAt (2026-03-05); a return is requested after delivery"`,
    );
  });
});
