/**
 * Properties of decideParcel (10,000 runs each, fixed seeds): a one-item parcel is a case; the order
 * of the items changes no amount; every line, the label split and the totals add up exactly; nothing
 * is negative; the same parcel gets the same decision. Parcels are drawn under the built-in rule sets
 * (as shipped, and re-loaded with every label split and outbound mode) and random-shares rule sets
 * over all four label-split methods, with and without negotiated split, coverage, outbound and
 * replacement legs, prices, weights and order value, and policies under statutory floors. Parcels
 * have at most five items, so each property runs in a few seconds.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETURN_REASONS } from '../src/case/vocabulary.js';
import { createEvaluator, type Evaluator, type Line, type ReturnLiabilityError } from '../src/index.js';
import { PARTIES } from '../src/money/money.js';
import { loadRuleSet, type RuleSet } from '../src/rule-set/load.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../src/rules.js';
import { alwaysRule, deepFreeze, fact, notReturnableRule, ruleSetDocument, sharesArb, type Json } from './helpers.js';
import {
  amountsByParty,
  type AnyParcelDecision,
  builtInWith,
  LABEL_SPLITS,
  type LabelSplit,
  lineAmounts,
  OUTBOUND_MODES,
  portionsOf,
  summedLineAmounts,
} from './parcel-helpers.js';

const RUNS = 10_000;
/**
 * Per-property timeouts. Measured (10,000 runs, a loaded 2-core box, the whole file at once): no
 * crash 2.5–3.4 s, (a) 2.2–4.7 s, (a) under floors 2.8–4.8 s, (b)
 * 3.1–3.9 s, (c) 1.7–1.9 s, (d) 2.1–2.3 s, (e) 1.5–1.6 s, determinism 5.2 s. The timeouts leave a
 * busy CI runner, sharing its two cores with other test files, six to eight times that.
 */
const TIMEOUT = { noCrash: 20_000, oneItem: 30_000, reorder: 30_000, exact: 15_000, sums: 15_000, nonNegative: 15_000, deterministic: 40_000 } as const;

// ── Rule sets ─────────────────────────────────────────────────────────────────────────────────────

const SELLER_REASONS = ['quality_defect', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'missing_parts'];
const OWN_REASONS = ['changed_mind', 'does_not_fit', 'ordered_by_mistake', 'better_price_found'];
const compact = (record: Json): Json => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

const paramsArb = fc
  .record({
    shares: sharesArb,
    replacementShares: fc.option(sharesArb, { nil: undefined }),
    outbound: fc.constantFrom(undefined, 'seller', 'buyer', 'seller_up_to_standard'),
    negotiation: fc.constantFrom('any', 'seller_may_pay_more', 'none'),
    coverage: fc.boolean(),
  })
  .map(compact);

/**
 * A rule-set document with random shares: a refusal for one reason (sometimes none), a rule for
 * the seller's reasons, one for the buyer's own reasons, a fallback — each with random params.
 */
const randomDocumentArb = fc
  .record({
    refused: fc.option(fc.constantFrom(...RETURN_REASONS), { nil: undefined }),
    fault: paramsArb,
    own: paramsArb,
    fallback: paramsArb,
  })
  .map(({ refused, fault, own, fallback }) =>
    ruleSetDocument({
      id: 'random-shares',
      rules: [
        ...(refused === undefined ? [] : [notReturnableRule('refused', 50, { all: [fact('reason', 'equal', refused)] })]),
        { ...alwaysRule('fault', 20, { ...fault, code: 'fault' }), conditions: { any: [fact('reason', 'in', SELLER_REASONS), fact('qualityDefect', 'equal', true)] } },
        { ...alwaysRule('own', 10, { ...own, code: 'own' }), conditions: { all: [fact('reason', 'in', OWN_REASONS)] } },
        alwaysRule('fallback', 1, { ...fallback, code: 'fallback' }),
      ],
    }),
  );

/** 48 random-shares rule sets, each label split and outbound mode six times over. */
const randomRuleSets: RuleSet[] = fc.sample(randomDocumentArb, { numRuns: 48, seed: 20260302 }).map((document, index) =>
  loadRuleSet({ ...document, parcel: { labelSplit: LABEL_SPLITS[index % 4], outbound: OUTBOUND_MODES[Math.floor(index / 4) % 2] } }),
);

/** The built-in rule files under every label split and outbound mode. */
const builtInVariants: RuleSet[] = (['marketplace-standard', 'cn-consumer-law', 'eu-consumer-rights'] as const).flatMap((id) =>
  LABEL_SPLITS.flatMap((split) => OUTBOUND_MODES.map((mode) => builtInWith(id, split, mode))),
);

