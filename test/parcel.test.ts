/**
 * decideParcel on concrete parcels, every amount computed by hand: each label-split method with its
 * rounding ties (ids chosen so id order differs from input order), the not-returnable items, the
 * negotiated split, coverage and the outbound and replacement legs applied once per parcel, floors,
 * every input error, and the demo parcel with its texts.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Evaluator, NoRuleMatchedError, ReturnCaseError, type ParcelDecision } from '../src/index.js';
import { cnConsumerLaw, marketplaceStandard } from '../src/rules.js';
import { alwaysRule, caseIssues, fact, type Json, notReturnableRule, pathsAndCodes, usd } from './helpers.js';
import {
  codesOf,
  DATES,
  itemOf,
  type LabelSplit,
  lineOf,
  type OutboundMode,
  parcelOf,
  parcelRuleSet,
  portionsOf,
  priced,
  sharesOf,
} from './parcel-helpers.js';

const SELLER_REASONS = ['quality_defect', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'missing_parts'];

/** A reason-bound liability rule. */
const forReason = (name: string, priority: number, reason: string, params: Json) => ({ ...alwaysRule(name, priority, { code: name.replaceAll('-', '_'), ...params }), conditions: { all: [fact('reason', 'equal', reason)] } });

/**
 * A small shop: a `final_sale` tag is refused; the seller's reasons are at the seller's cost (outbound
 * too, the seller may only pay more); late delivery 70 % and "does not fit" 40 % seller; an `other`
 * reason may not be negotiated; everything else is the buyer's (outbound too).
 */
function shop(labelSplit: LabelSplit | undefined, outbound: OutboundMode = 'pro_rata'): Evaluator {
  return createEvaluator(
    parcelRuleSet(labelSplit === undefined ? undefined : { labelSplit, outbound }, [
      notReturnableRule('final-sale', 50, { all: [fact('itemTags', 'contains', 'final_sale')] }),
      {
        ...alwaysRule('seller-fault', 20, { code: 'seller_fault', shares: { seller: 100 }, outbound: 'seller', negotiation: 'seller_may_pay_more' }),
        conditions: { all: [fact('reason', 'in', SELLER_REASONS)] },
      },
      forReason('late', 15, 'late_delivery', { shares: { seller: 70, buyer: 30 }, outbound: 'buyer' }),
      forReason('fit', 14, 'does_not_fit', { shares: { seller: 40, buyer: 60 }, outbound: 'buyer' }),
      forReason('no-deal', 13, 'other', { negotiation: 'none', outbound: 'buyer' }),
      alwaysRule('buyer-pays', 1, { code: 'buyer_pays', shares: { buyer: 100 }, outbound: 'buyer' }),
    ]),
  );
}

const item = (id: string, reason = 'changed_mind', extra: Json = {}): Json => ({ id, reason, ...extra });
const finalSale = (id: string): Json => item(id, 'changed_mind', { item: { tags: ['final_sale'] } });
const units = (id: string, quantity: number): Json => item(id, 'changed_mind', { item: { quantity } });
const weighing = (id: string, weightGrams: number, extra: Json = {}): Json => ({ ...item(id), weightGrams, ...extra });
const label = (amount: number): Json => ({ costs: { returnShipping: usd(amount) } });

const shareOf = (decision: { lines: ParcelDecision['lines'] }, party: string, cost: 'returnShipping' | 'outboundShipping' | 'replacementShipping' = 'returnShipping') =>
  lineOf(decision, cost)
    ?.shares.filter((share) => share.party === party)
    .reduce((sum, share) => sum + share.amount.amount, 0);

// ── The label split ───────────────────────────────────────────────────────────────────────────────

type SplitRow = [name: string, labelSplit: LabelSplit, amount: number, items: Json[], portions: Array<[string, number]>];

