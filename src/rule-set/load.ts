import { type Issue, ReturnLiabilityError, RuleSetError } from '../errors.js';
import { fromZodIssues } from '../internal/zod-issues.js';
import { readOptionBag, snapshotUntrusted } from '../internal/untrusted.js';
import { hasAtMostTwoDecimals } from '../case/parse.js';
import { FULL_BASIS_POINTS } from '../money/allocate.js';
import { checkConditions } from '../conditions/grammar.js';
import { type DeclaredFact, type FactScope, factLookup, type ThresholdDefinition } from '../facts/scope.js';
import { isBaseFact } from '../facts/table.js';
import type { WindowDefinition } from '../facts/windows.js';
import { currencyDigits } from '../money/money.js';
import { digestOf } from './digest.js';
import { deepFreeze, markLoaded } from './registry.js';
import { localeEntry, registeredLocales } from '../text/registered-locales.js';
import {
  type LabelSplit,
  type LocalizedText,
  type ParcelOutboundMode,
  PLACEHOLDERS,
  type RuleDefinition,
  type RuleSetDocument,
  type Shares,
  SUPPORTED_LOCALES,
  declaredFactSchema,
  ruleSetSchema,
  thresholdSchema,
  windowSchema,
} from './schema.js';

type Path = (string | number)[];

/** A validated, immutable rule set, ready for `createEvaluator`. */
export interface RuleSet {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  readonly source: string;
  readonly windows: Readonly<Record<string, WindowDefinition>>;
  /** Facts the rule set declares; a case supplies them in `attributes`. */
  readonly facts: Readonly<Record<string, DeclaredFact>>;
  /** Money thresholds; each is the boolean fact `threshold.<name>`. */
  readonly thresholds: Readonly<Record<string, ThresholdDefinition>>;
  /**
   * How a parcel's one label is apportioned to its items (default `by_value`), and which part of the
   * original delivery a partial return brings into play (default `pro_rata`).
   */
  readonly parcel: { readonly labelSplit: LabelSplit; readonly outbound: ParcelOutboundMode };
  readonly rules: readonly Readonly<RuleDefinition>[];
  /** sha-256 (hex) of the canonical JSON (RFC 8785) of the document. */
  readonly digest: string;
  /** For each rule name: the windows its conditions reference, in order of first use. */
  readonly windowsByRule: Readonly<Record<string, readonly string[]>>;
}

/**
 * Limits on rule-set documents, checked before anything else so that an untrusted file is refused
 * at a cost bounded by the limits. The defaults ({@link DEFAULT_RULE_SET_LIMITS}) are far above
 * any real policy; raise one only for a file you trust. Each must be a positive integer.
 */
export interface RuleSetLimits {
  /** Deepest nesting of all / any / not in a rule's conditions. Default 32. */
  maxConditionDepth?: number;
  /** Most rules in `rules`. Default 1 000. */
  maxRules?: number;
  /** Longest string anywhere in the document (texts, names, keys), in UTF-16 code units. Default 10 000. */
  maxStringLength?: number;
  /** Most entries in any array other than `rules` (e.g. `any`, `all`, an `in` list). Default 1 000. */
  maxArrayLength?: number;
  /**
   * Size of the document, counted as the number of JSON values in it: every object, array, string,
   * number, boolean and null, the root included. Default 100 000 (the built-in rule sets have a
   * few hundred). Counted on the parsed value rather than as JSON text, so it does not depend on
   * formatting and needs no serialisation; with `maxStringLength` it also bounds the text size.
   * Bound the raw bytes yourself before `JSON.parse` if the text comes from outside.
   */
  maxDocumentNodes?: number;
}

/** The limits {@link loadRuleSet} applies when its options do not say otherwise. */
export const DEFAULT_RULE_SET_LIMITS: Readonly<Required<RuleSetLimits>> = Object.freeze({
  maxConditionDepth: 32,
  maxRules: 1_000,
  maxStringLength: 10_000,
  maxArrayLength: 1_000,
  maxDocumentNodes: 100_000,
});

const LIMIT_NAMES = Object.keys(DEFAULT_RULE_SET_LIMITS) as (keyof RuleSetLimits)[];

