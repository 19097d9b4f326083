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
import { euConsumerRights, marketplaceStandard } from '../src/rules.js';
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

describe('toMerchantReturnPolicy restocking fee and label source', () => {
  const restocking = loadRuleSet(
    ruleSetDocument({ rules: [sellerFault, alwaysRule('own-reasons', 1, { fees: { restocking: { percent: 15, max: { USD: 1000 } } } })] }),
  );

  it('states the change-of-mind rule’s restocking fee as a percentage (a Number) when the price is not known', () => {
    const policy = toMerchantReturnPolicy(restocking, { returnShipping: usd(500) });
    expect(policy.restockingFee).toBe(15);
    expect(JSON.parse(JSON.stringify(policy))).toMatchObject({ restockingFee: 15, customerRemorseReturnFees: `${S}ReturnShippingFees`, itemDefectReturnFees: `${S}FreeReturn` });
  });

  it('states the fee for the item as a MonetaryAmount when the draft gives its price, up to the rule’s maximum', () => {
    expect(toMerchantReturnPolicy(restocking, { draft: { item: { price: usd(2400) } } }).restockingFee).toEqual({ '@type': 'MonetaryAmount', value: 3.6, currency: 'USD' });
    expect(toMerchantReturnPolicy(restocking, { draft: { item: { price: usd(2400), quantity: 2 } } }).restockingFee).toEqual({ '@type': 'MonetaryAmount', value: 7.2, currency: 'USD' });
    expect(toMerchantReturnPolicy(restocking, { draft: { item: { price: usd(20000) } } }).restockingFee).toEqual({ '@type': 'MonetaryAmount', value: 10, currency: 'USD' });
  });

  it('decides with a notional label in the item’s currency when the return-shipping cost is not known', () => {
    const euro = loadRuleSet(ruleSetDocument({ rules: [sellerFault, alwaysRule('own-reasons', 1, { fees: { restocking: { percent: 15, max: { EUR: 1000 } } } })] }));
    expect(toMerchantReturnPolicy(euro, { draft: { item: { price: { amount: 2400, currency: 'EUR' } } } })).toMatchObject({
      customerRemorseReturnFees: `${S}ReturnFeesCustomerResponsibility`,
      restockingFee: { '@type': 'MonetaryAmount', value: 3.6, currency: 'EUR' },
    });
  });

  it('states no restocking fee when the rule charges none, on an exchange, or when a change of mind cannot be returned', () => {
    expect(toMerchantReturnPolicy(marketplaceStandard, { draft: { item: { price: usd(2400) } } })).not.toHaveProperty('restockingFee');
    expect(toMerchantReturnPolicy(restocking, { draft: { resolution: 'exchange' } })).not.toHaveProperty('restockingFee');
    expect(toMerchantReturnPolicy(restocking, { draft: { resolution: 'exchange', item: { price: usd(2400) } } })).not.toHaveProperty('restockingFee');
    const feeOnlyOnFaults = loadRuleSet(
      ruleSetDocument({
        rules: [
          notReturnableRule('no-remorse', 300, { all: [fact('reason', 'in', OWN_REASONS)] }),
          { ...sellerFault, event: { type: 'liability', params: liabilityParams({ code: 'seller_fault', shares: { seller: 100 }, fees: { restocking: { percent: 5 } } }) } },
          alwaysRule('other', 1),
        ],
      }),
    );
    expect(toMerchantReturnPolicy(feeOnlyOnFaults)).not.toHaveProperty('restockingFee');
  });

  it('takes the fee from the statutory floor when the floor decides the change of mind', () => {
    const floor = loadRuleSet(
      ruleSetDocument({ id: 'statute', rules: [alwaysRule('withdrawal', 1, { shares: { seller: 100 }, fees: { restocking: { percent: 5 } } })] }),
    );
    const policy = toMerchantReturnPolicy(marketplaceStandard, { returnShipping: usd(690), evaluator: { floor } });
    expect(policy).toMatchObject({ customerRemorseReturnFees: `${S}FreeReturn`, restockingFee: 5 });
  });

  it.each([
    ['buyer', `${S}ReturnLabelCustomerResponsibility`],
    ['merchant', `${S}ReturnLabelDownloadAndPrint`],
    ['platform', `${S}ReturnLabelDownloadAndPrint`],
  ] as const)('states returnLabelSource for a %s label', (labelSource, expected) => {
    expect(toMerchantReturnPolicy(marketplaceStandard, { draft: { labelSource } }).returnLabelSource).toBe(expected);
  });

  it('states no label source when the draft does not say, or nothing can be returned', () => {
    expect(toMerchantReturnPolicy(marketplaceStandard)).not.toHaveProperty('returnLabelSource');
    const never = loadRuleSet(ruleSetDocument({ rules: [notReturnableRule('final-sale', 1, { all: [fact('returnShippingAmount', 'greaterThanInclusive', 0)] })] }));
    expect(toMerchantReturnPolicy(never, { draft: { labelSource: 'merchant' } })).not.toHaveProperty('returnLabelSource');
  });

  it('reports an unknown label source at its place in the draft', () => {
    const error = failure(() => toMerchantReturnPolicy(marketplaceStandard, { draft: { labelSource: 'courier' } as never }));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect(pathsAndCodes((error as ReturnCaseError).issues)).toEqual([[['draft', 'labelSource'], expect.any(String)]]);
  });
});

describe('toMerchantReturnPolicy draft: what the merchant disclosed', () => {
  it('publishes, without a draft, the EU policy of a trader that disclosed nothing: free returns for 12 months and 14 days', () => {
    expect(toMerchantReturnPolicy(euConsumerRights, { applicableCountry: 'DE' })).toMatchObject({
      merchantReturnDays: 379,
      customerRemorseReturnFees: `${S}FreeReturn`,
    });
  });

  it('publishes the 14-day withdrawal at the buyer’s cost for a trader that disclosed the right and the costs', () => {
    const disclosed = { seller: { disclosedReturnCosts: true, disclosedWithdrawalRight: true } };
    expect(toMerchantReturnPolicy(euConsumerRights, { applicableCountry: 'DE', returnShipping: { amount: 590, currency: 'EUR' }, draft: disclosed })).toMatchObject({
      merchantReturnDays: 14,
      customerRemorseReturnFees: `${S}ReturnShippingFees`,
      customerRemorseReturnShippingFeesAmount: { '@type': 'MonetaryAmount', value: 5.9, currency: 'EUR' },
      itemDefectReturnFees: `${S}FreeReturn`,
    });
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
