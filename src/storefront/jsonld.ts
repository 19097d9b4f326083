/**
 * schema.org `MerchantReturnPolicy` structured data, derived by deciding representative returns
 * with the rule set, so that search engines show the policy that is enforced.
 */
import { createEvaluator, type EvaluatorOptions } from '../decide/evaluator.js';
import { type Issue, ReturnCaseError, ReturnLiabilityError } from '../errors.js';
import type { Decision } from '../model/decision.js';
import { type Money, toDecimalString } from '../money/money.js';
import type { RuleSet } from '../rule-set/load.js';
import { quoteDecisions, type ReturnDraft, type ReturnQuote, windowLengthInDays } from './quote.js';

const SCHEMA = 'https://schema.org/';

/** schema.org `ReturnFeesEnumeration` members this library can derive. */
export type ReturnFees =
  | 'https://schema.org/FreeReturn'
  | 'https://schema.org/ReturnFeesCustomerResponsibility'
  | 'https://schema.org/ReturnShippingFees';

/** schema.org `MerchantReturnEnumeration` members this library can derive. */
export type ReturnPolicyCategory =
  | 'https://schema.org/MerchantReturnFiniteReturnWindow'
  | 'https://schema.org/MerchantReturnUnlimitedWindow'
  | 'https://schema.org/MerchantReturnNotPermitted';

/**
 * schema.org `ReturnLabelSourceEnumeration` members this library can derive from a draft's
 * `labelSource` (`ReturnLabelInBox` cannot be: a draft does not say the label comes in the parcel).
 */
export type ReturnLabelSource = 'https://schema.org/ReturnLabelCustomerResponsibility' | 'https://schema.org/ReturnLabelDownloadAndPrint';

/** schema.org `MonetaryAmount`; `value` is the decimal amount (e.g. 6.9 for $6.90). */
export interface MonetaryAmount {
  '@type': 'MonetaryAmount';
  value: number;
  currency: string;
}

/** A schema.org `MerchantReturnPolicy` JSON-LD object. */
export interface MerchantReturnPolicy {
  '@context': 'https://schema.org';
  '@type': 'MerchantReturnPolicy';
  applicableCountry?: string | string[];
  returnPolicyCategory: ReturnPolicyCategory;
  /** Days from delivery, with `MerchantReturnFiniteReturnWindow`. */
  merchantReturnDays?: number;
  returnMethod?: 'https://schema.org/ReturnByMail';
  returnFees?: ReturnFees;
  returnShippingFeesAmount?: MonetaryAmount;
  customerRemorseReturnFees?: ReturnFees;
  customerRemorseReturnShippingFeesAmount?: MonetaryAmount;
  itemDefectReturnFees?: ReturnFees;
  itemDefectReturnShippingFeesAmount?: MonetaryAmount;
  /**
   * The restocking fee of a change of mind: a `MonetaryAmount` (a fixed fee: the amount for the
   * draft's item, when it has a price) or a `Number` (a percentage of the price, e.g. `15`).
   */
  restockingFee?: MonetaryAmount | number;
  /** How the customer gets the return label, from the draft's `labelSource`. */
  returnLabelSource?: ReturnLabelSource;
  merchantReturnLink?: string;
}