interface Subject {
  /** How fast-check prints it in a counterexample. */
  readonly [fc.toStringMethod]: () => string;
  readonly name: string;
  readonly evaluator: Evaluator;
  /** A second evaluator of the same rule set and floor. */
  readonly twin: Evaluator;
  /** For a policy under a floor: the policy alone and the floor alone. */
  readonly alone?: { readonly policy: Evaluator; readonly floor: Evaluator };
  readonly labelSplit: LabelSplit;
}
const subject = (name: string, ruleSet: RuleSet, floor?: RuleSet): Subject => ({
  [fc.toStringMethod]: () => `«${name}»`,
  name,
  evaluator: createEvaluator(ruleSet, floor === undefined ? {} : { floor }),
  twin: createEvaluator(ruleSet, floor === undefined ? {} : { floor }),
  ...(floor === undefined ? {} : { alone: { policy: createEvaluator(ruleSet), floor: createEvaluator(floor) } }),
  labelSplit: ruleSet.parcel.labelSplit,
});

/** The built-in rule sets as shipped (all three use seller_fault_carries). */
const SHIPPED: Subject[] = [
  subject('marketplace-standard', marketplaceStandard),
  subject('cn-consumer-law', cnConsumerLaw),
  subject('eu-consumer-rights', euConsumerRights),
];
const VARIANTS: Subject[] = builtInVariants.map((ruleSet) => subject(`${ruleSet.id} ${ruleSet.parcel.labelSplit}/${ruleSet.parcel.outbound}`, ruleSet));
const RANDOM: Subject[] = randomRuleSets.map((ruleSet, index) => subject(`random-shares #${index} ${ruleSet.parcel.labelSplit}/${ruleSet.parcel.outbound}`, ruleSet));
const FLOORED: Subject[] = [
  subject('marketplace-standard ≥ cn-consumer-law', marketplaceStandard, cnConsumerLaw),
  subject('marketplace-standard ≥ eu-consumer-rights', marketplaceStandard, euConsumerRights),
  subject('marketplace-standard by_value ≥ cn-consumer-law', builtInWith('marketplace-standard', 'by_value', 'pro_rata'), cnConsumerLaw),
  subject('random-shares #1 ≥ eu-consumer-rights', randomRuleSets[1] as RuleSet, euConsumerRights),
];

/**
 * The rule set a run decides under: a built-in as shipped in 30 % of the runs, a built-in under
 * another label split or outbound mode in 30 %, random shares in 40 % — and, with `floors`, a policy
 * under a statutory floor in about a sixth. Floors are left out of (a): a floor compares a parcel as a whole
 * (it may allow an item the policy refuses, or lower the parcel's total), which parcel.test.ts pins.
 */
const subjectArb = (floors: boolean): fc.Arbitrary<Subject> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SHIPPED) },
    { weight: 3, arbitrary: fc.constantFrom(...VARIANTS) },
    { weight: 4, arbitrary: fc.constantFrom(...RANDOM) },
    ...(floors ? [{ weight: 2, arbitrary: fc.constantFrom(...FLOORED) }] : []),
  );

// ── Parcels ───────────────────────────────────────────────────────────────────────────────────────

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** Mostly everyday amounts, sometimes large ones. */
const amountArb = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 5_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }) });
/**
 * Ids whose code-unit order differs from input order, from case-folded order ("B" < "a") and from
 * code-point order ("😀" is U+D83D… in code units, before "ｚ" U+FF5A).
 */
const ITEM_IDS = ['a', 'b', 'B', 'c', 'item-1', 'item-10', 'item-2', 'ｚ', '😀', 'Z0'];

interface GeneratedItem {
  id: string;
  reason: (typeof RETURN_REASONS)[number];
  findings: Json | undefined;
  price: number | undefined;
  quantity: number | undefined;
  tags: string[] | undefined;
  condition: string | undefined;
  resolution: string | undefined;
  diminished: number | undefined;
  weight: number;
  hasWeight: boolean;
}

