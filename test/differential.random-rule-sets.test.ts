/**
 * Differential test on random rule sets: documents generated with fast-check — random all / any /
 * not trees (depth ≤ 4, 1–4 children) over random built-in facts, a declared fact, a window and a
 * threshold, with operators that apply to each fact's kind and values of the right type — are
 * loaded with `loadRuleSet`, and the compiled conditions must match exactly the rules upstream
 * json-rules-engine matches, on random fact sets.
 */
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { FactValues } from '../src/conditions/compile.js';
import { leavesOf } from '../src/conditions/grammar.js';
import { OPERATOR_TABLE, OPERATORS, type Operator } from '../src/conditions/operators.js';
import { traceOf } from '../src/decide/explain.js';
import { compileRuleSet, matchRules } from '../src/decide/match.js';
import { type FactLookup, factLookup, type FactScope } from '../src/facts/scope.js';
import { BASE_FACT_NAMES, type FactEntry } from '../src/facts/table.js';
import { type Condition, loadRuleSet, type TopLevelCondition } from '../src/index.js';
import { runEngine, toEngineRules } from '../src/json-rules-engine.js';
import { describeMismatch, engineMatched, factSetArb, indexesUpTo, mentionedValues, sameList, topMatches } from './differential-helpers.js';

/** Random rule sets. */
const RULE_SETS = 1_000;
/** Random fact sets per rule set. */
const FACT_SETS_PER_RULE_SET = 20;
const SEED = 4_711;
/** Deepest all / any / not nesting of a generated tree (the root is level 1). */
const MAX_DEPTH = 4;

/** Optional parts of a generated rule set, each adding facts its rules may name. */
const DECLARED_FACTS = {
  tier: { type: 'enum', values: ['a', 'b'], default: 'a' },
  loyal: { type: 'boolean', default: false },
  points: { type: 'integer', minimum: 0, maximum: 100, default: 0 },
} as const;
const WINDOWS = { w: { days: 7 } } as const;
const THRESHOLDS = { big: { measure: 'returnShipping', amounts: { USD: 1_000 } } } as const;

type Json = Record<string, unknown>;

/** Scalar operands of the right type for a fact; for a string fact, a mix of realistic values and near misses. */
function scalarArb(entry: FactEntry): fc.Arbitrary<string | number | boolean> {
  switch (entry.kind) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -3, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 1_000_000, Number.MAX_SAFE_INTEGER) });
    case 'enum':
      return fc.constantFrom(...(entry.values ?? []));
    case 'string':
      return fc.constantFrom('none', 'CN', 'DE', 'US', 'shoes', '', 'None');
    case 'tags':
      return fc.constantFrom('fragile', 'custom_made', 'sale', 'Fragile', '');
  }
}

/**
 * A leaf: a fact of the scope (a kind first, then a fact of that kind, so that the few integer, enum,
 * string and tags facts are not crowded out by the many booleans), an operator that applies to its
 * kind, and a value of the operator's shape.
 */
function leafArb(names: readonly string[], lookup: FactLookup): fc.Arbitrary<Condition> {
  const byKind = new Map<string, string[]>();
  for (const name of names) {
    const kind = (lookup.get(name) as FactEntry).kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), name]);
  }
  return fc.constantFrom(...byKind.values()).chain((ofKind) => fc.constantFrom(...ofKind)).chain((fact) => {
    const entry = lookup.get(fact) as FactEntry;
    const operators = OPERATORS.filter((operator) => (OPERATOR_TABLE[operator].kinds as readonly string[]).includes(entry.kind));
    return fc.constantFrom(...operators).chain((operator: Operator) => {
      const value = OPERATOR_TABLE[operator].operand === 'list' ? fc.array(scalarArb(entry), { minLength: 1, maxLength: 4 }) : scalarArb(entry);
      return value.map((v) => ({ fact, operator, value: v }) as Condition);
    });
  });
}

/** A condition tree: the root is `all`, `any` or `not` (level 1); branches nest down to level MAX_DEPTH, whose children are leaves. */
function treeArb(leaf: fc.Arbitrary<Condition>): fc.Arbitrary<TopLevelCondition> {
  const byLevel = new Map<number, fc.Arbitrary<Condition>>();
  const child = (level: number): fc.Arbitrary<Condition> => {
    if (level > MAX_DEPTH) return leaf;
    let arbitrary = byLevel.get(level);
    if (arbitrary === undefined) {
      arbitrary = fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 2, arbitrary: branch(level) });
      byLevel.set(level, arbitrary);
    }
    return arbitrary;
  };
  const branch = (level: number): fc.Arbitrary<TopLevelCondition> => {
    const children = fc.array(child(level + 1), { minLength: 1, maxLength: 4 });
    return fc.oneof(
      { weight: 2, arbitrary: children.map((all) => ({ all })) },
      { weight: 2, arbitrary: children.map((any) => ({ any })) },
      { weight: 1, arbitrary: child(level + 1).map((not) => ({ not })) },
    );
  };
  return branch(1);
}

