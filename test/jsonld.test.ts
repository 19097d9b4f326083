/**
 * toMerchantReturnPolicy: schema.org MerchantReturnPolicy derived by deciding representative
 * returns, so that what search engines show is what the rule set enforces.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/decide/evaluator.js';
import { ReturnCaseError } from '../src/errors.js';
import { toMerchantReturnPolicy } from '../src/storefront/jsonld.js';
import { quoteReturnCosts } from '../src/storefront/quote.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard } from '../src/rules.js';
import { alwaysRule, liabilityParams, pathsAndCodes, failure, ruleSetDocument, usd, type Json, fact, notReturnableRule } from './helpers.js';

const S = 'https://schema.org/';
const OWN_REASONS = ['changed_mind', 'does_not_fit', 'other'];
const sellerFault = {
  name: 'fault',
  priority: 100,
  conditions: { all: [fact('qualityDefect', 'equal', true)] },
  event: { type: 'liability', params: liabilityParams({ code: 'seller_fault', shares: { seller: 100 } }) },
};

describe('toMerchantReturnPolicy on the marketplace standard', () => {
  it('states a 15-day window, buyer-paid remorse returns with their amount, and free defect returns', async () => {
    const policy = toMerchantReturnPolicy(marketplaceStandard, {
      applicableCountry: 'US',
      returnShipping: usd(690),
      merchantReturnLink: 'https://shop.example/returns',
    });
    expect(policy).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MerchantReturnPolicy',
      applicableCountry: 'US',
      returnPolicyCategory: `${S}MerchantReturnFiniteReturnWindow`,
      merchantReturnDays: 15,
      returnMethod: `${S}ReturnByMail`,
      returnFees: `${S}ReturnShippingFees`,
      returnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 6.9, currency: 'USD' },
      customerRemorseReturnFees: `${S}ReturnShippingFees`,
      customerRemorseReturnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 6.9, currency: 'USD' },
      itemDefectReturnFees: `${S}FreeReturn`,
      merchantReturnLink: 'https://shop.example/returns',
    });
  });

  it('agrees with the checkout quote for the same purchase', async () => {
    const seller = { freeReturns: false };
    const policy = toMerchantReturnPolicy(marketplaceStandard, { returnShipping: usd(450), draft: { seller } });
    const [remorse] = quoteReturnCosts(createEvaluator(marketplaceStandard), { costs: { returnShipping: usd(450) }, seller }, { reasons: ['changed_mind'] });
    expect(policy.customerRemorseReturnShippingFeesAmount?.value).toBe((remorse?.buyerPays?.amount ?? Number.NaN) / 100);
    expect(policy.merchantReturnDays).toBe(remorse?.within?.days);
  });

  it('states only the fee category when the return-shipping cost is not known', async () => {
    const policy = toMerchantReturnPolicy(marketplaceStandard, { applicableCountry: ['US', 'CA'] });
    expect(policy).toMatchObject({ applicableCountry: ['US', 'CA'], returnFees: `${S}ReturnFeesCustomerResponsibility`, customerRemorseReturnFees: `${S}ReturnFeesCustomerResponsibility` });
    expect(policy).not.toHaveProperty('returnShippingFeesAmount');
    expect(policy).not.toHaveProperty('customerRemorseReturnShippingFeesAmount');
  });

  it('states free returns when the seller promises them', async () => {
    const policy = toMerchantReturnPolicy(marketplaceStandard, { returnShipping: usd(690), draft: { seller: { freeReturns: true } } });
    expect([policy.returnFees, policy.customerRemorseReturnFees, policy.itemDefectReturnFees]).toEqual([`${S}FreeReturn`, `${S}FreeReturn`, `${S}FreeReturn`]);
    expect(policy).not.toHaveProperty('applicableCountry');
  });
});

describe('toMerchantReturnPolicy categories', () => {
  it('is an unlimited window when no window limits a change of mind', async () => {
    const timeless = loadRuleSet(ruleSetDocument({ rules: [sellerFault, alwaysRule('own-reasons', 1)] }));
    const policy = toMerchantReturnPolicy(timeless, { returnShipping: usd(500) });
    expect(policy.returnPolicyCategory).toBe(`${S}MerchantReturnUnlimitedWindow`);
    expect(policy).not.toHaveProperty('merchantReturnDays');
  });

  it('counts a window with months in days from delivery', async () => {
    const long = loadRuleSet(
      ruleSetDocument({
        windows: { extended: { days: 14, months: 12 } },
        rules: [notReturnableRule('too-late', 10, { all: [fact('window.extended', 'equal', false)] }), alwaysRule('own-reasons', 1)],
      }),
    );
    expect((toMerchantReturnPolicy(long)).merchantReturnDays).toBe(379);
  });

  it('takes the window from defect returns when a change of mind cannot be returned', async () => {
    const faultsOnly = loadRuleSet(
      ruleSetDocument({
        windows: { guarantee: { months: 24 } },
        rules: [
          notReturnableRule('no-remorse', 300, { all: [fact('reason', 'in', OWN_REASONS)] }),
          notReturnableRule('past-guarantee', 300, { all: [fact('qualityDefect', 'equal', true), fact('window.guarantee', 'equal', false)] }),
          sellerFault,
          alwaysRule('other', 1),
        ],
      }),
    );
    const policy = toMerchantReturnPolicy(faultsOnly, { returnShipping: usd(500) });
    expect(policy).toMatchObject({ returnPolicyCategory: `${S}MerchantReturnFiniteReturnWindow`, merchantReturnDays: 730, returnFees: `${S}FreeReturn`, itemDefectReturnFees: `${S}FreeReturn` });
    expect(policy).not.toHaveProperty('customerRemorseReturnFees');
  });

  it('is not permitted when nothing can be returned', async () => {
    const never = loadRuleSet(ruleSetDocument({ rules: [notReturnableRule('final-sale', 1, { all: [fact('returnShippingAmount', 'greaterThanInclusive', 0)] })] }));
    expect(toMerchantReturnPolicy(never, { applicableCountry: 'DE', returnShipping: usd(500) })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MerchantReturnPolicy',
      applicableCountry: 'DE',
      returnPolicyCategory: `${S}MerchantReturnNotPermitted`,
    });
  });

  it('decides for the one applicable country unless the draft names a jurisdiction', async () => {
    const germanFreeReturns = loadRuleSet(
      ruleSetDocument({
        rules: [
          { name: 'de-free', priority: 10, conditions: { all: [fact('jurisdiction', 'equal', 'DE')] }, event: { type: 'liability', params: liabilityParams({ shares: { seller: 100 } }) } },
          alwaysRule('own-reasons', 1),
        ],
      }),
    );
    const fees = async (options: Parameters<typeof toMerchantReturnPolicy>[1]) => (toMerchantReturnPolicy(germanFreeReturns, options)).customerRemorseReturnFees;
    expect(await fees({ applicableCountry: 'DE' })).toBe(`${S}FreeReturn`);
    expect(await fees({ applicableCountry: ['DE'] })).toBe(`${S}FreeReturn`);
    expect(await fees({ applicableCountry: ['DE', 'AT'] })).toBe(`${S}ReturnFeesCustomerResponsibility`);
    expect(await fees({ applicableCountry: 'DE', draft: { jurisdiction: 'AT' } })).toBe(`${S}ReturnFeesCustomerResponsibility`);
  });
});

describe('toMerchantReturnPolicy input', () => {
  it.each([
    [{ applicableCountry: 'de' }, 'options.applicableCountry is "de"; expected an ISO 3166-1 alpha-2 code such as "DE"'],
    [{ applicableCountry: ['DE', 'DEU'] }, 'options.applicableCountry[1] is "DEU"; expected an ISO 3166-1 alpha-2 code such as "DE"'],
    [{ applicableCountry: [] }, 'options.applicableCountry must be an ISO 3166-1 alpha-2 code such as "DE", or a non-empty array of them'],
    [{ merchantReturnLink: '/returns' }, 'options.merchantReturnLink must be an absolute http(s) URL, got "/returns"'],
    [{ merchantReturnLink: 'javascript:alert(1)' }, 'options.merchantReturnLink must be an absolute http(s) URL, got "javascript:alert(1)"'],
    [{ draft: { costs: {} } }, 'options.draft.costs is not used: give the return-shipping cost as options.returnShipping'],
    [{ draft: 'x' }, 'options.draft must be an object'],
    [{ evaluator: { calendar: {} } }, 'options.calendar must be an object with an isNonWorkingDay(date: string): boolean method'],
  ])('refuses %j', async (options, message) => {
    const error = failure(() => toMerchantReturnPolicy(marketplaceStandard, options as never));
    expect([error.code, error.message]).toEqual(['invalid_option', message]);
  });

  it('reports draft problems at their place in the options', async () => {
    const error = failure(() => toMerchantReturnPolicy(marketplaceStandard, { returnShipping: { amount: 6.9, currency: 'USD' }, draft: { seller: { free: true } } as never }));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect(pathsAndCodes((error as ReturnCaseError).issues)).toEqual([
      [['returnShipping', 'amount'], 'invalid_type'],
      [['draft', 'seller'], 'unrecognized_keys'],
    ]);
  });
});