describe('label split: portions by hand, largest remainder, ties to the lowest id', () => {
  const rows: SplitRow[] = [
    // equal: per unit
    ['equal: 100 cents over three items, the extra cent to the lowest id (not the first)', 'equal', 100, [item('c'), item('a'), item('b')], [['c', 33], ['a', 34], ['b', 33]]],
    ['equal: per unit, the largest remainder before the lowest id', 'equal', 101, [units('a', 1), units('b', 2), units('c', 1)], [['a', 25], ['b', 51], ['c', 25]]],
    ['equal: two cents over four items go to the two lowest ids', 'equal', 2, [item('d'), item('b'), item('c'), item('a')], [['d', 0], ['b', 1], ['c', 0], ['a', 1]]],
    ['equal: ids in code-unit order ("B" before "a")', 'equal', 1, [item('a'), item('B')], [['a', 0], ['B', 1]]],
    ['equal: ids in code-unit order ("😀" U+D83D… before "ｚ" U+FF5A)', 'equal', 1, [item('ｚ'), item('😀')], [['ｚ', 0], ['😀', 1]]],
    // by_value: price × quantity
    ['by_value: price × quantity', 'by_value', 1000, [priced('b', 'changed_mind', 3000), priced('a', 'changed_mind', 1000, { item: { quantity: 2 } })], [['b', 600], ['a', 400]]],
    ['by_value: a tie goes to the lowest id', 'by_value', 101, [priced('b', 'changed_mind', 1500), priced('a', 'changed_mind', 1500)], [['b', 50], ['a', 51]]],
    ['by_value: the largest remainder wins over the lowest id', 'by_value', 10, [priced('a', 'changed_mind', 1), priced('b', 'changed_mind', 2)], [['a', 3], ['b', 7]]],
    ['by_value: 100 cents over three equal values', 'by_value', 100, [priced('z', 'changed_mind', 500), priced('m', 'changed_mind', 500), priced('k', 'changed_mind', 500)], [['z', 33], ['m', 33], ['k', 34]]],
    // by_weight: weightGrams only
    ['by_weight: in proportion to weight', 'by_weight', 999, [weighing('b', 1000), weighing('a', 3000)], [['b', 250], ['a', 749]]],
    ['by_weight: a tie goes to the lowest id', 'by_weight', 5, [weighing('b', 500), weighing('a', 500)], [['b', 2], ['a', 3]]],
    ['by_weight: price and quantity do not count', 'by_weight', 400, [weighing('a', 100, { item: { price: usd(9000), quantity: 3 } }), weighing('b', 300, { item: { price: usd(1) } })], [['a', 100], ['b', 300]]],
    // seller_fault_carries: the item with the largest seller share carries the whole label
    ['seller_fault_carries: the seller-fault item carries the label', 'seller_fault_carries', 1000, [item('mug'), item('kettle', 'quality_defect')], [['mug', 0], ['kettle', 1000]]],
    ['seller_fault_carries: two seller-fault items, the lowest id carries', 'seller_fault_carries', 1000, [item('z-kettle', 'quality_defect'), item('b-toaster', 'wrong_item')], [['z-kettle', 0], ['b-toaster', 1000]]],
    ['seller_fault_carries: the largest seller share (70 %) beats a lower id (40 %)', 'seller_fault_carries', 1000, [item('a', 'does_not_fit'), item('b', 'late_delivery'), item('c')], [['a', 0], ['b', 1000], ['c', 0]]],
    ['seller_fault_carries: no seller share at all, the lowest id carries', 'seller_fault_carries', 1000, [item('b'), item('a')], [['b', 0], ['a', 1000]]],
    ['seller_fault_carries: the lowest id in code units ("B" before "a")', 'seller_fault_carries', 1000, [item('a', 'quality_defect'), item('B', 'quality_defect')], [['a', 0], ['B', 1000]]],
  ];

  it.each(rows)('%s', (_, labelSplit, amount, items, portions) => {
    const decision = shop(labelSplit).decideParcel(parcelOf(items, label(amount)));
    expect(decision.labelSplit.method).toBe(labelSplit);
    expect(portionsOf(decision)).toEqual(portions);
    // Each item carries its portion as its return-shipping line, and the portions make the label.
    for (const [id, portion] of portions) expect(lineOf(itemOf(decision, id), 'returnShipping')?.total).toEqual(usd(portion));
    expect(lineOf(decision, 'returnShipping')?.total).toEqual(usd(amount));
    expect(decision.warnings).toEqual([]);
  });

  it('seller_fault_carries: the carrier’s own shares apply to the whole label, the others pay nothing', () => {
    const decision = shop('seller_fault_carries').decideParcel(parcelOf([item('a', 'does_not_fit'), item('b', 'late_delivery')], label(1000)));
    expect(sharesOf(lineOf(itemOf(decision, 'b'), 'returnShipping'))).toEqual([['seller', 700, 'rule'], ['buyer', 300, 'rule']]);
    expect(itemOf(decision, 'a').totals).toEqual({ buyer: usd(0), seller: usd(0) });
    expect(decision.totals).toEqual({ seller: usd(700), buyer: usd(300) });
  });

  it('each item’s facts see the whole label: a rule on returnShippingAmount ≥ 1000 matches items whose portion is 500', () => {
    const evaluator = createEvaluator(
      parcelRuleSet({ labelSplit: 'equal' }, [
        { ...alwaysRule('expensive-label', 5, { code: 'expensive', shares: { seller: 100 } }), conditions: { all: [fact('returnShippingAmount', 'greaterThanInclusive', 1000)] } },
        alwaysRule('fallback', 1),
      ]),
    );
    const decision = evaluator.decideParcel(parcelOf([item('a'), item('b')], label(1000)));
    expect(decision.items.map((d) => d.rule.name)).toEqual(['expensive-label', 'expensive-label']);
    expect(portionsOf(decision)).toEqual([['a', 500], ['b', 500]]);
    expect(decision.totals).toEqual({ seller: usd(1000) });
  });

  it('by_value is the default, and pro_rata: a rule set without "parcel"', () => {
    const evaluator = shop(undefined);
    expect(evaluator.ruleSet.parcel).toEqual({ labelSplit: 'by_value', outbound: 'pro_rata' });
    const decision = evaluator.decideParcel(parcelOf([priced('a', 'changed_mind', 1000), priced('b', 'changed_mind', 3000)], label(1000)));
    expect(decision.labelSplit.method).toBe('by_value');
    expect(portionsOf(decision)).toEqual([['a', 250], ['b', 750]]);
  });

  it('the built-in rule sets use seller_fault_carries', () => {
    expect(marketplaceStandard.parcel.labelSplit).toBe('seller_fault_carries');
    expect(cnConsumerLaw.parcel.labelSplit).toBe('seller_fault_carries');
  });
});

describe('by_value fallback', () => {
  it('an item without a price: equal per unit, method "equal", a label_split_fallback warning and text', () => {
    const decision = shop('by_value').decideParcel(parcelOf([priced('b', 'changed_mind', 3000), units('a', 3)], label(1000)));
    expect(decision.labelSplit.method).toBe('equal');
    expect(portionsOf(decision)).toEqual([['b', 250], ['a', 750]]);
    expect(codesOf(decision)).toEqual(['label_split_fallback']);
    expect(decision.text.summary).toMatch(/^Not every item has a price, so the label \(\$10\.00\) is shared equally per unit: “b” \$2\.50 and “a” \$7\.50\./);
  });

  it('every value 0: the same fallback', () => {
    const decision = shop('by_value').decideParcel(parcelOf([priced('b', 'changed_mind', 0), priced('a', 'changed_mind', 0)], label(101)));
    expect(decision.labelSplit.method).toBe('equal');
    expect(portionsOf(decision)).toEqual([['b', 50], ['a', 51]]);
    expect(codesOf(decision)).toEqual(['label_split_fallback']);
  });

  it('one value 0 among priced items is no fallback: it gets nothing', () => {
    const decision = shop('by_value').decideParcel(parcelOf([priced('a', 'changed_mind', 0), priced('b', 'changed_mind', 500)], label(999)));
    expect(decision.labelSplit.method).toBe('by_value');
    expect(portionsOf(decision)).toEqual([['a', 0], ['b', 999]]);
    expect(decision.warnings).toEqual([]);
  });

  it('only returnable items need a price: a refused item without one does not make it fall back', () => {
    const decision = shop('by_value').decideParcel(parcelOf([finalSale('a'), priced('b', 'changed_mind', 500), priced('c', 'changed_mind', 1500)], label(1000)));
    expect(decision.labelSplit.method).toBe('by_value');
    expect(portionsOf(decision)).toEqual([['b', 250], ['c', 750]]);
    expect(codesOf(decision)).toEqual(['not_returnable_item']);
  });
});

