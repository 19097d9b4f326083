import { describe, expectTypeOf, it } from 'vitest';
import {
  createEvaluator,
  FACT_CATALOGUE,
  formatMoney,
  loadRuleSet,
  money,
  NoRuleMatchedError,
  parseReturnCase,
  RETURN_REASONS,
  ReturnCaseError,
  ReturnLiabilityError,
  RuleConflictError,
  RuleSetError,
  type BaseFacts,
  type Calendar,
  type CostLine,
  type Decision,
  type UnexplainedDecision,
  type Evaluator,
  type Facts,
  type FactKind,
  type Issue,
  type Line,
  type Money,
  type Party,
  type ReturnCase,
  type ReturnReason,
  type RuleSet,
  type SafeDecision,
  type ShareSource,
} from '../src/index.js';
import { marketplaceStandard } from '../src/rules.js';

describe('entry points', () => {
  it('parseReturnCase takes unknown and returns a ReturnCase', () => {
    expectTypeOf(parseReturnCase).parameter(0).toBeUnknown();
    expectTypeOf(parseReturnCase).returns.toEqualTypeOf<ReturnCase>();
  });

  it('loadRuleSet takes unknown and returns a RuleSet', () => {
    expectTypeOf(loadRuleSet).parameter(0).toBeUnknown();
    expectTypeOf(loadRuleSet).returns.toEqualTypeOf<RuleSet>();
    expectTypeOf(marketplaceStandard).toEqualTypeOf<RuleSet>();
  });

  it('createEvaluator returns an Evaluator whose decide returns a Decision, synchronously', () => {
    const evaluator = createEvaluator(marketplaceStandard);
    expectTypeOf(evaluator).toEqualTypeOf<Evaluator>();
    expectTypeOf(evaluator.decide).parameter(0).toBeUnknown();
    expectTypeOf(evaluator.decide({})).toEqualTypeOf<Decision>();
    expectTypeOf(evaluator.decide({}, { locale: 'en' })).toEqualTypeOf<Decision>();
    expectTypeOf(evaluator.safeDecide({})).toEqualTypeOf<SafeDecision>();
  });

  it('explain: false has neither text nor trace, and the type says so', () => {
    const evaluator = createEvaluator(marketplaceStandard);
    const bare = evaluator.decide({}, { explain: false });
    expectTypeOf(bare).toEqualTypeOf<UnexplainedDecision>();
    expectTypeOf(bare.text).toEqualTypeOf<undefined>();
    expectTypeOf(bare.trace).toEqualTypeOf<undefined>();
    expectTypeOf(bare.totals).toEqualTypeOf<Decision['totals']>();
    // @ts-expect-error an unexplained decision has no text to read
    void bare.text.summary;
    const either = evaluator.decide({}, { explain: Math.random() > 0.5 });
    expectTypeOf(either).toEqualTypeOf<Decision | UnexplainedDecision>();
    const safe = evaluator.safeDecide({}, { explain: false });
    if (safe.ok) expectTypeOf(safe.decision).toEqualTypeOf<UnexplainedDecision>();
  });

  it('safeDecide narrows on ok', async () => {
    const result = createEvaluator(marketplaceStandard).safeDecide({});
    if (result.ok) expectTypeOf(result.decision).toEqualTypeOf<Decision>();
    else expectTypeOf(result.error).toEqualTypeOf<ReturnLiabilityError>();
  });

  it('money and formatMoney', () => {
    expectTypeOf(money).parameters.toEqualTypeOf<[decimal: string, currency: string]>();
    expectTypeOf(money).returns.toEqualTypeOf<Money>();
    expectTypeOf(formatMoney).parameters.toEqualTypeOf<[value: Money, locale: string]>();
    expectTypeOf(formatMoney).returns.toBeString();
  });

  it('rejects what must not compile', () => {
    // @ts-expect-error amounts are decimal strings, never floats
    money(12.4, 'USD');
    // @ts-expect-error a raw document is not a RuleSet; load it first
    createEvaluator({ id: 'x', rules: [] });
    // @ts-expect-error the locale is a string
    void createEvaluator(marketplaceStandard).decide({}, { locale: 1 });
    // @ts-expect-error unknown evaluator option
    createEvaluator(marketplaceStandard, { now: new Date() });
    // @ts-expect-error 'customer' is not a party
    const party: Party = 'customer';
    void party;
  });
});

