/**
 * Differential test of the built-in rule sets: the compiled conditions (`compileRuleSet` /
 * `matchRules` / `traceOf`) against upstream json-rules-engine, the reference for what a condition
 * means, on 100,000 seeded random fact sets per rule set; and `createReferenceEvaluator` against
 * `createEvaluator` on random valid return cases.
 *
 * Cost: one json-rules-engine run of a whole built-in rule set takes 0.09–0.15 ms with a reused
 * engine (0.2+ ms with a fresh one, as `runEngine` builds), so 100,000 whole runs per set would take
 * about 35 s for the three sets on a 2-core machine before anything else runs. The full comparison
 * therefore runs each rule in its own single-rule engine (its `toEngineRules` entry) on the facts
 * that rule names, once per distinct combination of them, and shares that run between the fact
 * sets that agree on those facts — json-rules-engine evaluates every rule of a run on its own (no
 * condition priorities, no `stop`, constant facts), so the union over rules is exactly what a whole
 * run gives. Whole runs check that composition: one engine with every rule, reused sequentially, on
 * the first 10,000 fact sets, and `runEngine` (fresh engine, traces) on every 50th (2,000).
 * That is about 9,000 / 118,000 / 127,000 single-rule runs (≈ 0.02 ms each) for the three sets;
 * the whole file took 16–19 s on a 2-core machine at load average 2–5, 40 s at load average 6
 * (where 100,000 whole-engine runs per set would have taken about 85 s).
 */
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { CHANNELS, COVERAGE_BENEFICIARIES, COVERAGE_KINDS, COVERAGE_PAYERS, FREE_SHIPPING, ITEM_CONDITIONS, LABEL_SOURCES, RESOLUTIONS } from '../src/case/vocabulary.js';
import type { FactValues } from '../src/conditions/compile.js';
import { leavesOf } from '../src/conditions/grammar.js';
import { traceOf } from '../src/decide/explain.js';
import { compileRuleSet, matchRules } from '../src/decide/match.js';
import { factLookup } from '../src/facts/scope.js';
import { createEvaluator, RETURN_REASONS, type DecideOptions, type RuleSet } from '../src/index.js';
import { createReferenceEvaluator, runEngine, toEngineRules } from '../src/json-rules-engine.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../src/rules.js';
import { aReturnCase, type CaseOverrides } from '../src/testing.js';
import { describeMismatch, engineMatched, factSetArb, indexesUpTo, mentionedValues, OTHER_TAGS, sameList, topMatches, valuesKey } from './differential-helpers.js';

/** Random fact sets per built-in rule set, each compared with json-rules-engine. */
const FACT_SETS = 100_000;
/** Of those, how many (the first) also run through one whole-rule-set engine, reused sequentially. */
const WHOLE_ENGINE_FACT_SETS = 10_000;
/** Of all of them, every TRACE_STRIDE-th also runs through `runEngine` (a fresh engine) for the trace: 2,000. */
const TRACE_STRIDE = 50;
/** Random valid return cases per built-in rule set for `createReferenceEvaluator` vs `createEvaluator`. */
const CASES = 300;
/** Seeds, so that a failure reproduces. */
const FACTS_SEED = 20_261_128;
const CASES_SEED = 1_128_2026;
/** Mismatches shown in a failure message. */
const SHOWN = 3;

const BUILT_IN: readonly RuleSet[] = [marketplaceStandard, cnConsumerLaw, euConsumerRights];

/** The fact sets of one rule set: a value for every fact its conditions name. Generated once per rule set. */
const factSetsCache = new Map<RuleSet, readonly FactValues[]>();
function factSetsOf(ruleSet: RuleSet): readonly FactValues[] {
  let sets = factSetsCache.get(ruleSet);
  if (sets === undefined) {
    const { factNames } = compileRuleSet(ruleSet);
    const arbitrary = factSetArb(factNames, factLookup(ruleSet), mentionedValues(ruleSet.rules.map((rule) => rule.conditions)));
    sets = fc.sample(arbitrary, { numRuns: FACT_SETS, seed: FACTS_SEED + BUILT_IN.indexOf(ruleSet) });
    factSetsCache.set(ruleSet, sets);
  }
  return sets;
}