/** Options for {@link toMerchantReturnPolicy}. */
export interface MerchantReturnPolicyOptions {
  /** ISO 3166-1 alpha-2 code(s) of the countries the policy applies to; echoed as `applicableCountry`. */
  applicableCountry?: string | readonly string[];
  /**
   * What a return label costs the buyer, if the shop knows it. Then the fees are stated as
   * `ReturnShippingFees` with an amount; without it a buyer-paid return is
   * `ReturnFeesCustomerResponsibility`, and the cases are decided with a notional label of 1000
   * minor units in the currency of `draft.item.price` (US$10.00 without one).
   */
  returnShipping?: Money;
  /**
   * What the merchant disclosed and promised at purchase, and what is known of the item: the
   * {@link ReturnDraft} of the representative returns, without `costs` (give the label's cost as
   * `returnShipping`). Among them `seller` (`freeReturns`, `disclosedReturnCosts`,
   * `disclosedWithdrawalRight`, `freeShipping`), `coverage`, `item` (with a `price`, the restocking
   * fee is an amount), `channel`, `resolution`, `labelSource` (→ `returnLabelSource`), `timeZone`
   * and `jurisdiction` (default: `applicableCountry` when that names exactly one country).
   *
   * Every fact left out takes its default: a merchant that promised nothing and disclosed nothing.
   * Under a statute that is not the same policy — without a draft, `euConsumerRights` publishes
   * the policy of a trader that did not tell the buyer they bear the return costs (so the trader
   * pays them: `FreeReturn`) nor of the right of withdrawal (so the window runs 12 months and 14
   * days: `merchantReturnDays` 379). A shop that disclosed both passes
   * `draft: { seller: { disclosedReturnCosts: true, disclosedWithdrawalRight: true } }`.
   */
  draft?: Omit<ReturnDraft, 'costs'>;
  /** Options for the evaluator that decides the representative returns (calendar, statutory `floor`, …). */
  evaluator?: EvaluatorOptions;
  /** Absolute URL of the shop's return-policy page; echoed as `merchantReturnLink`. */
  merchantReturnLink?: string;
}

/**
 * Decides cases when the shop gave no return-shipping cost; only the fee categories are used then.
 * In the item's currency when the draft gives a price, so that one case has one currency.
 */
function notionalReturnShipping(draft: Record<string, unknown>): Money {
  const price = (draft['item'] as { price?: { currency?: unknown } } | undefined)?.price;
  const currency = typeof price?.currency === 'string' && /^[A-Z]{3}$/.test(price.currency) ? price.currency : 'USD';
  return { amount: 1000, currency };
}

function optionError(message: string): ReturnLiabilityError {
  return new ReturnLiabilityError('invalid_option', message);
}

function checkCountries(value: unknown): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) throw optionError('options.applicableCountry must be an ISO 3166-1 alpha-2 code such as "DE", or a non-empty array of them');
  list.forEach((code: unknown, index) => {
    if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) {
      const at = typeof value === 'string' ? 'options.applicableCountry' : `options.applicableCountry[${index}]`;
      throw optionError(`${at} is ${JSON.stringify(code)}; expected an ISO 3166-1 alpha-2 code such as "DE"`);
    }
  });
  return list as string[];
}

