/**
 * The facts of one rule set: the built-in table plus what the rule set declares — `window.<name>`
 * for its windows, `threshold.<name>` for its money thresholds, and its declared facts.
 */
import { ReturnCaseError, type Issue } from '../errors.js';
import type { ReturnCase } from '../case/schema.js';
import { type CaseDraft, type DeclaredFactValue, FACT_TABLE, type FactEntry, isBaseFact, THRESHOLD_FACT_PREFIX, WINDOW_FACT_PREFIX } from './table.js';
import { isWithinWindow, type WindowDefinition } from './windows.js';

/** What a threshold measures: item price × quantity, `order.value`, or the return shipping cost. */
export const THRESHOLD_MEASURES = ['itemValue', 'orderValue', 'returnShipping'] as const;
export type ThresholdMeasure = (typeof THRESHOLD_MEASURES)[number];

/** A money threshold of a rule set: the fact `threshold.<name>` is true when the measured amount is at least `amounts[currency]`. */
export interface ThresholdDefinition {
  readonly measure: ThresholdMeasure;
  /** Minor units per ISO 4217 currency. */
  readonly amounts: Readonly<Record<string, number>>;
  readonly description?: string | undefined;
}

/** The kinds a declared fact can have. */
export const DECLARED_FACT_TYPES = ['enum', 'boolean', 'integer'] as const;

/** A fact a rule set declares; a case supplies it in `attributes`. */
export type DeclaredFact =
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default: string; readonly description?: string | undefined }
  | { readonly type: 'boolean'; readonly default: boolean; readonly description?: string | undefined }
  | {
      readonly type: 'integer';
      readonly minimum?: number | undefined;
      readonly maximum?: number | undefined;
      readonly default: number;
      readonly description?: string | undefined;
    };

/** What a rule set adds to the built-in facts. */
export interface FactScope {
  readonly windows: Readonly<Record<string, WindowDefinition>>;
  readonly thresholds: Readonly<Record<string, ThresholdDefinition>>;
  readonly facts: Readonly<Record<string, DeclaredFact>>;
}

function measured(c: ReturnCase, measure: ThresholdMeasure): { amount: number | undefined; path: (string | number)[]; field: string } {
  switch (measure) {
    case 'itemValue':
      return { amount: c.item?.price === undefined ? undefined : c.item.price.amount * (c.item.quantity ?? 1), path: ['item', 'price'], field: 'item.price' };
    case 'orderValue':
      return { amount: c.order?.value?.amount, path: ['order', 'value'], field: 'order.value' };
    case 'returnShipping':
      return { amount: c.costs.returnShipping.amount, path: ['costs', 'returnShipping'], field: 'costs.returnShipping' };
  }
}

/** Sets the measured amount of a draft to `amount` (for `itemValue`, the unit price that gives at least that value at the draft's quantity). */
function setMeasured(draft: CaseDraft, measure: ThresholdMeasure, amount: number, atLeast: boolean): boolean {
  const currency = draft.costs.returnShipping.currency;
  switch (measure) {
    case 'itemValue': {
      const quantity = draft.item?.quantity ?? 1;
      const unit = atLeast ? Math.ceil(amount / quantity) : Math.floor(amount / quantity);
      (draft.item ??= {}).price = { amount: unit, currency };
      return true;
    }
    case 'orderValue':
      draft.order = { value: { amount, currency } };
      return true;
    case 'returnShipping':
      draft.costs.returnShipping = { amount, currency };
      return true;
  }
}

function thresholdEntry(name: string, threshold: ThresholdDefinition): FactEntry<boolean> {
  return {
    kind: 'boolean',
    description: threshold.description ?? `the ${threshold.measure} is at least the "${name}" threshold in the case's currency`,
    absent: false,
    read: (c) => {
      const currency = c.costs.returnShipping.currency;
      const limit = threshold.amounts[currency];
      if (limit === undefined || !Object.hasOwn(threshold.amounts, currency)) {
        throw new ReturnCaseError([
          {
            path: ['costs', 'returnShipping', 'currency'],
            code: 'threshold_currency',
            message: `threshold "${name}" names no amount in ${currency} (it names ${Object.keys(threshold.amounts).join(', ')}); amounts are never compared across currencies`,
          },
        ]);
      }
      const { amount, path, field } = measured(c, threshold.measure);
      if (amount === undefined) {
        throw new ReturnCaseError([{ path, code: 'threshold_amount_missing', message: `threshold "${name}" measures ${threshold.measure}, so the case needs ${field} (in ${currency})` }]);
      }
      return amount >= limit;
    },
    write: (draft, value) => {
      const limit = threshold.amounts[draft.costs.returnShipping.currency];
      if (limit === undefined) return false;
      if (value) return setMeasured(draft, threshold.measure, limit, true);
      return limit > 0 && setMeasured(draft, threshold.measure, limit - 1, false);
    },
    producible: (value) => typeof value === 'boolean',
  };
}

