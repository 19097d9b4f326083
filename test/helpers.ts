/**
 * Shared fixtures for the core tests: a valid return case to vary, a small valid rule-set document
 * to break, and small utilities.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { RETURN_REASONS } from '../src/index.js';
import { PARTIES, type Party } from '../src/money/money.js';
import { ReturnCaseError, ReturnLiabilityError, RuleSetError, type Issue } from '../src/errors.js';

/** A JSON-like record; fixtures are plain data so tests can spread and override them. */
export type Json = Record<string, unknown>;

/** USD amount in cents. */
export const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A valid, minimal return case: changed mind, $10.00 return shipping, requested 4 days after delivery. */
export function baseCase(overrides: Json = {}): Json {
  return {
    reason: 'changed_mind',
    costs: { returnShipping: usd(1000) },
    dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-06' },
    ...overrides,
  };
}

/** A liability event's params with every required field; override what the test is about. */
export function liabilityParams(overrides: Json = {}): Json {
  return {
    code: 'test_liability',
    shares: { buyer: 100 },
    negotiation: 'any',
    coverage: true,
    text: { en: 'Return shipping is {returnShipping}.', 'zh-CN': '退货运费{returnShipping}。' },
    disclosure: { en: 'Disclosure.', 'zh-CN': '说明。' },
    ...overrides,
  };
}

/** A rule whose conditions always hold (every case has a non-negative return cost). */
export function alwaysRule(name: string, priority: number, params: Json = {}): Json {
  return {
    name,
    priority,
    conditions: { all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] },
    event: { type: 'liability', params: liabilityParams(params) },
  };
}

/** A leaf condition: `fact('reason', 'equal', 'changed_mind')`. */
export const fact = (name: string, operator: string, value: unknown): Json => ({ fact: name, operator, value });

/** A `not_returnable` rule whose code is its name in snake_case, with texts in both locales. */
export function notReturnableRule(name: string, priority: number, conditions: Json): Json {
  const text = { en: 'Refused.', 'zh-CN': '不予退货。' };
  return { name, priority, conditions, event: { type: 'not_returnable', params: { code: name.replaceAll('-', '_'), text, disclosure: text } } };
}

/** A valid rule-set document with one window and one always-matching rule. */
export function ruleSetDocument(overrides: Json = {}): Json {
  return {
    id: 'test-rules',
    version: '1.0.0',
    title: { en: 'Test rules', 'zh-CN': '测试规则' },
    locales: ['en', 'zh-CN'],
    defaultLocale: 'en',
    source: 'unit tests',
    windows: { week: { days: 7 } },
    rules: [alwaysRule('fallback', 1)],
    ...overrides,
  };
}

/** Freezes an object graph in place, so any attempt to modify it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Runs `fn` and returns what it threw; fails the test when it does not throw. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  expect.unreachable('expected the call to throw');
}

/** What `fn` throws, or `undefined` when it returns. */
export function errorOf(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Runs `fn`, expects a ReturnCaseError, and returns its issues. */
export function caseIssues(fn: () => unknown): readonly Issue[] {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(ReturnCaseError);
  return (error as ReturnCaseError).issues;
}

/** Runs `fn`, expects a RuleSetError, and returns its issues. */
export function ruleSetIssues(fn: () => unknown): readonly Issue[] {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(RuleSetError);
  return (error as RuleSetError).issues;
}

/** Awaits `promise`, expects it to reject with a ReturnLiabilityError, and returns that error. */
export function failure(fn: () => unknown): ReturnLiabilityError {
  const error = thrown(fn);
  expect(ReturnLiabilityError.is(error)).toBe(true);
  return error as ReturnLiabilityError;
}

/** Issues as `[path, code]` pairs: compact to compare. */
export const pathsAndCodes = (issues: readonly Issue[]) => issues.map((issue) => [issue.path, issue.code]);

const CURRENCIES = ['USD', 'EUR', 'CNY', 'JPY', 'KWD'] as const;
const ZONES = ['UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** Drops undefined values, so optional keys are absent rather than undefined. */
const compact = (record: Json): Json => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/** A minor-unit amount: mostly everyday sizes, sometimes up to 10^12. */
export const amountArb = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));

/** Percent with at most two decimals, 0–100. */
export const percentArb = fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => basisPoints / 100);