const itemArb: fc.Arbitrary<GeneratedItem> = fc.record({
  id: fc.constantFrom(...ITEM_IDS),
  reason: fc.constantFrom(...RETURN_REASONS),
  findings: optional(fc.record({ qualityDefect: fc.boolean(), wrongItem: fc.boolean(), damagedInTransit: fc.boolean() }, { requiredKeys: [] })),
  price: optional(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 200_000 }) })),
  quantity: optional(fc.integer({ min: 1, max: 4 })),
  tags: optional(fc.subarray(['bulky', 'custom_made', 'hygiene_seal_broken', 'perishable'], { maxLength: 2 })),
  condition: optional(fc.constantFrom('intact', 'opened', 'used')),
  resolution: optional(fc.constantFrom('refund', 'exchange', 'repair')),
  diminished: optional(fc.integer({ min: 0, max: 1_000 })),
  weight: fc.integer({ min: 1, max: 30_000 }),
  hasWeight: fc.boolean(),
});

interface GeneratedShared {
  currency: 'USD' | 'JPY';
  id: string | undefined;
  label: number;
  outbound: number | undefined;
  standard: number | undefined;
  replacement: number | undefined;
  daysLater: number;
  channel: string | undefined;
  seller: { freeReturns?: boolean; freeShipping?: 'none' | 'unconditional' | 'threshold'; thresholdStillMet?: boolean; disclosedReturnCosts?: boolean } | undefined;
  split: { sellerPercent: number } | { fraction: number } | undefined;
  coverage: Json | undefined;
  priorReturns: number | undefined;
  order: { kind: 'returned'; extra: number } | { kind: 'any'; value: number } | undefined;
}

const sharedArb: fc.Arbitrary<GeneratedShared> = fc.record({
  currency: fc.constantFrom('USD' as const, 'JPY' as const),
  id: optional(fc.constantFrom('RMA-1', 'parcel-7')),
  label: amountArb,
  outbound: optional(amountArb),
  standard: optional(amountArb),
  replacement: optional(amountArb),
  daysLater: fc.integer({ min: 0, max: 20 }),
  channel: optional(fc.constantFrom('distance', 'off_premises', 'in_store')),
  seller: optional(
    fc.record(
      { freeReturns: fc.boolean(), freeShipping: fc.constantFrom('none' as const, 'unconditional' as const, 'threshold' as const), thresholdStillMet: fc.boolean(), disclosedReturnCosts: fc.boolean() },
      { requiredKeys: [] },
    ),
  ),
  split: optional(fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((bp) => ({ sellerPercent: bp / 100 })), fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ fraction })))),
  coverage: optional(
    fc.record(
      {
        kind: fc.constantFrom('return_shipping_insurance', 'return_guarantee'),
        payer: fc.constantFrom('insurer', 'platform'),
        beneficiary: fc.constantFrom('buyer', 'seller'),
        limit: fc.integer({ min: 0, max: 3_000 }),
        reasons: fc.subarray([...RETURN_REASONS], { minLength: 1, maxLength: 5 }),
        firstReturnOnly: fc.boolean(),
      },
      { requiredKeys: ['kind', 'payer'] },
    ),
  ),
  priorReturns: optional(fc.integer({ min: 0, max: 2 })),
  order: optional(
    fc.oneof(
      fc.record({ kind: fc.constant('returned' as const), extra: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 })) }),
      fc.record({ kind: fc.constant('any' as const), value: fc.integer({ min: 0, max: 500_000 }) }),
    ),
  ),
});

const day = (offset: number) => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);

/** The parcel's own fields (everything but the items), as JSON. */
function sharedFields(g: GeneratedShared, items: readonly GeneratedItem[]): Json {
  const money = (amount: number) => ({ amount, currency: g.currency });
  const seller = g.seller === undefined ? undefined : { ...g.seller };
  if (seller !== undefined && seller.freeShipping !== 'threshold') delete seller.thresholdStillMet;
  const values = items.map((item) => (item.price === undefined ? undefined : item.price * (item.quantity ?? 1)));
  const known = values.every((v) => v !== undefined) ? (values as number[]).reduce((a, b) => a + b, 0) : 0;
  const orderValue = g.order === undefined ? undefined : g.order.kind === 'returned' ? known + g.order.extra : g.order.value;
  const coverage = g.coverage === undefined ? undefined : { ...g.coverage, ...(g.coverage['limit'] === undefined ? {} : { limit: money(g.coverage['limit'] as number) }) };
  return compact({
    id: g.id,
    channel: g.channel,
    costs: compact({
      returnShipping: money(g.label),
      outboundShipping: g.outbound === undefined ? undefined : money(g.outbound),
      standardOutboundShipping: g.standard === undefined ? undefined : money(g.standard),
      replacementShipping: g.replacement === undefined ? undefined : money(g.replacement),
    }),
    dates: { deliveredAt: day(0), requestedAt: day(g.daysLater) },
    seller,
    negotiatedSplit: g.split === undefined ? undefined : 'sellerPercent' in g.split ? g.split : { sellerAmount: money(Math.floor(g.split.fraction * g.label)) },
    coverage,
    priorReturns: g.priorReturns,
    order: orderValue === undefined ? undefined : { value: money(orderValue) },
  });
}

