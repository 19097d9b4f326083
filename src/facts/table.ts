/**
 * The fact table: what every fact is, in one place. Each entry says its kind and values, the value
 * it has when the case leaves it out, how it is read from a case and how a case is built that has a
 * given value. The loader's fact checks, `toFacts`, the checker's fact space and example cases, the
 * JSON Schema's fact list and `FACT_CATALOGUE` are all derived from it.
 */
import {
  CHANNELS,
  COVERAGE_KINDS,
  FREE_SHIPPING,
  ITEM_CONDITIONS,
  LABEL_SOURCES,
  RESOLUTIONS,
  RETURN_REASONS,
} from '../case/vocabulary.js';
import type { ReturnCase, ReturnReason } from '../case/schema.js';
import { compareDateTimes, formatCalendarDay, toCalendarDay, type CalendarDay } from '../case/dates.js';
import type { Calendar } from './windows.js';

/** The value of a fact that could not be computed for a case (a window the calendar cannot answer for). */
export const UNKNOWN: unique symbol = Symbol('return-liability.unknown');

/** The value absent optional strings take as facts, so every rule can be evaluated on every case. */
export const NONE = 'none';

/** The facts rules may test, except the per-rule-set `window.<name>`, `threshold.<name>` and declared facts. */
export interface BaseFacts {
  reason: string;
  resolution: string;
  channel: string;
  jurisdiction: string;
  qualityDefect: boolean;
  wrongItem: boolean;
  notAsDescribed: boolean;
  damagedInTransit: boolean;
  missingParts: boolean;
  itemTags: string[];
  itemCondition: string;
  itemCategory: string;
  confirmedNonReturnable: boolean;
  daysSinceDelivery: number;
  deliveredLate: boolean;
  withinQualityGuarantee: boolean;
  sellerFreeReturns: boolean;
  sellerDisclosedReturnCosts: boolean;
  sellerDisclosedWithdrawalRight: boolean;
  freeShipping: string;
  thresholdStillMet: boolean;
  hasNegotiatedSplit: boolean;
  hasCoverage: boolean;
  coverageKind: string;
  priorReturns: number;
  returnShippingAmount: number;
  labelSource: string;
  quantity: number;
  hasItemPrice: boolean;
}

/** A value a declared fact (rule-set `facts`) can have. */
export type DeclaredFactValue = string | number | boolean;

/**
 * Every fact a rule may name: the base facts, `window.<name>` and `threshold.<name>` booleans, and
 * the rule set's declared facts by their own names.
 */
export type Facts = BaseFacts & { [window: `window.${string}`]: boolean } & { [threshold: `threshold.${string}`]: boolean } & {
  [declared: string]: DeclaredFactValue | string[];
};

/** How a fact's values look; decides which operators and values a rule may use with it. */
export type FactKind = 'boolean' | 'integer' | 'enum' | 'string' | 'tags';

/** One documented entry of the fact catalogue. */
export interface FactDescriptor<K extends FactKind = FactKind> {
  readonly kind: K;
  readonly description: string;
  /** For `enum` facts: the values the fact can take. */
  readonly values?: readonly string[];
  /** For `integer` facts: the smallest value the fact can take. */
  readonly minimum?: number;
}

/** What reading a fact may need besides the case: its two days in the case's time zone, and the calendar. */
export interface ReadContext {
  readonly delivered: CalendarDay;
  readonly requested: CalendarDay;
  readonly calendar: Calendar;
}

/** A case being built by the checker: plain mutable data in the shape of a {@link ReturnCase}. */
export type CaseDraft = ReturnCase & { [key: string]: unknown };

/**
 * What the table knows of one fact. `read` is how `toFacts` gets its value from a validated case;
 * `write` changes a draft case so that `read` gives `value` (it returns `false` when no valid case
 * can have that value on top of what the draft already says).
 */
export interface FactEntry<T = unknown> extends FactDescriptor {
  /** The value the fact has when the case leaves the field out. */
  readonly absent: T;
  /** Facts the checker varies together with others: the dates (`time`), or coverage. */
  readonly group?: 'time' | 'coverage';
  read(returnCase: ReturnCase, context: ReadContext): T;
  write(draft: CaseDraft, value: T): boolean;
  /** Can a real case have this value? (Values a rule may name but no case produces, e.g. a negative count.) */
  producible(value: unknown): boolean;
  /** For an inspection finding: the reason a buyer states for the fault it confirms. */
  readonly confirms?: ReturnReason;
  /** Every case has it (a required field, or one derived from required fields): `absent` is only the checker's stand-in. */
  readonly alwaysGiven?: true;
}