describe('by_weight without weights', () => {
  it('throws weight_required at the path of each returnable item without weightGrams', () => {
    const issues = caseIssues(() => shop('by_weight').decideParcel(parcelOf([weighing('a', 100), item('b'), item('c')])));
    expect(pathsAndCodes(issues)).toEqual([
      [['items', 1, 'weightGrams'], 'weight_required'],
      [['items', 2, 'weightGrams'], 'weight_required'],
    ]);
    const result = shop('by_weight').safeDecideParcel(parcelOf([weighing('a', 100), item('b')]));
    expect(result.ok === false && ReturnCaseError.is(result.error) && pathsAndCodes(result.error.issues)).toEqual([[['items', 1, 'weightGrams'], 'weight_required']]);
  });

  it('a refused item needs no weight', () => {
    const decision = shop('by_weight').decideParcel(parcelOf([weighing('a', 100), finalSale('b')], label(500)));
    expect(portionsOf(decision)).toEqual([['a', 500]]);
  });
});

// ── Items that cannot be returned ─────────────────────────────────────────────────────────────────

describe('not-returnable items', () => {
  it('take no portion, have no lines, and are named in a not_returnable_item warning; the others share the label', () => {
    const decision = shop('equal').decideParcel(parcelOf([finalSale('a'), item('b'), item('c')], label(1001)));
    expect(portionsOf(decision)).toEqual([['b', 501], ['c', 500]]);
    const refused = itemOf(decision, 'a');
    expect(refused).toMatchObject({ outcome: 'not_returnable', code: 'final_sale', lines: [], totals: {} });
    expect(decision.warnings).toEqual([{ code: 'not_returnable_item', message: 'item "a" is not returnable (rule "final-sale"); it takes no part of the label' }]);
    expect(decision.totals).toEqual({ buyer: usd(1001) });
    expect(decision.text.summary).toContain('“a” cannot be returned and takes no part of the label.');
  });

  it('an all-refused parcel: no portions, no lines, nobody pays; one warning per item', () => {
    const decision = shop('by_value').decideParcel(parcelOf([finalSale('b'), finalSale('a')], label(700)));
    expect(decision.labelSplit).toEqual({ method: 'by_value', portions: [] });
    expect(decision.lines).toEqual([]);
    expect(decision.totals).toEqual({});
    expect(decision.items.map((d) => d.outcome)).toEqual(['not_returnable', 'not_returnable']);
    expect(codesOf(decision)).toEqual(['not_returnable_item', 'not_returnable_item']);
    expect(decision.text.summary).toBe(
      'None of the items can be returned, so nobody pays for the label. “b” cannot be returned and takes no part of the label. “a” cannot be returned and takes no part of the label.',
    );
  });

  it('an all-refused parcel is refused under every method, weights or not', () => {
    for (const method of ['seller_fault_carries', 'by_value', 'by_weight', 'equal'] as const) {
      const decision = shop(method).decideParcel(parcelOf([finalSale('a')], label(700)));
      expect(decision.labelSplit).toEqual({ method, portions: [] });
    }
  });

  // Regression (found against 3a1e8bb, fixed in cd28df5): with no returnable item the outbound and
  // replacement legs were spread over zero items and allocateByWeights threw ("weights sum to 0"), so
  // the parcel failed with evaluation_failed where decide() on the same case refuses it.
  it.each([
    ['an outbound cost and no order.value', { costs: { returnShipping: usd(700), outboundShipping: usd(500) } }],
    ['an outbound cost with order.value 0', { costs: { returnShipping: usd(700), outboundShipping: usd(500) }, order: { value: usd(0) } }],
    ['a replacement cost', { costs: { returnShipping: usd(700), replacementShipping: usd(300) } }],
  ])('an all-refused parcel with %s is refused, like the case', (_, overrides) => {
    const evaluator = shop('by_value');
    const single = evaluator.decide({ reason: 'changed_mind', item: { tags: ['final_sale'] }, dates: { ...DATES }, ...overrides });
    expect(single.outcome).toBe('not_returnable');
    const result = evaluator.safeDecideParcel(parcelOf([finalSale('a')], overrides));
    expect(result.ok ? undefined : `${result.error.code}: ${result.error.message}`).toBeUndefined();
    expect(result.ok && result.decision.lines).toEqual([]);
  });
});

// ── The negotiated split, once over the label ─────────────────────────────────────────────────────

