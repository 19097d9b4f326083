import * as z from 'zod/mini';
import { PARTIES } from '../money/money.js';
import type { TopLevelCondition } from '../conditions/grammar.js';
import { THRESHOLD_MEASURES } from '../facts/scope.js';

/**
 * Locales with a message catalogue; a rule set may declare only these. `en` and `zh-CN` are always
 * loaded; the others ship as their own entries (`return-liability/locales/ja`, …), so that an app
 * that does not use them does not carry them.
 */
export const SUPPORTED_LOCALES = ['en', 'zh-CN', 'pt-BR', 'ko', 'ja'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Placeholders a rule's `text` may use. */
export const PLACEHOLDERS = [
  'returnShipping',
  'buyerAmount',
  'sellerAmount',
  'platformAmount',
  'insurerAmount',
  'carrierAmount',
  'windowDays',
  'daysSinceDelivery',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const EVENT_TYPES = ['liability', 'not_returnable', 'returnless'] as const;
export const NEGOTIATION_MODES = ['any', 'seller_may_pay_more', 'none'] as const;
export const OUTBOUND_MODES = ['seller', 'buyer', 'seller_up_to_standard'] as const;
/** How one return label is apportioned to the items of a parcel. */
export const LABEL_SPLITS = ['seller_fault_carries', 'by_value', 'by_weight', 'equal'] as const;
/** Which part of the original delivery a partial return brings into play. */
export const PARCEL_OUTBOUND_MODES = ['pro_rata', 'whole_order_only'] as const;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const snake = /^[a-z][a-z0-9_]*$/;

/**
 * A rule's conditions. They are validated by the condition grammar's own walk (precise messages
 * and paths, facts checked against the rule set), so zod only carries them through.
 */
export const conditionsSchema = z.custom<TopLevelCondition>(() => true);

/** Text per locale, e.g. `{ "en": "…", "zh-CN": "…" }`. */
export const localizedTextSchema = z.record(z.string(), z.string().check(z.minLength(1)));

/**
 * A rule's legal basis: one string for every locale, or one per locale
 * (`{ "en": "CPL art. 25", "zh-CN": "《消费者权益保护法》第二十五条" }`), which must then cover every
 * declared locale.
 */
export const citationSchema = z.union([z.string().check(z.minLength(1)), localizedTextSchema]);

/** Percent per party, up to two decimals, summing to exactly 100. */
export const sharesSchema = z.partialRecord(z.enum(PARTIES), z.number().check(z.minimum(0), z.maximum(100)));

/** Minor units per ISO 4217 currency, e.g. `{ "GBP": 500, "EUR": 600 }`: amounts are never compared across currencies. */
export const perCurrencySchema = z.record(z.string().check(z.regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code such as "USD"' })), z.int().check(z.nonnegative()));

/** Fees a liability rule charges the buyer, deducted from the refund. */
export const feesSchema = z.strictObject({
  /** A percentage of the goods (price × quantity, up to two decimals), rounded down, at most `max` in the case's currency. */
  restocking: z.optional(z.strictObject({ percent: z.number().check(z.minimum(0), z.maximum(100)), max: z.optional(perCurrencySchema) })),
});

export const DIMINISHED_VALUE_MODES = ['deduct', 'waive'] as const;

const liabilityParamsSchema = z.strictObject({
  code: z.string().check(z.regex(snake, { message: 'expected a snake_case code such as "seller_fault"' })),
  shares: sharesSchema,
  replacementShares: z.optional(sharesSchema),
  outbound: z.optional(z.enum(OUTBOUND_MODES)),
  negotiation: z.enum(NEGOTIATION_MODES),
  coverage: z.boolean(),
  /** The most a party pays of return shipping, per currency; the excess moves to the rule's other parties in proportion, or to the buyer. */
  caps: z.optional(z.partialRecord(z.enum(PARTIES), perCurrencySchema)),
  fees: z.optional(feesSchema),
  /** Whether `inspection.diminishedValue` is deducted from the refund; default `waive`. */
  diminishedValue: z.optional(z.enum(DIMINISHED_VALUE_MODES)),
  citation: z.optional(citationSchema),
  text: localizedTextSchema,
  disclosure: localizedTextSchema,
});

/** A returnless refund: the buyer keeps the item and is refunded without sending it back. */
const returnlessParamsSchema = z.strictObject({
  code: z.string().check(z.regex(snake, { message: 'expected a snake_case code such as "keep_it"' })),
  outbound: z.optional(z.enum(OUTBOUND_MODES)),
  citation: z.optional(citationSchema),
  text: localizedTextSchema,
  disclosure: localizedTextSchema,
});

const notReturnableParamsSchema = z.strictObject({
  code: z.string().check(z.regex(snake, { message: 'expected a snake_case code such as "past_window"' })),
  citation: z.optional(citationSchema),
  text: localizedTextSchema,
  disclosure: localizedTextSchema,
});

export const ruleSchema = z.strictObject({
  name: z.string().check(z.regex(kebab, { message: 'expected a kebab-case name such as "seller-fault"' })),
  description: z.optional(z.string()),
  priority: z.int().check(z.minimum(1)),
  conditions: conditionsSchema,
  // Discriminated on `type`, so a problem in params is reported at its own path, not as "no shape matched".
  event: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('liability'), params: liabilityParamsSchema }),
    z.strictObject({ type: z.literal('not_returnable'), params: notReturnableParamsSchema }),
    z.strictObject({ type: z.literal('returnless'), params: returnlessParamsSchema }),
  ]),
});

