/**
 * Shared helpers for the table-driven statutory rule-set tests: cases as a base plus overrides, and
 * decisions reduced to what the tables compare.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createEvaluator, type Evaluator } from '../src/decide/evaluator.js';
import type { Calendar } from '../src/facts/windows.js';
import type { Decision } from '../src/index.js';
import type { Party } from '../src/money/money.js';
import type { RuleSet } from '../src/rule-set/load.js';
import type { Json } from './helpers.js';

/** What a table row expects the parties to pay in total (minor units), or a refusal. */
export type Expected = Partial<Record<Party, number>> | 'not_returnable';

const isPlainObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `overrides` merged in: nested objects merge, everything else (arrays too) replaces. */
export function merge(base: Json, overrides: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return out;
}

/** The decision as a table row expects it: party totals in minor units, or `'not_returnable'`. */
export function outcomeOf(decision: Decision): Expected {
  if (decision.outcome === 'not_returnable') return 'not_returnable';
  return Object.fromEntries(Object.entries(decision.totals).map(([party, money]) => [party, money.amount]));
}

/** Checks the texts of a decision: filled in (no placeholder left), with the rule's citation as basis. */
export function expectCompleteText(decision: Decision): void {
  expect(decision.text.summary).not.toBe('');
  expect(decision.text.summary).not.toMatch(/[{}]/);
  if (decision.rule.citation !== undefined) expect(decision.text.details.at(-1)).toContain(decision.rule.citation);
}

/** A table row: the situation, the case overrides, the rule that must decide, what each party pays, an optional calendar. */
export type Row = [label: string, overrides: Json, rule: string, expected: Expected, calendar?: Calendar];

/**
 * The table tests of a statutory rule set: each row decided in every locale the set declares (the
 * winning rule, what each party pays, that locale's citation, texts filled in), then a check that the
 * rows reach every rule.
 */
export function statuteTable(ruleSet: RuleSet, rows: readonly Row[], caseFor: (overrides: Json) => Json, citations: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  const evaluators = new Map<Calendar | undefined, Evaluator>();
  const evaluatorFor = (calendar: Calendar | undefined): Evaluator => {
    let evaluator = evaluators.get(calendar);
    if (evaluator === undefined) {
      evaluator = createEvaluator(ruleSet, calendar === undefined ? {} : { calendar });
      evaluators.set(calendar, evaluator);
    }
    return evaluator;
  };

  it.each(rows)('%s', async (_label, overrides, rule, expected, calendar) => {
    const evaluator = evaluatorFor(calendar);
    const input = caseFor(overrides);
    const decision = evaluator.decide(input);
    expect([decision.rule.name, outcomeOf(decision)]).toEqual([rule, expected]);
    expect(decision.text.locale).toBe(ruleSet.defaultLocale);
    expect(decision.rule.citation).toBe(citations[rule]?.[ruleSet.defaultLocale]);
    expectCompleteText(decision);
    // Every declared locale: the same rule and money, that locale's citation, texts filled in.
    for (const locale of ruleSet.locales) {
      const localized = evaluator.decide(input, { locale });
      expect(localized.text.locale).toBe(locale);
      expect([localized.rule.name, outcomeOf(localized)]).toEqual([rule, expected]);
      expect(localized.rule.citation).toBe(citations[rule]?.[locale]);
      expectCompleteText(localized);
    }
  });

  it('reaches every rule from the table', async () => {
    const reached = new Set<string>();
    for (const [, overrides, , , calendar] of rows) reached.add((evaluatorFor(calendar).decide(caseFor(overrides))).rule.name);
    expect(unreached(ruleSet, reached)).toEqual([]);
  });
}

/** Every rule of `ruleSet` must appear among `reached`; returns the rules that do not. */
export function unreached(ruleSet: RuleSet, reached: ReadonlySet<string>): string[] {
  return ruleSet.rules.map((rule) => rule.name).filter((name) => !reached.has(name));
}

/**
 * Arbitrary return cases spanning every fact the statutory rule sets test, for property tests:
 * every combination must be decided (no rule-set gap, no conflict) with exact money.
 */
export function arbitraryCase(currency: string, timeZone: string): fc.Arbitrary<Json> {
  const money = fc.integer({ min: 0, max: 50_000 }).map((amount) => ({ amount, currency }));
  return fc
    .record({
      reason: fc.constantFrom('quality_defect', 'wrong_item', 'changed_mind', 'does_not_fit', 'damaged_in_transit', 'other'),
      channel: fc.constantFrom('distance', 'off_premises', 'in_store'),
      resolution: fc.constantFrom('refund', 'exchange', 'repair'),
      findings: fc.record({ qualityDefect: fc.boolean(), wrongItem: fc.boolean(), notAsDescribed: fc.boolean(), damagedInTransit: fc.boolean(), missingParts: fc.boolean() }, { requiredKeys: [] }),
      tags: fc.subarray(['custom_made', 'perishable', 'digital_unsealed', 'newspaper', 'hygiene_seal_broken', 'media_seal_broken', 'bulky', 'final_sale', 'unsuitable_by_nature']),
      condition: fc.option(fc.constantFrom('intact', 'opened', 'used', 'damaged_by_buyer'), { nil: undefined }),
      confirmedNonReturnable: fc.boolean(),
      seller: fc.record(
        {
          freeReturns: fc.boolean(),
          disclosedReturnCosts: fc.boolean(),
          disclosedWithdrawalRight: fc.boolean(),
          freeShipping: fc.constantFrom('none', 'unconditional', 'threshold'),
          thresholdStillMet: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      returnShipping: money,
      outboundShipping: fc.option(money, { nil: undefined }),
      standardOutboundShipping: fc.option(money, { nil: undefined }),
      replacementShipping: fc.option(money, { nil: undefined }),
      coverage: fc.option(
        fc.record({
          kind: fc.constantFrom('return_shipping_insurance', 'return_guarantee'),
          payer: fc.constantFrom('insurer', 'platform'),
          limit: fc.option(money, { nil: undefined }),
        }),
        { nil: undefined },
      ),
      sellerPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      daysAfter: fc.integer({ min: 0, max: 800 }),
    })
    .map((c) => {
      const requested = new Date(Date.UTC(2026, 2, 2 + c.daysAfter)).toISOString().slice(0, 10);
      const drop = <T extends Json>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
      // thresholdStillMet is only valid with threshold free shipping.
      const seller = c.seller.freeShipping === 'threshold' ? c.seller : drop({ ...c.seller, thresholdStillMet: undefined });
      return drop({
        reason: c.reason,
        channel: c.channel,
        resolution: c.resolution,
        findings: c.findings,
        item: drop({ tags: c.tags, condition: c.condition, confirmedNonReturnable: c.confirmedNonReturnable }),
        seller,
        costs: drop({ returnShipping: c.returnShipping, outboundShipping: c.outboundShipping, standardOutboundShipping: c.standardOutboundShipping, replacementShipping: c.replacementShipping }),
        dates: { deliveredAt: '2026-03-02', requestedAt: requested },
        timeZone,
        coverage: c.coverage === undefined ? undefined : drop(c.coverage),
        negotiatedSplit: c.sellerPercent === undefined ? undefined : { sellerPercent: c.sellerPercent },
      });
    });
}
