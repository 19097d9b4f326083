import { describe, expect, it } from 'vitest';
import { BASE_FACT_NAMES, type BaseFacts, FACT_CATALOGUE, NONE } from '../src/facts/table.js';
import { factLookup } from '../src/facts/scope.js';
import { toFacts } from '../src/facts/read.js';
import { parseReturnCase } from '../src/case/parse.js';
import { weekendCalendar } from '../src/facts/windows.js';
import { baseCase, usd, type Json } from './helpers.js';

const factsOf = (input: Json, windows = {}) => toFacts(parseReturnCase(input), { windows }, weekendCalendar);

describe('the fact catalogue', () => {
  it('lists exactly the keys toFacts produces (besides window facts)', () => {
    const produced = Object.keys(factsOf(baseCase(), { week: { days: 7 } })).filter((key) => !key.startsWith('window.'));
    expect(produced.sort()).toEqual([...BASE_FACT_NAMES].sort());
  });

  it('gives each fact the kind its value has', () => {
    const facts = factsOf(baseCase({ item: { tags: ['bulky'] } }));
    for (const name of BASE_FACT_NAMES) {
      const value = facts[name];
      const kind = FACT_CATALOGUE[name].kind;
      const expected = Array.isArray(value) ? 'tags' : typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'integer' : 'string';
      expect(kind === 'enum' ? 'string' : kind, name).toBe(expected);
    }
  });

  it('documents every fact', () => {
    for (const name of BASE_FACT_NAMES) expect(FACT_CATALOGUE[name].description.length, name).toBeGreaterThan(10);
  });

  it('lists the values of enum facts, including the absent value where a field is optional', () => {
    expect(FACT_CATALOGUE.reason.values).toContain('changed_mind');
    expect(FACT_CATALOGUE.itemCondition.values).toEqual(['intact', 'opened', 'used', 'damaged_by_buyer', NONE]);
    expect(FACT_CATALOGUE.coverageKind.values).toEqual(['return_shipping_insurance', 'return_guarantee', NONE]);
    expect(FACT_CATALOGUE.freeShipping.values).toEqual(['none', 'unconditional', 'threshold']);
  });

  it('describes declared window facts and nothing else', () => {
    const facts = factLookup({ windows: { dispute: { days: 15 } }, thresholds: {}, facts: {} });
    expect(facts.get('window.dispute')).toMatchObject({ kind: 'boolean' });
    expect(facts.get('window.other')).toBeUndefined();
    expect(facts.get('reason')).toMatchObject(FACT_CATALOGUE.reason);
    expect(facts.get('toString')).toBeUndefined();
    expect(facts.get('__proto__')).toBeUndefined();
    expect(facts.get('threshold.toString')).toBeUndefined();
  });
});