function declaredEntry(name: string, fact: DeclaredFact): FactEntry<DeclaredFactValue> {
  const write = (draft: CaseDraft, value: DeclaredFactValue) => {
    if (value !== fact.default) (draft.attributes ??= {})[name] = value;
    return true;
  };
  // Own properties only: a fact named like an Object.prototype member (valueOf) must not read the inherited function.
  const read = (c: ReturnCase) => (c.attributes !== undefined && Object.hasOwn(c.attributes, name) ? (c.attributes[name] as DeclaredFactValue) : fact.default);
  const description = fact.description ?? `declared by the rule set; a case supplies it as attributes.${name}`;
  switch (fact.type) {
    case 'enum':
      return { kind: 'enum', values: fact.values, description, absent: fact.default, read, write, producible: (v) => fact.values.includes(v as string) };
    case 'boolean':
      return { kind: 'boolean', description, absent: fact.default, read, write, producible: (v) => typeof v === 'boolean' };
    case 'integer':
      return {
        kind: 'integer',
        ...(fact.minimum === undefined ? {} : { minimum: fact.minimum }),
        description,
        absent: fact.default,
        read,
        write,
        producible: (v) => Number.isSafeInteger(v) && (fact.minimum === undefined || (v as number) >= fact.minimum) && (fact.maximum === undefined || (v as number) <= fact.maximum),
      };
  }
}

function windowEntry(name: string, window: WindowDefinition): FactEntry<boolean> {
  return {
    kind: 'boolean',
    group: 'time',
    description: `the request is inside the "${name}" window`,
    absent: false,
    read: (_c, context) => isWithinWindow(context.delivered, context.requested, window, context.calendar),
    // The checker sets both dates together for every time fact.
    write: () => true,
    producible: (value) => typeof value === 'boolean',
  };
}

/** Why a name is not a fact of the scope, as an issue code and message. */
export interface UnknownFact {
  readonly code: 'unknown_fact' | 'unknown_window' | 'unknown_threshold';
  readonly message: string;
}

/** Looks facts up by name: built-in, `window.<name>`, `threshold.<name>`, declared. */
export interface FactLookup {
  get(name: string): FactEntry | undefined;
  /** For a name `get` does not know: why. */
  unknown(name: string): UnknownFact;
}

const listed = (names: readonly string[]) => (names.length === 0 ? 'none' : names.join(', '));

/** The facts of a rule set, by name. Entries are built once per name and shared. */
export function factLookup(scope: FactScope): FactLookup {
  const entries = new Map<string, FactEntry>();
  return {
    get(name) {
      let entry = entries.get(name);
      if (entry !== undefined) return entry;
      if (isBaseFact(name)) entry = FACT_TABLE[name] as FactEntry;
      else if (name.startsWith(WINDOW_FACT_PREFIX)) {
        const window = name.slice(WINDOW_FACT_PREFIX.length);
        if (Object.hasOwn(scope.windows, window)) entry = windowEntry(window, scope.windows[window] as WindowDefinition);
      } else if (name.startsWith(THRESHOLD_FACT_PREFIX)) {
        const threshold = name.slice(THRESHOLD_FACT_PREFIX.length);
        if (Object.hasOwn(scope.thresholds, threshold)) entry = thresholdEntry(threshold, scope.thresholds[threshold] as ThresholdDefinition);
      } else if (Object.hasOwn(scope.facts, name)) entry = declaredEntry(name, scope.facts[name] as DeclaredFact);
      if (entry !== undefined) entries.set(name, entry);
      return entry;
    },
    unknown(name) {
      if (name.startsWith(WINDOW_FACT_PREFIX)) {
        return { code: 'unknown_window', message: `unknown window ${JSON.stringify(name.slice(WINDOW_FACT_PREFIX.length))}; this rule set declares: ${listed(Object.keys(scope.windows))}` };
      }
      if (name.startsWith(THRESHOLD_FACT_PREFIX)) {
        return { code: 'unknown_threshold', message: `unknown threshold ${JSON.stringify(name.slice(THRESHOLD_FACT_PREFIX.length))}; this rule set declares: ${listed(Object.keys(scope.thresholds))}` };
      }
      const declared = Object.keys(scope.facts);
      return {
        code: 'unknown_fact',
        message: `unknown fact ${JSON.stringify(name)}; see the fact catalogue (e.g. reason, qualityDefect, daysSinceDelivery, window.<name>)${declared.length === 0 ? '' : `, or this rule set's declared facts: ${declared.join(', ')}`}`,
      };
    },
  };
}

/**
 * Checks a case's `attributes` against the rule set's declared facts: every attribute must be
 * declared, of the declared type, one of the declared values, and within the declared bounds.
 *
 * @returns the issues, each at `attributes.<name>`
 */
export function attributeIssues(c: ReturnCase, declared: Readonly<Record<string, DeclaredFact>>): Issue[] {
  const attributes = c.attributes;
  if (attributes === undefined) return [];
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const path = ['attributes', name];
    const fact = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (fact === undefined) {
      const names = Object.keys(declared);
      issues.push({ path, code: 'unknown_attribute', message: `the rule set declares no fact ${JSON.stringify(name)}; it declares: ${listed(names)}` });
      continue;
    }
    const shown = JSON.stringify(value);
    switch (fact.type) {
      case 'boolean':
        if (typeof value !== 'boolean') issues.push({ path, code: 'invalid_attribute', message: `expected true or false, got ${shown}` });
        break;
      case 'enum':
        if (typeof value !== 'string' || !fact.values.includes(value)) {
          issues.push({ path, code: 'invalid_attribute', message: `expected one of ${fact.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown}` });
        }
        break;
      case 'integer':
        if (!Number.isSafeInteger(value)) issues.push({ path, code: 'invalid_attribute', message: `expected an integer, got ${shown}` });
        else if (fact.minimum !== undefined && (value as number) < fact.minimum) {
          issues.push({ path, code: 'attribute_below_minimum', message: `expected at least ${fact.minimum}, got ${shown}` });
        } else if (fact.maximum !== undefined && (value as number) > fact.maximum) {
          issues.push({ path, code: 'attribute_above_maximum', message: `expected at most ${fact.maximum}, got ${shown}` });
        }
        break;
    }
  }
  return issues;
}