type Entries = { readonly [K in keyof BaseFacts]: FactEntry<BaseFacts[K]> & { readonly kind: KindOf<BaseFacts[K]> } };
type KindOf<T> = T extends boolean ? 'boolean' : T extends number ? 'integer' : T extends string[] ? 'tags' : 'enum' | 'string';

const always = () => true;
const nonNegative = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

const item = (draft: CaseDraft) => (draft.item ??= {});
const seller = (draft: CaseDraft) => (draft.seller ??= {});
const findings = (draft: CaseDraft) => (draft.findings ??= {});

/** A boolean finding of inspection: `findings.<name>`. */
function finding(name: keyof NonNullable<ReturnCase['findings']>, confirms: ReturnReason, description: string): FactEntry<boolean> & { kind: 'boolean' } {
  return {
    kind: 'boolean',
    description,
    confirms,
    absent: false,
    read: (c) => c.findings?.[name] ?? false,
    write: (draft, value) => {
      if (value) findings(draft)[name] = true;
      return true;
    },
    producible: always,
  };
}

/** A boolean statement about the seller: `seller.<name>`. */
function sellerFlag(name: 'freeReturns' | 'disclosedReturnCosts' | 'disclosedWithdrawalRight', description: string): FactEntry<boolean> & { kind: 'boolean' } {
  return {
    kind: 'boolean',
    description,
    absent: false,
    read: (c) => c.seller?.[name] ?? false,
    write: (draft, value) => {
      if (value) seller(draft)[name] = true;
      return true;
    },
    producible: always,
  };
}

/** An optional enum field with a default, written only when it differs from the default. */
function enumField<V extends string>(
  values: readonly V[],
  absent: V,
  description: string,
  get: (c: ReturnCase) => V | undefined,
  set: (draft: CaseDraft, value: V) => void,
): FactEntry<string> & { kind: 'enum' } {
  return {
    kind: 'enum',
    values,
    description,
    absent,
    read: (c) => get(c) ?? absent,
    write: (draft, value) => {
      if (value !== absent) set(draft, value as V);
      return true;
    },
    producible: (value) => (values as readonly unknown[]).includes(value),
  };
}

/** Amount of an example item when a fact needs a price and no threshold sets one. */
const EXAMPLE_PRICE = 2_000;

/**
 * The built-in facts. The mapped type makes the compiler check that the table lists exactly the
 * keys of {@link BaseFacts}, each with a kind that matches the fact's TypeScript type.
 */