describe('data types', () => {
  it('Money is integer minor units and a currency code', () => {
    expectTypeOf<Money>().toEqualTypeOf<{ readonly amount: number; readonly currency: string }>();
  });

  it('Party, CostLine and ShareSource are closed unions', () => {
    expectTypeOf<Party>().toEqualTypeOf<'buyer' | 'seller' | 'platform' | 'insurer' | 'carrier'>();
    expectTypeOf<CostLine>().toEqualTypeOf<'returnShipping' | 'outboundShipping' | 'replacementShipping'>();
    expectTypeOf<ShareSource>().toEqualTypeOf<'rule' | 'negotiated_split' | 'coverage'>();
  });

  it('Decision has the documented shape', () => {
    expectTypeOf<Decision['outcome']>().toEqualTypeOf<'allocated' | 'not_returnable' | 'returnless'>();
    expectTypeOf<NonNullable<Decision['settlement']>['parts'][number]['kind']>().toEqualTypeOf<
      'goods' | 'outbound_shipping' | 'return_shipping_reimbursed' | 'return_shipping_deducted' | 'restocking_fee' | 'diminished_value'
    >();
    expectTypeOf<Decision['lines']>().toEqualTypeOf<Line[]>();
    expectTypeOf<Decision['totals']>().toEqualTypeOf<Partial<Record<Party, Money>>>();
    expectTypeOf<Decision['ruleSet']>().toEqualTypeOf<{ id: string; version: string; digest: string }>();
    expectTypeOf<Decision['rule']>().toEqualTypeOf<{ name: string; priority: number; citation?: string }>();
    expectTypeOf<Decision['text']>().toEqualTypeOf<{ locale: string; summary: string; details: string[] }>();
    expectTypeOf<Decision['caseId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Decision['trace'][number]['conditions'][number]['result']>().toEqualTypeOf<boolean | 'not_evaluated'>();
    expectTypeOf<Decision['warnings'][number]>().toEqualTypeOf<{ code: string; message: string }>();
    expectTypeOf<Line['shares'][number]>().toEqualTypeOf<{ party: Party; amount: Money; percent: number; via: ShareSource }>();
  });

  it('ReturnCase fields', () => {
    expectTypeOf<ReturnCase['reason']>().toEqualTypeOf<ReturnReason>();
    expectTypeOf<ReturnReason>().toEqualTypeOf<(typeof RETURN_REASONS)[number]>();
    expectTypeOf<ReturnCase['costs']['returnShipping']>().toEqualTypeOf<{ amount: number; currency: string }>();
    expectTypeOf<ReturnCase['timeZone']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ReturnCase['coverage']>['payer']>().toEqualTypeOf<'insurer' | 'platform'>();
  });

  it('the fact catalogue has exactly the keys of BaseFacts', () => {
    expectTypeOf<keyof typeof FACT_CATALOGUE>().toEqualTypeOf<keyof BaseFacts>();
    expectTypeOf<Facts['window.no_reason']>().toEqualTypeOf<boolean>();
    expectTypeOf<Facts['daysSinceDelivery']>().toEqualTypeOf<number>();
    expectTypeOf<FactKind>().toEqualTypeOf<'boolean' | 'integer' | 'enum' | 'string' | 'tags'>();
  });

  it('Calendar is one method from a YYYY-MM-DD string to a boolean', () => {
    expectTypeOf<Calendar['isNonWorkingDay']>().toEqualTypeOf<(date: string) => boolean>();
  });
});

describe('errors', () => {
  it('name literals, codes and issues', () => {
    expectTypeOf<ReturnCaseError['name']>().toEqualTypeOf<'ReturnCaseError'>();
    expectTypeOf<RuleSetError['name']>().toEqualTypeOf<'RuleSetError'>();
    expectTypeOf<RuleConflictError['name']>().toEqualTypeOf<'RuleConflictError'>();
    expectTypeOf<NoRuleMatchedError['name']>().toEqualTypeOf<'NoRuleMatchedError'>();
    expectTypeOf<ReturnLiabilityError['code']>().toBeString();
    expectTypeOf<ReturnCaseError['issues']>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<RuleSetError['issues']>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<Issue['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<RuleConflictError['rules']>().toEqualTypeOf<readonly string[]>();
  });

  it('is() guards narrow unknown values', () => {
    const value: unknown = new Error('x');
    if (ReturnLiabilityError.is(value)) expectTypeOf(value).toEqualTypeOf<ReturnLiabilityError>();
    if (RuleSetError.is(value)) expectTypeOf(value.issues).toEqualTypeOf<readonly Issue[]>();
    if (RuleConflictError.is(value)) expectTypeOf(value.rules).toEqualTypeOf<readonly string[]>();
  });

  it('issues cannot be modified through the public type', () => {
    const error = new ReturnCaseError([]);
    // @ts-expect-error issues are read-only
    error.issues.push({ path: [], code: 'x', message: 'y' });
  });
});