/** Reads `options` and `options.limits` once, refusing unknown limits, arrays and throwing getters. */
function readOptions(options: unknown): unknown {
  return readOptionBag(options, 'options', ['limits'])?.limits;
}

function resolveLimits(raw: unknown): Required<RuleSetLimits> {
  const limits = readOptionBag(raw, 'options.limits', LIMIT_NAMES, true);
  const resolved = { ...DEFAULT_RULE_SET_LIMITS };
  for (const name of LIMIT_NAMES) {
    const value = limits?.[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new ReturnLiabilityError('invalid_option', `options.limits.${name} must be a positive integer, got ${typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol' ? typeof value : String(value)}`);
    }
    resolved[name] = value;
  }
  return resolved;
}

/** Options for {@link loadRuleSet}. */
export interface LoadRuleSetOptions {
  limits?: RuleSetLimits;
}

export { isRuleSet } from './registry.js';

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

/** The snapshot holds only plain data, so any non-array object is a plain object. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a rule-set document (parsed JSON) and returns an immutable {@link RuleSet}.
 *
 * The document is treated as untrusted: it is read once into a snapshot of plain data (objects
 * with a null prototype or some realm's `Object.prototype`, arrays), and only the snapshot is
 * checked and used. A `__proto__`, `constructor` or `prototype` key anywhere (`forbidden_key`),
 * an object that is not plain data (`not_plain_data`), a getter or Proxy trap that throws
 * (`unreadable`) and anything beyond the {@link RuleSetLimits} (`too_many_rules`, `too_deep`,
 * `string_too_long`, `array_too_long`, `too_large`) are refused before the schema runs.
 *
 * @param document - the parsed rule-set document
 * @param options - `limits` on the document; defaults in {@link DEFAULT_RULE_SET_LIMITS}
 * @returns the rule set, with its `digest`
 * @throws {RuleSetError} listing every problem with a path into the JSON: unknown facts, windows or
 *   operators, `path`, shares not summing to 100, duplicate rule names, texts missing for a declared
 *   locale, unknown placeholders, forbidden keys, limits exceeded, …
 * @throws {ReturnLiabilityError} `invalid_option` when a limit is not a positive integer, an
 *   unknown limit is named, `limits` is not a plain object, or reading the options throws
 * @example
 * const ruleSet = loadRuleSet(JSON.parse(readFileSync('rules/my-shop.json', 'utf8')));
 */
export function loadRuleSet(document: unknown, options: LoadRuleSetOptions = {}): RuleSet {
  const limits = resolveLimits(readOptions(options));
  const maxDepth = limits.maxConditionDepth;
  // Forbidden keys and oversized documents are refused before anything walks the document.
  // Each condition level adds at most two levels of JSON (an object and its all/any array).
  // The document is read once, into a copy of plain data that everything below works on.
  const snapshot = snapshotUntrusted(document, {
    maxStringLength: limits.maxStringLength,
    maxArrayLength: limits.maxArrayLength,
    maxNodes: limits.maxDocumentNodes,
    maxNesting: 2 * maxDepth + 10,
    topLevelArrays: { rules: { max: limits.maxRules, code: 'too_many_rules', noun: 'rules', hint: ' (options.limits.maxRules)' } },
    hints: {
      maxStringLength: ' (options.limits.maxStringLength)',
      maxArrayLength: ' (options.limits.maxArrayLength)',
      maxNodes: ' (options.limits.maxDocumentNodes)',
      maxNesting: `; conditions may nest at most ${maxDepth} levels (options.limits.maxConditionDepth)`,
    },
  });
  const json = snapshot.value;
  if (snapshot.issues.length > 0) throw invalid(json, snapshot.issues);
  try {
    return validate(json, maxDepth);
  } catch (error) {
    // A stack overflow can only come from a raised maxConditionDepth; report it as a limit.
    if (error instanceof RangeError) {
      throw invalid(json, [{ path: [], code: 'too_deep', message: `conditions nest too deeply to check (options.limits.maxConditionDepth is ${maxDepth})` }], error);
    }
    throw error;
  }
}

