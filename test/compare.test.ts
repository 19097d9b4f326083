/**
 * compareDecisions: every change kind, on decisions of cases and of parcels, explained or not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDecisions, createEvaluator, loadRuleSet, ReturnLiabilityError } from '../src/index.js';
import { aReturnCase, aReturnParcel } from '../src/testing.js';

type Json = Record<string, any>;
const base: Json = JSON.parse(readFileSync(new URL('./fixtures/rules-clean.json', import.meta.url), 'utf8'));

/** rules-clean.json with the buyer-reasons rule's event params changed. */
function edited(change: (params: Json, event: Json) => void) {
  const copy: Json = structuredClone(base);
  const rule = copy['rules'].find((r: Json) => r['name'] === 'buyer-reasons');
  change(rule.event.params, rule.event);
  return createEvaluator(loadRuleSet(copy));
}
const original = createEvaluator(loadRuleSet(base));
/** Without an item price: no settlement, so only the shipping shares can move. */
const unpriced = aReturnCase({ reason: 'changed_mind', costs: { returnShipping: { amount: 1000, currency: 'EUR' } } });
const remorse = aReturnCase({ reason: 'changed_mind', costs: { returnShipping: { amount: 1000, currency: 'EUR' } }, item: { price: { amount: 5000, currency: 'EUR' } } });

describe('compareDecisions', () => {
  it('finds nothing between a decision and itself, explained or not', () => {
    const decision = original.decide(remorse);
    expect(compareDecisions(decision, decision)).toEqual({ changed: false, changes: [] });
    expect(compareDecisions(decision, original.decide(remorse, { explain: false }))).toEqual({ changed: false, changes: [] });
  });

  it('reports an amount-only edit (70/30 → 50/50) as amount changes per party and cost line, with the same payers', () => {
    const before = edited((p) => (p['shares'] = { buyer: 70, seller: 30 })).decide(unpriced, { explain: false });
    const after = edited((p) => (p['shares'] = { buyer: 50, seller: 50 })).decide(unpriced, { explain: false });
    expect(compareDecisions(before, after)).toEqual({
      changed: true,
      changes: [
        { kind: 'amount', cost: 'returnShipping', party: 'seller', currency: 'EUR', before: 300, after: 500, delta: 200 },
        { kind: 'amount', cost: 'returnShipping', party: 'buyer', currency: 'EUR', before: 700, after: 500, delta: -200 },
      ],
    });
  });

  it('reports a refund change when an amount-only edit changes what is kept from the refund', () => {
    const before = edited((p) => (p['shares'] = { buyer: 70, seller: 30 })).decide(remorse, { explain: false });
    const after = edited((p) => (p['shares'] = { buyer: 50, seller: 50 })).decide(remorse, { explain: false });
    expect(compareDecisions(before, after).changes.at(-1)).toEqual({ kind: 'refund', currency: 'EUR', before: 5300, after: 5500, delta: 200 });
  });

  it('reports a payer change and the amounts that go with it', () => {
    const after = edited((p) => (p['shares'] = { seller: 100 })).decide(remorse);
    const { changes } = compareDecisions(original.decide(remorse), after);
    expect(changes).toEqual([
      { kind: 'payer', cost: 'returnShipping', before: ['buyer'], after: ['seller'] },
      { kind: 'amount', cost: 'returnShipping', party: 'seller', currency: 'EUR', before: 0, after: 1000, delta: 1000 },
      { kind: 'amount', cost: 'returnShipping', party: 'buyer', currency: 'EUR', before: 1000, after: 0, delta: -1000 },
      // The buyer no longer pays the label out of the refund.
      { kind: 'refund', currency: 'EUR', before: 5000, after: 6000, delta: 1000 },
    ]);
  });

  it('reports a code change alone when only the rule’s code differs', () => {
    const after = edited((p) => (p['code'] = 'remorse')).decide(remorse);
    expect(compareDecisions(original.decide(remorse), after).changes).toEqual([{ kind: 'code', before: 'buyer_reasons', after: 'remorse' }]);
  });

  it('reports outcome, code, payer, amount and refund when a case becomes not returnable', () => {
    const after = edited((params, event) => {
      event['type'] = 'not_returnable';
      params['code'] = 'no_remorse_returns';
      for (const key of ['shares', 'outbound', 'negotiation', 'coverage']) delete params[key];
      params['text'] = { en: 'No.', 'zh-CN': '不可退。' };
    }).decide(remorse);
    const before = original.decide(remorse);
    expect(before.settlement?.refund.amount).toBeGreaterThan(0);
    const kinds = compareDecisions(before, after).changes.map((c) => c.kind);
    expect(new Set(kinds)).toEqual(new Set(['outcome', 'code', 'payer', 'amount', 'refund']));
    expect(compareDecisions(before, after).changes.find((c) => c.kind === 'refund')).toEqual({ kind: 'refund', currency: 'EUR', before: before.settlement?.refund.amount, after: null, delta: -(before.settlement?.refund.amount ?? 0) });
  });

  it('compares parcels item by item (outcome and code, by caseId) and on the parcel’s label and refund', () => {
    const parcel = aReturnParcel();
    const after = edited((p) => {
      p['code'] = 'remorse';
      p['shares'] = { seller: 100 };
    });
    const was = original.decideParcel(parcel, { explain: false });
    const now = after.decideParcel(parcel, { explain: false });
    const { changes } = compareDecisions(was, now);
    const mugSet = was.items.find((item) => item.code === 'buyer_reasons')?.caseId;
    expect(mugSet).toBeDefined();
    expect(changes.filter((c) => c.kind === 'code')).toEqual([{ kind: 'code', item: mugSet, before: 'buyer_reasons', after: 'remorse' }]);
    expect(changes.some((c) => c.kind === 'amount' && c.party === 'seller' && c.delta > 0)).toBe(true);
    expect(compareDecisions(was, was).changed).toBe(false);
  });

  it('refuses to compare a case’s decision with a parcel’s, with a typed error', () => {
    let error: unknown;
    try {
      compareDecisions(original.decide(remorse), original.decideParcel(aReturnParcel()));
    } catch (e) {
      error = e;
    }
    expect(ReturnLiabilityError.is(error) && error.code).toBe('invalid_option');
  });
});