/** Valid return cases covering every field of the return case (costs up to 10^12 minor units). */
export const validCaseArb: fc.Arbitrary<Json> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    returnAmount: amountArb,
    outbound: optional(amountArb),
    standard: optional(amountArb),
    replacement: optional(amountArb),
    deliveredDay: fc.integer({ min: 0, max: 800 }),
    daysLater: fc.integer({ min: 0, max: 40 }),
    dateStyle: fc.constantFrom('date', 'local', 'utc'),
    timeZone: optional(fc.constantFrom(...ZONES)),
    reason: fc.constantFrom(...RETURN_REASONS),
    findings: optional(fc.record({ qualityDefect: fc.boolean(), wrongItem: fc.boolean(), notAsDescribed: fc.boolean(), damagedInTransit: fc.boolean(), missingParts: fc.boolean() }, { requiredKeys: [] })),
    resolution: optional(fc.constantFrom('refund', 'exchange', 'repair')),
    channel: optional(fc.constantFrom('distance', 'off_premises', 'in_store')),
    tags: optional(fc.subarray(['bulky', 'custom_made', 'final_sale', 'hygiene_seal_broken'])),
    seller: optional(fc.record({ freeReturns: fc.boolean(), disclosedReturnCosts: fc.boolean(), disclosedWithdrawalRight: fc.boolean(), freeShipping: fc.constantFrom('none', 'unconditional') }, { requiredKeys: [] })),
    split: optional(fc.oneof(percentArb.map((sellerPercent) => ({ sellerPercent })), fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ fraction })))),
    coverage: optional(
      fc.record(
        {
          kind: fc.constantFrom('return_shipping_insurance', 'return_guarantee'),
          payer: fc.constantFrom('insurer', 'platform'),
          beneficiary: fc.constantFrom('buyer', 'seller'),
          limit: amountArb,
          reasons: fc.subarray([...RETURN_REASONS], { minLength: 1 }),
          firstReturnOnly: fc.boolean(),
        },
        { requiredKeys: ['kind', 'payer'] },
      ),
    ),
    priorReturns: optional(fc.integer({ min: 0, max: 3 })),
    id: optional(fc.string({ minLength: 1, maxLength: 12 })),
  })
  .map((g) => {
    const money = (amount: number) => ({ amount, currency: g.currency });
    const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
    const stamp = (date: string) => (g.dateStyle === 'date' ? date : g.dateStyle === 'local' ? `${date}T10:30` : `${date}T10:30:00Z`);
    const split =
      g.split === undefined ? undefined
      : 'sellerPercent' in g.split ? g.split
      : { sellerAmount: money(Math.floor(g.split.fraction * g.returnAmount)) };
    const coverage = g.coverage === undefined ? undefined : compact({ ...g.coverage, limit: g.coverage.limit === undefined ? undefined : money(g.coverage.limit) });
    return compact({
      id: g.id,
      reason: g.reason,
      channel: g.channel,
      resolution: g.resolution,
      findings: g.findings,
      item: g.tags === undefined ? undefined : { tags: g.tags },
      costs: compact({
        returnShipping: money(g.returnAmount),
        outboundShipping: g.outbound === undefined ? undefined : money(g.outbound),
        standardOutboundShipping: g.standard === undefined ? undefined : money(g.standard),
        replacementShipping: g.replacement === undefined ? undefined : money(g.replacement),
      }),
      dates: { deliveredAt: stamp(day(g.deliveredDay)), requestedAt: stamp(day(g.deliveredDay + g.daysLater)) },
      timeZone: g.timeZone,
      seller: g.seller,
      negotiatedSplit: split,
      coverage,
      priorReturns: g.priorReturns,
    });
  });

/** A share map: 1–5 distinct parties with percents of at most two decimals summing to exactly 100. */
export const sharesArb: fc.Arbitrary<Partial<Record<Party, number>>> = fc
  .shuffledSubarray([...PARTIES], { minLength: 1 })
  .chain((parties) =>
    fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: parties.length - 1, maxLength: parties.length - 1 }).map((cuts) => {
      const bounds = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return Object.fromEntries(parties.map((party, index) => [party, ((bounds[index + 1] ?? 0) - (bounds[index] ?? 0)) / 100]));
    }),
  );
