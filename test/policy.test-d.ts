/** Public types of the checkout features: what compiles and what must not. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  describePolicy,
  policyToHtml,
  quoteReturnCosts,
  toMerchantReturnPolicy,
  type Evaluator,
  type MerchantReturnPolicy,
  type Money,
  type PolicyDocument,
  type PolicySectionKind,
  type ReturnDraft,
  type ReturnQuote,
  type RuleSet,
  type SupportedLocale,
} from '../src/index.js';
import * as policyEntry from '../src/policy.js';

declare const ruleSet: RuleSet;
declare const evaluator: Evaluator;
const usd = { amount: 690, currency: 'USD' };

describe('checkout types', () => {
  it('describes a policy into a document the renderers take', () => {
    expectTypeOf(describePolicy(ruleSet, { locale: 'zh-CN' })).toEqualTypeOf<PolicyDocument>();
    expectTypeOf<PolicyDocument['locale']>().toEqualTypeOf<SupportedLocale>();
    expectTypeOf<PolicyDocument['sections'][number]['kind']>().toEqualTypeOf<PolicySectionKind>();
    expectTypeOf(policyToHtml).parameter(0).toEqualTypeOf<PolicyDocument>();
    expectTypeOf(policyEntry.describePolicy).toEqualTypeOf(describePolicy);
  });

  it('quotes a draft, which has no reason or dates', () => {
    expectTypeOf(quoteReturnCosts(evaluator, { costs: { returnShipping: usd } })).toEqualTypeOf<ReturnQuote[]>();
    expectTypeOf<ReturnQuote['buyerPays']>().toEqualTypeOf<Money | undefined>();
    // @ts-expect-error a draft has no reason
    const withReason: ReturnDraft = { costs: { returnShipping: usd }, reason: 'changed_mind' };
    // @ts-expect-error a draft has no item condition
    const withCondition: ReturnDraft = { costs: { returnShipping: usd }, item: { condition: 'used' } };
    // @ts-expect-error a draft needs costs
    const withoutCosts: ReturnDraft = {};
    void [withReason, withCondition, withoutCosts];
  });

  it('derives schema.org JSON-LD', () => {
    expectTypeOf(toMerchantReturnPolicy(ruleSet, { applicableCountry: ['DE', 'AT'] })).toEqualTypeOf<MerchantReturnPolicy>();
    expectTypeOf<MerchantReturnPolicy['@type']>().toEqualTypeOf<'MerchantReturnPolicy'>();
    // @ts-expect-error the return-shipping cost is options.returnShipping, not part of the draft
    void toMerchantReturnPolicy(ruleSet, { draft: { costs: { returnShipping: usd } } });
  });
});