function liabilityEvent(index: number): Json {
  return {
    type: 'liability',
    params: { code: `rule_${index}`, shares: { seller: 100 }, negotiation: 'any', coverage: false, text: { en: 'Seller pays {returnShipping}.' }, disclosure: { en: 'Seller pays.' } },
  };
}

function notReturnableEvent(index: number): Json {
  return { type: 'not_returnable', params: { code: `refused_${index}`, text: { en: 'Refused.' }, disclosure: { en: 'Some returns are refused.' } } };
}

/** A valid rule-set document, with the fact scope its rules were drawn from. */
interface Generated {
  document: Json;
  scope: FactScope;
}

const generatedArb: fc.Arbitrary<Generated> = fc
  .record({
    declared: fc.subarray(Object.keys(DECLARED_FACTS) as (keyof typeof DECLARED_FACTS)[]),
    window: fc.boolean(),
    threshold: fc.boolean(),
  })
  .chain(({ declared, window, threshold }) => {
    const scope: FactScope = {
      windows: window ? WINDOWS : {},
      thresholds: threshold ? (THRESHOLDS as FactScope['thresholds']) : {},
      facts: Object.fromEntries(declared.map((name) => [name, DECLARED_FACTS[name]])) as FactScope['facts'],
    };
    const names = [...BASE_FACT_NAMES, ...declared, ...(window ? ['window.w'] : []), ...(threshold ? ['threshold.big'] : [])];
    const rule = fc.record({ priority: fc.integer({ min: 1, max: 5 }), conditions: treeArb(leafArb(names, factLookup(scope))), refuses: fc.boolean() });
    return fc.array(rule, { minLength: 1, maxLength: 6 }).map((rules): Generated => ({
      scope,
      document: {
        id: 'random-rules',
        version: '1.0.0',
        title: { en: 'Random rules' },
        locales: ['en'],
        defaultLocale: 'en',
        source: 'generated by test/differential.random-rule-sets.test.ts',
        ...(window ? { windows: WINDOWS } : {}),
        ...(threshold ? { thresholds: THRESHOLDS } : {}),
        ...(declared.length > 0 ? { facts: scope.facts } : {}),
        rules: rules.map(({ priority, conditions, refuses }, index) => ({
          name: `rule-${index}`,
          priority,
          conditions,
          event: refuses ? notReturnableEvent(index) : liabilityEvent(index),
        })),
      },
    }));
  });

/** A document with fact sets for the facts its rules name. */
const caseArb: fc.Arbitrary<{ generated: Generated; factSets: FactValues[] }> = generatedArb.chain((generated) => {
  const trees = (generated.document['rules'] as { conditions: TopLevelCondition }[]).map((rule) => rule.conditions);
  const names = [...new Set(trees.flatMap((tree) => leavesOf(tree).map((leaf) => leaf.fact)))];
  const factSets = fc.array(factSetArb(names, factLookup(generated.scope), mentionedValues(trees)), {
    minLength: FACT_SETS_PER_RULE_SET,
    maxLength: FACT_SETS_PER_RULE_SET,
  });
  return factSets.map((sets) => ({ generated, factSets: sets }));
});

describe('random rule sets: compiled conditions vs json-rules-engine', () => {
  it(
    `matchRules gives json-rules-engine's matches on ${RULE_SETS} random rule sets × ${FACT_SETS_PER_RULE_SET} fact sets`,
    async () => {
      let comparisons = 0;
      let matches = 0;
      await fc.assert(
        fc.asyncProperty(caseArb, async ({ generated, factSets }) => {
          // A document that does not load is a bug in the generator: fail with the loader's message.
          const ruleSet = loadRuleSet(generated.document);
          const compiled = compileRuleSet(ruleSet);
          const priorities = ruleSet.rules.map((rule) => rule.priority);
          const engine = new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false });
          const everyRule = indexesUpTo(ruleSet.rules.length);
          for (const [k, facts] of factSets.entries()) {
            const expected = await engineMatched(engine, everyRule, facts);
            const all = matchRules(compiled, facts, true);
            const top = matchRules(compiled, facts, false);
            const agree = sameList(all.matched, expected) && sameList(top.matched, topMatches(expected, priorities)) && all.undetermined.length === 0 && top.undetermined.length === 0;
            if (!agree) {
              expect.fail(describeMismatch('compiled conditions and json-rules-engine disagree', { rules: generated.document['rules'], facts, compiled: { all, top }, engine: expected }));
            }
            // The first fact set of each rule set also compares the trace, through runEngine (a fresh engine).
            if (k === 0) {
              const reference = await runEngine(ruleSet, facts);
              expect(traceOf(compiled, facts), describeMismatch('traces differ', { rules: generated.document['rules'], facts })).toStrictEqual(reference.trace);
              expect(reference.matched).toStrictEqual(expected);
            }
            comparisons++;
            matches += expected.length;
          }
        }),
        { numRuns: RULE_SETS, seed: SEED },
      );
      expect(comparisons).toBe(RULE_SETS * FACT_SETS_PER_RULE_SET);
      // Not vacuous: a fair share of (rule, fact set) pairs match.
      expect(matches).toBeGreaterThan(comparisons * 0.2);
    },
    90_000,
  );
});
