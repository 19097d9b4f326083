/**
 * schema.org `MerchantReturnPolicy` structured data, derived by deciding representative returns
 * with the rule set, so that search engines show the policy that is enforced.
 */
import { createEvaluator, type EvaluatorOptions } from '../decide/evaluator.js';
import { type Issue, ReturnCaseError, ReturnLiabilityError } from '../errors.js';
import { type Money, toDecimalString } from '../money/money.js';
import type { RuleSet } from '../rule-set/load.js';
import { quoteReturnCosts, type ReturnDraft, type ReturnQuote, windowLengthInDays } from './quote.js';

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
  merchantReturnLink?: string;
}

/** Options for {@link toMerchantReturnPolicy}. */
export interface MerchantReturnPolicyOptions {
  /** ISO 3166-1 alpha-2 code(s) of the countries the policy applies to; echoed as `applicableCountry`. */
  applicableCountry?: string | readonly string[];
  /**
   * What a return label costs the buyer, if the shop knows it. Then the fees are stated as
   * `ReturnShippingFees` with an amount; without it a buyer-paid return is
   * `ReturnFeesCustomerResponsibility`, and the cases are decided with a notional US$10.00.
   */
  returnShipping?: Money;
  /**
   * Further purchase-time facts for the representative returns (seller promises, coverage, item,
   * channel, time zone, jurisdiction). `jurisdiction` defaults to `applicableCountry` when that
   * names exactly one country.
   */
  draft?: Omit<ReturnDraft, 'costs'>;
  /** Options for the evaluator that decides the representative returns (calendar, statutory `floor`, …). */
  evaluator?: EvaluatorOptions;
  /** Absolute URL of the shop's return-policy page; echoed as `merchantReturnLink`. */
  merchantReturnLink?: string;
}

/** Decides cases when the shop gave no return-shipping cost; only the fee categories are used then. */
const NOTIONAL_RETURN_SHIPPING: Money = { amount: 1000, currency: 'USD' };

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
    costs: { returnShipping: options.returnShipping ?? NOTIONAL_RETURN_SHIPPING },
  } as ReturnDraft;
  let quotes: ReturnQuote[];
  try {
    quotes = quoteReturnCosts(evaluator, draft, { reasons: ['changed_mind', 'quality_defect'] });
  } catch (error) {
    throw relocate(error);
  }
  const [remorse, defect] = quotes;
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
  if (link !== undefined) policy.merchantReturnLink = link;
  return policy;
}
