/**
 * Parcels decided through upstream json-rules-engine (the reference entry) and through the compiled
 * rules give identical decisions: every item matched by the engine, everything after matching shared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/index.js';
import { createReferenceEvaluator } from '../src/json-rules-engine.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../src/rules.js';

const REASONS = ['quality_defect', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'missing_parts', 'late_delivery', 'changed_mind', 'does_not_fit', 'other'] as const;
const usd = (amount: number) => ({ amount, currency: 'USD' });

const item = fc.record(
  {
    reason: fc.constantFrom(...REASONS),
    findings: fc.record({ qualityDefect: fc.boolean(), wrongItem: fc.boolean(), damagedInTransit: fc.boolean() }, { requiredKeys: [] }),
    item: fc.record(
      {
        price: fc.integer({ min: 0, max: 50_000 }).map(usd),
        quantity: fc.integer({ min: 1, max: 4 }),
        tags: fc.subarray(['custom_made', 'perishable', 'bulky', 'hygiene_seal_broken']),
        condition: fc.constantFrom('intact', 'opened', 'used'),
      },
      { requiredKeys: [] },
    ),
    resolution: fc.constantFrom('refund', 'exchange', 'repair'),
  },
  { requiredKeys: ['reason'] },
);

const parcel = fc
  .record({
    items: fc.array(item, { minLength: 1, maxLength: 4 }),
    label: fc.integer({ min: 0, max: 5_000 }),
    outbound: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
    days: fc.integer({ min: 0, max: 40 }),
    seller: fc.record({ freeReturns: fc.boolean(), disclosedReturnCosts: fc.boolean(), disclosedWithdrawalRight: fc.boolean() }, { requiredKeys: [] }),
    split: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    coverage: fc.option(fc.record({ limit: fc.integer({ min: 0, max: 3_000 }), firstReturnOnly: fc.boolean() }), { nil: undefined }),
    priorReturns: fc.integer({ min: 0, max: 2 }),
  })
  .map((p) => ({
    costs: { returnShipping: usd(p.label), ...(p.outbound === undefined ? {} : { outboundShipping: usd(p.outbound) }) },
    dates: { deliveredAt: '2026-03-02', requestedAt: `2026-${p.days < 29 ? '03' : '04'}-${String(p.days < 29 ? 2 + p.days : p.days - 28).padStart(2, '0')}` },
    seller: p.seller,
    ...(p.split === undefined ? {} : { negotiatedSplit: { sellerPercent: p.split } }),
    ...(p.coverage === undefined ? {} : { coverage: { kind: 'return_guarantee', payer: 'platform', limit: usd(p.coverage.limit), firstReturnOnly: p.coverage.firstReturnOnly } }),
    priorReturns: p.priorReturns,
    items: p.items.map((it, index) => ({ id: `item-${String.fromCharCode(100 - index)}`, ...it })),
  }));

describe.each([
  ['marketplace-standard', marketplaceStandard],
  ['cn-consumer-law', cnConsumerLaw],
  ['eu-consumer-rights', euConsumerRights],
])('%s: parcels through json-rules-engine', (_name, ruleSet) => {
  const compiled = createEvaluator(ruleSet, { floor: ruleSet === marketplaceStandard ? cnConsumerLaw : [] });
  const reference = createReferenceEvaluator(ruleSet, { floor: ruleSet === marketplaceStandard ? cnConsumerLaw : [] });

  it('decides 300 random parcels exactly as the compiled evaluator, in both locales and without explanation', async () => {
    await fc.assert(
      fc.asyncProperty(parcel, fc.constantFrom('en', 'zh-CN'), fc.boolean(), async (input, locale, explain) => {
        const expected = compiled.safeDecideParcel(input, { locale, explain });
        let actual: unknown;
        try {
          actual = { ok: true, decision: await reference.decideParcel(input, { locale, explain }) };
        } catch (error) {
          actual = { ok: false, error };
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  }, 60_000);
});