describe('negotiated split at parcel level', () => {
  it('sellerPercent applies to every portion', () => {
    const decision = shop('equal').decideParcel(parcelOf([item('b'), item('a')], { ...label(1000), negotiatedSplit: { sellerPercent: 25 } }));
    for (const id of ['a', 'b']) {
      expect(sharesOf(lineOf(itemOf(decision, id), 'returnShipping'))).toEqual([['seller', 125, 'negotiated_split'], ['buyer', 375, 'negotiated_split']]);
      expect(itemOf(decision, id).warnings).toEqual([]);
    }
    expect(lineOf(decision, 'returnShipping')?.shares).toEqual([
      { party: 'seller', amount: usd(250), percent: 25, via: 'negotiated_split' },
      { party: 'buyer', amount: usd(750), percent: 75, via: 'negotiated_split' },
    ]);
  });

  it('sellerAmount is spread over the portions in proportion, a tie to the lowest id', () => {
    const decision = shop('equal').decideParcel(parcelOf([item('b'), item('a')], { ...label(1000), negotiatedSplit: { sellerAmount: usd(101) } }));
    expect(sharesOf(lineOf(itemOf(decision, 'a'), 'returnShipping'))).toEqual([['seller', 51, 'negotiated_split'], ['buyer', 449, 'negotiated_split']]);
    expect(sharesOf(lineOf(itemOf(decision, 'b'), 'returnShipping'))).toEqual([['seller', 50, 'negotiated_split'], ['buyer', 450, 'negotiated_split']]);
    expect(decision.totals).toEqual({ seller: usd(101), buyer: usd(899) });
  });

  it('sellerAmount over unequal portions: in proportion to each portion, not per item', () => {
    const decision = shop('by_value').decideParcel(
      parcelOf([priced('a', 'changed_mind', 1000), priced('b', 'changed_mind', 3000)], { ...label(1000), negotiatedSplit: { sellerAmount: usd(500) } }),
    );
    expect(portionsOf(decision)).toEqual([['a', 250], ['b', 750]]);
    expect(shareOf(itemOf(decision, 'a'), 'seller')).toBe(125);
    expect(shareOf(itemOf(decision, 'b'), 'seller')).toBe(375);
  });

  it('is ignored for the whole parcel when any returnable item’s rule says negotiation "none"', () => {
    const decision = shop('equal').decideParcel(parcelOf([item('a'), item('b', 'other')], { ...label(1000), negotiatedSplit: { sellerPercent: 50 } }));
    expect(decision.items.map(codesOf)).toEqual([['negotiation_ignored'], ['negotiation_ignored']]);
    expect(lineOf(decision, 'returnShipping')?.shares.map((share) => [share.party, share.amount.amount, share.via])).toEqual([['buyer', 1000, 'rule']]);
  });

  it('a refused item whose rule would forbid negotiation does not count: the split applies to the others', () => {
    // "other" + final_sale is refused (priority 50) before its no-deal rule is reached.
    const decision = shop('equal').decideParcel(
      parcelOf([item('a'), item('b', 'other', { item: { tags: ['final_sale'] } })], { ...label(1000), negotiatedSplit: { sellerPercent: 50 } }),
    );
    expect(sharesOf(lineOf(itemOf(decision, 'a'), 'returnShipping'))).toEqual([['seller', 500, 'negotiated_split'], ['buyer', 500, 'negotiated_split']]);
  });

  it('is rejected for the whole parcel when it lowers the seller’s part of a seller_may_pay_more item', () => {
    // The kettle carries the $9.80 label at the seller's cost; 50 % would lower that to $4.90.
    const decision = createEvaluator(marketplaceStandard).decideParcel(demoParcel({ negotiatedSplit: { sellerPercent: 50 } }));
    expect(decision.items.map(codesOf)).toEqual([['negotiation_rejected'], ['negotiation_rejected']]);
    expect(sharesOf(lineOf(decision, 'returnShipping'))).toEqual([['seller', 980, 'rule']]);
    // Agreeing to what the rule already says is no lowering: applied.
    const agreed = createEvaluator(marketplaceStandard).decideParcel(demoParcel({ negotiatedSplit: { sellerAmount: usd(980) } }));
    expect(agreed.items.map(codesOf)).toEqual([[], []]);
    expect(sharesOf(lineOf(agreed, 'returnShipping'))).toEqual([['seller', 980, 'negotiated_split']]);
  });
});

// ── Coverage, once per parcel ─────────────────────────────────────────────────────────────────────

describe('coverage at parcel level', () => {
  const guarantee = (coverage: Json = {}) => ({ coverage: { kind: 'return_guarantee', payer: 'platform', ...coverage } });

  it('the limit counts for the whole parcel, spread over the covered items (a tie to the lowest id)', () => {
    const decision = shop('equal').decideParcel(parcelOf([item('b'), item('a')], { ...label(1000), ...guarantee({ limit: usd(301) }) }));
    expect(sharesOf(lineOf(itemOf(decision, 'a'), 'returnShipping'))).toEqual([['platform', 151, 'coverage'], ['buyer', 349, 'rule']]);
    expect(sharesOf(lineOf(itemOf(decision, 'b'), 'returnShipping'))).toEqual([['platform', 150, 'coverage'], ['buyer', 350, 'rule']]);
    // 301 in all, not 301 per item.
    expect(decision.totals).toEqual({ platform: usd(301), buyer: usd(699) });
  });

  it('firstReturnOnly counts the parcel as one return: covered with no prior return, not with one', () => {
    const first = shop('equal').decideParcel(parcelOf([item('a'), item('b')], { ...label(1000), priorReturns: 0, ...guarantee({ firstReturnOnly: true }) }));
    expect(first.totals).toEqual({ platform: usd(1000) });
    const later = shop('equal').decideParcel(parcelOf([item('a'), item('b')], { ...label(1000), priorReturns: 1, ...guarantee({ firstReturnOnly: true }) }));
    expect(later.totals).toEqual({ buyer: usd(1000) });
    expect(later.items.every((d) => d.text.details.length > 0)).toBe(true);
  });

  it('only items whose reason is in coverage.reasons are covered, and the limit goes to them', () => {
    const decision = shop('equal').decideParcel(parcelOf([item('a'), item('b', 'ordered_by_mistake')], { ...label(1000), ...guarantee({ reasons: ['ordered_by_mistake'], limit: usd(300) }) }));
    expect(sharesOf(lineOf(itemOf(decision, 'a'), 'returnShipping'))).toEqual([['buyer', 500, 'rule']]);
    expect(sharesOf(lineOf(itemOf(decision, 'b'), 'returnShipping'))).toEqual([['platform', 300, 'coverage'], ['buyer', 200, 'rule']]);
  });

  it('beneficiary seller: the insurer takes the seller’s part of the covered items only', () => {
    const decision = shop('by_value').decideParcel(
      parcelOf([priced('k', 'quality_defect', 3000), priced('m', 'changed_mind', 1000)], {
        ...label(1000),
        coverage: { kind: 'return_shipping_insurance', payer: 'insurer', beneficiary: 'seller', limit: usd(500) },
      }),
    );
    expect(portionsOf(decision)).toEqual([['k', 750], ['m', 250]]);
    expect(sharesOf(lineOf(itemOf(decision, 'k'), 'returnShipping'))).toEqual([['seller', 250, 'rule'], ['insurer', 500, 'coverage']]);
    expect(sharesOf(lineOf(itemOf(decision, 'm'), 'returnShipping'))).toEqual([['buyer', 250, 'rule']]);
    expect(decision.totals).toEqual({ seller: usd(250), insurer: usd(500), buyer: usd(250) });
  });
});

