/**
 * The built-in rule sets, precompiled: for each file in rules/, a module under src/built-in/ with the
 * rule set `loadRuleSet` makes of it — validated here, at build time, digest included — so that
 * `return-liability/rules` does no validation or hashing when it is imported. `npm run schemas`
 * writes them with `compileRuleSetModule` (the same code as `return-liability compile`);
 * test/schemas.test.ts fails when one is stale.
 */
import { readFileSync } from 'node:fs';
import { loadRuleSet } from '../src/rule-set/load.js';
import { compileRuleSetModule } from '../src/rule-set/compile-module.js';

/** Built-in rule files and the name each is exported as. */
export const BUILT_IN_RULE_SETS = [
  { file: 'marketplace-standard', exportName: 'marketplaceStandard' },
  { file: 'cn-consumer-law', exportName: 'cnConsumerLaw' },
  { file: 'eu-consumer-rights', exportName: 'euConsumerRights' },
] as const;

/** The module text for one built-in rule file. */
export function builtInModule(file: string, exportName: string): string {
  const json: unknown = JSON.parse(readFileSync(new URL(`../rules/${file}.json`, import.meta.url), 'utf8'));
  return compileRuleSetModule(loadRuleSet(json), {
    exportName,
    typescript: true,
    importFrom: '../rule-set/registry.js',
    typesFrom: '../rule-set/load.js',
    source: `rules/${file}.json by \`npm run schemas\``,
  });
}
