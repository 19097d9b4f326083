/**
 * The vocabulary of a return case: its enumerations and formats. Both the zod schema (./schema.ts)
 * and the validator (./validate.ts) are built from it. It imports nothing, so code that needs only
 * these names (the fact table, quotes) bundles no zod.
 */

/** Reasons a buyer can state for a return. */
export const RETURN_REASONS = [
  'quality_defect',
  'wrong_item',
  'not_as_described',
  'damaged_in_transit',
  'missing_parts',
  'late_delivery',
  'changed_mind',
  'does_not_fit',
  'ordered_by_mistake',
  'better_price_found',
  'other',
] as const;

export const CHANNELS = ['distance', 'off_premises', 'in_store'] as const;
export const RESOLUTIONS = ['refund', 'exchange', 'repair'] as const;
export const ITEM_CONDITIONS = ['intact', 'opened', 'used', 'damaged_by_buyer'] as const;
export const FREE_SHIPPING = ['none', 'unconditional', 'threshold'] as const;
export const COVERAGE_KINDS = ['return_shipping_insurance', 'return_guarantee'] as const;
export const COVERAGE_PAYERS = ['insurer', 'platform'] as const;
export const COVERAGE_BENEFICIARIES = ['buyer', 'seller'] as const;
/** Who buys the return label, i.e. pays the carrier first. */
export const LABEL_SOURCES = ['buyer', 'merchant', 'platform'] as const;
/** The most units one item line may have. */
export const MAX_QUANTITY = 1_000_000;
/** The most attributes one case may carry. */
export const MAX_ATTRIBUTES = 100;
/** Names of declared facts and of the attributes that supply them: camelCase. */
export const ATTRIBUTE_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * ISO 8601 date (`2026-03-01`) or date-time (`2026-03-01T10:00`, `2026-03-01T10:00:00Z`,
 * `2026-03-01T10:00:00+08:00`). A date or date-time without an offset is local to the case's time zone.
 */
export const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The shape of an ISO 4217 currency code (whether the code exists is checked by `parseReturnCase`). */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
/** The shape of an ISO 3166-1 alpha-2 country code. */
export const JURISDICTION_CODE = /^[A-Z]{2}$/;
