import * as z from 'zod/mini';
import {
  ATTRIBUTE_NAME,
  CHANNELS,
  COVERAGE_BENEFICIARIES,
  COVERAGE_KINDS,
  COVERAGE_PAYERS,
  CURRENCY_CODE,
  FREE_SHIPPING,
  ISO_DATE_TIME,
  ITEM_CONDITIONS,
  JURISDICTION_CODE,
  LABEL_SOURCES,
  MAX_ATTRIBUTES,
  MAX_QUANTITY,
  RESOLUTIONS,
  RETURN_REASONS,
} from './vocabulary.js';


export const isoDateTime = z.string().check(
  z.regex(ISO_DATE_TIME, { message: 'expected an ISO 8601 date or date-time such as "2026-03-01" or "2026-03-01T10:00:00Z"' }),
);

/** Money in a case: integer minor units and an ISO 4217 code. */
export const moneySchema = z.strictObject({
  amount: z.int().check(z.nonnegative()),
  currency: z.string().check(z.regex(CURRENCY_CODE, { message: 'expected an ISO 4217 currency code such as "USD"' })),
});

const reasonSchema = z.enum(RETURN_REASONS);
const percentSchema = z.number().check(z.minimum(0), z.maximum(100));

/** The zod schema of a return case. Semantic checks live in `parseReturnCase`. */
export const returnCaseSchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  channel: z.optional(z.enum(CHANNELS)),
  resolution: z.optional(z.enum(RESOLUTIONS)),
  reason: reasonSchema,
  findings: z.optional(
    z.strictObject({
      qualityDefect: z.optional(z.boolean()),
      wrongItem: z.optional(z.boolean()),
      notAsDescribed: z.optional(z.boolean()),
      damagedInTransit: z.optional(z.boolean()),
      missingParts: z.optional(z.boolean()),
    }),
  ),
  item: z.optional(
    z.strictObject({
      category: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
      tags: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(100))),
      condition: z.optional(z.enum(ITEM_CONDITIONS)),
      confirmedNonReturnable: z.optional(z.boolean()),
      price: z.optional(moneySchema),
      quantity: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_QUANTITY))),
    }),
  ),
  order: z.optional(z.strictObject({ value: z.optional(moneySchema) })),
  costs: z.strictObject({
    returnShipping: moneySchema,
    outboundShipping: z.optional(moneySchema),
    standardOutboundShipping: z.optional(moneySchema),
    replacementShipping: z.optional(moneySchema),
  }),
  dates: z.strictObject({
    deliveredAt: isoDateTime,
    requestedAt: isoDateTime,
    orderedAt: z.optional(isoDateTime),
    promisedBy: z.optional(isoDateTime),
    qualityGuaranteeEndsAt: z.optional(isoDateTime),
  }),
  labelSource: z.optional(z.enum(LABEL_SOURCES)),
  inspection: z.optional(z.strictObject({ diminishedValue: z.optional(moneySchema) })),
  attributes: z.optional(
    z
      .record(
        z.string().check(z.regex(ATTRIBUTE_NAME, { message: 'expected a camelCase attribute name such as "customerTier"' })),
        z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]),
      )
      .check(z.refine((record) => Object.keys(record).length <= MAX_ATTRIBUTES, { message: `at most ${MAX_ATTRIBUTES} attributes` })),
  ),
  timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  seller: z.optional(
    z.strictObject({
      freeReturns: z.optional(z.boolean()),
      disclosedReturnCosts: z.optional(z.boolean()),
      disclosedWithdrawalRight: z.optional(z.boolean()),
      freeShipping: z.optional(z.enum(FREE_SHIPPING)),
      thresholdStillMet: z.optional(z.boolean()),
    }),
  ),
  negotiatedSplit: z.optional(
    z.strictObject({
      sellerPercent: z.optional(percentSchema),
      sellerAmount: z.optional(moneySchema),
      agreedAt: z.optional(isoDateTime),
    }),
  ),
  coverage: z.optional(
    z.strictObject({
      kind: z.enum(COVERAGE_KINDS),
      payer: z.enum(COVERAGE_PAYERS),
      beneficiary: z.optional(z.enum(COVERAGE_BENEFICIARIES)),
      limit: z.optional(moneySchema),
      reasons: z.optional(z.array(reasonSchema).check(z.maxLength(RETURN_REASONS.length))),
      firstReturnOnly: z.optional(z.boolean()),
    }),
  ),
  priorReturns: z.optional(z.int().check(z.nonnegative())),
  jurisdiction: z.optional(z.string().check(z.regex(JURISDICTION_CODE, { message: 'expected an ISO 3166-1 alpha-2 code such as "CN" or "DE"' }))),
});

/** A validated return case. */
export type ReturnCase = z.infer<typeof returnCaseSchema>;
/** A reason a buyer states for a return. */
export type ReturnReason = (typeof RETURN_REASONS)[number];