export const FACT_TABLE: Entries = {
  reason: {
    kind: 'enum',
    values: RETURN_REASONS,
    description: 'the reason the buyer states',
    // Required in a case; the checker's example cases use 'other' for a reason no rule names.
    absent: 'other',
    alwaysGiven: true,
    read: (c) => c.reason,
    write: (draft, value) => {
      draft.reason = value as ReturnCase['reason'];
      return true;
    },
    producible: (value) => (RETURN_REASONS as readonly unknown[]).includes(value),
  },
  resolution: enumField(RESOLUTIONS, 'refund', "what the buyer asks for; default 'refund'", (c) => c.resolution, (d, v) => (d.resolution = v)),
  channel: enumField(CHANNELS, 'distance', "how the contract was made; default 'distance'", (c) => c.channel, (d, v) => (d.channel = v)),
  jurisdiction: {
    kind: 'string',
    description: "ISO 3166-1 alpha-2 code of the buyer's jurisdiction, or 'none'",
    absent: NONE,
    read: (c) => c.jurisdiction ?? NONE,
    write: (draft, value) => {
      if (value !== NONE) draft.jurisdiction = value;
      return true;
    },
    producible: (value) => value === NONE || (typeof value === 'string' && /^[A-Z]{2}$/.test(value)),
  },
  qualityDefect: finding('qualityDefect', 'quality_defect', 'inspection found a quality defect'),
  wrongItem: finding('wrongItem', 'wrong_item', 'the wrong item was sent'),
  notAsDescribed: finding('notAsDescribed', 'not_as_described', 'the item is not as described'),
  damagedInTransit: finding('damagedInTransit', 'damaged_in_transit', 'the item was damaged on the way to the buyer'),
  missingParts: finding('missingParts', 'missing_parts', 'parts were missing'),
  itemTags: {
    kind: 'tags',
    description: 'item tags; test with contains / doesNotContain',
    absent: [],
    read: (c) => (c.item?.tags === undefined ? [] : [...c.item.tags]),
    write: (draft, value) => {
      if (value.length > 0) item(draft).tags = [...value];
      return true;
    },
    producible: (value) => typeof value === 'string' && value.length >= 1 && value.length <= 100,
  },
  itemCondition: enumField([...ITEM_CONDITIONS, NONE], NONE, "condition of the returned item, or 'none' when not given", (c) => c.item?.condition, (d, v) => {
    item(d).condition = v as Exclude<typeof v, 'none'>;
  }),
  itemCategory: {
    kind: 'string',
    description: "the item's category, or 'none'",
    absent: NONE,
    read: (c) => c.item?.category ?? NONE,
    write: (draft, value) => {
      if (value !== NONE) item(draft).category = value;
      return true;
    },
    producible: (value) => typeof value === 'string' && value.length >= 1 && value.length <= 200,
  },
  confirmedNonReturnable: {
    kind: 'boolean',
    description: 'the buyer confirmed at purchase that no-reason return does not apply',
    absent: false,
    read: (c) => c.item?.confirmedNonReturnable ?? false,
    write: (draft, value) => {
      if (value) item(draft).confirmedNonReturnable = true;
      return true;
    },
    producible: always,
  },
  daysSinceDelivery: {
    kind: 'integer',
    minimum: 0,
    group: 'time',
    alwaysGiven: true,
    description: "calendar days from delivery to request in the case's time zone (delivery day is 0)",
    absent: 0,
    read: (_c, context) => context.requested - context.delivered,
    // The checker sets both dates together for every time fact.
    write: always,
    producible: nonNegative,
  },
  deliveredLate: {
    kind: 'boolean',
    description: "a delivery date was promised (dates.promisedBy) and delivery fell after it, in the case's time zone",
    absent: false,
    read: (c) => c.dates.promisedBy !== undefined && compareDateTimes(c.dates.deliveredAt, c.dates.promisedBy, c.timeZone ?? 'UTC') > 0,
    write: (draft, value) => {
      if (value) draft.dates.promisedBy = formatCalendarDay(dayOf(draft.dates.deliveredAt) - 1);
      return true;
    },
    producible: always,
  },
  withinQualityGuarantee: {
    kind: 'boolean',
    description: "a quality-guarantee period is given (dates.qualityGuaranteeEndsAt) and the request falls on or before its last day, in the case's time zone",
    absent: false,
    read: (c, context) => c.dates.qualityGuaranteeEndsAt !== undefined && context.requested <= toCalendarDay(c.dates.qualityGuaranteeEndsAt, c.timeZone ?? 'UTC'),
    write: (draft, value) => {
      // The request day itself is the last day of a running guarantee.
      if (value) draft.dates.qualityGuaranteeEndsAt = formatCalendarDay(dayOf(draft.dates.requestedAt));
      return true;
    },
    producible: always,
  },
  sellerFreeReturns: sellerFlag('freeReturns', 'the seller promised to pay return shipping'),
  sellerDisclosedReturnCosts: sellerFlag('disclosedReturnCosts', 'the buyer was told before purchase that they pay returns'),
  sellerDisclosedWithdrawalRight: sellerFlag('disclosedWithdrawalRight', 'the buyer was told of the right to withdraw'),
  freeShipping: enumField(FREE_SHIPPING, 'none', "free-shipping status of the original order; default 'none'", (c) => c.seller?.freeShipping, (d, v) => {
    seller(d).freeShipping = v;
  }),
  thresholdStillMet: {
    kind: 'boolean',
    description: 'with threshold free shipping: the order still qualifies after the return',
    absent: false,
    read: (c) => c.seller?.thresholdStillMet ?? false,
    write: (draft, value) => {
      const s = seller(draft);
      // The case schema allows thresholdStillMet only with threshold free shipping.
      if (s.freeShipping !== undefined && s.freeShipping !== 'threshold') return !value;
      if (value) {
        s.freeShipping = 'threshold';
        s.thresholdStillMet = true;
      } else if (s.freeShipping === 'threshold') s.thresholdStillMet = false;
      return true;
    },
    producible: always,
  },
  hasNegotiatedSplit: {
    kind: 'boolean',
    description: 'buyer and seller agreed a split',
    absent: false,
    read: (c) => c.negotiatedSplit !== undefined,
    write: (draft, value) => {
      if (value) draft.negotiatedSplit = { sellerPercent: 50 };
      return true;
    },
    producible: always,
  },
  hasCoverage: {
    kind: 'boolean',
    group: 'coverage',
    description: 'a return guarantee or return-shipping insurance is attached',
    absent: false,
    read: (c) => c.coverage !== undefined,
    write: (draft, value) => {
      if (!value) return draft.coverage === undefined;
      draft.coverage ??= { kind: 'return_guarantee', payer: 'platform' };
      return true;
    },
    producible: always,
  },
  coverageKind: {
    kind: 'enum',
    values: [...COVERAGE_KINDS, NONE],
    group: 'coverage',
    description: "the coverage kind, or 'none'",
    absent: NONE,
    read: (c) => c.coverage?.kind ?? NONE,
    write: (draft, value) => {
      if (value === NONE) return draft.coverage === undefined;
      draft.coverage = value === 'return_shipping_insurance' ? { kind: 'return_shipping_insurance', payer: 'insurer' } : { kind: 'return_guarantee', payer: 'platform' };
      return true;
    },
    producible: (value) => ([...COVERAGE_KINDS, NONE] as readonly unknown[]).includes(value),
  },
  priorReturns: {
    kind: 'integer',
    minimum: 0,
    description: 'earlier return requests on the same order',
    absent: 0,
    read: (c) => c.priorReturns ?? 0,
    write: (draft, value) => {
      if (value > 0) draft.priorReturns = value;
      return true;
    },
    producible: nonNegative,
  },
  returnShippingAmount: {
    kind: 'integer',
    minimum: 0,
    description: 'return shipping cost in minor units',
    absent: 0,
    alwaysGiven: true,
    read: (c) => c.costs.returnShipping.amount,
    write: (draft, value) => {
      draft.costs.returnShipping = { amount: value, currency: draft.costs.returnShipping.currency };
      return true;
    },
    producible: nonNegative,
  },
  labelSource: enumField(LABEL_SOURCES, 'buyer', "who buys the return label (pays the carrier first); default 'buyer'", (c) => c.labelSource, (d, v) => (d.labelSource = v)),
  quantity: {
    kind: 'integer',
    minimum: 1,
    description: 'units of the item returned; default 1',
    absent: 1,
    read: (c) => c.item?.quantity ?? 1,
    write: (draft, value) => {
      if (value !== 1) item(draft).quantity = value;
      return true;
    },
    producible: (value) => Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= 1_000_000,
  },
  hasItemPrice: {
    kind: 'boolean',
    description: 'the unit price paid for the item (item.price) is given',
    absent: false,
    read: (c) => c.item?.price !== undefined,
    write: (draft, value) => {
      if (!value) return draft.item?.price === undefined;
      item(draft).price ??= { amount: EXAMPLE_PRICE, currency: draft.costs.returnShipping.currency };
      return true;
    },
    producible: always,
  },
};

