import { type Issue, ReturnLiabilityError, RuleSetError } from '../errors.js';
import { fromZodIssues } from '../internal/zod-issues.js';
import { inspectStructure } from '../internal/untrusted.js';
import { hasAtMostTwoDecimals } from '../case/parse.js';
import { FULL_BASIS_POINTS } from '../money/allocate.js';
import { checkConditions } from './conditions.js';
import { digestOf } from './digest.js';
import {
  type LocalizedText,
  PLACEHOLDERS,
  type RuleDefinition,
  type RuleSetDocument,
  type Shares,
  SUPPORTED_LOCALES,
  ruleSetSchema,
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
  readonly windows: Readonly<Record<string, { readonly days?: number | undefined; readonly months?: number | undefined; readonly extendPastHolidays?: boolean | undefined }>>;
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

function resolveLimits(limits: RuleSetLimits | undefined): Required<RuleSetLimits> {
  if (limits !== undefined && (typeof limits !== 'object' || limits === null)) {
    throw new ReturnLiabilityError('invalid_option', 'options.limits must be an object');
  }
  const resolved = { ...DEFAULT_RULE_SET_LIMITS };
  for (const name of Object.keys(DEFAULT_RULE_SET_LIMITS) as (keyof RuleSetLimits)[]) {
    const value = limits?.[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new ReturnLiabilityError('invalid_option', `options.limits.${name} must be a positive integer, got ${String(value)}`);
    }
    resolved[name] = value;
  }
  return resolved;
}

/** Options for {@link loadRuleSet}. */
export interface LoadRuleSetOptions {
  limits?: RuleSetLimits;
}

const loaded = new WeakSet<object>();

/** Was `value` returned by {@link loadRuleSet}? */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && loaded.has(value);
}

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates a rule-set document (parsed JSON) and returns an immutable {@link RuleSet}.
 *
 * The document is treated as untrusted: a `__proto__`, `constructor` or `prototype` key anywhere
 * (`forbidden_key`) and anything beyond the {@link RuleSetLimits} (`too_many_rules`, `too_deep`,
 * `string_too_long`, `array_too_long`, `too_large`) are refused before the schema runs.
 *
 * @param json - the parsed rule-set document
 * @param options - `limits` on the document; defaults in {@link DEFAULT_RULE_SET_LIMITS}
 * @returns the rule set, with its `digest`
 * @throws {RuleSetError} listing every problem with a path into the JSON: unknown facts, windows or
 *   operators, `path`, shares not summing to 100, duplicate rule names, texts missing for a declared
 *   locale, unknown placeholders, forbidden keys, limits exceeded, …
 * @throws {ReturnLiabilityError} `invalid_option` when a limit is not a positive integer
 * @example
 * const ruleSet = loadRuleSet(JSON.parse(readFileSync('rules/my-shop.json', 'utf8')));
 */
export function loadRuleSet(json: unknown, options: LoadRuleSetOptions = {}): RuleSet {
  const limits = resolveLimits(options?.limits);
  const maxDepth = limits.maxConditionDepth;
  // Forbidden keys and oversized documents are refused before anything walks the document.
  // Each condition level adds at most two levels of JSON (an object and its all/any array).
  const unsafe = inspectStructure(json, {
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
  if (unsafe.length > 0) throw invalid(json, unsafe);
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

function validate(json: unknown, maxDepth: number): RuleSet {
  const issues: Issue[] = [];

  // Conditions are checked on the raw JSON for precise messages; zod's view of them is dropped.
  const rawWindows = isPlainObject(json) && isPlainObject(json['windows']) ? json['windows'] : {};
  const windowNames = new Set(Object.keys(rawWindows));
  const windowsByRule: Record<string, string[]> = {};
  const rawRules = isPlainObject(json) && Array.isArray(json['rules']) ? json['rules'] : [];
  rawRules.forEach((rule: unknown, index: number) => {
    if (!isPlainObject(rule)) return;
    if (!Object.hasOwn(rule, 'conditions')) {
      // zod's own issue for this path is dropped below with the other condition issues.
      issues.push({ path: ['rules', index, 'conditions'], code: 'invalid_type', message: 'required; expected a condition object with all, any or not' });
      return;
    }
    const report = checkConditions(rule['conditions'], ['rules', index, 'conditions'], windowNames, maxDepth);
    issues.push(...report.issues);
    if (typeof rule['name'] === 'string') windowsByRule[rule['name']] = report.windows;
  });
  // zod's condition schema is recursive: do not hand it a tree that is known to be too deep.
  if (issues.some((issue) => issue.code === 'too_deep')) throw invalid(json, issues);

  const parsed = ruleSetSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const isConditionPath = (path: readonly PropertyKey[]) => path[0] === 'rules' && path[2] === 'conditions';
    const outside = parsed.error.issues.filter((issue) => !isConditionPath(issue.path));
    // Should the condition walk ever accept what zod refuses, zod's issues still stop the load.
    issues.push(...fromZodIssues(issues.length === 0 && outside.length === 0 ? parsed.error.issues : outside));
  } else {
    issues.push(...documentIssues(parsed.data, windowsByRule));
  }
  if (issues.length > 0) throw invalid(json, issues);

  const document = parsed.data as RuleSetDocument;
  const ruleSet: RuleSet = {
    id: document.id,
    version: document.version,
    title: document.title,
    locales: document.locales,
    defaultLocale: document.defaultLocale,
    source: document.source,
    windows: document.windows ?? {},
    rules: document.rules,
    digest: digestOf(document),
    windowsByRule,
  };
  deepFreeze(ruleSet);
  loaded.add(ruleSet);
  return ruleSet;
}

function documentIssues(doc: RuleSetDocument, windowsByRule: Record<string, string[]>): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Path, code: string, message: string) => issues.push({ path, code, message });

  const seenLocales = new Set<string>();
  doc.locales.forEach((locale, index) => {
    if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) {
      add(['locales', index], 'unsupported_locale', `locale ${JSON.stringify(locale)} has no built-in message catalogue; supported: ${SUPPORTED_LOCALES.join(', ')}`);
    }
    if (seenLocales.has(locale)) add(['locales', index], 'duplicate_locale', `locale ${JSON.stringify(locale)} is listed twice`);
    seenLocales.add(locale);
  });
  if (!seenLocales.has(doc.defaultLocale)) {
    add(['defaultLocale'], 'unknown_locale', `defaultLocale ${JSON.stringify(doc.defaultLocale)} is not one of locales (${doc.locales.join(', ')})`);
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
    if (rule.event.type === 'liability') {
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
