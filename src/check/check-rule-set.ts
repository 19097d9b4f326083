import type { ReturnCase } from '../case/schema.js';
import type { Condition } from '../conditions/grammar.js';
import { OPERATOR_TABLE } from '../conditions/operators.js';
import { resolveWinner } from '../decide/hit-policy.js';
import { type CompiledRuleSet, compileRuleSet, matchRules } from '../decide/match.js';
import { ReturnLiabilityError, RuleSetError } from '../errors.js';
import { weekendCalendar } from '../facts/windows.js';
import { isRuleSet, type RuleSet } from '../rule-set/load.js';
import { exampleCase } from './example-case.js';
import { leavesOf } from '../conditions/grammar.js';
import { buildFactSpace, dimKeyOf, factsAt, type FactSpace } from './fact-space.js';
import { staticFindings } from './static-findings.js';
import { authoringFindings } from './authoring-lints.js';
import type { CheckFinding, CheckOptions, CheckResult } from './types.js';

/** Default of {@link CheckOptions.exhaustiveLimit}: fact spaces up to this size are decided in full. */
export const DEFAULT_EXHAUSTIVE_LIMIT = 4_000_000;
/** Default of {@link CheckOptions.sampleSize}: cases decided when the fact space is larger. */
export const DEFAULT_SAMPLE_SIZE = 10_000;
const DEFAULT_SEED = 1;
/** At most this many `gap` findings describe separate regions; the rest are summed up in one more. */
const MAX_GAP_REGIONS = 5;

const GAP = -1;
const CONFLICT = -2;
const INFEASIBLE = -3;

/** A conflict found at a point: the rules that tie at the top with different outcomes. */
interface Conflict {
  rules: string[];
  priority: number;
}

/** What deciding one point of the fact space gave. */
interface Probe {
  /** Index of the winning rule, or GAP, CONFLICT, INFEASIBLE. */
  outcome: number;
  /** Indexes of the rules that matched (known when a rule won). */
  matched: readonly number[];
  conflict?: Conflict;
}

/** mulberry32: a tiny seeded generator, so a sample is the same on every run and runtime. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ReturnLiabilityError('invalid_option', `options.${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Checks a rule set for problems a rule author wants to hear about before a buyer does.
 *
 * It enumerates the fact space the rule set can tell apart — every value of each enum and boolean
 * fact the rules test (built-in, declared, and `threshold.<name>`; values no rule names count as
 * one), and for integer facts the boundaries c−1, c, c+1 around each constant they are compared
 * with, plus the absent value; the window facts and `daysSinceDelivery` as the points in time real
 * delivery and request dates produce — and runs the rule set's compiled rules and hit policy on
 * each combination, exactly as `decide()` does. Combinations no real case can have are skipped.
 * With at most `exhaustiveLimit` (default 4 000 000, which covers every built-in rule set)
 * combinations every one is decided and `coverage.exhaustive` is `true`: a clean result is then a
 * proof over the whole space. Otherwise `sampleSize` (default 10 000) distinct combinations are
 * drawn with a seeded generator (default seed 1), half of them steered towards making each rule in
 * turn win and towards no rule matching, and `coverage.exhaustive` is `false` — a clean sample is
 * evidence, not proof. Synchronous.
 *
 * Findings (`code`, severity):
 * - `gap` (error): cases no rule decides — `decide()` throws `NoRuleMatchedError`; the message names
 *   the facts that region shares, `example` is a complete case from it.
 * - `conflict` (error): rules at the same priority with different outcomes both match — `decide()`
 *   throws `RuleConflictError`; `rules` names them, `example` reproduces it.
 * - `shadowed` (warning): a rule that matches cases but never decides one, because higher-priority
 *   rules (or an identical rule at its priority) always take them; `example` is such a case.
 * - `unreachable` (warning): a rule no case matches.
 * - `unused_window`, `undisclosed_window` (no disclosure states a window's length),
 *   `missing_disclosure` (blank disclosure), `untranslated_text`, `outbound_not_decided`,
 *   `impossible_value` (a condition value no case can have), `threshold_currencies_disjoint` (no
 *   currency is named by every threshold, so example cases use the first threshold's) — all warnings.
 * - `fault_billed_to_buyer` (error): a liability rule that applies because of a seller fault (a
 *   confirming inspection finding, or a fault reason the rule does not contradict with a finding)
 *   gives the buyer a share; `fault_negotiable` (warning): such a rule allows `negotiation: "any"`;
 *   `text_names_non_payer` (warning): a rule's text says a party pays ("the seller pays", "由卖家承担")
 *   who pays nothing on a case the rule decides (`example`).
 *
 * @param ruleSet - a rule set from `loadRuleSet` or `return-liability/rules`
 * @param options - limits, sample seed, and the calendar the evaluator should use
 * @returns `ok` (no errors), the findings (errors first), and how much of the space was decided
 * @throws {RuleSetError} when `ruleSet` did not come from `loadRuleSet`
 * @throws {ReturnLiabilityError} `invalid_option` for a bad limit, size or seed
 * @example
 * const result = checkRuleSet(loadRuleSet(json));
 * for (const finding of result.findings) console.log(finding.severity, finding.code, finding.message);
 */