// ── The original delivery and the replacement leg ─────────────────────────────────────────────────

describe('outbound and replacement legs at parcel level', () => {
  /** b (buyer's reason, outbound buyer) $30, a (seller fault, outbound seller) $20; outbound $8.01. */
  const returned = [priced('b', 'changed_mind', 3000), priced('a', 'quality_defect', 2000)];
  const outbound = (extra: Json = {}) => ({ costs: { returnShipping: usd(1000), outboundShipping: usd(801) }, ...extra });

  it('pro_rata: the returned goods’ share of the delivery ($50 of $100: 400.5 → 401), spread by value (240.6 → 241, 160.4 → 160)', () => {
    const decision = shop('by_value').decideParcel(parcelOf(returned, outbound({ order: { value: usd(10_000) } })));
    expect(lineOf(itemOf(decision, 'b'), 'outboundShipping')?.shares.map((s) => [s.party, s.amount.amount])).toEqual([['buyer', 241]]);
    expect(lineOf(itemOf(decision, 'a'), 'outboundShipping')?.shares.map((s) => [s.party, s.amount.amount])).toEqual([['seller', 160]]);
    expect(lineOf(decision, 'outboundShipping')?.total).toEqual(usd(401));
    expect(sharesOf(lineOf(decision, 'outboundShipping'))).toEqual([['seller', 160, 'rule'], ['buyer', 241, 'rule']]);
  });

  it('pro_rata without order.value: the whole delivery, spread by value', () => {
    const decision = shop('by_value').decideParcel(parcelOf(returned, outbound()));
    expect(sharesOf(lineOf(decision, 'outboundShipping'))).toEqual([['seller', 320, 'rule'], ['buyer', 481, 'rule']]);
  });

  it('pro_rata without prices: the whole delivery, spread per unit', () => {
    const decision = shop('equal').decideParcel(parcelOf([units('b', 3), item('a', 'quality_defect')], outbound({ order: { value: usd(10_000) } })));
    expect(lineOf(decision, 'outboundShipping')?.total).toEqual(usd(801));
    expect(lineOf(itemOf(decision, 'b'), 'outboundShipping')?.total).toEqual(usd(601));
    expect(lineOf(itemOf(decision, 'a'), 'outboundShipping')?.total).toEqual(usd(200));
  });

  it('whole_order_only, part of the order: no outbound line, an outbound_not_in_play warning per item', () => {
    const decision = shop('by_value', 'whole_order_only').decideParcel(parcelOf(returned, outbound({ order: { value: usd(10_000) } })));
    expect(lineOf(decision, 'outboundShipping')).toBeUndefined();
    expect(decision.items.map(codesOf)).toEqual([['outbound_not_in_play'], ['outbound_not_in_play']]);
    expect(decision.items.every((d) => lineOf(d, 'outboundShipping') === undefined)).toBe(true);
  });

  it('whole_order_only, the whole order: all of the delivery, spread by value', () => {
    const decision = shop('by_value', 'whole_order_only').decideParcel(parcelOf(returned, outbound({ order: { value: usd(5_000) } })));
    expect(sharesOf(lineOf(decision, 'outboundShipping'))).toEqual([['seller', 320, 'rule'], ['buyer', 481, 'rule']]);
    expect(decision.items.map(codesOf)).toEqual([[], []]);
  });

  it('the replacement leg goes to the exchange and repair items only', () => {
    const decision = shop('by_value').decideParcel(
      parcelOf([priced('b', 'changed_mind', 1000, { resolution: 'exchange' }), priced('a', 'quality_defect', 3000, { resolution: 'refund' })], {
        costs: { returnShipping: usd(1000), replacementShipping: usd(500) },
      }),
    );
    expect(lineOf(itemOf(decision, 'b'), 'replacementShipping')).toEqual({ cost: 'replacementShipping', total: usd(500), shares: [{ party: 'buyer', amount: usd(500), percent: 100, via: 'rule' }] });
    expect(lineOf(itemOf(decision, 'a'), 'replacementShipping')).toBeUndefined();
  });

  it('a repair counts like an exchange: the leg is spread by value over the exchange and repair items', () => {
    const decision = shop('by_value').decideParcel(
      parcelOf(
        [
          priced('c', 'changed_mind', 1000, { resolution: 'refund' }),
          priced('b', 'changed_mind', 1000, { resolution: 'exchange' }),
          priced('a', 'quality_defect', 3000, { resolution: 'repair' }),
        ],
        { costs: { returnShipping: usd(1000), replacementShipping: usd(500) } },
      ),
    );
    expect(lineOf(itemOf(decision, 'c'), 'replacementShipping')).toBeUndefined();
    expect(lineOf(itemOf(decision, 'b'), 'replacementShipping')?.total).toEqual(usd(125));
    expect(sharesOf(lineOf(itemOf(decision, 'a'), 'replacementShipping'))).toEqual([['seller', 375, 'rule']]);
  });

  it('the replacement leg over all returnable items by value when none is an exchange or repair', () => {
    const decision = shop('by_value').decideParcel(
      parcelOf([priced('b', 'changed_mind', 1000), priced('a', 'quality_defect', 3000), finalSale('c')], { costs: { returnShipping: usd(1000), replacementShipping: usd(500) } }),
    );
    expect(lineOf(itemOf(decision, 'b'), 'replacementShipping')?.total).toEqual(usd(125));
    expect(lineOf(itemOf(decision, 'a'), 'replacementShipping')?.total).toEqual(usd(375));
    expect(sharesOf(lineOf(decision, 'replacementShipping'))).toEqual([['seller', 375, 'rule'], ['buyer', 125, 'rule']]);
  });
});

