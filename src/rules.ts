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
import { brConsumerCode as br } from './built-in/br-consumer-code.js';
import { krEcommerceAct as kr } from './built-in/kr-ecommerce-act.js';
import { jpSpecifiedCommercialTransactions as jp } from './built-in/jp-specified-commercial-transactions.js';
import { ukConsumerContracts as uk } from './built-in/uk-consumer-contracts.js';
import { auConsumerLaw as au } from './built-in/au-consumer-law.js';
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

/**
 * Marks a rule set from trusted build output as loaded: what `return-liability compile` writes calls
 * it. Never use it for JSON from elsewhere, which goes through `loadRuleSet`.
 */
export { trustedRuleSet } from './rule-set/registry.js';

/**
 * Brazil's statutory minimum (Código de Defesa do Consumidor): a purchase made outside the shop may
 * be withdrawn from within 7 days, and the supplier then pays both the original delivery and the
 * return (art. 49); defects are put right at the supplier's cost within the 30 or 90 days of art. 26
 * (declared facts `durableGoods`, `hiddenDefect`). Texts in pt-BR (default), en and zh-CN (the set brings its
 * Portuguese catalogues). Count the 7 days with a calendar of Brazilian
 * holidays (`createCalendar`). Use it alone or as a `floor`.
 */
export const brConsumerCode: RuleSet = br;

/**
 * South Korea's statutory minimum for distance sales (전자상거래법): withdrawal within 7 days at the
 * consumer's cost, no penalty; goods not as advertised or contracted within 3 months at the seller's
 * cost; exclusions 2–5 bind only when marked beforehand (`item.confirmedNonReturnable`). Texts in ko
 * (default), en and zh-CN (the set brings its Korean catalogues). Count the days with a
 * calendar of Korean public holidays (`createCalendar`). Use it alone or as a `floor`.
 */
export const krEcommerceAct: RuleSet = kr;

/**
 * Japan's statutory right of return for mail-order sales (特定商取引法 art. 15-3): 8 days counted from
 * the day of delivery, at the buyer's cost, unless a return special term was shown (declared fact
 * `returnSpecialTermsShown`); non-conformity at the seller's cost (Civil Code). Texts in ja
 * (default), en and zh-CN (the set brings its Japanese catalogues). No holiday calendar
 * needed: the period does not roll over. Use it alone or as a `floor`.
 */
export const jpSpecifiedCommercialTransactions: RuleSet = jp;

/**
 * The UK statutory minimum for distance and off-premises sales: goods not as the contract requires →
 * trader (Consumer Rights Act 2015: 30-day short-term right to reject, repair or replacement with
 * postage, six-month presumption, final right to reject); the 14-day cancellation (Consumer
 * Contracts Regulations 2013) with its 12-month extension, exceptions, return-cost rules, the
 * least-expensive-standard-delivery refund cap and the diminished-value deduction. The 14 days do not
 * roll over weekends or bank holidays, so no calendar is needed. Use it alone or as a `floor`.
 */
export const ukConsumerContracts: RuleSet = uk;

/**
 * The Australian Consumer Law's minimum: no change-of-mind right (a store that offers one sets it
 * in its own rule set, with this one as its `floor`); a failure of the consumer guarantees → supplier,
 * major (the consumer chooses refund or replacement) or minor (the supplier chooses the remedy),
 * bulky goods collected at the supplier's expense, no restocking or delivery fee on faulty goods. No
 * statutory period, so no calendar is needed.
 */
export const auConsumerLaw: RuleSet = au;
