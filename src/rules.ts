/**
 * Built-in rule sets: `import { marketplaceStandard } from 'return-liability/rules'`. They are
 * precompiled — validated by `loadRuleSet` when the package is built (src/built-in/, written by
 * `npm run schemas` from rules/*.json) — so importing them does no validation or hashing, and a
 * bundle keeps only the sets it imports. A set written in `pt-BR`, `ko` or `ja` registers those
 * locales' catalogues when it is used (no `return-liability/locales/<tag>` import needed for it).
 */
import { cnConsumerLaw as cn } from './built-in/cn-consumer-law.js';
import { euConsumerRights as eu } from './built-in/eu-consumer-rights.js';
import { marketplaceStandard as marketplace } from './built-in/marketplace-standard.js';
import type { RuleSet } from './rule-set/load.js';

/**
 * Cross-border marketplace practice (AliExpress-style after-sales rules): seller fault, and a
 * delivery after the promised date, → seller; own reasons → buyer; 15-day window. Written in `en`,
 * `zh-CN`, `pt-BR`, `ko` and `ja`; using it loads the pt-BR, ko and ja catalogues.
 */
export const marketplaceStandard: RuleSet = marketplace;

/**
 * Mainland China's statutory minimum for distance sales: seller fault → seller (CPL
 * art. 24); the 7-day return without a reason (CPL art. 25) with its exclusions, confirmation and
 * intactness rules, buyer-paid unless agreed otherwise; free-shipping outbound rules. Count the 7 days
 * with a calendar of Chinese rest days (`createCalendar`). Use it alone or as a `floor`.
 */
export const cnConsumerLaw: RuleSet = cn;

/**
 * The EU statutory minimum for distance and off-premises sales: non-conformity → seller
 * (Sale of Goods Directive); the 14-day withdrawal (Consumer Rights Directive) with its 12-month
 * extension, exceptions, return-cost rules and the cheapest-standard-delivery refund cap. Count the
 * 14 days with a calendar of the consumer's member state (`createCalendar`). Use it alone or as a `floor`.
 */
export const euConsumerRights: RuleSet = eu;