describe('toFacts', () => {
  it('turns absent optional input into defined values', () => {
    const expected: BaseFacts = {
      reason: 'changed_mind',
      resolution: 'refund',
      channel: 'distance',
      jurisdiction: 'none',
      qualityDefect: false,
      wrongItem: false,
      notAsDescribed: false,
      damagedInTransit: false,
      missingParts: false,
      itemTags: [],
      itemCondition: 'none',
      itemCategory: 'none',
      confirmedNonReturnable: false,
      daysSinceDelivery: 4,
      deliveredLate: false,
      withinQualityGuarantee: false,
      sellerFreeReturns: false,
      sellerDisclosedReturnCosts: false,
      sellerDisclosedWithdrawalRight: false,
      freeShipping: 'none',
      thresholdStillMet: false,
      hasNegotiatedSplit: false,
      hasCoverage: false,
      coverageKind: 'none',
      priorReturns: 0,
      returnShippingAmount: 1000,
      labelSource: 'buyer',
      quantity: 1,
      hasItemPrice: false,
    };
    expect(factsOf(baseCase())).toEqual(expected);
  });

  it('copies every given field into its fact', () => {
    const facts = factsOf(
      baseCase({
        channel: 'off_premises',
        resolution: 'repair',
        reason: 'missing_parts',
        findings: { qualityDefect: true, wrongItem: true, notAsDescribed: true, damagedInTransit: true, missingParts: true },
        item: { category: 'furniture', tags: ['bulky', 'final_sale'], condition: 'opened', confirmedNonReturnable: true, price: usd(2500), quantity: 3 },
        dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-05', promisedBy: '2026-02-28', qualityGuaranteeEndsAt: '2028-03-01' },
        labelSource: 'merchant',
        costs: { returnShipping: usd(4321) },
        seller: { freeReturns: true, disclosedReturnCosts: true, disclosedWithdrawalRight: true, freeShipping: 'threshold', thresholdStillMet: true },
        negotiatedSplit: { sellerPercent: 50 },
        coverage: { kind: 'return_shipping_insurance', payer: 'insurer' },
        priorReturns: 2,
        jurisdiction: 'DE',
      }),
    );
    expect(facts).toEqual({
      reason: 'missing_parts',
      resolution: 'repair',
      channel: 'off_premises',
      jurisdiction: 'DE',
      qualityDefect: true,
      wrongItem: true,
      notAsDescribed: true,
      damagedInTransit: true,
      missingParts: true,
      itemTags: ['bulky', 'final_sale'],
      itemCondition: 'opened',
      itemCategory: 'furniture',
      confirmedNonReturnable: true,
      daysSinceDelivery: 4,
      deliveredLate: true,
      withinQualityGuarantee: true,
      sellerFreeReturns: true,
      sellerDisclosedReturnCosts: true,
      sellerDisclosedWithdrawalRight: true,
      freeShipping: 'threshold',
      thresholdStillMet: true,
      hasNegotiatedSplit: true,
      hasCoverage: true,
      coverageKind: 'return_shipping_insurance',
      priorReturns: 2,
      returnShippingAmount: 4321,
      labelSource: 'merchant',
      quantity: 3,
      hasItemPrice: true,
    });
  });

  it.each([
    ['delivered the day after the promised date', '2026-03-02', '2026-03-01', true],
    ['delivered on the promised date', '2026-03-01', '2026-03-01', false],
    ['delivered before the promised date', '2026-02-27', '2026-03-01', false],
    ['delivered at 23:30 in Shanghai on the promised day (15:30 UTC)', '2026-03-01T15:30:00Z', '2026-03-01', false],
    ['delivered at 00:30 in Shanghai the day after (16:30 UTC)', '2026-03-01T16:30:00Z', '2026-03-01', true],
  ])('deliveredLate: %s', (_label, deliveredAt, promisedBy, late) => {
    const facts = factsOf(baseCase({ timeZone: 'Asia/Shanghai', dates: { deliveredAt, requestedAt: '2026-03-05', promisedBy } }));
    expect(facts.deliveredLate).toBe(late);
  });

  it.each([
    ['no quality-guarantee period given', undefined, '2028-06-01', false],
    ['requested on the last day of the guarantee', '2028-06-01', '2028-06-01T23:59', true],
    ['requested the day after the guarantee ended', '2028-06-01', '2028-06-02', false],
    ['the guarantee day counts in the case zone (16:30 UTC is the next day in Shanghai)', '2028-06-01', '2028-06-01T16:30:00Z', false],
  ])('withinQualityGuarantee: %s', (_label, qualityGuaranteeEndsAt, requestedAt, within) => {
    const dates = { deliveredAt: '2026-03-01', requestedAt, ...(qualityGuaranteeEndsAt === undefined ? {} : { qualityGuaranteeEndsAt }) };
    expect(factsOf(baseCase({ timeZone: 'Asia/Shanghai', dates })).withinQualityGuarantee).toBe(within);
  });

  it('adds one window.<name> fact per declared window', () => {
    const facts = factsOf(baseCase(), { short: { days: 3 }, long: { days: 30 } });
    expect(facts['window.short']).toBe(false);
    expect(facts['window.long']).toBe(true);
  });

  it('gives rules their own copy of the item tags', () => {
    const returnCase = parseReturnCase(baseCase({ item: { tags: ['bulky'] } }));
    const facts = toFacts(returnCase, {}, weekendCalendar);
    facts.itemTags.push('changed');
    expect(returnCase.item?.tags).toEqual(['bulky']);
  });
});
