/**
 * Built-in rule sets, validated at import: `import { marketplaceStandard } from 'return-liability/rules'`.
 * Each load is marked pure, so a bundle keeps (and validates at start-up) only the sets it imports.
 */
import marketplaceStandardJson from '../rules/marketplace-standard.json' with { type: 'json' };
import cnConsumerLawJson from '../rules/cn-consumer-law.json' with { type: 'json' };
import euConsumerRightsJson from '../rules/eu-consumer-rights.json' with { type: 'json' };
import { loadRuleSet, type RuleSet } from './rule-set/load.js';

/** Cross-border marketplace practice (AliExpress-style after-sales rules): seller fault → seller, own reasons → buyer, 15-day window. */
export const marketplaceStandard: RuleSet = /* @__PURE__ */ loadRuleSet(marketplaceStandardJson);

/**
 * Mainland China's statutory minimum for distance sales: seller fault → seller (CPL
 * art. 24); the 7-day return without a reason (CPL art. 25) with its exclusions, confirmation and
 * intactness rules, buyer-paid unless agreed otherwise; free-shipping outbound rules. Count the 7 days
 * with a calendar of Chinese rest days (`createCalendar`). Use it alone or as a `floor`.
 */
export const cnConsumerLaw: RuleSet = /* @__PURE__ */ loadRuleSet(cnConsumerLawJson);

/**
 * The EU statutory minimum for distance and off-premises sales: non-conformity → seller
 * (Sale of Goods Directive); the 14-day withdrawal (Consumer Rights Directive) with its 12-month
 * extension, exceptions, return-cost rules and the cheapest-standard-delivery refund cap. Count the
 * 14 days with a calendar of the consumer's member state (`createCalendar`). Use it alone or as a `floor`.
 */
export const euConsumerRights: RuleSet = /* @__PURE__ */ loadRuleSet(euConsumerRightsJson);