/** An item's own case fields, as JSON. */
function itemFields(item: GeneratedItem, currency: string): Json {
  const details = compact({
    price: item.price === undefined ? undefined : { amount: item.price, currency },
    quantity: item.quantity,
    tags: item.tags,
    condition: item.condition,
  });
  return compact({
    reason: item.reason,
    findings: item.findings,
    item: Object.keys(details).length === 0 ? undefined : details,
    resolution: item.resolution,
    inspection: item.diminished === undefined ? undefined : { diminishedValue: { amount: item.diminished, currency } },
  });
}

/** The parcel as JSON; under `by_weight` every item has a weight (a missing one is an error, tested in parcel.test.ts). */
function parcelJson(g: GeneratedShared, items: readonly GeneratedItem[], labelSplit: LabelSplit): Json {
  return {
    ...sharedFields(g, items),
    items: items.map((item) => ({ id: item.id, ...itemFields(item, g.currency), ...(item.hasWeight || labelSplit === 'by_weight' ? { weightGrams: item.weight } : {}) })),
  };
}

const localeArb = fc.constantFrom('en', 'zh-CN', 'de');
/** Decide options; `explain` is absent (true), true or false, with text in about `textRate` of the runs. */
const optionsArb = (textRate: number) =>
  fc
    .record({
      locale: optional(localeArb),
      explain: fc.oneof(
        { weight: Math.round(textRate * 100), arbitrary: fc.constantFrom(undefined, true) },
        { weight: Math.round((1 - textRate) * 100), arbitrary: fc.constant(false) },
      ),
    })
    .map(compact);

/**
 * A subject and a parcel of 1 to `maxItems` items with unique ids. Texts cost most of a decision's
 * time, so the money properties write them in a fifth of the runs (they are checked in parcel.test.ts).
 */
const parcelArb = (floors: boolean, maxItems: number, textRate = 0.2) =>
  fc.record({
    subject: subjectArb(floors),
    shared: sharedArb,
    items: fc.uniqueArray(itemArb, { minLength: 1, maxLength: maxItems, selector: (item) => item.id }),
    options: optionsArb(textRate),
  });

// ── Checks ────────────────────────────────────────────────────────────────────────────────────────

/** Errors a valid parcel may legitimately get: none of ours is a crash. */
const EXPECTED_ERRORS = new Set(['no_rule_matched', 'rule_conflict']);

/**
 * Decides parcels for a property: a failure must be one a valid parcel can have, and gives
 * `undefined`; at the end, almost every run must have been decided, or the property said little.
 */
function decider() {
  let decidedRuns = 0;
  let runs = 0;
  return {
    decide(evaluator: Evaluator, input: Json, options: Json): AnyParcelDecision | undefined {
      runs += 1;
      const result = evaluator.safeDecideParcel(input, options);
      if (result.ok) {
        decidedRuns += 1;
        return result.decision;
      }
      expect(EXPECTED_ERRORS.has(result.error.code), `${result.error.code}: ${result.error.message}`).toBe(true);
      return undefined;
    },
    expectMostlyDecided(): void {
      expect(decidedRuns / runs).toBeGreaterThan(0.95);
    },
  };
}

/**
 * Collects what is wrong, to assert once per run: `expect` costs microseconds a call, and a run
 * checks a hundred amounts.
 */
class Problems {
  readonly found: string[] = [];
  check(ok: boolean, what: () => string): void {
    if (!ok) this.found.push(what());
  }
}

/** Every line exact: shares sum to the total, none negative, all safe integers in the line's currency. */
function checkExactLine(problems: Problems, line: Line, where: string): void {
  let sum = 0;
  for (const share of line.shares) {
    const amount = share.amount.amount;
    problems.check(Number.isSafeInteger(amount) && amount >= 0, () => `${where} ${line.cost} ${share.party}/${share.via}: ${amount}`);
    problems.check(share.amount.currency === line.total.currency, () => `${where} ${line.cost} ${share.party}: currency ${share.amount.currency}`);
    sum += amount;
  }
  problems.check(sum === line.total.amount, () => `${where} ${line.cost}: shares sum to ${sum}, total ${line.total.amount}`);
}

/** `expect(actual).toEqual(expected)`, with a fast path: deep-comparing decisions with vitest costs more than deciding them. */
function same(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}