/** Fails with the first few mismatches (facts and both results) and how many there were. */
function expectNoMismatch(what: string, mismatches: readonly Record<string, unknown>[], count: number): void {
  if (count > 0) expect.fail(describeMismatch(`${what}: ${count} mismatch(es); the first ${Math.min(count, SHOWN)}:`, { mismatches: mismatches.slice(0, SHOWN) }));
}

describe.each(BUILT_IN.map((ruleSet) => [ruleSet.id, ruleSet] as const))('%s: compiled conditions vs json-rules-engine', (_id, ruleSet) => {
  const compiled = compileRuleSet(ruleSet);
  const priorities = ruleSet.rules.map((rule) => rule.priority);

  it(
    `matchRules gives json-rules-engine's matches on ${FACT_SETS.toLocaleString('en')} random fact sets (one run per rule and distinct facts it names)`,
    async () => {
      const factSets = factSetsOf(ruleSet);
      expect(factSets).toHaveLength(FACT_SETS);
      const engineMatches: number[][] = factSets.map(() => []);
      let runs = 0;
      for (const [index, engineRule] of toEngineRules(ruleSet).entries()) {
        const names = [...new Set(leavesOf(ruleSet.rules[index]!.conditions).map((leaf) => leaf.fact))];
        const engine = new Engine([engineRule], { allowUndefinedFacts: false });
        const outcomes = new Map<string, boolean>();
        for (let k = 0; k < factSets.length; k++) {
          const facts = factSets[k]!;
          const key = valuesKey(facts, names);
          let matches = outcomes.get(key);
          if (matches === undefined) {
            const own = Object.fromEntries(names.map((name) => [name, facts[name]]));
            matches = sameList(await engineMatched(engine, [index], own), [index]);
            outcomes.set(key, matches);
            runs++;
          }
          if (matches) engineMatches[k]!.push(index);
        }
      }

      const mismatches: Record<string, unknown>[] = [];
      let count = 0;
      for (let k = 0; k < factSets.length; k++) {
        const facts = factSets[k]!;
        const all = matchRules(compiled, facts, true);
        const top = matchRules(compiled, facts, false);
        const expected = engineMatches[k]!;
        if (!sameList(all.matched, expected) || !sameList(top.matched, topMatches(expected, priorities)) || all.undetermined.length + top.undetermined.length > 0) {
          count++;
          if (mismatches.length < SHOWN) {
            mismatches.push({ factSet: k, facts, compiled: { all, top }, engine: expected, wholeEngine: (await runEngine(ruleSet, facts)).matched });
          }
        }
      }
      expectNoMismatch(`${ruleSet.id}: matched (${runs} single-rule engine runs)`, mismatches, count);
      // Every rule both matched and failed somewhere, so the comparison is not vacuous.
      for (let index = 0; index < ruleSet.rules.length; index++) {
        const hits = engineMatches.filter((matched) => matched.includes(index)).length;
        expect(hits, `rule ${ruleSet.rules[index]!.name} matched ${hits} of ${FACT_SETS} fact sets`).toBeGreaterThan(0);
        expect(hits, `rule ${ruleSet.rules[index]!.name} matched ${hits} of ${FACT_SETS} fact sets`).toBeLessThan(FACT_SETS);
      }
    },
    90_000,
  );

  it(
    `one reused json-rules-engine with every rule agrees on the first ${WHOLE_ENGINE_FACT_SETS.toLocaleString('en')} fact sets`,
    async () => {
      const factSets = factSetsOf(ruleSet).slice(0, WHOLE_ENGINE_FACT_SETS);
      const engine = new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false });
      const everyRule = indexesUpTo(ruleSet.rules.length);
      const mismatches: Record<string, unknown>[] = [];
      let count = 0;
      for (const [k, facts] of factSets.entries()) {
        const expected = await engineMatched(engine, everyRule, facts);
        const actual = matchRules(compiled, facts, true).matched;
        if (!sameList(actual, expected)) {
          count++;
          if (mismatches.length < SHOWN) mismatches.push({ factSet: k, facts, compiled: actual, engine: expected });
        }
      }
      expectNoMismatch(`${ruleSet.id}: matched, whole engine`, mismatches, count);
    },
    60_000,
  );

  it(
    `traceOf deep-equals runEngine's trace on ${(FACT_SETS / TRACE_STRIDE).toLocaleString('en')} of the fact sets`,
    async () => {
      const factSets = factSetsOf(ruleSet);
      const mismatches: Record<string, unknown>[] = [];
      let count = 0;
      let compared = 0;
      for (let k = 0; k < FACT_SETS; k += TRACE_STRIDE) {
        const facts = factSets[k]!;
        const reference = await runEngine(ruleSet, facts);
        const trace = traceOf(compiled, facts);
        const matched = matchRules(compiled, facts, true).matched;
        compared++;
        try {
          expect(trace).toStrictEqual(reference.trace);
          expect(matched).toStrictEqual(reference.matched);
        } catch {
          count++;
          if (mismatches.length < SHOWN) mismatches.push({ factSet: k, facts, compiled: { matched, trace }, engine: reference });
        }
      }
      expect(compared).toBe(FACT_SETS / TRACE_STRIDE);
      expectNoMismatch(`${ruleSet.id}: trace`, mismatches, count);
    },
    30_000,
  );
});