/** `YYYY-MM-DD` → day number, for draft dates the checker wrote itself (always date-only, valid). */
export function dayOf(date: string): CalendarDay {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** Names of the base facts, in table order. */
export const BASE_FACT_NAMES = Object.keys(FACT_TABLE) as (keyof BaseFacts)[];

/** The prefix of window facts: `window.<name>`. */
export const WINDOW_FACT_PREFIX = 'window.';
/** The prefix of threshold facts: `threshold.<name>`. */
export const THRESHOLD_FACT_PREFIX = 'threshold.';

/** Is `name` a built-in fact? */
export function isBaseFact(name: string): name is keyof BaseFacts {
  return Object.hasOwn(FACT_TABLE, name);
}

/**
 * The fact catalogue: every built-in fact with its kind, description and, for enums, its values.
 * Derived from the fact table; per-rule-set facts (`window.<name>`, `threshold.<name>`, declared
 * facts) are described by the rule set that declares them.
 */
export const FACT_CATALOGUE: { readonly [K in keyof BaseFacts]: FactDescriptor<KindOf<BaseFacts[K]>> } = Object.freeze(
  Object.fromEntries(
    BASE_FACT_NAMES.map((name) => {
      const { kind, description, values, minimum } = FACT_TABLE[name];
      return [name, Object.freeze({ kind, description, ...(values === undefined ? {} : { values }), ...(minimum === undefined ? {} : { minimum }) })];
    }),
  ),
) as { readonly [K in keyof BaseFacts]: FactDescriptor<KindOf<BaseFacts[K]>> };

/** The inspection finding that confirms a stated seller-fault reason (`quality_defect` → `qualityDefect`), if any. */
export function faultFindingOf(reason: ReturnReason): keyof NonNullable<ReturnCase['findings']> | undefined {
  for (const name of BASE_FACT_NAMES) if (FACT_TABLE[name].confirms === reason) return name as keyof NonNullable<ReturnCase['findings']>;
  return undefined;
}