export function checkRuleSet(ruleSet: RuleSet, options: CheckOptions = {}): CheckResult {
  if (!isRuleSet(ruleSet)) {
    throw new RuleSetError([{ path: [], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' }]);
  }
  if (options === null || typeof options !== 'object') throw new ReturnLiabilityError('invalid_option', 'checkRuleSet() options must be an object');
  const exhaustiveLimit = positiveInteger(options.exhaustiveLimit, DEFAULT_EXHAUSTIVE_LIMIT, 'exhaustiveLimit');
  const sampleSize = positiveInteger(options.sampleSize, DEFAULT_SAMPLE_SIZE, 'sampleSize');
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new ReturnLiabilityError('invalid_option', `options.seed must be an integer, got ${String(seed)}`);
  const calendar = options.calendar ?? weekendCalendar;
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.isNonWorkingDay !== 'function') {
    throw new ReturnLiabilityError('invalid_option', 'options.calendar must be an object with an isNonWorkingDay(date: string): boolean method');
  }
  const compiled = compileRuleSet(ruleSet);
  const space = buildFactSpace(ruleSet, calendar);
  const { currency, disjoint } = exampleCurrency(ruleSet);
  const prober = createProber(compiled, space, currency);
  const exhaustive = space.size <= exhaustiveLimit;

  // Decide the space: every point, or a seeded sample.
  const points: number[][] = [];
  let visit: (each: (point: readonly number[], probe: Probe) => void) => void;
  if (exhaustive) {
    // One pass: each point is decided once, its outcome kept for the gap regions below.
    const outcomes = new Int32Array(space.size);
    visit = (each) => {
      forEachPoint(space, (index, point) => {
        const result = prober.probe(point);
        outcomes[index] = result.outcome;
        each(point, result);
      });
      prober.known = (point) => ({ outcome: outcomes[indexOf(space, point)] as number, matched: [] });
    };
  } else {
    const random = seededRandom(seed);
    // Steering targets: each rule winning (it holds, every rule above it fails), and no rule at all.
    const targets = [
      ...ruleSet.rules.map((rule) => ({
        hold: [rule.conditions],
        fail: ruleSet.rules.filter((other) => other.priority > rule.priority).map((other) => other.conditions),
      })),
      { hold: [], fail: ruleSet.rules.map((rule) => rule.conditions) },
    ];
    const wanted = Math.min(sampleSize, space.size);
    const seen = new Set<string>();
    let decided = 0;
    for (let attempt = 0; decided < wanted && attempt < wanted * 8; attempt++) {
      // Alternate between steered points and uniformly random ones.
      const target = attempt % 2 === 0 ? targets[(attempt / 2) % targets.length] : undefined;
      const point = target === undefined ? randomPoint(space, random) : steeredPoint(space, target.hold, target.fail, random);
      const key = point.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      points.push(point);
      if (prober.probe(point).outcome !== INFEASIBLE) decided++;
    }
    visit = (each) => {
      for (const point of points) each(point, prober.probe(point));
    };
  }

  const findings: CheckFinding[] = [];
  let cases = 0;
  const wins = ruleSet.rules.map(() => 0);
  const matches = ruleSet.rules.map(() => 0);
  const lost = new Map<number, { point: number[]; takers: Map<number, number> }>();
  const firstWin = new Map<number, number[]>();
  const conflicts = new Map<string, { error: Conflict; count: number; point: number[] }>();
  const gaps: number[][] = [];
  visit((point, result) => {
    if (result.outcome === INFEASIBLE) return;
    cases++;
    if (result.outcome === GAP) gaps.push([...point]);
    else if (result.outcome === CONFLICT && result.conflict !== undefined) {
      const key = result.conflict.rules.join('\u0000');
      const entry = conflicts.get(key);
      if (entry === undefined) conflicts.set(key, { error: result.conflict, count: 1, point: [...point] });
      else entry.count++;
      for (const name of result.conflict.rules) {
        const index = ruleSet.rules.findIndex((r) => r.name === name);
        if (index >= 0) matches[index] = (matches[index] ?? 0) + 1;
      }
    } else {
      wins[result.outcome] = (wins[result.outcome] ?? 0) + 1;
      if (!firstWin.has(result.outcome)) firstWin.set(result.outcome, [...point]);
      for (const index of result.matched) {
        matches[index] = (matches[index] ?? 0) + 1;
        if (index === result.outcome) continue;
        let entry = lost.get(index);
        if (entry === undefined) lost.set(index, (entry = { point: [...point], takers: new Map() }));
        entry.takers.set(result.outcome, (entry.takers.get(result.outcome) ?? 0) + 1);
      }
    }
  });
  const ofCases = (count: number) => `${count} of ${cases} ${exhaustive ? '' : 'sampled '}cases`;
  const exampleAt = (point: readonly number[]) => prober.caseAt(point) as ReturnCase;

  // Gaps: grow each undecided point into the largest region of undecided cases around it.
  const regions: Array<{ fixed: boolean[]; seed: number[] }> = [];
  const within = (point: readonly number[], region: { fixed: boolean[]; seed: number[] }) =>
    region.fixed.every((isFixed, d) => !isFixed || point[d] === region.seed[d]);
  let uncovered = 0;
  let firstUncovered: number[] | undefined;
  for (const point of gaps) {
    if (regions.some((region) => within(point, region))) continue;
    if (regions.length >= MAX_GAP_REGIONS) {
      uncovered++;
      firstUncovered ??= point;
      continue;
    }
    const fixed = gapRegion(space, point, exhaustive, (p) => prober.lookup(p));
    const region = { fixed, seed: point };
    regions.push(region);
    const count = gaps.filter((other) => within(other, region)).length;
    const where = describe(space, point, (d) => fixed[d] === true);
    findings.push({
      severity: 'error',
      code: 'gap',
      message: exhaustive
        ? `No rule decides ${where === '' ? 'any case' : `cases where ${where}`} (${ofCases(count)}); decide() throws NoRuleMatchedError. Add a rule or a low-priority fallback.`
        : `No rule decides ${where === '' ? 'cases like the example' : `cases like the example, where ${where}`} (${ofCases(count)}); changing any one of the facts named lets a rule decide. decide() throws NoRuleMatchedError. Add a rule or a low-priority fallback.`,
      example: exampleAt(point),
    });
  }
  if (firstUncovered !== undefined) {
    findings.push({
      severity: 'error',
      code: 'gap',
      message: `No rule decides ${uncovered} more ${exhaustive ? '' : 'sampled '}cases outside the regions above, e.g. where ${describe(space, firstUncovered, () => true)}.`,
      example: exampleAt(firstUncovered),
    });
  }

  for (const { error, count, point } of conflicts.values()) {
    const dims = dimsOfRules(space, ruleSet, error.rules);
    findings.push({
      severity: 'error',
      code: 'conflict',
      message: `Rules ${error.rules.map((r) => `"${r}"`).join(' and ')} both match at priority ${error.priority} with different outcomes (${ofCases(count)}), e.g. where ${describe(space, point, (d) => dims.has(d)) || 'any facts hold'}; decide() throws RuleConflictError. Give one a higher priority or narrow its conditions.`,
      rules: [...error.rules],
      example: exampleAt(point),
    });
  }

  ruleSet.rules.forEach((rule, index) => {
    if ((wins[index] ?? 0) > 0) return;
    const entry = lost.get(index);
    if ((matches[index] ?? 0) === 0) {
      findings.push({
        severity: 'warning',
        code: 'unreachable',
        message: exhaustive
          ? `Rule "${rule.name}" matches none of the ${cases} cases that cover every combination the rules tell apart; no real case satisfies its conditions.`
          : `Rule "${rule.name}" matched none of the ${cases} sampled cases; check that a real case can satisfy its conditions.`,
        rules: [rule.name],
      });
      return;
    }
    if (entry === undefined) return; // it only ever matched in conflicts, reported above
    const takers = [...entry.takers.keys()].map((t) => ruleSet.rules[t]).filter((r) => r !== undefined);
    const names = takers.map((t) => `"${t.name}" (priority ${t.priority}${t.priority === rule.priority ? ', same outcome' : ''})`);
    findings.push({
      severity: 'warning',
      code: 'shadowed',
      message: `Rule "${rule.name}" (priority ${rule.priority}) matches ${ofCases(matches[index] ?? 0)} but decides none: ${names.join(', ')} ${takers.length === 1 ? 'takes' : 'take'} them.`,
      rules: [rule.name, ...takers.map((t) => t.name)],
      example: exampleAt(entry.point),
    });
  });

  findings.push(...staticFindings(ruleSet, space.facts));
  const winners = new Map<number, ReturnCase>();
  for (const [index, point] of firstWin) {
    const example = prober.caseAt(point);
    if (example !== undefined) winners.set(index, example);
  }
  findings.push(...authoringFindings(ruleSet, winners, calendar));
  if (disjoint) {
    findings.push({
      severity: 'warning',
      code: 'threshold_currencies_disjoint',
      message: `No currency is named by every threshold (${Object.keys(ruleSet.thresholds).join(', ')}); a case in any currency fails some tested threshold. Example cases use ${currency}.`,
    });
  }
  return { ok: !findings.some((f) => f.severity === 'error'), findings, coverage: { cases, exhaustive, combinations: space.size } };
}

function randomPoint(space: FactSpace, random: () => number): number[] {
  return space.dims.map((dim) => Math.floor(random() * dim.values.length));
}

/**
 * A random point that tends to satisfy every condition of `hold` and none of `fail` (e.g. one rule
 * and the rules above it): each fact condition narrows its dimension to the values that make it
 * come out as wanted; `any` (or a failing `all`) picks one branch at random. A narrowing that would
 * leave no value is skipped, so the point may still miss; it is then just another sample.
 */
function steeredPoint(space: FactSpace, hold: readonly Condition[], fail: readonly Condition[], random: () => number): number[] {
  const domains = space.dims.map((dim) => dim.values.map((_, i) => i));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const narrow = (node: Condition, want: boolean): void => {
    if ('fact' in node) {
      const d = space.dimOf.get(dimKeyOf(node));
      if (d === undefined) return;
      const dim = space.dims[d];
      const domain = domains[d];
      if (dim === undefined || domain === undefined) return;
      const holds = OPERATOR_TABLE[node.operator].holds;
      const kept = domain.filter((i) => holds(dim.values[i]?.facts[node.fact], node.value) === want);
      if (kept.length > 0) domains[d] = kept;
      return;
    }
    if ('not' in node) return narrow(node.not, !want);
    const children = 'all' in node ? node.all : node.any;
    if (children.length === 0) return;
    // all → every child must hold; any → one must; wanted false, the roles swap (De Morgan).
    const every = 'all' in node === want;
    if (every) for (const child of children) narrow(child, want);
    else narrow(pick(children), want);
  };
  for (const condition of hold) narrow(condition, true);
  for (const condition of fail) narrow(condition, false);
  return domains.map((domain) => pick(domain));
}

/** Decides points of the fact space with the compiled rules, and builds their example cases. */
interface Prober {
  probe(point: readonly number[]): Probe;
  /** A point's result: from the exhaustive run when there was one, else probed (and memoised). */
  lookup(point: readonly number[]): Probe;
  /** Set after an exhaustive run: the stored result of any point. */
  known: ((point: readonly number[]) => Probe) | undefined;
  caseAt(point: readonly number[]): ReturnCase | undefined;
}

function createProber(compiled: CompiledRuleSet, space: FactSpace, currency: string): Prober {
  const time = space.dims.findIndex((dim) => dim.name === 'time');
  // Feasibility does not depend on the time point (dates are written apart from every other fact).
  const feasible = new Map<string, boolean>();
  const memo = new Map<string, Probe>();
  const caseAt = (point: readonly number[]) => {
    const at = time < 0 ? undefined : space.dims[time]?.values[point[time] ?? 0]?.time;
    return exampleCase(factsAt(space, point), space.facts, currency, at);
  };
  const isFeasible = (point: readonly number[]) => {
    const key = point.map((v, d) => (d === time ? 0 : v)).join(',');
    let answer = feasible.get(key);
    if (answer === undefined) feasible.set(key, (answer = caseAt(point) !== undefined));
    return answer;
  };
  const prober: Prober = {
    known: undefined,
    caseAt,
    probe(point) {
      if (!isFeasible(point)) return { outcome: INFEASIBLE, matched: [] };
      const facts = factsAt(space, point);
      const match = matchRules(compiled, facts, true);
      const verdict = resolveWinner(compiled, match);
      switch (verdict.kind) {
        case 'winner':
          return { outcome: verdict.index, matched: match.matched };
        case 'gap':
          return { outcome: GAP, matched: [] };
        case 'conflict':
          return { outcome: CONFLICT, matched: [], conflict: { rules: verdict.indexes.map((i) => compiled.rules[i]?.rule.name ?? ''), priority: verdict.priority } };
        case 'undetermined':
          // The fact space holds no unknown facts; reaching this is a defect worth surfacing loudly.
          throw new ReturnLiabilityError('check_failed', `Checking rule set "${compiled.ruleSet.id}" met an undetermined rule at ${JSON.stringify(facts)}`);
      }
    },
    lookup(point) {
      if (prober.known !== undefined) return prober.known(point);
      const key = point.join(',');
      let result = memo.get(key);
      if (result === undefined) memo.set(key, (result = prober.probe(point)));
      return result;
    },
  };
  return prober;
}

/**
 * The currency of example cases: one every threshold names (EUR when it is among them or there are
 * no thresholds); `disjoint` when no currency is common to all.
 */
function exampleCurrency(ruleSet: RuleSet): { currency: string; disjoint: boolean } {
  const lists = Object.values(ruleSet.thresholds).map((threshold) => Object.keys(threshold.amounts));
  if (lists.length === 0) return { currency: 'EUR', disjoint: false };
  const common = (lists[0] ?? []).filter((currency) => lists.every((list) => list.includes(currency)));
  if (common.length === 0) return { currency: lists[0]?.[0] ?? 'EUR', disjoint: true };
  return { currency: common.includes('EUR') ? 'EUR' : (common[0] as string), disjoint: false };
}

/** Calls `each` for every point of the space in index order, reusing one point array. */
function forEachPoint(space: FactSpace, each: (index: number, point: readonly number[]) => void): void {
  const point = space.dims.map(() => 0);
  const sizes = space.dims.map((dim) => dim.values.length);
  for (let index = 0; index < space.size; index++) {
    each(index, point);
    for (let d = 0; d < point.length; d++) {
      const next = (point[d] as number) + 1;
      if (next < (sizes[d] as number)) {
        point[d] = next;
        break;
      }
      point[d] = 0;
    }
  }
}

/** The mixed-radix index of a point (the first dimension varies fastest). */
function indexOf(space: FactSpace, point: readonly number[]): number {
  let index = 0;
  for (let d = space.dims.length - 1; d >= 0; d--) index = index * (space.dims[d]?.values.length ?? 1) + (point[d] ?? 0);
  return index;
}

/**
 * The facts that characterise the undecided case `seed`, as the dimensions they fix.
 *
 * Exhaustive: grows the largest region around the seed greedily — a dimension is freed when every
 * combination of the freed dimensions (others at the seed's values) is undecided or impossible, so
 * "no rule decides cases where <fixed facts>" is exact. Sampled: keeps the dimensions where changing
 * the seed's value alone lets some rule decide — the facts a rule author has to look at.
 */
function gapRegion(space: FactSpace, seed: readonly number[], exhaustive: boolean, probe: (point: readonly number[]) => Probe): boolean[] {
  const undecided = (outcome: number) => outcome === GAP || outcome === INFEASIBLE;
  const fixed = space.dims.map((dim) => dim.values.length > 1);
  for (let d = 0; d < space.dims.length; d++) {
    if (!fixed[d]) continue;
    if (exhaustive) {
      fixed[d] = false;
      for (const point of cube(space, seed, fixed)) {
        if (!undecided(probe(point).outcome)) {
          fixed[d] = true;
          break;
        }
      }
    } else {
      let essential = false;
      const length = space.dims[d]?.values.length ?? 1;
      for (let v = 0; v < length && !essential; v++) {
        const point = [...seed];
        point[d] = v;
        essential = !undecided(probe(point).outcome);
      }
      fixed[d] = essential;
    }
  }
  return fixed;
}

/** Every point that agrees with `seed` on the fixed dimensions. */
function* cube(space: FactSpace, seed: readonly number[], fixed: readonly boolean[]): Generator<number[]> {
  const point = [...seed];
  const free = space.dims.flatMap((_, d) => (fixed[d] ? [] : [d]));
  for (const d of free) point[d] = 0;
  for (;;) {
    yield [...point];
    let k = 0;
    for (; k < free.length; k++) {
      const d = free[k] as number;
      const next = (point[d] ?? 0) + 1;
      if (next < (space.dims[d]?.values.length ?? 1)) {
        point[d] = next;
        break;
      }
      point[d] = 0;
    }
    if (k === free.length) return;
  }
}

/** The dimensions the conditions of the named rules test. */
function dimsOfRules(space: FactSpace, ruleSet: RuleSet, names: readonly string[]): Set<number> {
  const dims = new Set<number>();
  for (const rule of ruleSet.rules) {
    if (!names.includes(rule.name)) continue;
    for (const leaf of leavesOf(rule.conditions)) {
      const d = space.dimOf.get(dimKeyOf(leaf));
      if (d !== undefined) dims.add(d);
    }
  }
  return dims;
}

/** The facts of a point on the chosen dimensions, in words: `reason is "other" and window.dispute is true`. */
function describe(space: FactSpace, point: readonly number[], include: (d: number) => boolean): string {
  return space.dims
    .flatMap((dim, d) => (include(d) ? (dim.values[point[d] ?? 0]?.labels ?? []) : []))
    .join(' and ');
}
