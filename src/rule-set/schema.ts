import * as z from 'zod/mini';
import { PARTIES } from '../money/money.js';

/** Locales with a built-in message catalogue; a rule set may declare only these. */
export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** json-rules-engine's built-in operators that rule sets may use (decorators are not allowed). */
export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type Operator = (typeof OPERATORS)[number];

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

export const EVENT_TYPES = ['liability', 'not_returnable'] as const;
export const NEGOTIATION_MODES = ['any', 'seller_may_pay_more', 'none'] as const;
export const OUTBOUND_MODES = ['seller', 'buyer', 'seller_up_to_standard'] as const;

export type ConditionValue = string | number | boolean | (string | number)[];
/** A leaf condition: compares one fact with a literal value. */
export interface FactCondition {
  fact: string;
  operator: Operator;
  value: ConditionValue;
}
export type Condition = FactCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const snake = /^[a-z][a-z0-9_]*$/;

const conditionValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]);

const factConditionSchema = z.strictObject({
  fact: z.string(),
  operator: z.enum(OPERATORS),
  value: conditionValueSchema,
});

export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  factConditionSchema,
  z.strictObject({
    get all() {
      return z.array(conditionSchema);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(conditionSchema);
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
]);

const topLevelConditionSchema: z.ZodMiniType<TopLevelCondition> = z.union([
  z.strictObject({ all: z.array(conditionSchema) }),
  z.strictObject({ any: z.array(conditionSchema) }),
  z.strictObject({ not: conditionSchema }),
]);

/** Text per locale, e.g. `{ "en": "…", "zh-CN": "…" }`. */
export const localizedTextSchema = z.record(z.string(), z.string().check(z.minLength(1)));

/** Percent per party, up to two decimals, summing to exactly 100. */
export const sharesSchema = z.partialRecord(z.enum(PARTIES), z.number().check(z.minimum(0), z.maximum(100)));

const liabilityParamsSchema = z.strictObject({
  code: z.string().check(z.regex(snake, { message: 'expected a snake_case code such as "seller_fault"' })),
  shares: sharesSchema,
  replacementShares: z.optional(sharesSchema),
  outbound: z.optional(z.enum(OUTBOUND_MODES)),
  negotiation: z.enum(NEGOTIATION_MODES),
  coverage: z.boolean(),
  citation: z.optional(z.string().check(z.minLength(1))),
  text: localizedTextSchema,
  disclosure: localizedTextSchema,
});

const notReturnableParamsSchema = z.strictObject({
  code: z.string().check(z.regex(snake, { message: 'expected a snake_case code such as "past_window"' })),
  citation: z.optional(z.string().check(z.minLength(1))),
  text: localizedTextSchema,
  disclosure: localizedTextSchema,
});

export const ruleSchema = z.strictObject({
  name: z.string().check(z.regex(kebab, { message: 'expected a kebab-case name such as "seller-fault"' })),
  description: z.optional(z.string()),
  priority: z.int().check(z.minimum(1)),
  conditions: topLevelConditionSchema,
  // Discriminated on `type`, so a problem in params is reported at its own path, not as "no shape matched".
  event: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('liability'), params: liabilityParamsSchema }),
    z.strictObject({ type: z.literal('not_returnable'), params: notReturnableParamsSchema }),
  ]),
});

export const windowSchema = z.strictObject({
  days: z.optional(z.int().check(z.minimum(0), z.maximum(3660))),
  months: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  extendPastHolidays: z.optional(z.boolean()),
});

/** The zod schema of a rule-set document (DESIGN §5). Cross-field checks live in `loadRuleSet`. */
export const ruleSetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(kebab, { message: 'expected a kebab-case id such as "marketplace-standard"' })),
  version: z.string().check(z.minLength(1)),
  title: localizedTextSchema,
  locales: z.array(z.string()).check(z.minLength(1)),
  defaultLocale: z.string(),
  source: z.string().check(z.minLength(1)),
  windows: z.optional(z.record(z.string().check(z.regex(snake, { message: 'expected a snake_case window name' })), windowSchema)),
  rules: z.array(ruleSchema).check(z.minLength(1)),
});

export type RuleSetDocument = z.infer<typeof ruleSetSchema>;
export type RuleDefinition = z.infer<typeof ruleSchema>;
export type LiabilityParams = z.infer<typeof liabilityParamsSchema>;
export type NotReturnableParams = z.infer<typeof notReturnableParamsSchema>;
export type Shares = z.infer<typeof sharesSchema>;
export type LocalizedText = Readonly<Record<string, string>>;
export type NegotiationMode = (typeof NEGOTIATION_MODES)[number];
export type OutboundMode = (typeof OUTBOUND_MODES)[number];
