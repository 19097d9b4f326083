import { describe, expect, it } from 'vitest';
import standardJson from '../rules/marketplace-standard.json' with { type: 'json' };
import { toFacts } from '../src/facts/read.js';
import { weekendCalendar } from '../src/facts/windows.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import type { Decision } from '../src/index.js';
import { ReturnCaseError } from '../src/errors.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard } from '../src/rules.js';
import { compareDecisions } from '../src/index.js';
import { aReturnCase, aReturnParcel, diffDecisions, expectOutcome, expectRefund, expectTotals, snapshotDecisions, type DecisionSnapshot, type ExpectedRefund, type ParcelSnapshot } from '../src/testing.js';
import * as testingEntry from '../src/testing.js';
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
    expect(ReturnCaseError.is(thrown(() => aReturnCase(null as never)))).toBe(true);
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
  it('records outcome, code, rule, totals, lines and refund per case, named by id or by index (format 3)', async () => {
    const snapshot = snapshotDecisions(evaluator, pastCases);
    const label = (total: number, party: string) => [{ cost: 'returnShipping', currency: 'USD', total, shares: [{ party, amount: total }] }];
    expect(snapshot).toEqual({
      format: 3,
      ruleSet: { id: 'marketplace-standard', version: marketplaceStandard.version, digest: marketplaceStandard.digest },
      cases: [
        { caseId: 'changed-mind', outcome: 'allocated', code: 'buyer_reasons', rule: 'buyer-reasons', currency: 'USD', totals: { buyer: 1000 }, lines: label(1000, 'buyer'), refund: null },
        { caseId: 'defect', outcome: 'allocated', code: 'seller_fault', rule: 'seller-fault', currency: 'USD', totals: { seller: 1000 }, lines: label(1000, 'seller'), refund: null },
        { caseId: '#2', outcome: 'allocated', code: 'no_fault_found', rule: 'other-reasons', currency: 'USD', totals: { buyer: 690 }, lines: label(690, 'buyer'), refund: null },
        { caseId: 'late', outcome: 'not_returnable', code: 'past_dispute_window', rule: 'past-dispute-window', currency: null, totals: {}, lines: [], refund: null },
      ],
    });
    const priced = snapshotDecisions(evaluator, [aReturnCase({ item: { price: { amount: 5000, currency: 'USD' } } })]);
    expect(priced.cases[0]?.refund).toEqual({ currency: 'USD', amount: 5000 });
  });

  it('names the cases of an object by their keys and records errors instead of throwing', async () => {
    const snapshot = snapshotDecisions(evaluator, { good: aReturnCase(), broken: { reason: 'changed_mind' } });
    expect(snapshot.cases).toEqual([
      expect.objectContaining({ caseId: 'good', outcome: 'allocated' }),
      { caseId: 'broken', outcome: 'error', code: 'invalid_case', rule: null, currency: null, totals: {}, lines: [], refund: null },
    ]);
  });

  it('is plain JSON with a fixed field order: the same inputs give the same text', async () => {
    const first = snapshotDecisions(evaluator, pastCases);
    const second = snapshotDecisions(createEvaluator(marketplaceStandard), [...pastCases]);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(Object.keys(first)).toEqual(['format', 'ruleSet', 'cases']);
    for (const c of first.cases) expect(Object.keys(c)).toEqual(['caseId', 'outcome', 'code', 'rule', 'currency', 'totals', 'lines', 'refund']);
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

  it('lists only the cases whose money changed, with each changed field and the kinds of change', async () => {
    // The policy owner makes the seller carry half of buyer-reason returns.
    const edited = await after((doc) => {
      rule(doc, 'buyer-reasons').event.params.shares = { seller: 50, buyer: 50 } as never;
    });
    expect(diffDecisions(await before(), edited)).toEqual([
      {
        caseId: 'changed-mind',
        kinds: ['payer', 'amount'],
        changes: [
          { field: 'totals.seller', before: 0, after: 500 },
          { field: 'totals.buyer', before: 1000, after: 500 },
          { field: 'lines.returnShipping.payers', before: 'buyer', after: 'seller+buyer' },
          { field: 'lines.returnShipping.seller', before: 0, after: 500 },
          { field: 'lines.returnShipping.buyer', before: 1000, after: 500 },
        ],
      },
    ]);
  });

  it('agrees with compareDecisions on every case: same cases listed, same kinds', async () => {
    const edited = editedStandard((doc) => {
      rule(doc, 'buyer-reasons').event.params.shares = { seller: 70, buyer: 30 } as never;
      rule(doc, 'seller-fault').event.params.code = 'seller_at_fault';
    });
    const cases = [...pastCases, aReturnCase({ id: 'priced', item: { price: { amount: 5000, currency: 'USD' } } })];
    const editedEvaluator = createEvaluator(edited);
    const diff = diffDecisions(snapshotDecisions(evaluator, cases), snapshotDecisions(editedEvaluator, cases));
    const compared = cases.map((c, index) => {
      const comparison = compareDecisions(evaluator.decide(c), editedEvaluator.decide(c));
      return [c.id ?? `#${index}`, [...new Set(comparison.changes.map((change) => change.kind))]] as const;
    });
    expect(diff.map((d) => [d.caseId, d.kinds])).toEqual(compared.filter(([, kinds]) => kinds.length > 0));
    expect(diff.map((d) => d.caseId)).toEqual(['changed-mind', 'defect', 'priced']);
    expect(diff.find((d) => d.caseId === 'defect')).toEqual({ caseId: 'defect', kinds: ['code'], changes: [{ field: 'code', before: 'seller_fault', after: 'seller_at_fault' }] });
  });

  it('lists a refund that changed, by currency', async () => {
    const priced = [aReturnCase({ id: 'priced', item: { price: { amount: 5000, currency: 'USD' } } })];
    const withFee = editedStandard((doc) => {
      (rule(doc, 'buyer-reasons').event.params as Record<string, unknown>)['fees'] = { restocking: { percent: 10 } };
    });
    const diff = diffDecisions(snapshotDecisions(evaluator, priced), snapshotDecisions(createEvaluator(withFee), priced));
    expect(diff).toEqual([{ caseId: 'priced', kinds: ['refund'], changes: [{ field: 'refund.USD', before: 5000, after: 4500 }] }]);
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
      { field: 'lines.returnShipping.payers', before: 'buyer', after: 'seller' },
      { field: 'lines.returnShipping.seller', before: 0, after: 1000 },
      { field: 'lines.returnShipping.buyer', before: 1000, after: 0 },
    ]);
  });

  it('lists outcome changes, including a case that now fails to decide', async () => {
    const withoutFallback = await after((doc) => {
      doc.rules = doc.rules.filter((r) => r.name !== 'other-reasons');
    });
    expect(diffDecisions(await before(), withoutFallback)).toEqual([
      {
        caseId: '#2',
        kinds: ['outcome', 'code', 'payer', 'amount'],
        changes: [
          { field: 'outcome', before: 'allocated', after: 'error' },
          { field: 'code', before: 'no_fault_found', after: 'no_rule_matched' },
          { field: 'rule', before: 'other-reasons', after: null },
          { field: 'totals.buyer', before: 690, after: 0 },
          { field: 'lines.returnShipping.payers', before: 'buyer', after: null },
          { field: 'lines.returnShipping.buyer', before: 690, after: 0 },
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
        kinds: ['outcome', 'code', 'payer', 'amount'],
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
      'diffDecisions: after.cases[1] is not a format 3 case snapshot (caseId, outcome, code, totals, lines, refund)',
    );
    const { lines: _lines, ...withoutLines } = stored.cases[1]!;
    expect(thrown(() => diffDecisions(stored, { ...stored, cases: [withoutLines] } as never)).message).toMatch(/after.cases\[0\] is not a format 3 case snapshot/);
    const badShare = structuredClone(stored);
    (badShare.cases[0] as { lines: Array<{ shares: unknown[] }> }).lines[0]!.shares = [{ party: 'someone', amount: 1 }];
    expect(thrown(() => diffDecisions(badShare, stored)).message).toMatch(/before.cases\[0\] is not a format 3 case snapshot/);
  });

  it('still reads format 1 snapshots (no lines): money compared on the totals', async () => {
    const format1 = (snapshot: DecisionSnapshot): DecisionSnapshot => ({
      ruleSet: snapshot.ruleSet,
      cases: snapshot.cases.map((c) => {
        const { lines: _l, refund: _r, ...rest } = c;
        return rest as never;
      }),
    });
    const edited = await after((doc) => {
      rule(doc, 'buyer-reasons').event.params.shares = { seller: 50, buyer: 50 } as never;
    });
    expect(diffDecisions(format1(await before()), format1(edited))).toEqual([
      { caseId: 'changed-mind', kinds: ['amount'], changes: [{ field: 'totals.seller', before: 0, after: 500 }, { field: 'totals.buyer', before: 1000, after: 500 }] },
    ]);
    // One old and one new snapshot: compared as the older format.
    expect(diffDecisions(format1(await before()), edited).map((d) => d.kinds)).toEqual([['amount']]);
    const current = await before();
    expect(thrown(() => diffDecisions({ ...current, format: 4 } as never, edited)).message).toBe(
      'diffDecisions: before has snapshot format 4; this version of return-liability reads formats 1, 2 and 3',
    );
  });
});

/** The standard rule set with another label split for parcels. */
const withLabelSplit = (labelSplit: 'by_value' | 'by_weight' | 'equal') =>
  editedStandard((doc) => {
    (doc as { parcel: unknown }).parcel = { labelSplit, outbound: 'pro_rata' };
  });

describe('aReturnParcel', () => {
  it('builds a valid two-item parcel: a defective kettle (USD 40.00) and a mug set the buyer changed their mind about (USD 10.00), one USD 10.00 label', () => {
    expect(aReturnParcel()).toEqual({
      costs: { returnShipping: { amount: 1000, currency: 'USD' } },
      dates: { deliveredAt: '2026-03-02T10:00:00Z', requestedAt: '2026-03-05T10:00:00Z' },
      items: [
        { id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true }, item: { price: { amount: 4000, currency: 'USD' } } },
        { id: 'mug-set', reason: 'changed_mind', item: { price: { amount: 1000, currency: 'USD' } } },
      ],
    });
    const decision = evaluator.decideParcel(aReturnParcel());
    expect(decision.labelSplit).toEqual({
      method: 'seller_fault_carries',
      portions: [{ item: 'kettle', amount: { amount: 1000, currency: 'USD' } }, { item: 'mug-set', amount: { amount: 0, currency: 'USD' } }],
    });
    expect(decision.totals).toEqual({ seller: { amount: 1000, currency: 'USD' } });
    expect(createEvaluator(withLabelSplit('by_value')).decideParcel(aReturnParcel()).totals).toEqual({ seller: { amount: 800, currency: 'USD' }, buyer: { amount: 200, currency: 'USD' } });
  });

  it('deep-merges overrides into the parcel’s fields, keeping the defaults beside them', () => {
    const parcel = aReturnParcel({ id: 'P-7', costs: { outboundShipping: { amount: 499, currency: 'USD' } }, dates: { requestedAt: '2026-03-06T10:00:00Z' }, seller: { freeReturns: true } });
    expect(parcel).toMatchObject({
      id: 'P-7',
      costs: { returnShipping: { amount: 1000, currency: 'USD' }, outboundShipping: { amount: 499, currency: 'USD' } },
      dates: { deliveredAt: '2026-03-02T10:00:00Z', requestedAt: '2026-03-06T10:00:00Z' },
      seller: { freeReturns: true },
    });
    expect(parcel.items.map((item) => item.id)).toEqual(['kettle', 'mug-set']);
  });

  it('replaces the items whole', () => {
    const items = [{ id: 'shoes', reason: 'does_not_fit' as const, weightGrams: 900 }];
    expect(aReturnParcel({ items }).items).toEqual(items);
    expect(aReturnParcel({ items: [{ id: 'belt', reason: 'wrong_item' }, { id: 'scarf', reason: 'changed_mind' }] }).items).toEqual([
      { id: 'belt', reason: 'wrong_item' },
      { id: 'scarf', reason: 'changed_mind' },
    ]);
  });

  it('validates the result with parseReturnParcel: ReturnCaseError with the item’s path', () => {
    const error = thrown(() => aReturnParcel({ items: [{ id: 'kettle', reason: 'quality_defect' }, { id: 'mug-set', reason: 'changed_my_mind' as never }] }));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect((error as ReturnCaseError).issues).toEqual([expect.objectContaining({ path: ['items', 1, 'reason'], code: 'invalid_value' })]);
    const misplaced = thrown(() => aReturnParcel({ reason: 'changed_mind' } as never));
    expect((misplaced as ReturnCaseError).issues).toEqual([expect.objectContaining({ path: ['reason'], code: 'unrecognized_keys' })]);
    const mixed = thrown(() => aReturnParcel({ costs: { returnShipping: { currency: 'EUR' } } }));
    expect((mixed as ReturnCaseError).issues.map((issue) => issue.path)).toEqual([['items', 0, 'item', 'price', 'currency'], ['items', 1, 'item', 'price', 'currency']]);
    expect((thrown(() => aReturnParcel({ items: [] })) as ReturnCaseError).issues).toEqual([expect.objectContaining({ path: ['items'], code: 'too_small' })]);
  });

  it('removes a key whose override is undefined, and keeps a __proto__ key as an ordinary (refused) key', () => {
    expect((thrown(() => aReturnParcel({ dates: undefined })) as ReturnCaseError).issues.map((issue) => issue.path)).toEqual([['dates']]);
    const polluting = JSON.parse('{"seller":{"__proto__":{"polluted":true}}}') as object;
    expect((thrown(() => aReturnParcel(polluting)) as ReturnCaseError).issues).toEqual([expect.objectContaining({ path: ['seller', '__proto__'], code: 'forbidden_key' })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('returns a new parcel each time, and refuses overrides that are not an object', () => {
    const first = aReturnParcel();
    (first.items[0] as { id: string }).id = 'changed';
    expect(aReturnParcel().items[0]?.id).toBe('kettle');
    expect(ReturnCaseError.is(thrown(() => aReturnParcel(null as never)))).toBe(true);
    expect(thrown(() => aReturnParcel([] as never)).message).toContain('aReturnParcel: overrides must be a plain object, got an array');
  });
});

describe('expectTotals and expectOutcome on a parcel', () => {
  const parcel = () => evaluator.decideParcel(aReturnParcel({ id: 'P-1' }));

  it('expectTotals checks the parcel’s totals; parties not named pay nothing', () => {
    expect(() => expectTotals(parcel(), { seller: 1000 })).not.toThrow();
    expect(() => expectTotals(parcel(), { seller: 1000, buyer: 0 })).not.toThrow();
    expect(() => expectTotals(createEvaluator(withLabelSplit('by_value')).decideParcel(aReturnParcel(), { explain: false }), { seller: 800, buyer: 200 })).not.toThrow();
    // One item: pass its decision.
    expect(() => expectTotals(parcel().items[1]!, { buyer: 0 })).not.toThrow();
  });

  it('expectTotals fails with a message naming the parcel and its items’ codes', () => {
    const error = thrown(() => expectTotals(parcel(), { buyer: 1000 }));
    expect(error.name).toBe('AssertionError');
    expect(error.message).toMatchInlineSnapshot(`
      "Totals differ for parcel "P-1" (kettle: seller_fault, mug-set: buyer_reasons):
        ✗ seller: expected 0 (USD 0.00), pays 1000 (USD 10.00)
        ✗ buyer: expected 1000 (USD 10.00), pays 0 (USD 0.00)"
    `);
    const refused = evaluator.decideParcel(aReturnParcel({ dates: { requestedAt: '2026-04-30T10:00:00Z' } }));
    expect(thrown(() => expectTotals(refused, { seller: 1000 })).message).toMatchInlineSnapshot(`
      "Totals differ for the parcel (kettle: past_dispute_window, mug-set: past_dispute_window):
        ✗ seller: expected 1000, pays 0
        No item of the parcel is returnable, so nobody pays anything."
    `);
    expect(() => expectTotals(refused, {})).not.toThrow();
  });

  it('expectTotals refuses a safeDecideParcel() result and other non-decisions', () => {
    const safe = evaluator.safeDecideParcel(aReturnParcel());
    expect(thrown(() => expectTotals(safe as never, { seller: 1000 })).message).toBe(
      'expectTotals: expected a Decision from evaluator.decide() or a ParcelDecision from evaluator.decideParcel() (got a safeDecide() or safeDecideParcel() result; pass its .decision)',
    );
    expect(thrown(() => expectTotals({ items: [], totals: {} } as never, {}))).toBeInstanceOf(TypeError);
    expect(thrown(() => expectOutcome(Promise.resolve(parcel()) as never, 'allocated')).message).toMatch(/got a Promise/);
  });

  it('expectOutcome with an outcome, code or rule checks every item', () => {
    expect(() => expectOutcome(parcel(), 'allocated')).not.toThrow();
    expect(() => expectOutcome(parcel(), { outcome: 'allocated' })).not.toThrow();
    const error = thrown(() => expectOutcome(parcel(), { code: 'seller_fault' }));
    expect(error.name).toBe('AssertionError');
    expect(error.message).toMatchInlineSnapshot(`
      "Unexpected decision for parcel "P-1" (kettle: seller_fault, mug-set: buyer_reasons):
        item "mug-set":
          code: expected "seller_fault", got "buyer_reasons"
        summary: “kettle” is returned at the seller’s cost, so the whole label ($10.00) goes with it; “mug-set” travels with it at no extra cost. In all, the seller pays $10.00. Refund $60.00: $50.00 for the goods and $10.00 for the return label."
    `);
    expect(thrown(() => expectOutcome(parcel(), 'not_returnable')).message).toContain(
      '  item "kettle":\n    outcome: expected "not_returnable", got "allocated"\n  item "mug-set":\n    outcome: expected "not_returnable", got "allocated"\n',
    );
  });

  it('expectOutcome with items checks items by id; items not named are not checked on their own', () => {
    expect(() => expectOutcome(parcel(), { items: { kettle: { outcome: 'allocated', code: 'seller_fault', rule: 'seller-fault' }, 'mug-set': 'allocated' } })).not.toThrow();
    expect(() => expectOutcome(parcel(), { items: { kettle: { code: 'seller_fault' } } })).not.toThrow();
    expect(() => expectOutcome(parcel(), { outcome: 'allocated', items: { 'mug-set': { rule: 'buyer-reasons' } } })).not.toThrow();
    const error = thrown(() => expectOutcome(parcel(), { outcome: 'allocated', items: { kettle: { code: 'buyer_reasons', rule: 'buyer-reasons' }, teapot: 'allocated' } }));
    expect(error.message).toMatchInlineSnapshot(`
      "Unexpected decision for parcel "P-1" (kettle: seller_fault, mug-set: buyer_reasons):
        item "kettle":
          code: expected "buyer_reasons", got "seller_fault"
          rule: expected "buyer-reasons", got "seller-fault"
        item "teapot": not in the parcel (items: kettle, mug-set)
        summary: “kettle” is returned at the seller’s cost, so the whole label ($10.00) goes with it; “mug-set” travels with it at no extra cost. In all, the seller pays $10.00. Refund $60.00: $50.00 for the goods and $10.00 for the return label."
    `);
    // A field expected for every item and for one of them is reported once.
    expect(thrown(() => expectOutcome(parcel(), { outcome: 'not_returnable', items: { kettle: 'not_returnable' } })).message.match(/outcome: expected/g)).toHaveLength(2);
    // Without explanation (explain: false) there is no summary to show.
    const bare = evaluator.decideParcel(aReturnParcel(), { explain: false });
    expect(thrown(() => expectOutcome(bare, { items: { kettle: 'not_returnable' } })).message).not.toContain('summary');
  });

  it('expectOutcome refuses expectations of the wrong shape', () => {
    expect(thrown(() => expectOutcome(parcel(), { item: {} } as never)).message).toMatch(/unknown key "item"/);
    expect(thrown(() => expectOutcome(parcel(), { items: { kettle: { outcom: 'allocated' } } } as never)).message).toMatch(/^expectOutcome: items\["kettle"\]: expected .*unknown key "outcom"$/);
    expect(thrown(() => expectOutcome(parcel(), { items: ['kettle'] } as never))).toBeInstanceOf(TypeError);
    const onCase = thrown(() => expectOutcome(evaluator.decide(aReturnCase()), { items: {} } as never));
    expect(onCase).toBeInstanceOf(TypeError);
    expect(onCase.message).toMatch(/unknown key "items" \(items applies to a parcel decision from evaluator\.decideParcel\(\)\)/);
  });

  it('expectOutcome accepts a case decided without explanation, leaving out the summary', () => {
    const bare = evaluator.decide(aReturnCase(), { explain: false });
    expect(() => expectOutcome(bare, 'allocated')).not.toThrow();
    expect(thrown(() => expectOutcome(bare, 'not_returnable')).message).toBe('Unexpected decision for the case (rule "buyer-reasons", code buyer_reasons):\n  outcome: expected "not_returnable", got "allocated"');
  });
});

describe('snapshotDecisions and diffDecisions with parcels', () => {
  const parcels = [aReturnCase({ id: 'changed-mind' }), aReturnParcel({ id: 'P-1' }), aReturnParcel({ items: [{ id: 'shoes', reason: 'does_not_fit' }] })];
  const p1: ParcelSnapshot = {
    caseId: 'P-1',
    kind: 'parcel',
    outcome: 'allocated',
    code: null,
    currency: 'USD',
    totals: { seller: 1000 },
    lines: [{ cost: 'returnShipping', currency: 'USD', total: 1000, shares: [{ party: 'seller', amount: 1000 }] }],
    refund: { currency: 'USD', amount: 6000 },
    items: [
      { item: 'kettle', outcome: 'allocated', code: 'seller_fault', rule: 'seller-fault' },
      { item: 'mug-set', outcome: 'allocated', code: 'buyer_reasons', rule: 'buyer-reasons' },
    ],
  };
  const snapshot = (ruleSet = marketplaceStandard, inputs: readonly unknown[] = parcels) => snapshotDecisions(createEvaluator(ruleSet), inputs);

  it('records per item outcome, code and rule, and the parcel’s totals, lines and refund (format 3)', () => {
    const result = snapshot();
    const buyerLabel = [{ cost: 'returnShipping', currency: 'USD', total: 1000, shares: [{ party: 'buyer', amount: 1000 }] }];
    expect(result).toEqual({
      format: 3,
      ruleSet: { id: 'marketplace-standard', version: marketplaceStandard.version, digest: marketplaceStandard.digest },
      cases: [
        { caseId: 'changed-mind', outcome: 'allocated', code: 'buyer_reasons', rule: 'buyer-reasons', currency: 'USD', totals: { buyer: 1000 }, lines: buyerLabel, refund: null },
        p1,
        { caseId: '#2', kind: 'parcel', outcome: 'allocated', code: null, currency: 'USD', totals: { buyer: 1000 }, lines: buyerLabel, refund: null, items: [{ item: 'shoes', outcome: 'allocated', code: 'buyer_reasons', rule: 'buyer-reasons' }] },
      ],
    });
    expect(Object.keys(result)).toEqual(['format', 'ruleSet', 'cases']);
    expect(Object.keys(result.cases[0]!)).toEqual(['caseId', 'outcome', 'code', 'rule', 'currency', 'totals', 'lines', 'refund']);
    expect(Object.keys(result.cases[1]!)).toEqual(['caseId', 'kind', 'outcome', 'code', 'currency', 'totals', 'lines', 'refund', 'items']);
    expect(JSON.stringify(snapshot())).toBe(JSON.stringify(result));
  });

  it('records a parcel with nothing returnable as not_returnable, and errors instead of throwing', () => {
    const result = snapshotDecisions(evaluator, {
      late: aReturnParcel({ dates: { requestedAt: '2026-04-30T10:00:00Z' } }),
      broken: { ...aReturnParcel(), items: [{ id: 'x' }] },
    });
    expect(result.cases).toEqual([
      {
        caseId: 'late',
        kind: 'parcel',
        outcome: 'not_returnable',
        code: null,
        currency: null,
        totals: {},
        lines: [],
        refund: null,
        items: [
          { item: 'kettle', outcome: 'not_returnable', code: 'past_dispute_window', rule: 'past-dispute-window' },
          { item: 'mug-set', outcome: 'not_returnable', code: 'past_dispute_window', rule: 'past-dispute-window' },
        ],
      },
      { caseId: 'broken', kind: 'parcel', outcome: 'error', code: 'invalid_case', currency: null, totals: {}, lines: [], refund: null, items: [] },
    ]);
    expect(() => snapshotDecisions(evaluator, [aReturnParcel({ id: 'a' }), aReturnCase({ id: 'a' })])).toThrow(/two cases are named "a"/);
  });

  it('diffDecisions is empty for the same decisions, and for the same items in another order', () => {
    expect(diffDecisions(snapshot(), snapshot())).toEqual([]);
    const reordered = snapshot(marketplaceStandard, [parcels[0], aReturnParcel({ id: 'P-1', items: [...aReturnParcel().items].reverse() }), parcels[2]]);
    expect(diffDecisions(snapshot(), reordered)).toEqual([]);
  });

  it('diffDecisions lists a parcel whose money changed, with each changed field: totals, the label’s shares, the refund', () => {
    expect(diffDecisions(snapshot(), snapshot(withLabelSplit('by_value')))).toEqual([
      {
        caseId: 'P-1',
        kinds: ['payer', 'amount', 'refund'],
        changes: [
          { field: 'totals.seller', before: 1000, after: 800 },
          { field: 'totals.buyer', before: 0, after: 200 },
          { field: 'lines.returnShipping.payers', before: 'seller', after: 'seller+buyer' },
          { field: 'lines.returnShipping.seller', before: 1000, after: 800 },
          { field: 'lines.returnShipping.buyer', before: 0, after: 200 },
          // The buyer's part of the label is deducted from the refund.
          { field: 'refund.USD', before: 6000, after: 5800 },
        ],
      },
    ]);
  });

  it('diffDecisions does not list a parcel whose items only moved to a renamed rule, but lists another code, and shows item rules on listed parcels', () => {
    const renamed = editedStandard((doc) => {
      doc.rules.find((r) => r.name === 'buyer-reasons')!.name = 'own-reasons';
    });
    // The case and #2 change rule too: no money moves, so nothing is listed.
    expect(diffDecisions(snapshot(), snapshot(renamed))).toEqual([]);
    const renamedAndPaid = editedStandard((doc) => {
      const r = doc.rules.find((rule) => rule.name === 'buyer-reasons')!;
      r.name = 'own-reasons';
      r.event.params.code = 'own_reasons';
      (doc as { parcel: unknown }).parcel = { labelSplit: 'equal', outbound: 'pro_rata' };
    });
    // The case and #2 still cost the buyer the same but are decided under another code; P-1's label is now shared equally.
    const diff = diffDecisions(snapshot(), snapshot(renamedAndPaid));
    expect(diff.map((d) => [d.caseId, d.kinds])).toEqual([['changed-mind', ['code']], ['P-1', ['code', 'payer', 'amount', 'refund']], ['#2', ['code']]]);
    expect(diff[1]?.changes.slice(0, 4)).toEqual([
      { field: 'totals.seller', before: 1000, after: 500 },
      { field: 'totals.buyer', before: 0, after: 500 },
      { field: 'items["mug-set"].code', before: 'buyer_reasons', after: 'own_reasons' },
      { field: 'items["mug-set"].rule', before: 'buyer-reasons', after: 'own-reasons' },
    ]);
    expect(diff[2]?.changes).toEqual([
      { field: 'items["shoes"].code', before: 'buyer_reasons', after: 'own_reasons' },
      { field: 'items["shoes"].rule', before: 'buyer-reasons', after: 'own-reasons' },
    ]);
  });

  it('diffDecisions lists a parcel whose items’ outcomes changed even when its totals did not', () => {
    // Refuse changed-mind returns outright: the mug set paid nothing of the label, so the money stays.
    const refusing = editedStandard((doc) => {
      doc.rules.find((r) => r.name === 'buyer-reasons')!.event = {
        type: 'not_returnable',
        params: {
          code: 'no_remorse_returns',
          text: { en: 'No.', 'zh-CN': '不。', 'pt-BR': 'Não.', ko: '불가.', ja: '不可。' },
          disclosure: { en: 'No remorse returns.', 'zh-CN': '不支持无理由退货。', 'pt-BR': 'Não aceitamos desistência.', ko: '단순 변심 반품은 받지 않습니다.', ja: 'お客様都合の返品はお受けしません。' },
        },
      } as never;
    });
    const diff = diffDecisions(snapshot(marketplaceStandard, [parcels[1]]), snapshot(refusing, [parcels[1]]));
    expect(diff).toEqual([
      {
        caseId: 'P-1',
        kinds: ['outcome', 'code', 'refund'],
        changes: [
          { field: 'items["mug-set"].outcome', before: 'allocated', after: 'not_returnable' },
          { field: 'items["mug-set"].code', before: 'buyer_reasons', after: 'no_remorse_returns' },
          // The mug set is no longer refunded.
          { field: 'refund.USD', before: 6000, after: 5000 },
        ],
      },
    ]);
  });

  it('diffDecisions lists a parcel that now fails to decide, and one only one snapshot has', () => {
    const unweighed = diffDecisions(snapshot(marketplaceStandard, [parcels[1]]), snapshot(withLabelSplit('by_weight'), [parcels[1]]));
    expect(unweighed).toEqual([
      {
        caseId: 'P-1',
        kinds: ['outcome', 'code', 'payer', 'amount', 'refund'],
        changes: [
          { field: 'outcome', before: 'allocated', after: 'error' },
          { field: 'code', before: null, after: 'invalid_case' },
          { field: 'totals.seller', before: 1000, after: 0 },
          ...['kettle', 'mug-set'].flatMap((id, i) => [
            { field: `items["${id}"].outcome`, before: 'allocated', after: null },
            { field: `items["${id}"].code`, before: i === 0 ? 'seller_fault' : 'buyer_reasons', after: null },
            { field: `items["${id}"].rule`, before: i === 0 ? 'seller-fault' : 'buyer-reasons', after: null },
          ]),
          { field: 'lines.returnShipping.payers', before: 'seller', after: null },
          { field: 'lines.returnShipping.seller', before: 1000, after: 0 },
          { field: 'refund.USD', before: 6000, after: null },
        ],
      },
    ]);
    const added = diffDecisions(snapshotDecisions(evaluator, [parcels[0]]), snapshot());
    expect(added.map((d) => [d.caseId, d.kinds])).toEqual([['P-1', ['outcome', 'code', 'payer', 'amount', 'refund']], ['#2', ['outcome', 'code', 'payer', 'amount']]]);
    expect(added[0]?.changes).toEqual([
      { field: 'outcome', before: null, after: 'allocated' },
      { field: 'code', before: null, after: null },
      ...['seller', 'platform', 'insurer', 'carrier', 'buyer'].map((party) => ({ field: `totals.${party}`, before: null, after: party === 'seller' ? 1000 : 0 })),
      { field: 'items["kettle"].outcome', before: null, after: 'allocated' },
      { field: 'items["kettle"].code', before: null, after: 'seller_fault' },
      { field: 'items["kettle"].rule', before: null, after: 'seller-fault' },
      { field: 'items["mug-set"].outcome', before: null, after: 'allocated' },
      { field: 'items["mug-set"].code', before: null, after: 'buyer_reasons' },
      { field: 'items["mug-set"].rule', before: null, after: 'buyer-reasons' },
    ].filter((change) => change.before !== change.after));
  });

  it('diffDecisions lists a case that became a parcel under the same name', () => {
    const asCase = snapshotDecisions(evaluator, [aReturnCase({ id: 'R-1', reason: 'quality_defect' })]);
    const asParcel = snapshotDecisions(evaluator, [aReturnParcel({ id: 'R-1' })]);
    const [diff] = diffDecisions(asCase, asParcel);
    expect(diff?.changes.slice(0, 2)).toEqual([
      { field: 'code', before: 'seller_fault', after: null },
      { field: 'rule', before: 'seller-fault', after: null },
    ]);
    expect(diff?.changes.map((c) => c.field)).toContain('items["kettle"].code');
  });

  it('diffDecisions works on parcel snapshots stored as JSON, and refuses malformed parcel entries and unknown formats', () => {
    const stored = JSON.parse(JSON.stringify(snapshot())) as DecisionSnapshot;
    expect(diffDecisions(stored, snapshot())).toEqual([]);
    const { items: _items, ...withoutItems } = stored.cases[1] as ParcelSnapshot;
    const broken = { ...stored, cases: [stored.cases[0], withoutItems] } as never;
    expect(thrown(() => diffDecisions(stored, broken))).toBeInstanceOf(TypeError);
    expect(thrown(() => diffDecisions(stored, broken)).message).toBe(
      'diffDecisions: after.cases[1] is not a format 3 parcel snapshot (caseId, kind, outcome, code, totals, lines, refund, items of { item, outcome, code, rule })',
    );
    const badItem = { ...stored, cases: [{ ...(stored.cases[1] as ParcelSnapshot), items: [{ item: 'kettle', outcome: 'allocated' }] }] } as never;
    expect(thrown(() => diffDecisions(badItem, stored)).message).toMatch(/^diffDecisions: before\.cases\[0\] is not a format 3 parcel snapshot/);
    expect(thrown(() => diffDecisions({ ...stored, cases: [{ ...stored.cases[0], kind: 'box' }] } as never, stored)).message).toBe(
      'diffDecisions: before.cases[0] is not a format 3 case snapshot (caseId, outcome, code, totals, lines, refund)',
    );
    expect(thrown(() => diffDecisions({ ...stored, format: 9 } as never, stored)).message).toBe(
      'diffDecisions: before has snapshot format 9; this version of return-liability reads formats 1, 2 and 3',
    );
    // A format 1 snapshot has no lines: an entry with lines does not belong to one.
    expect(thrown(() => diffDecisions({ ...stored, format: undefined } as never, stored)).message).toMatch(/before\.cases\[0\] is not a format 1 case snapshot/);
  });
});

/** A Decision type check for the helpers' parameter types. */
export type { Decision };

describe('expectRefund', () => {
  const priced = (overrides: Parameters<typeof aReturnCase>[0] = {}) => aReturnCase({ id: 'order-1', item: { price: { amount: 2400, currency: 'USD' } }, ...overrides });
  /** A change of mind with a 15% restocking fee (at most USD 5.00) and diminished value deducted. */
  const charging = createEvaluator(
    editedStandard((doc) => {
      const remorse = doc.rules.find((r) => r.name === 'buyer-reasons');
      Object.assign(remorse?.event.params ?? {}, { fees: { restocking: { percent: 15, max: { USD: 500 } } }, diminishedValue: 'deduct' });
    }),
  );

  it('passes on the refund alone, or on the refund and the parts; parts not named must be absent or 0', () => {
    const decision = evaluator.decide(priced({ labelSource: 'merchant' }));
    expect(() => expectRefund(decision, 1400)).not.toThrow();
    expect(() => expectRefund(decision, { refund: 1400 })).not.toThrow();
    expect(() => expectRefund(decision, { refund: 1400, parts: { goods: 2400, return_shipping_deducted: -1000 } })).not.toThrow();
    expect(() => expectRefund(decision, { parts: { goods: 2400, return_shipping_deducted: -1000, restocking_fee: 0 } })).not.toThrow();
    // With the buyer's own label nothing is deducted: the buyer paid the carrier.
    expect(() => expectRefund(evaluator.decide(priced()), { refund: 2400, parts: { goods: 2400 } })).not.toThrow();
  });

  it('fails with a message listing the refund and each part involved, and the decision’s parts', () => {
    const decision = evaluator.decide(priced({ labelSource: 'merchant' }));
    const error = thrown(() => expectRefund(decision, { refund: 2400, parts: { goods: 2400 } }));
    expect(error.name).toBe('AssertionError');
    expect(error.message).toMatchInlineSnapshot(`
      "Refund differs for case "order-1" (rule "buyer-reasons", code buyer_reasons):
        ✗ refund: expected 2400 (USD 24.00), is 1400 (USD 14.00)
        ✓ goods: expected 2400 (USD 24.00), is 2400 (USD 24.00)
        ✗ return_shipping_deducted: expected absent or 0, is -1000 (USD -10.00)
        settlement: refund 1400 = goods 2400, return_shipping_deducted -1000"
    `);
  });

  it('fails when a part that was not named is there, and hints at the sign of deductions', () => {
    const decision = charging.decide(priced({ inspection: { diminishedValue: { amount: 300, currency: 'USD' } } }));
    expect(() => expectRefund(decision, { refund: 1740, parts: { goods: 2400, restocking_fee: -360, diminished_value: -300 } })).not.toThrow();
    expect(thrown(() => expectRefund(decision, { parts: { goods: 2400, restocking_fee: 360 } })).message).toMatchInlineSnapshot(`
      "Refund differs for case "order-1" (rule "buyer-reasons", code buyer_reasons):
        ✓ goods: expected 2400 (USD 24.00), is 2400 (USD 24.00)
        ✗ restocking_fee: expected 360 (USD 3.60), is -360 (USD -3.60)
        ✗ diminished_value: expected absent or 0, is -300 (USD -3.00)
        restocking_fee is a deduction: parts are signed as in settlement.parts (deductions negative).
        settlement: refund 1740 = goods 2400, restocking_fee -360, diminished_value -300"
    `);
  });

  it('checks a parcel’s merged settlement, and one item through its decision', () => {
    const parcel = evaluator.decideParcel(aReturnParcel({ id: 'P-1' }));
    expect(() => expectRefund(parcel, { refund: 6000, parts: { goods: 5000, return_shipping_reimbursed: 1000 } })).not.toThrow();
    expect(() => expectRefund(parcel.items[1]!, { refund: 1000, parts: { goods: 1000 } })).not.toThrow();
    expect(() => expectRefund(evaluator.decideParcel(aReturnParcel(), { explain: false }), 6000)).not.toThrow();
    expect(thrown(() => expectRefund(parcel, 5000)).message).toMatchInlineSnapshot(`
      "Refund differs for parcel "P-1" (kettle: seller_fault, mug-set: buyer_reasons):
        ✗ refund: expected 5000 (USD 50.00), is 6000 (USD 60.00)
        settlement: refund 6000 = goods 5000, return_shipping_reimbursed 1000
        items: kettle 5000, mug-set 1000"
    `);
  });

  it('says why there is nothing to check: no item price, or not returnable', () => {
    expect(thrown(() => expectRefund(evaluator.decide(aReturnCase()), 0)).message).toMatchInlineSnapshot(`"No refund to check for the case (rule "buyer-reasons", code buyer_reasons): it has no settlement, because the case gives no item.price (aReturnCase() gives none by default)."`);
    const late = evaluator.decide(priced({ dates: { requestedAt: '2026-04-30T10:00:00Z' } }));
    expect(thrown(() => expectRefund(late, 0)).message).toMatchInlineSnapshot(`"No refund to check for case "order-1" (rule "past-dispute-window", code past_dispute_window): it has no settlement, because the decision is not_returnable, so nothing is refunded."`);
    const unpriced = evaluator.decideParcel(aReturnParcel({ items: [{ id: 'a', reason: 'changed_mind' }, { id: 'b', reason: 'changed_mind' }] }));
    expect(thrown(() => expectRefund(unpriced, 0)).message).toContain('because no returnable item gives item.price');
  });

  it('mentions a deduction cut to keep the refund at zero', () => {
    const decision = charging.decide(priced({ inspection: { diminishedValue: { amount: 5000, currency: 'USD' } } }));
    expect(() => expectRefund(decision, { refund: 0, parts: { goods: 2400, restocking_fee: -360, diminished_value: -2040 } })).not.toThrow();
    expect(thrown(() => expectRefund(decision, { parts: { goods: 2400, restocking_fee: -360, diminished_value: -5000 } })).message).toContain(
      'Deductions were cut so that the refund is not below zero (warning deduction_capped).',
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['a negative refund', -1, /non-negative integer minor units \(a refund is never below zero\), got -1/],
    ['a fractional refund', 24.5, /got 24.5/],
    ['a string', '2400', /expected a refund in minor units such as 2400/],
    ['an empty expectation', {}, /name the refund, the parts or both/],
    ['an unknown key', { total: 2400 }, /unknown key "total"/],
    ['an unknown part kind', { parts: { shipping: 100 } }, /unknown settlement part "shipping"; kinds are goods, outbound_shipping, return_shipping_reimbursed, return_shipping_deducted, restocking_fee, diminished_value/],
    ['a fractional part', { parts: { goods: 1.5 } }, /the amount for goods must be integer minor units \(deductions negative\), got 1.5/],
    ['parts that are not an object', { parts: [2400] }, /parts must be an object/],
  ])('refuses %s as an expectation', (_label, expected, message) => {
    const error = thrown(() => expectRefund(evaluator.decide(priced()), expected as ExpectedRefund));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
  });

  it('refuses what is not a decision', () => {
    expect(thrown(() => expectRefund(Promise.resolve(evaluator.decide(priced())) as never, 2400)).message).toMatch(/^expectRefund: got a Promise/);
    expect(thrown(() => expectRefund(evaluator.safeDecide(priced()) as never, 2400)).message).toMatch(/pass its \.decision/);
  });

  it('is exported from return-liability/testing', () => {
    expect(testingEntry.expectRefund).toBe(expectRefund);
  });
});