function checkLink(link: unknown): string | undefined {
  if (link === undefined) return undefined;
  let ok = false;
  try {
    ok = typeof link === 'string' && /^https?:$/.test(new URL(link).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw optionError(`options.merchantReturnLink must be an absolute http(s) URL, got ${JSON.stringify(link)}`);
  return link as string;
}

/** Draft issues are reported where the caller wrote them: `returnShipping…` or `draft…`. */
function relocate(error: unknown): unknown {
  if (!ReturnCaseError.is(error)) return error;
  const issues: Issue[] = error.issues.map((issue) => ({
    ...issue,
    path: issue.path[0] === 'costs' && issue.path[1] === 'returnShipping' ? ['returnShipping', ...issue.path.slice(2)] : ['draft', ...issue.path],
  }));
  return new ReturnCaseError(issues, { cause: error });
}

function monetary(value: Money): MonetaryAmount {
  return { '@type': 'MonetaryAmount', value: Number(toDecimalString(value)), currency: value.currency };
}

/** The fee category of a quoted return (and its amount when the cost is known); nothing when not returnable. */
function feesOf(quote: ReturnQuote | undefined, costKnown: boolean): { fees?: ReturnFees; amount?: MonetaryAmount } {
  const paid = quote?.buyerPays;
  if (quote?.outcome !== 'allocated' || paid === undefined) return {};
  if (paid.amount === 0) return { fees: `${SCHEMA}FreeReturn` };
  if (!costKnown) return { fees: `${SCHEMA}ReturnFeesCustomerResponsibility` };
  return { fees: `${SCHEMA}ReturnShippingFees`, amount: monetary(paid) };
}

/** The rule set a decision came from: the policy, or the statutory floor that overrode it. */
function decidingRuleSet(decision: Decision, ruleSet: RuleSet, evaluatorOptions: EvaluatorOptions | undefined): RuleSet | undefined {
  const floor = evaluatorOptions?.floor;
  const candidates = [ruleSet, ...(floor === undefined ? [] : Array.isArray(floor) ? floor : [floor as RuleSet])];
  return candidates.find((candidate) => candidate.digest === decision.ruleSet.digest);
}

/**
 * The restocking fee of a change of mind: with the item's price, the amount the settlement keeps;
 * without it, the deciding rule's percentage, when the return is refunded (an exchange or repair
 * refunds no goods, so no fee applies).
 */
function restockingFeeOf(decision: Decision | undefined, ruleSet: RuleSet, options: MerchantReturnPolicyOptions, draft: ReturnDraft): MonetaryAmount | number | undefined {
  if (decision?.outcome !== 'allocated') return undefined;
  if (decision.settlement !== undefined) {
    const fee = decision.settlement.parts.find((part) => part.kind === 'restocking_fee');
    return fee === undefined || fee.amount.amount === 0 ? undefined : monetary({ amount: -fee.amount.amount, currency: fee.amount.currency });
  }
  if ((draft.resolution ?? 'refund') !== 'refund') return undefined;
  const rule = decidingRuleSet(decision, ruleSet, options.evaluator)?.rules.find((candidate) => candidate.name === decision.rule.name);
  const percent = rule?.event.type === 'liability' ? rule.event.params.fees?.restocking?.percent : undefined;
  return percent === undefined || percent === 0 ? undefined : percent;
}

const LABEL_SOURCES: Record<NonNullable<ReturnDraft['labelSource']>, ReturnLabelSource> = {
  buyer: `${SCHEMA}ReturnLabelCustomerResponsibility`,
  merchant: `${SCHEMA}ReturnLabelDownloadAndPrint`,
  platform: `${SCHEMA}ReturnLabelDownloadAndPrint`,
};

/**
 * Derives schema.org `MerchantReturnPolicy` structured data from a rule set by deciding two
 * representative returns with it (as {@link quoteReturnCosts} does): a change of mind
 * (`changed_mind`, customer remorse) and a confirmed quality defect (`quality_defect`).
 *
 * - `returnPolicyCategory`: from the change-of-mind return, or the defect return when a change of
 *   mind cannot be returned: `MerchantReturnFiniteReturnWindow` with `merchantReturnDays` (the
 *   window after which the decision changes, in days from delivery) or
 *   `MerchantReturnUnlimitedWindow`; `MerchantReturnNotPermitted` when neither can be returned.
 * - `customerRemorseReturnFees` / `itemDefectReturnFees`: `FreeReturn` when the buyer pays nothing,
 *   else `ReturnShippingFees` with the buyer's amount when `returnShipping` is given, else
 *   `ReturnFeesCustomerResponsibility`; `returnFees` (+ `returnShippingFeesAmount`) repeats the
 *   category's return.
 * - `restockingFee`: from the rule that decides the change of mind, when it charges one
 *   (`fees.restocking`): with `draft.item.price`, the fee for that item as a `MonetaryAmount`
 *   (price × quantity × percent, at most the rule's `max`); without a price, the percentage as a
 *   `Number` (schema.org cannot state a `max`; give the price to publish the exact fee). Absent when
 *   the rule charges none, a change of mind cannot be returned, or the draft's `resolution` is an
 *   exchange or repair.
 * - `returnLabelSource`: from `draft.labelSource` when the item can be returned: `'buyer'` →
 *   `ReturnLabelCustomerResponsibility` (the customer arranges and pays the label),
 *   `'merchant'` or `'platform'` → `ReturnLabelDownloadAndPrint` (a prepaid label to print).
 *   Absent when the draft does not say.
 *
 * @param ruleSet - a rule set from `loadRuleSet` or `return-liability/rules`
 * @param options - countries, return-shipping cost, purchase-time facts, evaluator options, policy link
 * @returns the JSON-LD object; embed it with `JSON.stringify(policy).replace(/</g, '\\u003c')` in a
 *   `<script type="application/ld+json">`
 * @throws {ReturnCaseError} for invalid `returnShipping` or `draft` (paths start there)
 * @throws {ReturnLiabilityError} `invalid_option` for malformed options; rule-set errors from deciding
 * @example
 * const jsonLd = toMerchantReturnPolicy(marketplaceStandard, { applicableCountry: 'US', returnShipping: money('6.90', 'USD') });
 * // { '@type': 'MerchantReturnPolicy', returnPolicyCategory: '…FiniteReturnWindow', merchantReturnDays: 15, … }
 */
export function toMerchantReturnPolicy(ruleSet: RuleSet, options: MerchantReturnPolicyOptions = {}): MerchantReturnPolicy {
  if (typeof options !== 'object' || options === null) throw optionError('toMerchantReturnPolicy() options must be an object');
  const countries = checkCountries(options.applicableCountry);
  const link = checkLink(options.merchantReturnLink);
  const extra: Record<string, unknown> = options.draft === undefined ? {} : (options.draft as Record<string, unknown>);
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw optionError('options.draft must be an object');
  if (Object.hasOwn(extra, 'costs')) throw optionError('options.draft.costs is not used: give the return-shipping cost as options.returnShipping');

  const evaluator = createEvaluator(ruleSet, options.evaluator);
  const jurisdiction = extra['jurisdiction'] ?? (countries.length === 1 ? countries[0] : undefined);
  const draft = {
    ...extra,
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    costs: { returnShipping: options.returnShipping ?? notionalReturnShipping(extra) },
  } as ReturnDraft;
  let rows: Array<{ quote: ReturnQuote; decision: Decision }>;
  try {
    rows = quoteDecisions(evaluator, draft, { reasons: ['changed_mind', 'quality_defect'] });
  } catch (error) {
    throw relocate(error);
  }
  const [remorse, defect] = rows.map((row) => row.quote);
  const known = options.returnShipping !== undefined;
  const primary = [remorse, defect].find((quote) => quote?.outcome === 'allocated');

  const policy: MerchantReturnPolicy = {
    '@context': 'https://schema.org',
    '@type': 'MerchantReturnPolicy',
    ...(countries.length === 0 ? {} : { applicableCountry: typeof options.applicableCountry === 'string' ? countries[0] as string : countries }),
    returnPolicyCategory: `${SCHEMA}MerchantReturnNotPermitted`,
  };
  if (primary !== undefined) {
    if (primary.within === undefined) policy.returnPolicyCategory = `${SCHEMA}MerchantReturnUnlimitedWindow`;
    else {
      policy.returnPolicyCategory = `${SCHEMA}MerchantReturnFiniteReturnWindow`;
      policy.merchantReturnDays = windowLengthInDays(primary.within);
    }
    policy.returnMethod = `${SCHEMA}ReturnByMail`;
    const general = feesOf(primary, known);
    if (general.fees !== undefined) policy.returnFees = general.fees;
    if (general.amount !== undefined) policy.returnShippingFeesAmount = general.amount;
  }
  const remorseFees = feesOf(remorse, known);
  if (remorseFees.fees !== undefined) policy.customerRemorseReturnFees = remorseFees.fees;
  if (remorseFees.amount !== undefined) policy.customerRemorseReturnShippingFeesAmount = remorseFees.amount;
  const defectFees = feesOf(defect, known);
  if (defectFees.fees !== undefined) policy.itemDefectReturnFees = defectFees.fees;
  if (defectFees.amount !== undefined) policy.itemDefectReturnShippingFeesAmount = defectFees.amount;
  const restockingFee = restockingFeeOf(rows[0]?.decision, ruleSet, options, draft);
  if (restockingFee !== undefined) policy.restockingFee = restockingFee;
  const labelSource = draft.labelSource;
  if (primary !== undefined && labelSource !== undefined) policy.returnLabelSource = LABEL_SOURCES[labelSource];
  if (link !== undefined) policy.merchantReturnLink = link;
  return policy;
}