const errorOf = (result: { ok: true } | { ok: false; error: ReturnLiabilityError }) => (result.ok ? undefined : { name: result.error.name, code: result.error.code });

/** Counts, per feature, the runs that exercised it; each must have been seen. */
function coverageCounter<K extends string>(keys: readonly K[]) {
  const seen = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  return {
    see: (key: K, when: boolean) => {
      if (when) seen[key] += 1;
    },
    expectAllSeen: (atLeast: number) => {
      for (const key of keys) expect(seen[key], `runs with ${key}`).toBeGreaterThanOrEqual(atLeast);
    },
  };
}

// ── Properties ────────────────────────────────────────────────────────────────────────────────────

describe('decideParcel properties', () => {
  it(
    'decides every valid parcel: no crash, only rule errors a case could also get',
    () => {
      fc.assert(
        fc.property(parcelArb(true, 5), ({ subject: s, shared, items, options }) => {
          const result = s.evaluator.safeDecideParcel(parcelJson(shared, items, s.labelSplit), options);
          if (!result.ok) expect(EXPECTED_ERRORS.has(result.error.code), `${s.name}: ${result.error.code}: ${result.error.message}`).toBe(true);
        }),
        { numRuns: RUNS, seed: 1101 },
      );
    },
    TIMEOUT.noCrash,
  );

  it(
    '(a) a one-item parcel decides exactly as decide() on the equivalent case',
    () => {
      const seen = coverageCounter([
        'negotiation',
        'coverage',
        'outbound',
        'replacement',
        'price',
        'orderValue',
        'refused',
        'fallback',
        ...LABEL_SPLITS,
        ...SHIPPED.map((s) => `${s.name} allocated`),
        ...SHIPPED.map((s) => `${s.name} refused`),
      ]);
      fc.assert(
        fc.property(parcelArb(false, 1, 0.5), ({ subject: s, shared, items, options }) => {
          const [item] = items as [GeneratedItem];
          const parcel = parcelJson(shared, items, s.labelSplit);
          const oneCase = { ...sharedFields(shared, items), ...itemFields(item, shared.currency), id: item.id };
          const caseResult = s.evaluator.safeDecide(oneCase, options);
          const parcelResult = s.evaluator.safeDecideParcel(parcel, options);
          seen.see(s.labelSplit, true);
          if (!caseResult.ok || !parcelResult.ok) {
            // The same failure for both (rule errors name the item: its id is the case id).
            expect(errorOf(parcelResult)).toEqual(errorOf(caseResult));
            return;
          }
          const c = caseResult.decision;
          const p = parcelResult.decision;
          // The item decision is the case's — outcome, code, rule, lines, totals, warnings, text, trace —
          // with the item's id as caseId; the parcel adds up to its one item.
          const allocated = c.outcome === 'allocated';
          const fellBack = allocated && s.labelSplit === 'by_value' && (item.price === undefined || item.price === 0);
          same(
            {
              items: p.items,
              itemId: p.items[0]?.caseId,
              method: p.labelSplit.method,
              portions: p.labelSplit.portions,
              totals: amountsByParty(p.totals),
              lines: lineAmounts(p.lines),
              warnings: p.warnings.map((w) => w.code),
              caseId: p.caseId,
              ruleSet: p.ruleSet,
              hasText: 'text' in p,
            },
            {
              items: [c],
              itemId: item.id,
              method: fellBack ? 'equal' : s.labelSplit,
              portions: allocated ? [{ item: item.id, amount: { amount: shared.label, currency: shared.currency } }] : [],
              totals: amountsByParty(c.totals),
              lines: lineAmounts(c.lines),
              warnings: [...(fellBack ? ['label_split_fallback'] : []), ...(allocated ? [] : ['not_returnable_item'])],
              caseId: shared.id,
              ruleSet: c.ruleSet,
              hasText: options['explain'] !== false,
            },
          );

          const line = (cost: Line['cost']) => c.lines.find((l) => l.cost === cost);
          seen.see('negotiation', line('returnShipping')?.shares.some((share) => share.via === 'negotiated_split') ?? false);
          seen.see('coverage', line('returnShipping')?.shares.some((share) => share.via === 'coverage') ?? false);
          seen.see('outbound', line('outboundShipping') !== undefined);
          seen.see('replacement', line('replacementShipping') !== undefined);
          seen.see('price', item.price !== undefined);
          seen.see('orderValue', shared.order !== undefined && allocated);
          seen.see('refused', !allocated);
          seen.see('fallback', fellBack);
          if (SHIPPED.includes(s)) seen.see(`${s.name} ${allocated ? 'allocated' : 'refused'}`, true);
        }),
        { numRuns: RUNS, seed: 1102 },
      );
      seen.expectAllSeen(20);
    },
    TIMEOUT.oneItem,
  );

  it(
    '(a) under a statutory floor too: the floor decides a one-item parcel exactly when it decides the case, and the same way',
    () => {
      const seen = coverageCounter(['overridden', 'policy stands', 'policy refuses, floor allows', 'floor refuses, policy allows']);
      fc.assert(
        fc.property(
          fc.record({ subject: fc.constantFrom(...FLOORED), shared: sharedArb, item: itemArb, options: optionsArb(0.5) }),
          ({ subject: s, shared, item, options }) => {
            const parcel = parcelJson(shared, [item], s.labelSplit);
            const oneCase = { ...sharedFields(shared, [item]), ...itemFields(item, shared.currency), id: item.id };
            const caseResult = s.evaluator.safeDecide(oneCase, options);
            const parcelResult = s.evaluator.safeDecideParcel(parcel, options);
            if (!caseResult.ok || !parcelResult.ok) {
              expect(errorOf(parcelResult)).toEqual(errorOf(caseResult));
              return;
            }
            const c = caseResult.decision;
            const p = parcelResult.decision;
            // The override is the parcel's: its overriddenBy, its warning, its first line of text.
            same(p.overriddenBy, c.overriddenBy, 'overriddenBy');
            const overridden = c.overriddenBy !== undefined;
            const { overriddenBy: _by, ...rest } = c;
            const expected = {
              ...rest,
              warnings: c.warnings.filter((w) => w.code !== 'overridden_by_floor'),
              ...(c.text === undefined ? {} : { text: { ...c.text, details: overridden ? c.text.details.slice(1) : c.text.details } }),
            };
            same(p.items, [expected], 'the item decision');
            same(p.warnings.filter((w) => w.code === 'overridden_by_floor').length, overridden ? 1 : 0, 'overridden_by_floor warnings');
            same(amountsByParty(p.totals), amountsByParty(c.totals), 'totals');
            if (p.text !== undefined && overridden) same(p.text.details[0], c.text?.details[0], 'the override explained first');

            // Which rule set decides, from the two alone: a floor that refuses never decides; one that allows what the policy refuses does.
            const alone = s.alone as NonNullable<Subject['alone']>;
            const policyAlone = alone.policy.safeDecide(oneCase, { explain: false });
            const floorAlone = alone.floor.safeDecide(oneCase, { explain: false });
            const policyRefuses = policyAlone.ok && policyAlone.decision.outcome === 'not_returnable';
            const floorRefuses = floorAlone.ok && floorAlone.decision.outcome === 'not_returnable';
            if (floorRefuses) expect(p.overriddenBy, 'a refusing floor decides').toBeUndefined();
            if (policyRefuses && floorAlone.ok && !floorRefuses) expect(p.overriddenBy?.ruleSet, 'an allowing floor over a refusing policy').toBe(alone.floor.ruleSet.id);
            seen.see('overridden', overridden);
            seen.see('policy stands', !overridden);
            seen.see('policy refuses, floor allows', policyRefuses && floorAlone.ok && !floorRefuses);
            seen.see('floor refuses, policy allows', floorRefuses && policyAlone.ok && !policyRefuses);
          },
        ),
        { numRuns: RUNS, seed: 1108 },
      );
      seen.expectAllSeen(20);
    },
    TIMEOUT.oneItem,
  );

  it(
    '(b) reordering the items changes no amount: portions per item, each item’s lines and totals, the parcel’s lines and totals',
    () => {
      const seen = coverageCounter(['reordered', 'negotiation', 'coverage', 'outbound', 'replacement', ...LABEL_SPLITS]);
      fc.assert(
        fc.property(
          parcelArb(true, 5).chain((drawn) => fc.record({ drawn: fc.constant(drawn), order: fc.shuffledSubarray(drawn.items, { minLength: drawn.items.length }) })),
          ({ drawn: { subject: s, shared, items, options }, order }) => {
            const input = parcelJson(shared, items, s.labelSplit);
            const first = s.evaluator.safeDecideParcel(input, options);
            const second = s.evaluator.safeDecideParcel(parcelJson(shared, order, s.labelSplit), options);
            if (!first.ok) expect(EXPECTED_ERRORS.has(first.error.code), first.error.message).toBe(true);
            if (!first.ok || !second.ok) {
              expect(errorOf(second)).toEqual(errorOf(first));
              return;
            }
            const a = first.decision;
            const b = second.decision;
            // Items come back in input order, each named by its id.
            same(b.items.map((item) => item.caseId), order.map((item) => item.id));
            same(amountsView(b), amountsView(a));

            seen.see('reordered', order.some((item, i) => item.id !== items[i]?.id));
            seen.see(s.labelSplit, a.items.length > 1);
            const ret = a.lines.find((l) => l.cost === 'returnShipping');
            seen.see('negotiation', ret?.shares.some((share) => share.via === 'negotiated_split') ?? false);
            seen.see('coverage', ret?.shares.some((share) => share.via === 'coverage') ?? false);
            seen.see('outbound', a.lines.some((l) => l.cost === 'outboundShipping'));
            seen.see('replacement', a.lines.some((l) => l.cost === 'replacementShipping'));
          },
        ),
        { numRuns: RUNS, seed: 1103 },
      );
      seen.expectAllSeen(50);
    },
    TIMEOUT.reorder,
  );

  it(
    '(c) every line’s shares sum exactly to its total, and the portions to the label, split by the method’s weights',
    () => {
      const parcels = decider();
      fc.assert(
        fc.property(parcelArb(true, 5), ({ subject: s, shared, items, options }) => {
          const p = parcels.decide(s.evaluator, parcelJson(shared, items, s.labelSplit), options);
          if (p === undefined) return;
          const problems = new Problems();
          for (const line of p.lines) checkExactLine(problems, line, 'parcel');
          for (const item of p.items) for (const line of item.lines) checkExactLine(problems, line, `item ${item.caseId}`);
          const returnable = p.items.filter((item) => item.outcome === 'allocated');
          const portionIds = p.labelSplit.portions.map((portion) => portion.item);
          problems.check(portionIds.join('|') === returnable.map((item) => item.caseId).join('|'), () => `portions for ${portionIds.join(', ')}`);
          if (returnable.length > 0) {
            const sum = p.labelSplit.portions.reduce((total, portion) => total + portion.amount.amount, 0);
            problems.check(sum === shared.label, () => `portions sum to ${sum}, label ${shared.label}`);
            const total = p.lines.find((l) => l.cost === 'returnShipping')?.total.amount;
            problems.check(total === shared.label, () => `parcel returnShipping line total ${total}`);
          }
          // Each item's return-shipping line is its portion.
          for (const portion of p.labelSplit.portions) {
            const item = p.items.find((i) => i.caseId === portion.item);
            const total = item?.lines.find((l) => l.cost === 'returnShipping')?.total;
            problems.check(total?.amount === portion.amount.amount && total.currency === portion.amount.currency, () => `${portion.item}: line ${total?.amount}, portion ${portion.amount.amount}`);
          }
          // The portions follow the method: one carrier, or within one unit of the exact proportional part.
          if (returnable.length > 0) {
            const generated = (id: string) => items.find((item) => item.id === id) as GeneratedItem;
            const weightOf = (id: string): number => {
              const item = generated(id);
              if (p.labelSplit.method === 'by_value') return (item.price as number) * (item.quantity ?? 1);
              if (p.labelSplit.method === 'by_weight') return item.weight;
              return item.quantity ?? 1;
            };
            if (p.labelSplit.method === 'seller_fault_carries') {
              const carriers = p.labelSplit.portions.filter((portion) => portion.amount.amount !== 0);
              problems.check(carriers.length <= 1 && (carriers[0]?.amount.amount ?? shared.label) === shared.label, () => `seller_fault_carries: ${JSON.stringify(portionsOf(p))}`);
            } else {
              const weights = p.labelSplit.portions.map((portion) => BigInt(weightOf(portion.item)));
              const sum = weights.reduce((x, y) => x + y, 0n);
              p.labelSplit.portions.forEach((portion, i) => {
                const off = BigInt(portion.amount.amount) * sum - BigInt(shared.label) * (weights[i] as bigint);
                problems.check(off > -sum && off < sum, () => `${p.labelSplit.method}: ${portion.item} gets ${portion.amount.amount} of ${shared.label} (weights ${weights.join(', ')})`);
              });
            }
          }
          expect(problems.found).toEqual([]);
        }),
        { numRuns: RUNS, seed: 1104 },
      );
      parcels.expectMostlyDecided();
    },
    TIMEOUT.exact,
  );

  it(
    '(d) the parcel’s totals are the sum of the items’ totals, and its lines the sum of the items’ lines',
    () => {
      const parcels = decider();
      fc.assert(
        fc.property(parcelArb(true, 5), ({ subject: s, shared, items, options }) => {
          const p = parcels.decide(s.evaluator, parcelJson(shared, items, s.labelSplit), options);
          if (p === undefined) return;
          const summed = Object.fromEntries(PARTIES.map((party) => [party, p.items.reduce((sum, item) => sum + (item.totals[party]?.amount ?? 0), 0)]));
          expect(amountsByParty(p.totals)).toEqual(summed);
          expect(lineAmounts(p.lines)).toEqual(summedLineAmounts(p.items));
          // The totals are the lines' sums too, in the parcel's currency.
          const fromLines = Object.fromEntries(
            PARTIES.map((party) => [party, p.lines.reduce((sum, line) => sum + line.shares.reduce((x, sh) => x + (sh.party === party ? sh.amount.amount : 0), 0), 0)]),
          );
          expect(amountsByParty(p.totals)).toEqual(fromLines);
          expect(Object.values(p.totals).every((money) => money?.currency === shared.currency)).toBe(true);
        }),
        { numRuns: RUNS, seed: 1105 },
      );
      parcels.expectMostlyDecided();
    },
    TIMEOUT.sums,
  );

  it(
    '(e) no share, portion or total is negative, and every amount is a safe integer',
    () => {
      const parcels = decider();
      fc.assert(
        fc.property(parcelArb(true, 5), ({ subject: s, shared, items, options }) => {
          const p = parcels.decide(s.evaluator, parcelJson(shared, items, s.labelSplit), options);
          if (p === undefined) return;
          const problems = new Problems();
          const amount = (value: number, what: string) => problems.check(Number.isSafeInteger(value) && value >= 0, () => `${what}: ${value}`);
          for (const portion of p.labelSplit.portions) amount(portion.amount.amount, `portion ${portion.item}`);
          for (const d of [p, ...p.items]) {
            const where = d === p ? 'parcel' : `item ${(d as { caseId?: string }).caseId}`;
            for (const line of d.lines) {
              amount(line.total.amount, `${where} ${line.cost} total`);
              for (const share of line.shares) {
                amount(share.amount.amount, `${where} ${line.cost} ${share.party}/${share.via}`);
                problems.check(share.percent >= 0 && share.percent <= 100, () => `${where} ${line.cost} ${share.party} percent ${share.percent}`);
              }
            }
            for (const [party, money] of Object.entries(d.totals)) amount(money?.amount ?? Number.NaN, `${where} total ${party}`);
          }
          expect(problems.found).toEqual([]);
        }),
        { numRuns: RUNS, seed: 1106 },
      );
      parcels.expectMostlyDecided();
    },
    TIMEOUT.nonNegative,
  );

  it(
    'is deterministic and pure: the same (frozen) parcel twice, or under a second evaluator of the rule set, gets the same decision',
    () => {
      fc.assert(
        fc.property(parcelArb(true, 3, 0.25), ({ subject: s, shared, items, options }) => {
          const input = parcelJson(shared, items, s.labelSplit);
          const copy = structuredClone(input);
          deepFreeze(input);
          const once = s.evaluator.safeDecideParcel(input, options);
          same(s.evaluator.safeDecideParcel(input, options), once, 'again');
          same(input, copy, 'input untouched');
          same(s.twin.safeDecideParcel(copy, options), once, 'second evaluator');
        }),
        { numRuns: RUNS, seed: 1107 },
      );
    },
    TIMEOUT.deterministic,
  );
});

/**
 * What reordering must not change: the method, the portions per item id, each item's outcome, rule,
 * lines, totals and warnings, the parcel's totals, its line totals and the amounts per cost, party and
 * source (the order of same-party shares is pinned in parcel.test.ts), its warnings as a set, and
 * which floor decides (the floor rule it names is that of the first item, in input order, it decides
 * differently).
 */
function amountsView(d: AnyParcelDecision) {
  const byId = <T>(entries: Array<[string, T]>) => Object.fromEntries(entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return {
    method: d.labelSplit.method,
    portions: byId(d.labelSplit.portions.map((portion) => [portion.item, portion.amount])),
    items: byId(
      d.items.map((item) => [item.caseId as string, { outcome: item.outcome, code: item.code, rule: item.rule, lines: item.lines, totals: item.totals, warnings: item.warnings }]),
    ),
    totals: d.totals,
    lineTotals: d.lines.map((line) => [line.cost, line.total]),
    lines: lineAmounts(d.lines),
    warnings: d.warnings.map((warning) => warning.code).sort(),
    floor: d.overriddenBy?.ruleSet,
  };
}