// ── Floors ────────────────────────────────────────────────────────────────────────────────────────

describe('floors on parcels (marketplace-standard under cnConsumerLaw)', () => {
  const lawful = createEvaluator(marketplaceStandard, { floor: cnConsumerLaw });

  it('overrides a parcel the policy refuses (day 20) when the law allows the defective kettle', () => {
    const decision = lawful.decideParcel(demoParcel({ dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-22' } }));
    // The policy alone refuses both items.
    const policy = createEvaluator(marketplaceStandard).decideParcel(demoParcel({ dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-22' } }));
    expect(policy.items.map((d) => d.outcome)).toEqual(['not_returnable', 'not_returnable']);
    expect(decision.ruleSet.id).toBe('cn-consumer-law');
    expect(decision.overriddenBy).toEqual({ ruleSet: 'cn-consumer-law', rule: 'seller-fault', citation: 'CPL art. 24; Civil Code arts. 582, 610, 621 para. 2' });
    expect(decision.items.map((d) => [d.caseId, d.outcome, d.rule.name])).toEqual([
      ['kettle', 'allocated', 'seller-fault'],
      ['mug-set', 'not_returnable', 'past-no-reason-window'],
    ]);
    expect(portionsOf(decision)).toEqual([['kettle', 980]]);
    expect(decision.totals).toEqual({ seller: usd(980) });
    expect(codesOf(decision)).toEqual(['not_returnable_item', 'overridden_by_floor']);
    expect(decision.text.details[0]).toContain('"past-dispute-window"');
    expect(decision.text.details[0]).toContain('(rule "seller-fault"');
  });

  it('leaves a parcel the law would not improve to the policy: the demo parcel on day 3', () => {
    const decision = lawful.decideParcel(demoParcel());
    expect(decision.overriddenBy).toBeUndefined();
    expect(decision).toEqual(createEvaluator(marketplaceStandard).decideParcel(demoParcel()));
  });

  // Regression (found against 3a1e8bb, fixed in cd28df5): the parcel floor took a refusal for "the
  // buyer pays less". The policy accepts a day-10 changed-mind return at the buyer's cost;
  // cnConsumerLaw's 7-day window refuses it, so its buyer total (0) was lower and the floor "won" —
  // the buyer lost the return, where decide() keeps the policy's decision.
  it('never lets a floor refuse an item the policy accepts (a one-item parcel, as decide)', () => {
    const day10 = { reason: 'changed_mind', costs: { returnShipping: usd(980) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-12' } };
    const single = lawful.decide({ ...day10, id: 'mug-set' });
    expect(single).toMatchObject({ outcome: 'allocated', code: 'buyer_reasons' });
    expect(single.overriddenBy).toBeUndefined();
    const decision = lawful.decideParcel({ costs: day10.costs, dates: day10.dates, items: [{ id: 'mug-set', reason: 'changed_mind' }] });
    expect(decision.items.map((d) => [d.outcome, d.code])).toEqual([['allocated', 'buyer_reasons']]);
    expect(decision.overriddenBy).toBeUndefined();
  });
});

// ── Input errors ──────────────────────────────────────────────────────────────────────────────────

describe('input errors', () => {
  const evaluator = shop('equal');
  const pad = (n: number) => Array.from({ length: n }, (_, i) => item(`i${String(i).padStart(3, '0')}`));

  type ErrorRow = [name: string, input: unknown, issues: Array<[Array<string | number>, string]>];
  const rows: ErrorRow[] = [
    ['a duplicate item id', parcelOf([item('a'), item('b'), item('a')]), [[['items', 2, 'id'], 'duplicate_item_id']]],
    ['no items', parcelOf([]), [[['items'], 'too_small']]],
    ['101 items', parcelOf(pad(101)), [[['items'], 'too_big']]],
    ['items missing', { costs: { returnShipping: usd(1000) }, dates: { ...DATES } }, [[['items'], 'invalid_type']]],
    ['weightGrams 0', parcelOf([item('a'), weighing('b', 0)]), [[['items', 1, 'weightGrams'], 'invalid_weight']]],
    ['weightGrams 1.5', parcelOf([weighing('a', 1.5)]), [[['items', 0, 'weightGrams'], 'invalid_weight']]],
    ['weightGrams "x"', parcelOf([{ ...item('a'), weightGrams: 'x' }]), [[['items', 0, 'weightGrams'], 'invalid_weight']]],
    ['an item that is a string', parcelOf([item('a'), 'kettle']), [[['items', 1], 'invalid_type']]],
    ['an item that is null', parcelOf([null]), [[['items', 0], 'invalid_type']]],
    ['an item that is an array', parcelOf([item('a'), [item('b')]]), [[['items', 1], 'invalid_type']]],
    ['an item without an id', parcelOf([{ reason: 'changed_mind' }]), [[['items', 0, 'id'], 'invalid_type']]],
    ['a per-item field (reason) at parcel level', parcelOf([item('a')], { reason: 'changed_mind' }), [[['reason'], 'unrecognized_keys']]],
    ['a per-item field (item) at parcel level', parcelOf([item('a')], { item: { price: usd(100) } }), [[['item'], 'unrecognized_keys']]],
    ['an unknown item key', parcelOf([item('a'), { ...item('b'), colour: 'red' }]), [[['items', 1, 'colour'], 'unrecognized_keys']]],
    ['mixed currencies across items', parcelOf([priced('a', 'changed_mind', 100), { id: 'b', reason: 'changed_mind', item: { price: { amount: 100, currency: 'EUR' } } }]), [[['items', 1, 'item', 'price', 'currency'], 'mixed_currencies']]],
    ['an invalid item reason', parcelOf([item('a'), item('b', 'bored')]), [[['items', 1, 'reason'], 'invalid_value']]],
    ['a missing item reason', parcelOf([item('a'), { id: 'b' }]), [[['items', 1, 'reason'], 'invalid_value']]],
    ['an invalid item finding', parcelOf([item('a', 'quality_defect', { findings: { qualityDefect: 'yes' } })]), [[['items', 0, 'findings', 'qualityDefect'], 'invalid_type']]],
    ['a parcel-level error, once for three items', parcelOf([item('a'), item('b'), item('c')], { dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-01' } }), [[['dates', 'requestedAt'], 'requested_before_delivered']]],
    ['an unknown parcel-level key, once', parcelOf([item('a'), item('b')], { colour: 'red' }), [[[], 'unrecognized_keys']]],
    ['a parcel-level money error, once', parcelOf([item('a'), item('b')], { order: { value: { amount: 5, currency: 'EUR' } } }), [[['order', 'value', 'currency'], 'mixed_currencies']]],
    ['not an object', 'parcel', [[[], 'invalid_type']]],
  ];

  it.each(rows)('%s', (_, input, expected) => {
    expect(pathsAndCodes(caseIssues(() => evaluator.decideParcel(input)))).toEqual(expected);
    const result = evaluator.safeDecideParcel(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(ReturnCaseError);
  });

  it('reports every problem at once, each at its path', () => {
    const issues = caseIssues(() =>
      evaluator.decideParcel(parcelOf([item('a', 'bored'), 'x', { ...item('a'), weightGrams: 0, colour: 1 }], { reason: 'changed_mind', dates: { deliveredAt: '2026-03-02', requestedAt: 'soon' } })),
    );
    expect(pathsAndCodes(issues)).toEqual([
      [['reason'], 'unrecognized_keys'],
      [['items', 1], 'invalid_type'],
      [['items', 2, 'colour'], 'unrecognized_keys'],
      [['items', 2, 'id'], 'duplicate_item_id'],
      [['items', 2, 'weightGrams'], 'invalid_weight'],
      [['items', 0, 'reason'], 'invalid_value'],
      [['dates', 'requestedAt'], 'invalid_format'],
    ]);
  });

  it('a rule error names the item: NoRuleMatchedError for the item no rule matches', () => {
    const defectsOnly = createEvaluator(parcelRuleSet(undefined, [{ ...alwaysRule('defects', 1), conditions: { all: [fact('reason', 'equal', 'quality_defect')] } }]));
    const result = defectsOnly.safeDecideParcel(parcelOf([item('k', 'quality_defect'), item('m')]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(NoRuleMatchedError);
    expect(!result.ok && result.error.message).toContain('case "m"');
  });

  it('100 items with distinct ids are fine', () => {
    const decision = evaluator.decideParcel(parcelOf(pad(100), label(10_001)), { explain: false });
    expect(decision.labelSplit.portions).toHaveLength(100);
    // 100.01 each: the one extra cent to the lowest id.
    expect(portionsOf(decision).slice(0, 2)).toEqual([['i000', 101], ['i001', 100]]);
  });
});

// ── Shape of the decision ─────────────────────────────────────────────────────────────────────────

describe('the parcel decision', () => {
  it('names the parcel by its id and each item by its own; items in input order', () => {
    const decision = shop('equal').decideParcel(parcelOf([item('z'), item('a'), item('m')], { id: 'RMA-9' }));
    expect(decision.caseId).toBe('RMA-9');
    expect(decision.items.map((d) => d.caseId)).toEqual(['z', 'a', 'm']);
    expect(decision.ruleSet).toEqual({ id: 'test-rules', version: '1.0.0', digest: shop('equal').ruleSet.digest });
    const anonymous = shop('equal').decideParcel(parcelOf([item('z')]));
    expect('caseId' in anonymous).toBe(false);
  });

  it('explain: false — no parcel text, items without text or trace, the same money', () => {
    const input = demoParcel();
    const bare = createEvaluator(marketplaceStandard).decideParcel(input, { explain: false });
    const full = createEvaluator(marketplaceStandard).decideParcel(input);
    expect('text' in bare).toBe(false);
    expect(bare.items.every((d) => !('text' in d) && !('trace' in d))).toBe(true);
    expect(full.items.every((d) => 'text' in d && 'trace' in d)).toBe(true);
    const { text: _text, items: fullItems, ...fullRest } = full;
    const { items: bareItems, ...bareRest } = bare;
    expect(bareRest).toEqual(fullRest);
    expect(bareItems).toEqual(fullItems.map(({ text: _t, trace: _tr, ...rest }) => rest));
  });

  // Regression (found against 3a1e8bb, fixed in cd28df5): the parcel's line merged the items' shares
  // in the order it met them, so two shares of one party (platform via rule and via coverage)
  // swapped places when the items did.
  it('lists a line’s shares in the same order whatever the order of the items', () => {
    const evaluator = createEvaluator(
      parcelRuleSet({ labelSplit: 'equal' }, [forReason('platform-pays', 5, 'changed_mind', { shares: { platform: 100 }, coverage: false }), alwaysRule('fallback', 1)]),
    );
    const guaranteed = { coverage: { kind: 'return_guarantee', payer: 'platform' } };
    const one = evaluator.decideParcel(parcelOf([item('x', 'does_not_fit'), item('y')], guaranteed));
    const other = evaluator.decideParcel(parcelOf([item('y'), item('x', 'does_not_fit')], guaranteed));
    expect(sharesOf(lineOf(one, 'returnShipping'))?.sort()).toEqual([['platform', 500, 'coverage'], ['platform', 500, 'rule']]);
    expect(sharesOf(lineOf(other, 'returnShipping'))).toEqual(sharesOf(lineOf(one, 'returnShipping')));
  });

  // Regression (found against 3a1e8bb, fixed in cd28df5): with no seller share the label goes to the
  // lowest id, and the text called that item "the first item of the parcel" — here it is the second.
  it('names the carrier by id order, not as the first item, when no item is at the seller’s cost', () => {
    const input = parcelOf([item('b'), item('a')]);
    const decision = shop('seller_fault_carries').decideParcel(input);
    expect(portionsOf(decision)).toEqual([['b', 0], ['a', 1000]]);
    expect(decision.text.summary).not.toContain('first item of the parcel');
    expect(decision.text.summary).toMatchInlineSnapshot(`"No item is returned at the seller’s cost, so the whole label ($10.00) goes with “a”, the first by item id; “b” travels with it at no extra cost. In all, the buyer pays $10.00."`);
    expect(shop('seller_fault_carries').decideParcel(input, { locale: 'zh-CN' }).text.summary).toMatchInlineSnapshot(`"没有商品须由卖家承担退货运费，整张退货面单（US$10.00）计入按编号排在最前的“a”；“b”随同寄回，不另计运费。合计：买家承担US$10.00。"`);
  });

  it('says so when the carrier is returned partly at the seller’s cost', () => {
    const decision = shop('seller_fault_carries').decideParcel(parcelOf([item('a', 'does_not_fit'), item('b', 'late_delivery')]));
    expect(decision.text.summary).toMatchInlineSnapshot(`"“b” is returned partly at the seller’s cost, so the whole label ($10.00) goes with it; “a” travels with it at no extra cost. In all, the seller pays $7.00 and the buyer pays $3.00."`);
  });
});

// ── The demo parcel ───────────────────────────────────────────────────────────────────────────────

/** A defective kettle ($39.90) and a changed-mind mug set ($19.00), one $9.80 label, day 3. */
function demoParcel(overrides: Json = {}): Json {
  return {
    costs: { returnShipping: usd(980) },
    dates: { ...DATES },
    items: [
      { id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true }, item: { price: usd(3990) } },
      { id: 'mug-set', reason: 'changed_mind', item: { price: usd(1900) } },
    ],
    ...overrides,
  };
}

describe('the demo parcel under marketplaceStandard', () => {
  const evaluator = createEvaluator(marketplaceStandard);

  it('the seller pays the whole label with the kettle; the mug set travels free', () => {
    const decision = evaluator.decideParcel(demoParcel());
    expect(decision.labelSplit).toEqual({ method: 'seller_fault_carries', portions: [{ item: 'kettle', amount: usd(980) }, { item: 'mug-set', amount: usd(0) }] });
    expect(decision.items.map((d) => [d.caseId, d.code, d.totals])).toEqual([
      ['kettle', 'seller_fault', { seller: usd(980) }],
      ['mug-set', 'buyer_reasons', { buyer: usd(0) }],
    ]);
    expect(decision.lines).toEqual([{ cost: 'returnShipping', total: usd(980), shares: [{ party: 'seller', amount: usd(980), percent: 100, via: 'rule' }] }]);
    expect(decision.totals).toEqual({ seller: usd(980) });
    expect(decision.warnings).toEqual([]);
  });

  it('explains it in English', () => {
    const { text } = evaluator.decideParcel(demoParcel());
    expect(text.locale).toBe('en');
    expect(text.summary).toMatchInlineSnapshot(`"“kettle” is returned at the seller’s cost, so the whole label ($9.80) goes with it; “mug-set” travels with it at no extra cost. In all, the seller pays $9.80. Refund $68.70: $58.90 for the goods and $9.80 for the return label."`);
    expect(text.details).toMatchInlineSnapshot(`
      [
        "“kettle”: The problem lies with the seller, so the seller pays the return shipping of $9.80.",
        "“mug-set”: Returned for the buyer's own reasons: return shipping ($0.00) is the buyer's cost, and the buyer pays $0.00 of it.",
      ]
    `);
  });

  it('explains it in Chinese', () => {
    const { text } = evaluator.decideParcel(demoParcel(), { locale: 'zh-CN' });
    expect(text.locale).toBe('zh-CN');
    expect(text.summary).toMatchInlineSnapshot(`"“kettle”须由卖家承担退货运费，整张退货面单（US$9.80）计入该商品；“mug-set”随同寄回，不另计运费。合计：卖家承担US$9.80。退款US$68.70：退还货款US$58.90、退货运费US$9.80。"`);
    expect(text.details).toMatchInlineSnapshot(`
      [
        "“kettle”：问题由卖家造成，退货运费US$9.80由卖家承担。",
        "“mug-set”：因买家个人原因退货，退货运费（US$0.00）由买家承担，买家实付US$0.00。",
      ]
    `);
  });
});
