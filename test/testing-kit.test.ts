import { describe, expect, it } from 'vitest';
import standardJson from '../rules/marketplace-standard.json' with { type: 'json' };
import { toFacts } from '../src/facts/read.js';
import { weekendCalendar } from '../src/facts/windows.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import type { Decision } from '../src/index.js';
import { ReturnCaseError } from '../src/errors.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard } from '../src/rules.js';
import { aReturnCase, diffDecisions, expectOutcome, expectTotals, snapshotDecisions, type DecisionSnapshot } from '../src/testing.js';
import { deepMerge } from '../src/testing/case.js';

const evaluator = createEvaluator(marketplaceStandard);

/** Runs `fn` and returns the error it threw; fails when it does not throw. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  return expect.unreachable('expected the call to throw');
}

/** The standard rule set's document with `edit` applied to a copy. */
function editedStandard(edit: (doc: typeof standardJson) => void) {
  const doc = structuredClone(standardJson);
  edit(doc);
  return loadRuleSet(doc);
}

describe('aReturnCase', () => {
  it('builds a valid changed-mind case: USD 10.00 return shipping, requested three days after delivery', async () => {
    const returnCase = aReturnCase();
    expect(returnCase).toMatchObject({ reason: 'changed_mind', costs: { returnShipping: { amount: 1000, currency: 'USD' } } });
    expect(toFacts(returnCase, {}, weekendCalendar).daysSinceDelivery).toBe(3);
    const decision = evaluator.decide(returnCase);
    expect(decision.code).toBe('buyer_reasons');
  });

  it('deep-merges overrides, keeping the defaults beside them', () => {
    const returnCase = aReturnCase({
      costs: { outboundShipping: { amount: 499, currency: 'USD' } },
      dates: { requestedAt: '2026-03-30T10:00:00Z' },
    });
    expect(returnCase.costs).toEqual({ returnShipping: { amount: 1000, currency: 'USD' }, outboundShipping: { amount: 499, currency: 'USD' } });
    expect(returnCase.dates).toEqual({ deliveredAt: '2026-03-02T10:00:00Z', requestedAt: '2026-03-30T10:00:00Z' });
  });

  it('replaces arrays instead of merging them', () => {
    expect(deepMerge({ item: { tags: ['bulky', 'final_sale'], category: 'tv' } }, { item: { tags: ['perishable'] } })).toEqual({
      item: { tags: ['perishable'], category: 'tv' },
    });
    expect(aReturnCase({ item: { tags: ['bulky'] } }).item?.tags).toEqual(['bulky']);
  });

  it('removes a key whose override is undefined, so a test can build an invalid case on purpose', () => {
    const error = thrown(() => aReturnCase({ reason: undefined }));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect((error as ReturnCaseError).issues.map((issue) => issue.path)).toEqual([['reason']]);
  });

  it('validates the result: an override that makes the case invalid throws the library’s ReturnCaseError', () => {
    const error = thrown(() => aReturnCase({ costs: { outboundShipping: { amount: 100, currency: 'EUR' } } }));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect((error as ReturnCaseError).issues).toEqual([
      expect.objectContaining({ path: ['costs', 'outboundShipping', 'currency'], code: 'mixed_currencies' }),
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid return case (1 issue):
        - costs.outboundShipping.currency: currency EUR differs from costs.returnShipping (USD); all money in one case shares one currency"
    `);
  });

  it('keeps a __proto__ key of an override as an ordinary key, which is then refused', () => {
    const overrides = JSON.parse('{"item":{"__proto__":{"polluted":true}}}') as object;
    const error = thrown(() => aReturnCase(overrides));
    expect((error as ReturnCaseError).issues).toEqual([expect.objectContaining({ path: ['item', '__proto__'], code: 'forbidden_key' })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('returns a new case each time', () => {
    const first = aReturnCase();
    (first.costs.returnShipping as { amount: number }).amount = 1;
    expect(aReturnCase().costs.returnShipping.amount).toBe(1000);
  });

  it('refuses overrides that are not an object', () => {
    expect(thrown(() => aReturnCase(null as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => aReturnCase([] as never)).message).toMatch(/overrides must be a plain object/);
  });
});

describe('expectTotals', () => {
  it('passes when every party pays what was expected, and parties not named pay nothing', async () => {
    const decision = evaluator.decide(aReturnCase());
    expect(() => expectTotals(decision, { buyer: 1000 })).not.toThrow();
    expect(() => expectTotals(decision, { buyer: 1000, seller: 0 })).not.toThrow();
  });

  it('fails with a message listing what each party was expected to pay and what it pays', async () => {
    const decision = evaluator.decide(aReturnCase({ id: 'order-1', reason: 'quality_defect', costs: { outboundShipping: { amount: 500, currency: 'USD' } } }));
    const error = thrown(() => expectTotals(decision, { buyer: 1000 }));
    expect(error.name).toBe('AssertionError');
    expect(error.message).toMatchInlineSnapshot(`
      "Totals differ for case "order-1" (rule "seller-fault", code seller_fault):
        ✗ seller: expected 0 (USD 0.00), pays 1500 (USD 15.00)
        ✗ buyer: expected 1000 (USD 10.00), pays 0 (USD 0.00)"
    `);
  });

  it('fails when a party that was not named pays something', async () => {
    const decision = evaluator.decide(aReturnCase());
    expect(thrown(() => expectTotals(decision, {})).message).toContain('✗ buyer: expected 0 (USD 0.00), pays 1000 (USD 10.00)');
  });

  it('says so when the case is not returnable', async () => {
    const decision = evaluator.decide(aReturnCase({ dates: { requestedAt: '2026-04-30T10:00:00Z' } }));
    expect(thrown(() => expectTotals(decision, { buyer: 1000 })).message).toMatchInlineSnapshot(`
      "Totals differ for the case (rule "past-dispute-window", code past_dispute_window):
        ✗ buyer: expected 1000, pays 0
        The decision is not_returnable, so nobody pays anything."
    `);
    expect(() => expectTotals(decision, {})).not.toThrow();
  });

  it('refuses unknown parties, amounts that are not minor units, and things that are not decisions', async () => {
    const decision = evaluator.decide(aReturnCase());
    expect(thrown(() => expectTotals(decision, { shopper: 1000 } as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => expectTotals(decision, { buyer: 10.5 })).message).toMatch(/non-negative integer minor units, got 10.5/);
    expect(thrown(() => expectTotals(decision, { buyer: -1 })).message).toMatch(/got -1/);
    expect(thrown(() => expectTotals(Promise.resolve(evaluator.decide(aReturnCase())) as never, { buyer: 1000 })).message).toMatch(/got a Promise; pass the decision itself/);
    const safe = evaluator.safeDecide(aReturnCase());
    expect(thrown(() => expectTotals(safe as never, { buyer: 1000 })).message).toMatch(/pass its \.decision/);
  });
});

describe('expectOutcome', () => {
  it('passes on the outcome alone or with the winning code and rule', async () => {
    const decision = evaluator.decide(aReturnCase({ reason: 'wrong_item' }));
    expect(() => expectOutcome(decision, 'allocated')).not.toThrow();
    expect(() => expectOutcome(decision, { outcome: 'allocated', code: 'seller_fault', rule: 'seller-fault' })).not.toThrow();
    expect(() => expectOutcome(decision, { code: 'seller_fault' })).not.toThrow();
  });

  it('fails with a message naming each wrong field and the decision summary', async () => {
    const decision = evaluator.decide(aReturnCase({ id: 'late', dates: { requestedAt: '2026-04-30T10:00:00Z' } }));
    const error = thrown(() => expectOutcome(decision, { outcome: 'allocated', code: 'buyer_reasons' }));
    expect(error.name).toBe('AssertionError');
    expect(error.message).toMatchInlineSnapshot(`
      "Unexpected decision for case "late" (rule "past-dispute-window", code past_dispute_window):
        outcome: expected "allocated", got "not_returnable"
        code: expected "buyer_reasons", got "past_dispute_window"
        summary: Returns must be opened within 15 days of delivery; this request came 59 days after delivery, so it cannot be accepted."
    `);
    expect(thrown(() => expectOutcome(decision, 'allocated')).message).toContain('outcome: expected "allocated", got "not_returnable"');
  });

  it('refuses an expectation with unknown keys', async () => {
    const decision = evaluator.decide(aReturnCase());
    expect(thrown(() => expectOutcome(decision, { outcom: 'allocated' } as never)).message).toMatch(/unknown key "outcom"/);
  });
});

const pastCases = [
  aReturnCase({ id: 'changed-mind' }),
  aReturnCase({ id: 'defect', reason: 'quality_defect' }),
  aReturnCase({ reason: 'other', costs: { returnShipping: { amount: 690, currency: 'USD' } } }),
  aReturnCase({ id: 'late', dates: { requestedAt: '2026-04-30T10:00:00Z' } }),
];

describe('snapshotDecisions', () => {
  it('records outcome, code, rule and totals per case, named by id or by index', async () => {
    const snapshot = snapshotDecisions(evaluator, pastCases);
    expect(snapshot).toEqual({
      ruleSet: { id: 'marketplace-standard', version: marketplaceStandard.version, digest: marketplaceStandard.digest },
      cases: [
        { caseId: 'changed-mind', outcome: 'allocated', code: 'buyer_reasons', rule: 'buyer-reasons', currency: 'USD', totals: { buyer: 1000 } },
        { caseId: 'defect', outcome: 'allocated', code: 'seller_fault', rule: 'seller-fault', currency: 'USD', totals: { seller: 1000 } },
        { caseId: '#2', outcome: 'allocated', code: 'no_fault_found', rule: 'other-reasons', currency: 'USD', totals: { buyer: 690 } },
        { caseId: 'late', outcome: 'not_returnable', code: 'past_dispute_window', rule: 'past-dispute-window', currency: null, totals: {} },
      ],
    });
  });

  it('names the cases of an object by their keys and records errors instead of throwing', async () => {
    const snapshot = snapshotDecisions(evaluator, { good: aReturnCase(), broken: { reason: 'changed_mind' } });
    expect(snapshot.cases).toEqual([
      expect.objectContaining({ caseId: 'good', outcome: 'allocated' }),
      { caseId: 'broken', outcome: 'error', code: 'invalid_case', rule: null, currency: null, totals: {} },
    ]);
  });

  it('is plain JSON with a fixed field order: the same inputs give the same text', async () => {
    const first = snapshotDecisions(evaluator, pastCases);
    const second = snapshotDecisions(createEvaluator(marketplaceStandard), [...pastCases]);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(Object.keys(first)).toEqual(['ruleSet', 'cases']);
    for (const c of first.cases) expect(Object.keys(c)).toEqual(['caseId', 'outcome', 'code', 'rule', 'currency', 'totals']);
    const split = snapshotDecisions(evaluator, [aReturnCase({ negotiatedSplit: { sellerPercent: 40 } })]);
    expect(Object.keys(split.cases[0]?.totals ?? {})).toEqual(['seller', 'buyer']);
  });

  it('refuses two cases with the same name', async () => {
    expect(() => snapshotDecisions(evaluator, [aReturnCase({ id: 'a' }), aReturnCase({ id: 'a' })])).toThrow(/two cases are named "a"/);
    expect(() => snapshotDecisions(evaluator, [aReturnCase(), aReturnCase({ id: '#0' })])).toThrow(/"#0"/);
  });
});

describe('diffDecisions', () => {
  const before = () => snapshotDecisions(evaluator, pastCases);
  const after = async (edit: (doc: typeof standardJson) => void, cases: readonly unknown[] = pastCases) =>
    snapshotDecisions(createEvaluator(editedStandard(edit)), cases);
  const rule = (doc: typeof standardJson, name: string) => doc.rules.find((r) => r.name === name)!;

  it('is empty when every case is decided the same way', async () => {
    expect(diffDecisions(await before(), await before())).toEqual([]);
  });

  it('lists only the cases whose totals changed, with each changed field', async () => {
    // The policy owner makes the seller carry half of buyer-reason returns.
    const edited = await after((doc) => {
      rule(doc, 'buyer-reasons').event.params.shares = { seller: 50, buyer: 50 } as never;
    });
    expect(diffDecisions(await before(), edited)).toEqual([
      { caseId: 'changed-mind', changes: [{ field: 'totals.seller', before: 0, after: 500 }, { field: 'totals.buyer', before: 1000, after: 500 }] },
    ]);
  });

  it('does not list a case that only moved to a renamed rule with the same money, but shows the rule on listed cases', async () => {
    const renamed = await after((doc) => {
      rule(doc, 'buyer-reasons').name = 'own-reasons';
    });
    expect(diffDecisions(await before(), renamed)).toEqual([]);
    const renamedAndSplit = await after((doc) => {
      const r = rule(doc, 'buyer-reasons');
      r.name = 'own-reasons';
      r.event.params.shares = { seller: 100 } as never;
    });
    expect(diffDecisions(await before(), renamedAndSplit)[0]?.changes).toEqual([
      { field: 'rule', before: 'buyer-reasons', after: 'own-reasons' },
      { field: 'totals.seller', before: 0, after: 1000 },
      { field: 'totals.buyer', before: 1000, after: 0 },
    ]);
  });

  it('lists outcome changes, including a case that now fails to decide', async () => {
    const withoutFallback = await after((doc) => {
      doc.rules = doc.rules.filter((r) => r.name !== 'other-reasons');
    });
    expect(diffDecisions(await before(), withoutFallback)).toEqual([
      {
        caseId: '#2',
        changes: [
          { field: 'outcome', before: 'allocated', after: 'error' },
          { field: 'code', before: 'no_fault_found', after: 'no_rule_matched' },
          { field: 'rule', before: 'other-reasons', after: null },
          { field: 'totals.buyer', before: 690, after: 0 },
        ],
      },
    ]);
    const shorterWindow = await after((doc) => {
      doc.windows.dispute.days = 2;
    });
    expect(diffDecisions(await before(), shorterWindow).map((d) => [d.caseId, d.changes[0]])).toEqual([
      ['changed-mind', { field: 'outcome', before: 'allocated', after: 'not_returnable' }],
      ['defect', { field: 'outcome', before: 'allocated', after: 'not_returnable' }],
      ['#2', { field: 'outcome', before: 'allocated', after: 'not_returnable' }],
    ]);
  });

  it('lists a case only one snapshot has, with null on the other side', async () => {
    const extra = aReturnCase({ id: 'new' });
    const withNew = snapshotDecisions(evaluator, [...pastCases, extra]);
    const diff = diffDecisions(await before(), withNew);
    expect(diff).toEqual([
      {
        caseId: 'new',
        changes: [
          { field: 'outcome', before: null, after: 'allocated' },
          { field: 'code', before: null, after: 'buyer_reasons' },
          { field: 'rule', before: null, after: 'buyer-reasons' },
          ...['seller', 'platform', 'insurer', 'carrier'].map((party) => ({ field: `totals.${party}`, before: null, after: 0 })),
          { field: 'totals.buyer', before: null, after: 1000 },
        ],
      },
    ]);
    expect(diffDecisions(withNew, await before()).map((d) => [d.caseId, d.changes[0]])).toEqual([['new', { field: 'outcome', before: 'allocated', after: null }]]);
  });

  it('works on snapshots stored as JSON, and refuses anything else', async () => {
    const stored = JSON.parse(JSON.stringify(await before())) as DecisionSnapshot;
    expect(diffDecisions(stored, await before())).toEqual([]);
    expect(thrown(() => diffDecisions({} as never, stored))).toBeInstanceOf(TypeError);
    expect(thrown(() => diffDecisions({} as never, stored)).message).toBe('diffDecisions: before is not a snapshot from snapshotDecisions() (it has no cases array)');
    const { totals: _totals, ...withoutTotals } = stored.cases[1]!;
    expect(thrown(() => diffDecisions(stored, { ...stored, cases: [stored.cases[0], withoutTotals] } as never)).message).toBe(
      'diffDecisions: after.cases[1] is not a case snapshot (caseId, outcome, code, totals)',
    );
  });
});

/** A Decision type check for the helpers' parameter types. */
export type { Decision };
