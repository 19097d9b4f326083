/**
 * Declared facts (`facts`), money thresholds (`thresholds`) and the case fields and built-in facts
 * that came with them, through the public entries only: the example rule set
 * examples/rules/loyalty-returns.json decides a table of cases, refuses bad attributes and
 * unmeasurable thresholds, and checks clean; broken variants of it fail to load at the right JSON
 * path; a variant with a planted gap is caught by the checker through a declared fact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, type CheckFinding } from '../src/check.js';
import {
  createEvaluator,
  type Decision,
  type Issue,
  loadRuleSet,
  NoRuleMatchedError,
  type Party,
  type ReturnCase,
  ReturnCaseError,
  RuleConflictError,
  RuleSetError,
  type RuleSet,
} from '../src/index.js';
import { marketplaceStandard } from '../src/rules.js';
import { aReturnCase, type CaseOverrides, expectOutcome, expectTotals } from '../src/testing.js';

/** Parsed JSON, loose enough to break in place. */
type Json = Record<string, any>;

const readJson = (relative: string): Json => JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as Json;
const EXAMPLE = readJson('../examples/rules/loyalty-returns.json');
const GAP_FIXTURE = readJson('./fixtures/rules-declared-gap.json');

const loyalty = loadRuleSet(EXAMPLE);
const evaluator = createEvaluator(loyalty);

/** The checker decides tens of thousands of cases: allow for a busy CI machine. */
const CHECK_TIMEOUT = 20_000;

/** Return shipping of every table case, in the case's currency. */
const SHIPPING = 800;

/** What `fn` throws (it must throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** The issues of the ReturnCaseError `fn` throws. */
function caseIssues(fn: () => unknown): readonly Issue[] {
  const error = thrown(fn);
  expect(ReturnCaseError.is(error), String(error)).toBe(true);
  return (error as ReturnCaseError).issues;
}

/** The issues of the RuleSetError loading `document` throws. */
function loadIssues(document: unknown): readonly Issue[] {
  const error = thrown(() => loadRuleSet(document));
  expect(RuleSetError.is(error), String(error)).toBe(true);
  return (error as RuleSetError).issues;
}

const pathsAndCodes = (issues: readonly Issue[]) => issues.map(({ path, code }) => ({ path, code }));

/** A copy of the example document, changed by `mutate`. */
function variant(mutate: (document: Json) => void): Json {
  const document = structuredClone(EXAMPLE);
  mutate(document);
  return document;
}

/** A rule of the example document by name (in a copy being broken). */
function ruleOf(document: Json, name: string): Json {
  const rule = (document['rules'] as Json[]).find((r) => r['name'] === name);
  if (rule === undefined) throw new Error(`no rule ${name}`);
  return rule;
}

/** Index of a rule of the example, for JSON paths. */
const indexOf = (name: string) => (EXAMPLE['rules'] as Json[]).findIndex((r) => r['name'] === name);

interface ShopCase {
  currency?: string;
  /** `order.value` in minor units; `null` leaves `order` out. Default 2000 (below every threshold). */
  orderValue?: number | null;
  attributes?: Record<string, string | number | boolean>;
  /** Anything else, deep-merged into aReturnCase's default case (a buyer who changed their mind). */
  overrides?: CaseOverrides;
}

/** A case for the loyalty shop: return shipping {@link SHIPPING} and an order value in one currency. */
function shopCase({ currency = 'USD', orderValue = 2000, attributes, overrides = {} }: ShopCase = {}): ReturnCase {
  return aReturnCase({
    ...overrides,
    costs: { ...overrides.costs, returnShipping: { amount: SHIPPING, currency } },
    ...(orderValue === null ? {} : { order: { value: { amount: orderValue, currency } } }),
    ...(attributes === undefined ? {} : { attributes }),
  });
}

const DAY_MS = 86_400_000;
/** aReturnCase's delivery instant. */
const DELIVERED = Date.parse('2026-03-02T10:00:00Z');
const requestedAfter = (days: number) => new Date(DELIVERED + days * DAY_MS).toISOString();