export const windowSchema = z.strictObject({
  days: z.optional(z.int().check(z.minimum(0), z.maximum(3660))),
  months: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  extendPastHolidays: z.optional(z.boolean()),
});

const camel = /^[a-z][A-Za-z0-9]*$/;
const description = z.optional(z.string().check(z.minLength(1)));

/** A declared fact: enum, boolean or integer, with the value an absent attribute takes. */
export const declaredFactSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('enum'), values: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), default: z.string(), description }),
  z.strictObject({ type: z.literal('boolean'), default: z.boolean(), description }),
  z.strictObject({ type: z.literal('integer'), minimum: z.optional(z.int()), maximum: z.optional(z.int()), default: z.int(), description }),
]);

/** A money threshold: minor units per currency of the measured amount. */
export const thresholdSchema = z.strictObject({
  measure: z.enum(THRESHOLD_MEASURES),
  amounts: z.record(z.string().check(z.regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code such as "USD"' })), z.int().check(z.nonnegative())),
  description,
});

/** The zod schema of a rule-set document. Cross-field checks live in `loadRuleSet`. */
export const ruleSetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(kebab, { message: 'expected a kebab-case id such as "marketplace-standard"' })),
  version: z.string().check(z.minLength(1)),
  title: localizedTextSchema,
  locales: z.array(z.string()).check(z.minLength(1)),
  defaultLocale: z.string(),
  source: z.string().check(z.minLength(1)),
  windows: z.optional(z.record(z.string().check(z.regex(snake, { message: 'expected a snake_case window name' })), windowSchema)),
  facts: z.optional(z.record(z.string().check(z.regex(camel, { message: 'expected a camelCase fact name such as "customerTier"' })), declaredFactSchema)),
  thresholds: z.optional(z.record(z.string().check(z.regex(snake, { message: 'expected a snake_case threshold name such as "free_returns_from"' })), thresholdSchema)),
  parcel: z.optional(z.strictObject({ labelSplit: z.optional(z.enum(LABEL_SPLITS)), outbound: z.optional(z.enum(PARCEL_OUTBOUND_MODES)) })),
  rules: z.array(ruleSchema).check(z.minLength(1)),
});

export type { Condition, ConditionValue, FactCondition, TopLevelCondition } from '../conditions/grammar.js';
export type { Operator } from '../conditions/operators.js';
export type RuleSetDocument = z.infer<typeof ruleSetSchema>;
export type RuleDefinition = z.infer<typeof ruleSchema>;
export type LiabilityParams = z.infer<typeof liabilityParamsSchema>;
export type NotReturnableParams = z.infer<typeof notReturnableParamsSchema>;
export type ReturnlessParams = z.infer<typeof returnlessParamsSchema>;
export type Fees = z.infer<typeof feesSchema>;
export type Shares = z.infer<typeof sharesSchema>;
export type LocalizedText = Readonly<Record<string, string>>;
export type NegotiationMode = (typeof NEGOTIATION_MODES)[number];
export type OutboundMode = (typeof OUTBOUND_MODES)[number];
export type LabelSplit = (typeof LABEL_SPLITS)[number];
export type ParcelOutboundMode = (typeof PARCEL_OUTBOUND_MODES)[number];
export type { Citation } from './citation.js';
