/**
 * return-liability: who pays for shipping an e-commerce return, how much each party pays, and why.
 * The public surface, by name.
 */
export { parseReturnCase } from './case/parse.js';
export { parseReturnParcel } from './case/parcel.js';
export { returnCaseSchema } from './case/schema.js';
export { RETURN_REASONS } from './case/vocabulary.js';
export { FACT_CATALOGUE } from './facts/table.js';
export { weekendCalendar } from './facts/windows.js';
export { createCalendar } from './facts/calendar.js';
export { money, formatMoney, currencyDigits, PARTIES } from './money/money.js';
export { loadRuleSet, isRuleSet, DEFAULT_RULE_SET_LIMITS } from './rule-set/load.js';
export { ruleSetSchema } from './rule-set/schema.js';
export { createEvaluator } from './decide/evaluator.js';
export { compareDecisions, CHANGE_KINDS } from './decide/compare.js';
export { describePolicy } from './policy/describe.js';
export { policyToText, policyToMarkdown, policyToHtml } from './policy/render.js';
export { POLICY_SECTION_KINDS } from './policy/catalogue.js';
export { quoteReturnCosts } from './storefront/quote.js';
export { quoteCartReturnCosts } from './storefront/cart-quote.js';
export { toMerchantReturnPolicy } from './storefront/jsonld.js';
export {
  ReturnLiabilityError,
  ReturnCaseError,
  RuleSetError,
  RuleConflictError,
  NoRuleMatchedError,
} from './errors.js';

export type { ReturnCase, ReturnReason } from './case/schema.js';
export type { ReturnParcel, ParcelItem } from './case/parcel.js';
export type { Facts, BaseFacts, FactDescriptor, FactKind, DeclaredFactValue } from './facts/table.js';
export type { DeclaredFact, ThresholdDefinition, ThresholdMeasure } from './facts/scope.js';
export type { Calendar, WindowDefinition } from './facts/windows.js';
export type { CalendarOptions } from './facts/calendar.js';
export type { Money, Party } from './money/money.js';
export type { RuleSet, LoadRuleSetOptions, RuleSetLimits } from './rule-set/load.js';
export type {
  RuleSetDocument,
  RuleDefinition,
  LiabilityParams,
  NotReturnableParams,
  ReturnlessParams,
  Fees,
  Condition,
  FactCondition,
  TopLevelCondition,
  Operator,
  LocalizedText,
  SupportedLocale,
} from './rule-set/schema.js';
export type { Evaluator, EvaluatorOptions, DecideOptions, SafeDecision } from './decide/evaluator.js';
export type { ComparableDecision, ChangeKind, DecisionChange, DecisionComparison } from './decide/compare.js';
export type { Decision, UnexplainedDecision, Settlement, SettlementPart, SettlementPartKind, ParcelDecision, UnexplainedParcelDecision, LabelSplitResult, Line, Share, ShareSource, CostLine, TraceEntry, TraceCondition, Warning } from './model/decision.js';
export type { PolicyDocument, PolicySection, PolicyItem, DescribePolicyOptions } from './policy/describe.js';
export type { PolicySectionKind } from './policy/catalogue.js';
export type { ReturnDraft, ReturnQuote, QuoteWindow, QuoteOptions } from './storefront/quote.js';
export type { CartDraft, CartQuote, ParcelQuote } from './storefront/cart-quote.js';
export type { MerchantReturnPolicy, MerchantReturnPolicyOptions, MonetaryAmount, ReturnFees, ReturnLabelSource, ReturnPolicyCategory } from './storefront/jsonld.js';
export type { Issue } from './errors.js';