function invalid(json: unknown, issues: Issue[], cause?: unknown): RuleSetError {
  const id = isPlainObject(json) && typeof json['id'] === 'string' ? ` "${json['id']}"` : '';
  return new RuleSetError(issues, { subject: `Invalid rule set${id}`, ...(cause === undefined ? {} : { cause }) });
}

/**
 * The rule set's own facts as far as the raw document declares them well-formed, so conditions can
 * be checked even when another part of the document is invalid. Names whose declaration is itself
 * malformed are returned apart: zod reports the declaration, so a condition naming one is not also
 * reported as naming an unknown fact.
 */
function rawScope(json: unknown): { scope: FactScope; malformed: Set<string> } {
  const malformed = new Set<string>();
  const section = <T>(key: string, schema: { safeParse(value: unknown): { success: boolean; data?: T } }, prefix: string): Record<string, T> => {
    const raw = isPlainObject(json) ? json[key] : undefined;
    const out: Record<string, T> = {};
    if (!isPlainObject(raw)) return out;
    for (const [name, value] of Object.entries(raw)) {
      const parsed = schema.safeParse(value);
      if (parsed.success) out[name] = parsed.data as T;
      else malformed.add(`${prefix}${name}`);
    }
    return out;
  };
  const scope: FactScope = {
    windows: section<WindowDefinition>('windows', windowSchema, 'window.'),
    thresholds: section<ThresholdDefinition>('thresholds', thresholdSchema, 'threshold.'),
    facts: section<DeclaredFact>('facts', declaredFactSchema, ''),
  };
  return { scope, malformed };
}

function validate(json: unknown, maxDepth: number): RuleSet {
  const issues: Issue[] = [];

  // Conditions are checked on the raw JSON by the condition grammar; zod only carries them.
  const { scope, malformed } = rawScope(json);
  const facts = factLookup(scope);
  const windowsByRule: Record<string, string[]> = {};
  const rawRules = isPlainObject(json) && Array.isArray(json['rules']) ? json['rules'] : [];
  rawRules.forEach((rule: unknown, index: number) => {
    if (!isPlainObject(rule)) return;
    if (!Object.hasOwn(rule, 'conditions')) {
      issues.push({ path: ['rules', index, 'conditions'], code: 'invalid_type', message: 'required; expected a condition object with all, any or not' });
      return;
    }
    const report = checkConditions(rule['conditions'], ['rules', index, 'conditions'], facts, maxDepth);
    const namesMalformed = (issue: Issue) => issue.path.at(-1) === 'fact' && malformed.has(String(factAt(rule['conditions'], issue.path.slice(3))));
    issues.push(...report.issues.filter((issue) => !(issue.code.startsWith('unknown_') && namesMalformed(issue))));
    if (typeof rule['name'] === 'string') windowsByRule[rule['name']] = report.windows;
  });
  if (issues.some((issue) => issue.code === 'too_deep')) throw invalid(json, issues);

  const parsed = ruleSetSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const isConditionPath = (path: readonly PropertyKey[]) => path[0] === 'rules' && path[2] === 'conditions';
    issues.push(...fromZodIssues(parsed.error.issues.filter((issue) => !isConditionPath(issue.path))));
  } else {
    issues.push(...documentIssues(parsed.data, windowsByRule));
  }
  if (issues.length > 0) throw invalid(json, issues);

  const document = parsed.data as RuleSetDocument;
  // zod carries conditions through as given: copy them, so the rule set shares nothing with the input.
  for (const rule of document.rules) rule.conditions = structuredClone(rule.conditions);
  const ruleSet: RuleSet = {
    id: document.id,
    version: document.version,
    title: document.title,
    locales: document.locales,
    defaultLocale: document.defaultLocale,
    source: document.source,
    windows: document.windows ?? {},
    facts: (document.facts ?? {}) as Record<string, DeclaredFact>,
    thresholds: document.thresholds ?? {},
    parcel: { labelSplit: document.parcel?.labelSplit ?? 'by_value', outbound: document.parcel?.outbound ?? 'pro_rata' },
    rules: document.rules,
    digest: digestOf(document),
    windowsByRule,
  };
  deepFreeze(ruleSet);
  markLoaded(ruleSet);
  return ruleSet;
}

