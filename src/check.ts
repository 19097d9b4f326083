/**
 * `return-liability/check`: the rule-set checker for rule authors and CI. It decides every
 * distinguishable case of a rule set, so it is kept out of the root entry that checkout pages load.
 */
export { checkRuleSet } from './check/check-rule-set.js';

export type { CheckResult, CheckFinding, CheckCoverage, CheckOptions } from './check/types.js';
