/**
 * Built-in rule sets, validated at import: `import { marketplaceStandard } from 'return-liability/rules'`.
 */
import marketplaceStandardJson from '../rules/marketplace-standard.json' with { type: 'json' };
import { loadRuleSet, type RuleSet } from './rule-set/load.js';

/** Cross-border marketplace practice (LAW.md §A): seller fault → seller, own reasons → buyer, 15-day window. */
export const marketplaceStandard: RuleSet = loadRuleSet(marketplaceStandardJson);
