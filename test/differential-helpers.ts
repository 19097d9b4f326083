/**
 * Shared generators for the differential tests (compiled conditions vs upstream json-rules-engine):
 * random fact values of the right kind for the facts a rule set names, biased towards the values
 * its rules compare with (and the integers either side of them), and a readable mismatch report.
 */
import fc from 'fast-check';
import type { Engine, RuleResult } from 'json-rules-engine';
import type { FactValues } from '../src/conditions/compile.js';
import { type Condition, leavesOf, type TopLevelCondition } from '../src/conditions/grammar.js';
import type { FactLookup } from '../src/facts/scope.js';
import type { FactEntry } from '../src/facts/table.js';

/** Tags no built-in rule tests, and near misses of ones they do (case, trailing space, empty). */
export const OTHER_TAGS: readonly string[] = ['fragile', 'sale', 'Custom_made', 'perishable ', ''];
/** Strings that are no value of any built-in enum (or are, for some), to probe enum comparisons off the list. */
const OFF_LIST_STRINGS: readonly string[] = ['', 'none', 'other', 'DISTANCE', 'refund '];
/** Integers at the edges of what a fact can hold. */
const EDGE_INTEGERS: readonly number[] = [0, 1, -1, 1_000_000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];

/** For each fact the conditions name: every value they compare it with (list operands flattened), in order of first use. */
export function mentionedValues(conditions: Iterable<Readonly<TopLevelCondition> | Readonly<Condition>>): Map<string, unknown[]> {
  const mentioned = new Map<string, unknown[]>();
  for (const tree of conditions) {
    for (const leaf of leavesOf(tree)) {
      const values = mentioned.get(leaf.fact) ?? [];
      for (const value of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) if (!values.includes(value)) values.push(value);
      mentioned.set(leaf.fact, values);
    }
  }
  return mentioned;
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * Values of the right kind for one fact: mostly values the rules name (integers: c−1, c and c+1),
 * the fact's own enum values, and some random or edge values of the same kind.
 */
export function factValueArb(entry: Pick<FactEntry, 'kind' | 'values'>, mentioned: readonly unknown[]): fc.Arbitrary<unknown> {
  switch (entry.kind) {
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const near = distinct(mentioned.flatMap((c) => (typeof c === 'number' ? [c - 1, c, c + 1] : [])).filter(Number.isSafeInteger));
      return fc.oneof(
        ...(near.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...near) }] : []),
        { weight: 2, arbitrary: fc.integer({ min: -5, max: 60 }) },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_INTEGERS) },
        { weight: 1, arbitrary: fc.integer() },
      );
    }
    case 'enum': {
      const values = distinct([...(entry.values ?? []), ...mentioned.filter((v): v is string => typeof v === 'string')]);
      const named = mentioned.filter((v): v is string => typeof v === 'string');
      return fc.oneof(
        ...(named.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...named) }] : []),
        { weight: 4, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constantFrom(...OFF_LIST_STRINGS) },
      );
    }
    case 'string': {
      const named = distinct(mentioned.filter((v): v is string => typeof v === 'string'));
      return fc.oneof(
        ...(named.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...named) }] : []),
        { weight: 2, arbitrary: fc.constantFrom('none', 'CN', 'DE', 'US', 'FR') },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2}$/) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      );
    }
    case 'tags': {
      const pool = distinct([...mentioned.filter((v): v is string => typeof v === 'string'), ...OTHER_TAGS]);
      // Mostly in pool order (so identical tag lists recur and runs can be shared), sometimes shuffled.
      return fc.oneof({ weight: 4, arbitrary: fc.subarray(pool) }, { weight: 1, arbitrary: fc.shuffledSubarray(pool) });
    }
  }
}

/** Fact sets with a value for every one of `names`, each looked up in `facts`. */
export function factSetArb(names: readonly string[], facts: FactLookup, mentioned: ReadonlyMap<string, readonly unknown[]>): fc.Arbitrary<FactValues> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) {
    const entry = facts.get(name);
    if (entry === undefined) throw new Error(`differential helpers: no fact ${JSON.stringify(name)} in the rule set's scope`);
    fields[name] = factValueArb(entry, mentioned.get(name) ?? []);
  }
  return fc.record(fields) as fc.Arbitrary<FactValues>;
}

/** A key that tells fact values apart exactly (they are booleans, safe integers, strings and string arrays). */
export function valuesKey(facts: FactValues, names: readonly string[]): string {
  return JSON.stringify(names.map((name) => facts[name]));
}

/** A mismatch report: the facts and what each side said, as indented JSON. */
export function describeMismatch(what: string, details: Record<string, unknown>): string {
  return `${what}\n${JSON.stringify(details, null, 2)}`;
}

/**
 * Runs a reused json-rules-engine `Engine` (built from `toEngineRules` entries) once on `facts` and
 * reads the matching rules as `runEngine` does: by each result's `event.params.index`, in rule-set
 * order. `indexes` are the rule indexes the engine holds (all of them, or one rule's); throws when
 * the engine did not report on each of them exactly once.
 */
export async function engineMatched(engine: Engine, indexes: readonly number[], facts: FactValues): Promise<number[]> {
  const { results, failureResults } = await engine.run({ ...facts });
  const byIndex = new Map<number, RuleResult>();
  for (const result of [...results, ...failureResults]) {
    const index = result.event?.params?.['index'] as number;
    if (byIndex.has(index) || !indexes.includes(index)) throw new Error(`json-rules-engine reported rule ${index} unexpectedly`);
    byIndex.set(index, result);
  }
  const matched: number[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const result = byIndex.get(index);
    if (result === undefined) throw new Error(`json-rules-engine did not report on rule ${index}`);
    if (result.result === true) matched.push(index);
  }
  return matched;
}

/** `[0, 1, …, count − 1]`. */
export const indexesUpTo = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

/** What `matchRules(…, false)` should give for the full match `matched`: the matches at the highest matching priority. */
export function topMatches(matched: readonly number[], priorities: readonly number[]): number[] {
  if (matched.length === 0) return [];
  const top = Math.max(...matched.map((index) => priorities[index] as number));
  return matched.filter((index) => priorities[index] === top);
}

export const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);