describe('the loyalty example decides', () => {
  interface Row {
    name: string;
    input: ShopCase;
    rule: string;
    code: string;
    totals: Partial<Record<Party, number>>;
  }
  const seller = { seller: SHIPPING };
  const buyer = { buyer: SHIPPING };
  const rows: Row[] = [
    // Seller fault and platform fulfilment.
    { name: 'a quality defect, seller-fulfilled', input: { overrides: { reason: 'quality_defect', findings: { qualityDefect: true } } }, rule: 'seller-fault', code: 'seller_fault', totals: seller },
    { name: 'a wrong item, seller-fulfilled', input: { overrides: { reason: 'wrong_item' } }, rule: 'seller-fault', code: 'seller_fault', totals: seller },
    { name: 'a wrong item, platform-fulfilled', input: { attributes: { fulfilledByPlatform: true }, overrides: { reason: 'wrong_item' } }, rule: 'platform-fulfilment-error', code: 'platform_fulfilment_error', totals: { platform: SHIPPING } },
    {
      name: 'transit damage found on a platform-fulfilled order, whatever the stated reason',
      input: { attributes: { fulfilledByPlatform: true }, overrides: { findings: { damagedInTransit: true } } },
      rule: 'platform-fulfilment-error',
      code: 'platform_fulfilment_error',
      totals: { platform: SHIPPING },
    },
    { name: 'a quality defect on a platform-fulfilled order stays the seller’s', input: { attributes: { fulfilledByPlatform: true }, overrides: { reason: 'quality_defect' } }, rule: 'seller-fault', code: 'seller_fault', totals: seller },
    { name: 'platform fulfilment alone changes nothing', input: { attributes: { fulfilledByPlatform: true } }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    { name: 'seller fault of a frequent returner', input: { attributes: { returnsLast90Days: 9 }, overrides: { reason: 'not_as_described' } }, rule: 'seller-fault', code: 'seller_fault', totals: seller },
    {
      name: 'seller fault refunds the original delivery',
      input: { overrides: { reason: 'missing_parts', costs: { outboundShipping: { amount: 500, currency: 'USD' } } } },
      rule: 'seller-fault',
      code: 'seller_fault',
      totals: { seller: SHIPPING + 500 },
    },
    { name: 'delivered the day after the promised date', input: { overrides: { dates: { promisedBy: '2026-03-01' } } }, rule: 'seller-fault', code: 'seller_fault', totals: seller },
    { name: 'delivered on the promised day', input: { overrides: { dates: { promisedBy: '2026-03-02' } } }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    // Plus members and frequent returners.
    { name: 'a Plus member who changed their mind', input: { attributes: { customerTier: 'plus' } }, rule: 'plus-member-free-returns', code: 'plus_free_returns', totals: seller },
    {
      name: 'a Plus member does not get the original delivery refunded',
      input: { attributes: { customerTier: 'plus' }, overrides: { costs: { outboundShipping: { amount: 500, currency: 'USD' } } } },
      rule: 'plus-member-free-returns',
      code: 'plus_free_returns',
      totals: { seller: SHIPPING, buyer: 500 },
    },
    { name: 'a Plus member with 5 returns in 90 days', input: { attributes: { customerTier: 'plus', returnsLast90Days: 5 } }, rule: 'plus-member-free-returns', code: 'plus_free_returns', totals: seller },
    { name: 'a Plus member with 6 returns in 90 days', input: { attributes: { customerTier: 'plus', returnsLast90Days: 6 } }, rule: 'frequent-returner', code: 'frequent_returner', totals: buyer },
    { name: 'a Plus member above the order value', input: { attributes: { customerTier: 'plus' }, orderValue: 9000 }, rule: 'plus-member-free-returns', code: 'plus_free_returns', totals: seller },
    { name: 'a standard customer with 6 returns above the order value', input: { attributes: { returnsLast90Days: 6 }, orderValue: 9000 }, rule: 'frequent-returner', code: 'frequent_returner', totals: buyer },
    { name: 'the largest declared returns count', input: { attributes: { returnsLast90Days: 1000 } }, rule: 'frequent-returner', code: 'frequent_returner', totals: buyer },
    { name: 'attributes given at their defaults', input: { attributes: { customerTier: 'standard', fulfilledByPlatform: false, returnsLast90Days: 0 } }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    // The order-value threshold, in each currency it names.
    { name: 'USD 49.99', input: { currency: 'USD', orderValue: 4999 }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    { name: 'USD 50.00', input: { currency: 'USD', orderValue: 5000 }, rule: 'free-returns-from-order-value', code: 'order_value_free_returns', totals: seller },
    { name: 'EUR 44.99', input: { currency: 'EUR', orderValue: 4499 }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    { name: 'EUR 45.00', input: { currency: 'EUR', orderValue: 4500 }, rule: 'free-returns-from-order-value', code: 'order_value_free_returns', totals: seller },
    { name: 'CNY 298.99', input: { currency: 'CNY', orderValue: 29899 }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    { name: 'CNY 299.00', input: { currency: 'CNY', orderValue: 29900 }, rule: 'free-returns-from-order-value', code: 'order_value_free_returns', totals: seller },
    { name: 'EUR 50.00 is above the EUR amount, not compared with USD', input: { currency: 'EUR', orderValue: 5000 }, rule: 'free-returns-from-order-value', code: 'order_value_free_returns', totals: seller },
    // The window.
    { name: 'requested 30 days after delivery', input: { overrides: { dates: { requestedAt: requestedAfter(30) } } }, rule: 'buyer-pays', code: 'buyer_pays', totals: buyer },
    { name: 'requested 31 days after delivery', input: { overrides: { dates: { requestedAt: requestedAfter(31) } } }, rule: 'past-return-window', code: 'past_return_window', totals: {} },
    {
      name: 'a Plus member’s faulty item 31 days after delivery',
      input: { attributes: { customerTier: 'plus' }, overrides: { reason: 'quality_defect', dates: { requestedAt: requestedAfter(31) } } },
      rule: 'past-return-window',
      code: 'past_return_window',
      totals: {},
    },
  ];

  it.each(rows)('$name → $rule', ({ input, rule, code, totals }) => {
    const decision = evaluator.decide(shopCase(input));
    expectOutcome(decision, { outcome: rule === 'past-return-window' ? 'not_returnable' : 'allocated', rule, code });
    expectTotals(decision, totals);
  });

  it('explains a declared-fact rule in both locales, placeholders filled in', () => {
    const input = shopCase({ currency: 'CNY', orderValue: 50000, attributes: { returnsLast90Days: 7 } });
    const summaries = ['en', 'zh-CN'].map((locale) => evaluator.decide(input, { locale }).text.summary);
    expect(summaries).toMatchInlineSnapshot(`
      [
        "This account has made more than 5 returns in the last 90 days, so free returns do not apply: return shipping (CN¥8.00) is the buyer's cost, and the buyer pays CN¥8.00 of it.",
        "该账户近90天内退货已超过5次，不享受免费退货，退货运费（¥8.00）由买家承担，买家实付¥8.00。",
      ]
    `);
    const late = shopCase({ overrides: { dates: { requestedAt: requestedAfter(40) } } });
    expect(evaluator.decide(late, { locale: 'zh-CN' }).text.summary).toMatchInlineSnapshot(`"退货须在签收后30天内申请；本次申请距签收已有40天，无法受理。"`);
  });

  it('traces the declared facts and the threshold with the values the case gave them', () => {
    const decision: Decision = evaluator.decide(shopCase({ currency: 'EUR', orderValue: 4500, attributes: { customerTier: 'plus', fulfilledByPlatform: true } }));
    const actual = Object.fromEntries(decision.trace.flatMap((entry) => entry.conditions).map((c) => [c.fact, c.actual]));
    expect(actual).toMatchObject({
      customerTier: 'plus',
      fulfilledByPlatform: true,
      returnsLast90Days: 0, // absent: the declared default
      'threshold.free_returns_from': true,
      'window.returns': true,
    });
  });
});

describe('the loyalty example refuses a case', () => {
  it.each([
    { name: 'in a currency the threshold does not name', currency: 'GBP' },
    { name: 'in another currency the threshold does not name', currency: 'JPY' },
  ])('$name ($currency): threshold_currency', ({ currency }) => {
    const issues = caseIssues(() => evaluator.decide(shopCase({ currency, orderValue: 900_000 })));
    expect(pathsAndCodes(issues)).toEqual([{ path: ['costs', 'returnShipping', 'currency'], code: 'threshold_currency' }]);
    expect(issues[0]?.message).toContain('"free_returns_from"');
    expect(issues[0]?.message).toContain(currency);
  });

  it('pins the threshold_currency message', () => {
    const error = thrown(() => evaluator.decide(shopCase({ currency: 'GBP' })));
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Invalid return case (1 issue):
        - costs.returnShipping.currency: threshold "free_returns_from" names no amount in GBP (it names USD, EUR, CNY); amounts are never compared across currencies"
    `);
  });

  it('without order.value: threshold_amount_missing', () => {
    const issues = caseIssues(() => evaluator.decide(shopCase({ orderValue: null })));
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "code": "threshold_amount_missing",
          "message": "threshold "free_returns_from" measures orderValue, so the case needs order.value (in USD)",
          "path": [
            "order",
            "value",
          ],
        },
      ]
    `);
  });

  it('without order.value even when a rule that does not test the threshold would decide (every tested threshold is measured)', () => {
    const faulty = shopCase({ orderValue: null, overrides: { reason: 'quality_defect', dates: { requestedAt: requestedAfter(31) } } });
    expect(pathsAndCodes(caseIssues(() => evaluator.decide(faulty)))).toEqual([{ path: ['order', 'value'], code: 'threshold_amount_missing' }]);
  });

  it('through safeDecide as a result, not a throw', () => {
    const result = evaluator.safeDecide(shopCase({ currency: 'GBP' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && ReturnCaseError.is(result.error) && result.error.issues[0]?.code).toBe('threshold_currency');
  });

  it('measures only thresholds some rule tests', () => {
    const withUnused = loadRuleSet(
      variant((doc) => {
        doc['thresholds']['gift_wrap_from'] = { measure: 'itemValue', amounts: { JPY: 10_000 } };
      }),
    );
    // free_returns_from is tested (USD is named, order.value given); gift_wrap_from is not (no JPY, no item.price).
    expectOutcome(createEvaluator(withUnused).decide(shopCase()), { code: 'buyer_pays' });
  });

  interface AttributeRow {
    name: string;
    attributes: Record<string, string | number | boolean>;
    path: (string | number)[];
    code: string;
  }
  const attributeRows: AttributeRow[] = [
    { name: 'undeclared attribute', attributes: { loyaltyPoints: 10 }, path: ['attributes', 'loyaltyPoints'], code: 'unknown_attribute' },
    { name: 'enum value not declared', attributes: { customerTier: 'gold' }, path: ['attributes', 'customerTier'], code: 'invalid_attribute' },
    { name: 'enum given a number', attributes: { customerTier: 1 }, path: ['attributes', 'customerTier'], code: 'invalid_attribute' },
    { name: 'enum value in the wrong case', attributes: { customerTier: 'Plus' }, path: ['attributes', 'customerTier'], code: 'invalid_attribute' },
    { name: 'boolean given a string', attributes: { fulfilledByPlatform: 'yes' }, path: ['attributes', 'fulfilledByPlatform'], code: 'invalid_attribute' },
    { name: 'boolean given a number', attributes: { fulfilledByPlatform: 1 }, path: ['attributes', 'fulfilledByPlatform'], code: 'invalid_attribute' },
    { name: 'integer given a fraction', attributes: { returnsLast90Days: 2.5 }, path: ['attributes', 'returnsLast90Days'], code: 'invalid_attribute' },
    { name: 'integer given a numeric string', attributes: { returnsLast90Days: '6' }, path: ['attributes', 'returnsLast90Days'], code: 'invalid_attribute' },
    { name: 'integer given a boolean', attributes: { returnsLast90Days: true }, path: ['attributes', 'returnsLast90Days'], code: 'invalid_attribute' },
    { name: 'integer below its minimum', attributes: { returnsLast90Days: -1 }, path: ['attributes', 'returnsLast90Days'], code: 'attribute_below_minimum' },
    { name: 'integer above its maximum', attributes: { returnsLast90Days: 1001 }, path: ['attributes', 'returnsLast90Days'], code: 'attribute_above_maximum' },
  ];

  it.each(attributeRows)('with an $name: $code at attributes.*', ({ attributes, path, code }) => {
    const issues = caseIssues(() => evaluator.decide(shopCase({ attributes })));
    expect(pathsAndCodes(issues)).toEqual([{ path, code }]);
  });

  it('says what was expected for each bad attribute', () => {
    const messages = Object.fromEntries(attributeRows.map((row) => [row.name, caseIssues(() => evaluator.decide(shopCase({ attributes: row.attributes })))[0]?.message]));
    expect(messages).toMatchInlineSnapshot(`
      {
        "boolean given a number": "expected true or false, got 1",
        "boolean given a string": "expected true or false, got "yes"",
        "enum given a number": "expected one of "standard", "plus", got 1",
        "enum value in the wrong case": "expected one of "standard", "plus", got "Plus"",
        "enum value not declared": "expected one of "standard", "plus", got "gold"",
        "integer above its maximum": "expected at most 1000, got 1001",
        "integer below its minimum": "expected at least 0, got -1",
        "integer given a boolean": "expected an integer, got true",
        "integer given a fraction": "expected an integer, got 2.5",
        "integer given a numeric string": "expected an integer, got "6"",
        "undeclared attribute": "the rule set declares no fact "loyaltyPoints"; it declares: customerTier, fulfilledByPlatform, returnsLast90Days",
      }
    `);
  });

  it('reports every bad attribute at once, before any threshold is measured', () => {
    const input = shopCase({ currency: 'GBP', orderValue: null, attributes: { loyaltyPoints: 1, customerTier: 'gold', returnsLast90Days: -1 } });
    const error = thrown(() => evaluator.decide(input));
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Invalid return case (3 issues):
        - attributes.loyaltyPoints: the rule set declares no fact "loyaltyPoints"; it declares: customerTier, fulfilledByPlatform, returnsLast90Days
        - attributes.customerTier: expected one of "standard", "plus", got "gold"
        - attributes.returnsLast90Days: expected at least 0, got -1"
    `);
  });

  it('with an attribute name that is not camelCase (refused by the case schema)', () => {
    const input = { ...shopCase(), attributes: { customer_tier: 'plus' } };
    expect(pathsAndCodes(caseIssues(() => evaluator.decide(input)))).toEqual([{ path: ['attributes', 'customer_tier'], code: 'invalid_key' }]);
  });

  it('under a rule set that declares no facts, with any attribute', () => {
    const issues = caseIssues(() => createEvaluator(marketplaceStandard).decide(aReturnCase({ attributes: { customerTier: 'plus' } })));
    expect(issues).toEqual([{ path: ['attributes', 'customerTier'], code: 'unknown_attribute', message: 'the rule set declares no fact "customerTier"; it declares: none' }]);
  });
});

describe('loadRuleSet refuses broken variants of the example', () => {
  const plus = indexOf('plus-member-free-returns');
  const frequent = indexOf('frequent-returner');
  const platform = indexOf('platform-fulfilment-error');
  const fromValue = indexOf('free-returns-from-order-value');
  const leaf = (rule: number, ...rest: (string | number)[]) => ['rules', rule, 'conditions', 'all', 0, ...rest];
  const firstLeaf = (document: Json, name: string): Json => ruleOf(document, name)['conditions']['all'][0] as Json;

  interface LoaderRow {
    name: string;
    mutate: (document: Json) => void;
    issues: { path: (string | number)[]; code: string }[];
  }
  const rows: LoaderRow[] = [
    {
      name: 'a condition naming an undeclared fact',
      mutate: (d) => void (firstLeaf(d, 'plus-member-free-returns')['fact'] = 'customerTeir'),
      issues: [{ path: leaf(plus, 'fact'), code: 'unknown_fact' }],
    },
    {
      name: 'a condition naming an undeclared threshold',
      mutate: (d) => void (firstLeaf(d, 'free-returns-from-order-value')['fact'] = 'threshold.free_return_from'),
      issues: [{ path: leaf(fromValue, 'fact'), code: 'unknown_threshold' }],
    },
    {
      name: 'a condition naming an undeclared window',
      mutate: (d) => void ruleOf(d, 'frequent-returner')['conditions']['all'].push({ fact: 'window.return', operator: 'equal', value: true }),
      issues: [{ path: ['rules', frequent, 'conditions', 'all', 1, 'fact'], code: 'unknown_window' }],
    },
    {
      name: 'an ordering operator on a declared enum',
      mutate: (d) => void (firstLeaf(d, 'plus-member-free-returns')['operator'] = 'greaterThan'),
      issues: [{ path: leaf(plus, 'operator'), code: 'operator_not_applicable' }],
    },
    {
      name: 'a list operator on a declared boolean',
      mutate: (d) => Object.assign(firstLeaf(d, 'platform-fulfilment-error'), { operator: 'in', value: [true] }),
      issues: [{ path: leaf(platform, 'operator'), code: 'operator_not_applicable' }],
    },
    {
      name: 'a tags operator on a declared integer',
      mutate: (d) => void (firstLeaf(d, 'frequent-returner')['operator'] = 'contains'),
      issues: [{ path: leaf(frequent, 'operator'), code: 'operator_not_applicable' }],
    },
    {
      name: 'an ordering operator on a threshold',
      mutate: (d) => Object.assign(firstLeaf(d, 'free-returns-from-order-value'), { operator: 'greaterThan', value: 5000 }),
      issues: [{ path: leaf(fromValue, 'operator'), code: 'operator_not_applicable' }],
    },
    {
      name: 'a declared enum compared with a value it does not declare',
      mutate: (d) => void (firstLeaf(d, 'plus-member-free-returns')['value'] = 'gold'),
      issues: [{ path: leaf(plus, 'value'), code: 'invalid_value' }],
    },
    {
      name: 'a declared enum listed with one value it does not declare',
      mutate: (d) => Object.assign(firstLeaf(d, 'plus-member-free-returns'), { operator: 'in', value: ['plus', 'gold'] }),
      issues: [{ path: leaf(plus, 'value', 1), code: 'invalid_value' }],
    },
    {
      name: 'a declared integer compared with a string',
      mutate: (d) => void (firstLeaf(d, 'frequent-returner')['value'] = '5'),
      issues: [{ path: leaf(frequent, 'value'), code: 'invalid_value' }],
    },
    {
      name: 'a declared boolean compared with a string',
      mutate: (d) => void (firstLeaf(d, 'platform-fulfilment-error')['value'] = 'true'),
      issues: [{ path: leaf(platform, 'value'), code: 'invalid_value' }],
    },
    {
      name: 'a threshold compared with an amount',
      mutate: (d) => void (firstLeaf(d, 'free-returns-from-order-value')['value'] = 5000),
      issues: [{ path: leaf(fromValue, 'value'), code: 'invalid_value' }],
    },
    {
      name: 'a declared fact shadowing the built-in quantity',
      mutate: (d) => void (d['facts']['quantity'] = { type: 'integer', minimum: 1, default: 1 }),
      issues: [{ path: ['facts', 'quantity'], code: 'shadows_built_in_fact' }],
    },
    {
      name: 'a declared fact shadowing the built-in labelSource',
      mutate: (d) => void (d['facts']['labelSource'] = { type: 'enum', values: ['buyer', 'merchant'], default: 'buyer' }),
      issues: [{ path: ['facts', 'labelSource'], code: 'shadows_built_in_fact' }],
    },
    {
      name: 'an enum default that is not one of its values',
      mutate: (d) => void (d['facts']['customerTier']['default'] = 'gold'),
      issues: [{ path: ['facts', 'customerTier', 'default'], code: 'invalid_default' }],
    },
    {
      name: 'an integer default below the minimum',
      mutate: (d) => void (d['facts']['returnsLast90Days']['default'] = -1),
      issues: [{ path: ['facts', 'returnsLast90Days', 'default'], code: 'invalid_default' }],
    },
    {
      name: 'an integer default above the maximum',
      mutate: (d) => void (d['facts']['returnsLast90Days']['default'] = 1001),
      issues: [{ path: ['facts', 'returnsLast90Days', 'default'], code: 'invalid_default' }],
    },
    {
      name: 'an enum value listed twice',
      mutate: (d) => void (d['facts']['customerTier']['values'] = ['standard', 'plus', 'standard']),
      issues: [{ path: ['facts', 'customerTier', 'values', 2], code: 'duplicate_value' }],
    },
    {
      name: 'a minimum above the maximum',
      mutate: (d) => Object.assign(d['facts']['returnsLast90Days'], { minimum: 10, maximum: 5, default: 5 }),
      // The default cannot be inside empty bounds either.
      issues: [
        { path: ['facts', 'returnsLast90Days', 'maximum'], code: 'invalid_bounds' },
        { path: ['facts', 'returnsLast90Days', 'default'], code: 'invalid_default' },
      ],
    },
    {
      name: 'a threshold without amounts',
      mutate: (d) => void (d['thresholds']['free_returns_from']['amounts'] = {}),
      issues: [{ path: ['thresholds', 'free_returns_from', 'amounts'], code: 'empty_threshold' }],
    },
    {
      name: 'a threshold amount in an unknown currency',
      mutate: (d) => void (d['thresholds']['free_returns_from']['amounts']['ABC'] = 100),
      issues: [{ path: ['thresholds', 'free_returns_from', 'amounts', 'ABC'], code: 'unknown_currency' }],
    },
    // Malformed declarations are reported once, where they are, not again at each condition naming them.
    {
      name: 'an enum without values',
      mutate: (d) => void (d['facts']['customerTier']['values'] = []),
      issues: [{ path: ['facts', 'customerTier', 'values'], code: 'too_small' }],
    },
    {
      name: 'a threshold with an unknown measure',
      mutate: (d) => void (d['thresholds']['free_returns_from']['measure'] = 'basketValue'),
      issues: [{ path: ['thresholds', 'free_returns_from', 'measure'], code: 'invalid_value' }],
    },
  ];

  it.each(rows)('$name', ({ mutate, issues }) => {
    expect(pathsAndCodes(loadIssues(variant(mutate)))).toEqual(issues);
  });

  it('says what is wrong and what is allowed', () => {
    const pick = ['a condition naming an undeclared fact', 'a condition naming an undeclared threshold', 'an ordering operator on a declared enum', 'a declared enum compared with a value it does not declare', 'a declared integer compared with a string', 'a declared fact shadowing the built-in quantity', 'an enum default that is not one of its values', 'an integer default above the maximum', 'a minimum above the maximum', 'a threshold without amounts'];
    const messages = Object.fromEntries(
      rows.filter((row) => pick.includes(row.name)).map((row) => [row.name, loadIssues(variant(row.mutate)).map((issue) => issue.message)]),
    );
    expect(messages).toMatchInlineSnapshot(`
      {
        "a condition naming an undeclared fact": [
          "unknown fact "customerTeir"; see the fact catalogue (e.g. reason, qualityDefect, daysSinceDelivery, window.<name>), or this rule set's declared facts: customerTier, fulfilledByPlatform, returnsLast90Days",
        ],
        "a condition naming an undeclared threshold": [
          "unknown threshold "free_return_from"; this rule set declares: free_returns_from",
        ],
        "a declared enum compared with a value it does not declare": [
          "fact "customerTier" is never "gold"; its values are standard, plus",
        ],
        "a declared fact shadowing the built-in quantity": [
          ""quantity" is a built-in fact; give the declared fact another name",
        ],
        "a declared integer compared with a string": [
          "fact "returnsLast90Days" is an integer; expected an integer, got "5"",
        ],
        "a minimum above the maximum": [
          "maximum 5 is below minimum 10",
          "default 5 is outside 10–5",
        ],
        "a threshold without amounts": [
          "a threshold needs an amount in at least one currency, e.g. { "USD": 5000 }",
        ],
        "an enum default that is not one of its values": [
          "default "gold" is not one of values (standard, plus)",
        ],
        "an integer default above the maximum": [
          "default 1001 is outside 0–1000",
        ],
        "an ordering operator on a declared enum": [
          "operator "greaterThan" does not apply to enum fact "customerTier"; use equal or notEqual or in or notIn",
        ],
      }
    `);
  });

  it('reports problems of several declarations together, with the rule set id', () => {
    const broken = variant((d) => {
      d['facts']['customerTier']['default'] = 'gold';
      d['thresholds']['free_returns_from']['amounts'] = {};
      firstLeaf(d, 'frequent-returner')['fact'] = 'returnsLast30Days';
    });
    const error = thrown(() => loadRuleSet(broken));
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Invalid rule set "loyalty-returns" (3 issues):
        - rules[3].conditions.all[0].fact: unknown fact "returnsLast30Days"; see the fact catalogue (e.g. reason, qualityDefect, daysSinceDelivery, window.<name>), or this rule set's declared facts: customerTier, fulfilledByPlatform, returnsLast90Days
        - facts.customerTier.default: default "gold" is not one of values (standard, plus)
        - thresholds.free_returns_from.amounts: a threshold needs an amount in at least one currency, e.g. { "USD": 5000 }"
    `);
  });

  it('keeps the declarations on the loaded rule set', () => {
    expect(loyalty.facts['customerTier']).toEqual(EXAMPLE['facts']['customerTier']);
    expect(loyalty.thresholds['free_returns_from']).toMatchObject({ measure: 'orderValue', amounts: { USD: 5000, EUR: 4500, CNY: 29900 } });
    expect(Object.isFrozen(loyalty.facts['returnsLast90Days'])).toBe(true);
  });
});

describe('checkRuleSet with declared facts and thresholds', () => {
  it(
    'finds nothing wrong with the example, deciding every combination',
    () => {
      const result = checkRuleSet(loyalty);
      expect(result.findings).toEqual([]);
      expect(result.ok).toBe(true);
      // reason 6 × five findings 32 × deliveredLate 2 × returnShippingAmount 2 × fulfilledByPlatform 2
      // × returnsLast90Days {0, 4, 5, 6} 4 × customerTier 2 × threshold 2 × window 2
      expect(result.coverage).toEqual({ cases: 49_152, exhaustive: true, combinations: 49_152 });
    },
    CHECK_TIMEOUT,
  );

  it(
    'finds exactly the planted gap, named by the declared facts, with an example decide() cannot decide',
    () => {
      const planted = loadRuleSet(GAP_FIXTURE);
      const result = checkRuleSet(planted);
      expect(result.ok).toBe(false);
      expect(result.coverage.exhaustive).toBe(true);
      expect(result.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error gap']);
      const [gap] = result.findings as [CheckFinding];
      expect(gap.message).toContain('customerTier is "plus"');
      expect(gap.message).toContain('returnsLast90Days is 6');
      expect(gap.message).toMatchInlineSnapshot(
        `"No rule decides cases where reason is "other" (or any value no rule names) and qualityDefect is false and wrongItem is false and notAsDescribed is false and damagedInTransit is false and missingParts is false and deliveredLate is false and returnsLast90Days is 6 and customerTier is "plus" and threshold.free_returns_from is false and window.returns is true (2 of 24576 cases); decide() throws NoRuleMatchedError. Add a rule or a low-priority fallback."`,
      );

      const example = gap.example as ReturnCase;
      // Non-default declared facts are written as attributes, defaults left out; the threshold as an order value below it.
      expect(example.attributes).toEqual({ customerTier: 'plus', returnsLast90Days: 6 });
      expect(example.order).toEqual({ value: { amount: 4499, currency: 'EUR' } });
      const error = thrown(() => createEvaluator(planted).decide(example));
      expect(NoRuleMatchedError.is(error), String(error)).toBe(true);
      // The example is a real gap of the declared facts: as a standard customer, or under the complete example rule set, it is decided.
      expectOutcome(createEvaluator(planted).decide({ ...example, attributes: { returnsLast90Days: 6 } }), { code: 'frequent_returner' });
      expectOutcome(evaluator.decide(example), { rule: 'frequent-returner' });
    },
    CHECK_TIMEOUT,
  );

  /** A small rule set with declared facts of every type; `rules` decide what the checker sees. */
  const declaredOnly = (rules: Json[]): RuleSet =>
    loadRuleSet({
      id: 'declared-only',
      version: '1',
      title: { en: 'Declared only' },
      locales: ['en'],
      defaultLocale: 'en',
      source: 'test',
      facts: {
        giftReturn: { type: 'boolean', default: true },
        channelTier: { type: 'enum', values: ['web', 'app', 'store'], default: 'web' },
        openTickets: { type: 'integer', minimum: 0, default: 2 },
      },
      thresholds: { big_order: { measure: 'orderValue', amounts: { USD: 10_000, EUR: 9_000 } } },
      rules,
    });
  const liability = (name: string, priority: number, conditions: Json, shares: Json = { buyer: 100 }): Json => ({
    name,
    priority,
    conditions,
    event: {
      type: 'liability',
      params: { code: name.replaceAll('-', '_'), shares, outbound: 'buyer', negotiation: 'any', coverage: true, text: { en: 'Shipping {returnShipping}.' }, disclosure: { en: `Policy of ${name}.` } },
    },
  });
  const is = (fact: string, value: unknown, operator = 'equal') => ({ fact, operator, value });

  it('enumerates declared facts and threshold outcomes as dimensions of the fact space', () => {
    const result = checkRuleSet(
      declaredOnly([
        liability('app', 40, { all: [is('channelTier', 'app')] }),
        liability('many-tickets', 30, { all: [is('openTickets', 3, 'greaterThan')] }),
        liability('not-a-gift', 20, { all: [is('giftReturn', false)] }),
        liability('big-order', 10, { all: [is('threshold.big_order', true)] }, { seller: 100 }),
        liability('fallback', 1, { all: [is('returnShippingAmount', 0, 'greaterThanInclusive')] }),
      ]),
    );
    expect(result.findings).toEqual([]);
    // channelTier {app, web standing for web and store} 2 × openTickets {2, 3, 4} 3 × giftReturn 2 × big_order 2 × returnShippingAmount {0, 1} 2
    expect(result.coverage).toEqual({ cases: 48, exhaustive: true, combinations: 48 });
  });

  it('writes only non-default declared facts into example cases, and the threshold as an amount', () => {
    const ruleSet = declaredOnly([
      liability('gift', 10, { all: [is('giftReturn', true)] }),
      liability('big-order', 5, { all: [is('threshold.big_order', true)] }),
      liability('app', 6, { all: [is('channelTier', 'app')] }),
    ]);
    const result = checkRuleSet(ruleSet);
    expect(result.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error gap']);
    const [gap] = result.findings as [CheckFinding];
    expect(gap.message).toContain('giftReturn is false');
    expect(gap.message).toContain('channelTier is "web" (or any value no rule names)');
    // giftReturn's default is true, so false is written; channelTier stays at its default and is left out.
    expect(gap.example?.attributes).toEqual({ giftReturn: false });
    // Below the threshold in the example currency (EUR, named by the threshold): one minor unit under it.
    expect(gap.example?.order).toEqual({ value: { amount: 8_999, currency: 'EUR' } });
    const error = thrown(() => createEvaluator(ruleSet).decide(gap.example));
    expect(NoRuleMatchedError.is(error), String(error)).toBe(true);
  });

  it('reproduces a conflict between rules on declared facts with its example', () => {
    const ruleSet = declaredOnly([
      liability('app-seller', 10, { all: [is('channelTier', 'app')] }, { seller: 100 }),
      liability('busy-buyer', 10, { all: [is('openTickets', 5, 'greaterThanInclusive')] }),
      liability('fallback', 1, { all: [is('returnShippingAmount', 0, 'greaterThanInclusive')] }),
    ]);
    const conflicts = checkRuleSet(ruleSet).findings.filter((f) => f.code === 'conflict');
    expect(conflicts.map((f) => f.rules)).toEqual([['app-seller', 'busy-buyer']]);
    const example = conflicts[0]?.example as ReturnCase;
    expect(example.attributes).toMatchObject({ channelTier: 'app' });
    expect(example.attributes?.['openTickets']).toBeGreaterThanOrEqual(5);
    const error = thrown(() => createEvaluator(ruleSet).decide(example));
    expect(RuleConflictError.is(error), String(error)).toBe(true);
  });
});

describe('the new built-in facts', () => {
  const liability = (name: string, priority: number, conditions: Json): Json => ({
    name,
    priority,
    conditions,
    event: {
      type: 'liability',
      params: { code: name.replaceAll('-', '_'), shares: { buyer: 100 }, outbound: 'buyer', negotiation: 'any', coverage: true, text: { en: 'Shipping {returnShipping}.' }, disclosure: { en: `Policy of ${name}.` } },
    },
  });
  const ruleSet = loadRuleSet({
    id: 'new-facts',
    version: '1',
    title: { en: 'New facts' },
    locales: ['en'],
    defaultLocale: 'en',
    source: 'test',
    rules: [
      liability('late', 40, { all: [{ fact: 'deliveredLate', operator: 'equal', value: true }] }),
      liability('bulk', 30, { all: [{ fact: 'quantity', operator: 'greaterThanInclusive', value: 3 }] }),
      liability('merchant-label', 20, { all: [{ fact: 'labelSource', operator: 'equal', value: 'merchant' }] }),
      liability('platform-label', 20, { all: [{ fact: 'labelSource', operator: 'in', value: ['platform'] }] }),
      liability('priced', 10, { all: [{ fact: 'hasItemPrice', operator: 'equal', value: true }] }),
      liability('fallback', 1, { all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] }),
    ],
  });
  const newFacts = createEvaluator(ruleSet);
  const readBack = (decision: Decision) => Object.fromEntries(decision.trace.flatMap((entry) => entry.conditions).filter((c) => c.fact !== 'returnShippingAmount').map((c) => [c.fact, c.actual]));
  const absent = { deliveredLate: false, quantity: 1, labelSource: 'buyer', hasItemPrice: false };

  it.each([
    { name: 'nothing given', overrides: {}, facts: {}, rule: 'fallback' },
    { name: 'delivered the day after promisedBy', overrides: { dates: { promisedBy: '2026-03-01' } }, facts: { deliveredLate: true }, rule: 'late' },
    { name: 'delivered on the promisedBy day (date-only: the whole day)', overrides: { dates: { promisedBy: '2026-03-02' } }, facts: {}, rule: 'fallback' },
    { name: 'delivered an hour after a promised instant', overrides: { dates: { promisedBy: '2026-03-02T09:00:00Z' } }, facts: { deliveredLate: true }, rule: 'late' },
    { name: 'delivered at the promised instant', overrides: { dates: { promisedBy: '2026-03-02T10:00:00Z' } }, facts: {}, rule: 'fallback' },
    { name: 'delivered before promisedBy', overrides: { dates: { promisedBy: '2026-03-04' } }, facts: {}, rule: 'fallback' },
    {
      name: 'delivered the evening of the promised day in New York (the next day in UTC)',
      overrides: { timeZone: 'America/New_York', dates: { deliveredAt: '2026-03-02T03:00:00Z', promisedBy: '2026-03-01' } },
      facts: {},
      rule: 'fallback',
    },
    { name: 'the same delivery in UTC', overrides: { dates: { deliveredAt: '2026-03-02T03:00:00Z', promisedBy: '2026-03-01' } }, facts: { deliveredLate: true }, rule: 'late' },
    { name: 'three units', overrides: { item: { quantity: 3 } }, facts: { quantity: 3 }, rule: 'bulk' },
    { name: 'two units', overrides: { item: { quantity: 2 } }, facts: { quantity: 2 }, rule: 'fallback' },
    { name: 'a merchant label', overrides: { labelSource: 'merchant' }, facts: { labelSource: 'merchant' }, rule: 'merchant-label' },
    { name: 'a platform label', overrides: { labelSource: 'platform' }, facts: { labelSource: 'platform' }, rule: 'platform-label' },
    { name: 'a label the buyer bought, said explicitly', overrides: { labelSource: 'buyer' }, facts: {}, rule: 'fallback' },
    { name: 'an item price', overrides: { item: { price: { amount: 2500, currency: 'USD' } } }, facts: { hasItemPrice: true }, rule: 'priced' },
    { name: 'a zero item price', overrides: { item: { price: { amount: 0, currency: 'USD' } } }, facts: { hasItemPrice: true }, rule: 'priced' },
    { name: 'only a quantity, no price', overrides: { item: { quantity: 5 } }, facts: { quantity: 5 }, rule: 'bulk' },
  ] satisfies { name: string; overrides: CaseOverrides; facts: Json; rule: string }[])('$name', ({ overrides, facts, rule }) => {
    const decision = newFacts.decide(aReturnCase(overrides));
    expect(readBack(decision)).toEqual({ ...absent, ...facts });
    expectOutcome(decision, { rule });
  });

  it('refuses a quantity below 1 and a label source it does not know', () => {
    expect(pathsAndCodes(caseIssues(() => newFacts.decide({ ...aReturnCase(), item: { quantity: 0 } })))).toEqual([{ path: ['item', 'quantity'], code: 'too_small' }]);
    expect(pathsAndCodes(caseIssues(() => newFacts.decide({ ...aReturnCase(), labelSource: 'carrier' })))).toEqual([{ path: ['labelSource'], code: 'invalid_value' }]);
  });

  it('checks clean: every combination of the new facts has a valid example case', () => {
    const result = checkRuleSet(ruleSet);
    expect(result.findings).toEqual([]);
    // deliveredLate 2 × quantity {1, 2, 3, 4} 4 × labelSource {merchant, platform, buyer} 3 × hasItemPrice 2 × returnShippingAmount {0, 1} 2
    expect(result.coverage).toEqual({ cases: 96, exhaustive: true, combinations: 96 });
  });
});

describe('threshold measures', () => {
  const liability = (name: string, priority: number, conditions: Json): Json => ({
    name,
    priority,
    conditions,
    event: {
      type: 'liability',
      params: { code: name.replaceAll('-', '_'), shares: { seller: 100 }, outbound: 'buyer', negotiation: 'any', coverage: true, text: { en: 'Shipping {returnShipping}.' }, disclosure: { en: `Policy of ${name}.` } },
    },
  });
  const ruleSet = loadRuleSet({
    id: 'measures',
    version: '1',
    title: { en: 'Measures' },
    locales: ['en'],
    defaultLocale: 'en',
    source: 'test',
    thresholds: {
      big_item: { measure: 'itemValue', amounts: { USD: 10_000 } },
      pricey_return: { measure: 'returnShipping', amounts: { USD: 1_500 } },
    },
    rules: [
      liability('big-item', 20, { all: [{ fact: 'threshold.big_item', operator: 'equal', value: true }] }),
      liability('pricey-return', 10, { all: [{ fact: 'threshold.pricey_return', operator: 'equal', value: true }] }),
      liability('fallback', 1, { all: [{ fact: 'quantity', operator: 'greaterThanInclusive', value: 1 }] }),
    ],
  });
  const measures = createEvaluator(ruleSet);
  const priced = (amount: number, quantity?: number, shipping = 1_000): ReturnCase =>
    aReturnCase({ costs: { returnShipping: { amount: shipping, currency: 'USD' } }, item: { price: { amount, currency: 'USD' }, ...(quantity === undefined ? {} : { quantity }) } });

  it.each([
    { name: 'itemValue is price × quantity: 25.00 × 4 reaches 100.00', input: priced(2_500, 4), rule: 'big-item' },
    { name: 'itemValue 25.00 × 3 stays below 100.00', input: priced(2_500, 3), rule: 'fallback' },
    { name: 'itemValue 100.00 × default quantity 1', input: priced(10_000), rule: 'big-item' },
    { name: 'itemValue 99.99', input: priced(9_999), rule: 'fallback' },
    { name: 'returnShipping at 15.00', input: priced(100, 1, 1_500), rule: 'pricey-return' },
    { name: 'returnShipping at 14.99', input: priced(100, 1, 1_499), rule: 'fallback' },
  ])('$name → $rule', ({ input, rule }) => {
    expectOutcome(measures.decide(input), { rule });
  });

  it('needs item.price for an itemValue threshold', () => {
    expect(caseIssues(() => measures.decide(aReturnCase({ item: { quantity: 4 } })))).toEqual([
      { path: ['item', 'price'], code: 'threshold_amount_missing', message: 'threshold "big_item" measures itemValue, so the case needs item.price (in USD)' },
    ]);
  });

  it('checks clean, building example prices that honour the quantity', () => {
    const result = checkRuleSet(ruleSet);
    expect(result.findings).toEqual([]);
    // big_item 2 × pricey_return 2 × quantity {1, 2} 2, every one with a valid example (unit price rounded up or down for the quantity)
    expect(result.coverage).toEqual({ cases: 8, exhaustive: true, combinations: 8 });
  });
});
