import {
  CHANNELS,
  COVERAGE_KINDS,
  FREE_SHIPPING,
  ITEM_CONDITIONS,
  RESOLUTIONS,
  RETURN_REASONS,
  type ReturnCase,
} from './schema.js';
import { toCalendarDay, calendarDaysBetween } from './dates.js';
import { type Calendar, type WindowDefinition, isWithinWindow } from './windows.js';

/** The value absent optional strings take as facts, so every rule can be evaluated on every case. */
export const NONE = 'none';

/** The facts rules may test, except the per-window `window.<name>` facts (DESIGN §4). */
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
}

/** Every fact a rule may name: the base facts plus `window.<name>` for each declared window. */
export type Facts = BaseFacts & { [window: `window.${string}`]: boolean };

/** How a fact's values look; decides which operators and values a rule may use with it. */
export type FactKind = 'boolean' | 'integer' | 'enum' | 'string' | 'tags';

/** One documented entry of the fact catalogue. */
export interface FactDescriptor<K extends FactKind = FactKind> {
  readonly kind: K;
  readonly description: string;
  /** For `enum` facts: the values the fact can take. */
  readonly values?: readonly string[];
}

type KindOf<T> = T extends boolean ? 'boolean' : T extends number ? 'integer' : T extends string[] ? 'tags' : 'enum' | 'string';

/**
 * The fact catalogue. The mapped type makes the compiler check that it lists exactly the keys of
 * {@link BaseFacts}, each with a kind that matches the fact's TypeScript type.
 */
export const FACT_CATALOGUE: { readonly [K in keyof BaseFacts]: FactDescriptor<KindOf<BaseFacts[K]>> } = {
  reason: { kind: 'enum', values: RETURN_REASONS, description: 'the reason the buyer states' },
  resolution: { kind: 'enum', values: RESOLUTIONS, description: "what the buyer asks for; default 'refund'" },
  channel: { kind: 'enum', values: CHANNELS, description: "how the contract was made; default 'distance'" },
  jurisdiction: { kind: 'string', description: "ISO 3166-1 alpha-2 code of the buyer's jurisdiction, or 'none'" },
  qualityDefect: { kind: 'boolean', description: 'inspection found a quality defect' },
  wrongItem: { kind: 'boolean', description: 'the wrong item was sent' },
  notAsDescribed: { kind: 'boolean', description: 'the item is not as described' },
  damagedInTransit: { kind: 'boolean', description: 'the item was damaged on the way to the buyer' },
  missingParts: { kind: 'boolean', description: 'parts were missing' },
  itemTags: { kind: 'tags', description: 'item tags; test with contains / doesNotContain' },
  itemCondition: { kind: 'enum', values: [...ITEM_CONDITIONS, NONE], description: "condition of the returned item, or 'none' when not given" },
  itemCategory: { kind: 'string', description: "the item's category, or 'none'" },
  confirmedNonReturnable: { kind: 'boolean', description: 'the buyer confirmed at purchase that no-reason return does not apply' },
  daysSinceDelivery: { kind: 'integer', description: "calendar days from delivery to request in the case's time zone (delivery day is 0)" },
  sellerFreeReturns: { kind: 'boolean', description: 'the seller promised to pay return shipping' },
  sellerDisclosedReturnCosts: { kind: 'boolean', description: 'the buyer was told before purchase that they pay returns' },
  sellerDisclosedWithdrawalRight: { kind: 'boolean', description: 'the buyer was told of the right to withdraw' },
  freeShipping: { kind: 'enum', values: FREE_SHIPPING, description: "free-shipping status of the original order; default 'none'" },
  thresholdStillMet: { kind: 'boolean', description: 'with threshold free shipping: the order still qualifies after the return' },
  hasNegotiatedSplit: { kind: 'boolean', description: 'buyer and seller agreed a split' },
  hasCoverage: { kind: 'boolean', description: 'a return guarantee or return-shipping insurance is attached' },
  coverageKind: { kind: 'enum', values: [...COVERAGE_KINDS, NONE], description: "the coverage kind, or 'none'" },
  priorReturns: { kind: 'integer', description: 'earlier return requests on the same order' },
  returnShippingAmount: { kind: 'integer', description: 'return shipping cost in minor units' },
};

/** Names of the base facts, in catalogue order. */
export const BASE_FACT_NAMES = Object.keys(FACT_CATALOGUE) as (keyof BaseFacts)[];

/** The prefix of window facts: `window.<name>`. */
export const WINDOW_FACT_PREFIX = 'window.';

/** Looks a fact name up in the catalogue, including `window.<name>` for declared windows. */
export function describeFact(name: string, windowNames: ReadonlySet<string>): FactDescriptor | undefined {
  if (name.startsWith(WINDOW_FACT_PREFIX)) {
    return windowNames.has(name.slice(WINDOW_FACT_PREFIX.length))
      ? { kind: 'boolean', description: `the request is inside the "${name.slice(WINDOW_FACT_PREFIX.length)}" window` }
      : undefined;
  }
  return Object.hasOwn(FACT_CATALOGUE, name) ? FACT_CATALOGUE[name as keyof BaseFacts] : undefined;
}

/**
 * Derives the facts of a validated case. Absent optional input becomes a defined value (false, 0,
 * 'none'), never `undefined`.
 */
export function toFacts(
  returnCase: ReturnCase,
  windows: Readonly<Record<string, WindowDefinition>>,
  calendar: Calendar,
): Facts {
  const zone = returnCase.timeZone ?? 'UTC';
  const delivered = toCalendarDay(returnCase.dates.deliveredAt, zone);
  const requested = toCalendarDay(returnCase.dates.requestedAt, zone);
  const findings = returnCase.findings ?? {};
  const item = returnCase.item ?? {};
  const seller = returnCase.seller ?? {};
  const facts: Facts = {
    reason: returnCase.reason,
    resolution: returnCase.resolution ?? 'refund',
    channel: returnCase.channel ?? 'distance',
    jurisdiction: returnCase.jurisdiction ?? NONE,
    qualityDefect: findings.qualityDefect ?? false,
    wrongItem: findings.wrongItem ?? false,
    notAsDescribed: findings.notAsDescribed ?? false,
    damagedInTransit: findings.damagedInTransit ?? false,
    missingParts: findings.missingParts ?? false,
    itemTags: [...(item.tags ?? [])],
    itemCondition: item.condition ?? NONE,
    itemCategory: item.category ?? NONE,
    confirmedNonReturnable: item.confirmedNonReturnable ?? false,
    daysSinceDelivery: calendarDaysBetween(delivered, requested),
    sellerFreeReturns: seller.freeReturns ?? false,
    sellerDisclosedReturnCosts: seller.disclosedReturnCosts ?? false,
    sellerDisclosedWithdrawalRight: seller.disclosedWithdrawalRight ?? false,
    freeShipping: seller.freeShipping ?? 'none',
    thresholdStillMet: seller.thresholdStillMet ?? false,
    hasNegotiatedSplit: returnCase.negotiatedSplit !== undefined,
    hasCoverage: returnCase.coverage !== undefined,
    coverageKind: returnCase.coverage?.kind ?? NONE,
    priorReturns: returnCase.priorReturns ?? 0,
    returnShippingAmount: returnCase.costs.returnShipping.amount,
  };
  for (const [name, window] of Object.entries(windows)) {
    facts[`window.${name}`] = isWithinWindow(delivered, requested, window, calendar);
  }
  return facts;
}