// ——— createReferenceEvaluator vs createEvaluator on random valid return cases ———

const CURRENCIES = ['USD', 'EUR', 'CNY'] as const;
const DAY = 86_400_000;
const TAGS = [...new Set([...BUILT_IN.flatMap((ruleSet) => (mentionedValues(ruleSet.rules.map((rule) => rule.conditions)).get('itemTags') ?? []) as string[]), ...OTHER_TAGS.filter((tag) => tag.length > 0)])];

const iso = (ms: number) => new Date(ms).toISOString();
const dateOnly = (ms: number) => iso(ms).slice(0, 10);

/** Overrides for `aReturnCase` that make a valid case, varying every part a built-in rule reads. */
const caseOverridesArb: fc.Arbitrary<CaseOverrides> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    returnShipping: fc.integer({ min: 0, max: 5_000 }),
    delivered: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) }),
    // Up to 26 months: past every built-in window, including the EU's 12-month extension and 24-month guarantee.
    requestedAfter: fc.oneof(fc.integer({ min: 0, max: 20 * DAY }), fc.integer({ min: 0, max: 800 * DAY })),
    freeShipping: fc.option(fc.constantFrom(...FREE_SHIPPING), { nil: undefined }),
  })
  .chain(({ currency, returnShipping, delivered, requestedAfter, freeShipping }) => {
    const money = (max: number) => fc.integer({ min: 0, max }).map((amount) => ({ amount, currency }));
    const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    return fc.record(
      {
        reason: fc.constantFrom(...RETURN_REASONS),
        channel: optional(fc.constantFrom(...CHANNELS)),
        resolution: optional(fc.constantFrom(...RESOLUTIONS)),
        jurisdiction: optional(fc.constantFrom('CN', 'DE', 'FR', 'US')),
        timeZone: optional(fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York')),
        labelSource: optional(fc.constantFrom(...LABEL_SOURCES)),
        priorReturns: optional(fc.integer({ min: 0, max: 3 })),
        findings: optional(
          fc.record(
            { qualityDefect: fc.boolean(), wrongItem: fc.boolean(), notAsDescribed: fc.boolean(), damagedInTransit: fc.boolean(), missingParts: fc.boolean() },
            { requiredKeys: [] },
          ),
        ),
        item: optional(
          fc.record(
            {
              category: fc.constantFrom('shoes', 'books', 'food'),
              tags: fc.subarray(TAGS),
              condition: fc.constantFrom(...ITEM_CONDITIONS),
              confirmedNonReturnable: fc.boolean(),
              price: money(50_000),
              quantity: fc.integer({ min: 1, max: 3 }),
            },
            { requiredKeys: [] },
          ),
        ),
        order: optional(fc.record({ value: money(100_000) })),
        seller: fc.record(
          {
            freeReturns: fc.boolean(),
            disclosedReturnCosts: fc.boolean(),
            disclosedWithdrawalRight: fc.boolean(),
            ...(freeShipping === undefined ? {} : { freeShipping: fc.constant(freeShipping) }),
            ...(freeShipping === 'threshold' ? { thresholdStillMet: fc.boolean() } : {}),
          },
          { requiredKeys: freeShipping === undefined ? [] : ['freeShipping'] },
        ),
        negotiatedSplit: optional(
          fc.oneof(fc.record({ sellerPercent: fc.integer({ min: 0, max: 100 }) }), fc.record({ sellerAmount: money(returnShipping) })),
        ),
        coverage: optional(
          fc.record(
            {
              kind: fc.constantFrom(...COVERAGE_KINDS),
              payer: fc.constantFrom(...COVERAGE_PAYERS),
              beneficiary: fc.constantFrom(...COVERAGE_BENEFICIARIES),
              limit: money(3_000),
              reasons: fc.subarray([...RETURN_REASONS]),
              firstReturnOnly: fc.boolean(),
            },
            { requiredKeys: ['kind', 'payer'] },
          ),
        ),
        inspection: optional(fc.record({ diminishedValue: money(2_000) })),
        costs: fc.record(
          {
            returnShipping: fc.constant({ amount: returnShipping, currency }),
            outboundShipping: money(2_000),
            standardOutboundShipping: money(1_500),
            replacementShipping: money(2_000),
          },
          { requiredKeys: ['returnShipping'] },
        ),
        dates: fc.record(
          {
            deliveredAt: fc.constant(iso(delivered)),
            requestedAt: fc.constant(iso(delivered + requestedAfter)),
            orderedAt: fc.integer({ min: 1, max: 10 }).map((days) => dateOnly(delivered - days * DAY)),
            promisedBy: fc.integer({ min: -5, max: 5 }).map((days) => dateOnly(delivered + days * DAY)),
          },
          { requiredKeys: ['deliveredAt', 'requestedAt'] },
        ),
      },
      { requiredKeys: ['reason', 'costs', 'dates'] },
    ) as fc.Arbitrary<CaseOverrides>;
  });

/** A decision, or the error's identity: what the two evaluators must agree on. */
function outcomeOf(result: { ok: true; decision: unknown } | { ok: false; error: Error & Record<string, unknown> }): unknown {
  if (result.ok) return { ok: true, decision: result.decision };
  const { name, message, code, issues, rules, priority } = result.error;
  return { ok: false, error: { name, message, code, issues, rules, priority } };
}

describe('createReferenceEvaluator decides as createEvaluator', () => {
  it.each(BUILT_IN.map((ruleSet) => [ruleSet.id, ruleSet] as const))(
    `%s: ${CASES} random valid cases, with and without explanation, alone and with the other built-ins as floors`,
    async (_id, ruleSet) => {
      const floors = BUILT_IN.filter((other) => other !== ruleSet);
      const pairs = [
        { evaluator: createEvaluator(ruleSet), reference: createReferenceEvaluator(ruleSet) },
        { evaluator: createEvaluator(ruleSet, { floor: floors }), reference: createReferenceEvaluator(ruleSet, { floor: floors }) },
      ];
      let decided = 0;
      let overridden = 0;
      await fc.assert(
        fc.asyncProperty(caseOverridesArb, fc.constantFrom(undefined, 'en', 'zh-CN', 'de'), async (overrides, locale) => {
          const returnCase = aReturnCase(overrides);
          for (const { evaluator, reference } of pairs) {
            for (const options of [{}, { explain: false }] as DecideOptions[]) {
              const settings = { ...options, ...(locale === undefined ? {} : { locale }) };
              const expected = outcomeOf(evaluator.safeDecide(returnCase, settings) as Parameters<typeof outcomeOf>[0]);
              const actual = outcomeOf((await reference.safeDecide(returnCase, settings)) as Parameters<typeof outcomeOf>[0]);
              expect(actual, describeMismatch('reference and compiled evaluators differ', { returnCase, settings })).toStrictEqual(expected);
              const result = expected as { ok: boolean; decision?: { overriddenBy?: unknown } };
              if (result.ok) decided++;
              if (result.decision?.overriddenBy !== undefined) overridden++;
            }
          }
        }),
        { numRuns: CASES, seed: CASES_SEED + BUILT_IN.indexOf(ruleSet) },
      );
      // Most cases decide (rather than all failing the same way), and floors do override some.
      expect(decided).toBeGreaterThan(CASES * 4 * 0.5);
      expect(overridden).toBeGreaterThan(0);
    },
    60_000,
  );
});