/** The `fact` value at a path (below `conditions`) of a raw conditions tree. */
function factAt(conditions: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = conditions;
  for (const key of path) node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

function documentIssues(doc: RuleSetDocument, windowsByRule: Record<string, string[]>): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Path, code: string, message: string) => issues.push({ path, code, message });

  const seenLocales = new Set<string>();
  doc.locales.forEach((locale, index) => {
    if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) {
      add(['locales', index], 'unsupported_locale', `locale ${JSON.stringify(locale)} has no message catalogue; supported: ${SUPPORTED_LOCALES.join(', ')}`);
    }
    if (seenLocales.has(locale)) add(['locales', index], 'duplicate_locale', `locale ${JSON.stringify(locale)} is listed twice`);
    seenLocales.add(locale);
  });
  if (!seenLocales.has(doc.defaultLocale)) {
    add(['defaultLocale'], 'unknown_locale', `defaultLocale ${JSON.stringify(doc.defaultLocale)} is not one of locales (${doc.locales.join(', ')})`);
  } else if ((SUPPORTED_LOCALES as readonly string[]).includes(doc.defaultLocale) && !registeredLocales.has(doc.defaultLocale)) {
    // Every decision can fall back to the default locale, so its catalogues must be there; another
    // declared locale whose entry is not imported falls back to the default with a warning.
    add(['defaultLocale'], 'unsupported_locale', `the default locale ${JSON.stringify(doc.defaultLocale)} is not loaded; import '${localeEntry(doc.defaultLocale)}' before loading this rule set`);
  }

  const checkTexts = (text: LocalizedText, path: Path, placeholders: boolean, ruleWindows: readonly string[]) => {
    for (const locale of doc.locales) {
      if (!Object.hasOwn(text, locale)) add(path, 'missing_text', `missing text for declared locale ${JSON.stringify(locale)}`);
    }
    for (const [locale, value] of Object.entries(text)) {
      if (!seenLocales.has(locale)) {
        add([...path, locale], 'undeclared_locale', `text for ${JSON.stringify(locale)}, which is not one of locales (${doc.locales.join(', ')})`);
      }
      for (const match of value.matchAll(PLACEHOLDER_PATTERN)) {
        const name = match[1] ?? '';
        if (!placeholders || !(PLACEHOLDERS as readonly string[]).includes(name)) {
          add([...path, locale], 'unknown_placeholder', placeholders
            ? `unknown placeholder {${name}}; expected one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`
            : `placeholders are not filled in here; remove {${name}}`);
        } else if (name === 'windowDays' && ruleWindows.length === 0) {
          add([...path, locale], 'unknown_placeholder', '{windowDays} needs the rule to test a window fact (window.<name>)');
        }
      }
    }
  };

  checkTexts(doc.title, ['title'], false, []);
  for (const [name, fact] of Object.entries(doc.facts ?? {})) {
    const at: Path = ['facts', name];
    if (isBaseFact(name)) add(at, 'shadows_built_in_fact', `"${name}" is a built-in fact; give the declared fact another name`);
    if (fact.type === 'enum') {
      const seen = new Set<string>();
      fact.values.forEach((value, index) => {
        if (seen.has(value)) add([...at, 'values', index], 'duplicate_value', `value ${JSON.stringify(value)} is listed twice`);
        seen.add(value);
      });
      if (!seen.has(fact.default)) add([...at, 'default'], 'invalid_default', `default ${JSON.stringify(fact.default)} is not one of values (${fact.values.join(', ')})`);
    } else if (fact.type === 'integer') {
      if (fact.minimum !== undefined && fact.maximum !== undefined && fact.minimum > fact.maximum) {
        add([...at, 'maximum'], 'invalid_bounds', `maximum ${fact.maximum} is below minimum ${fact.minimum}`);
      }
      if ((fact.minimum !== undefined && fact.default < fact.minimum) || (fact.maximum !== undefined && fact.default > fact.maximum)) {
        add([...at, 'default'], 'invalid_default', `default ${fact.default} is outside ${fact.minimum ?? '…'}–${fact.maximum ?? '…'}`);
      }
    }
  }
  for (const [name, threshold] of Object.entries(doc.thresholds ?? {})) {
    const currencies = Object.keys(threshold.amounts);
    if (currencies.length === 0) add(['thresholds', name, 'amounts'], 'empty_threshold', 'a threshold needs an amount in at least one currency, e.g. { "USD": 5000 }');
    for (const currency of currencies) {
      if (currencyDigits(currency) === undefined) add(['thresholds', name, 'amounts', currency], 'unknown_currency', `unknown currency ${JSON.stringify(currency)}; expected an ISO 4217 code`);
    }
  }
  for (const [name, window] of Object.entries(doc.windows ?? {})) {
    if (window.days === undefined && window.months === undefined) add(['windows', name], 'empty_window', 'a window needs days, months or both');
  }

  const names = new Map<string, number>();
  doc.rules.forEach((rule, index) => {
    const at: Path = ['rules', index];
    const first = names.get(rule.name);
    if (first !== undefined) add([...at, 'name'], 'duplicate_rule_name', `rule name "${rule.name}" is already used by rules[${first}]`);
    else names.set(rule.name, index);
    const params = rule.event.params;
    const ruleWindows = windowsByRule[rule.name] ?? [];
    checkTexts(params.text, [...at, 'event', 'params', 'text'], true, ruleWindows);
    checkTexts(params.disclosure, [...at, 'event', 'params', 'disclosure'], false, ruleWindows);
    if (params.citation !== undefined && typeof params.citation !== 'string') checkTexts(params.citation, [...at, 'event', 'params', 'citation'], false, ruleWindows);
    if (rule.event.type === 'liability') {
      const params = rule.event.params;
      const percent = params.fees?.restocking?.percent;
      if (percent !== undefined && !hasAtMostTwoDecimals(percent)) add([...at, 'event', 'params', 'fees', 'restocking', 'percent'], 'invalid_percent', `percentages have at most two decimals; got ${percent}`);
      const currencies = (map: Readonly<Record<string, number>> | undefined, path: Path) => {
        for (const currency of Object.keys(map ?? {})) {
          if (currencyDigits(currency) === undefined) add([...path, currency], 'unknown_currency', `unknown currency ${JSON.stringify(currency)}; expected an ISO 4217 code`);
        }
      };
      currencies(params.fees?.restocking?.max, [...at, 'event', 'params', 'fees', 'restocking', 'max']);
      for (const [party, amounts] of Object.entries(params.caps ?? {})) {
        if (Object.keys(amounts ?? {}).length === 0) add([...at, 'event', 'params', 'caps', party], 'empty_cap', 'a cap needs an amount in at least one currency, e.g. { "GBP": 500 }');
        currencies(amounts, [...at, 'event', 'params', 'caps', party]);
      }
      checkShares(rule.event.params.shares, [...at, 'event', 'params', 'shares'], add);
      if (rule.event.params.replacementShares !== undefined) {
        checkShares(rule.event.params.replacementShares, [...at, 'event', 'params', 'replacementShares'], add);
      }
    }
  });
  return issues;
}

/** Basis points of a share map, in party order of the map. */
export function toBasisPoints(shares: Shares): Array<{ party: keyof Shares; basisPoints: number }> {
  return Object.entries(shares).map(([party, percent]) => ({ party: party as keyof Shares, basisPoints: Math.round((percent ?? 0) * 100) }));
}

function checkShares(shares: Shares, path: Path, add: (path: Path, code: string, message: string) => void): void {
  let exact = true;
  for (const [party, percent] of Object.entries(shares)) {
    if (percent !== undefined && !hasAtMostTwoDecimals(percent)) {
      add([...path, party], 'invalid_percent', `percentages have at most two decimals; got ${percent}`);
      exact = false;
    }
  }
  // A sum of rounded basis points would misreport shares like 33.335 + 66.665; fix the decimals first.
  if (!exact) return;
  const total = toBasisPoints(shares).reduce((sum, share) => sum + share.basisPoints, 0);
  if (total !== FULL_BASIS_POINTS) {
    add(path, 'shares_not_100', `shares must sum to exactly 100; these sum to ${total / 100}`);
  }
}
