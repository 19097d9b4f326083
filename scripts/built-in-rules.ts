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
import '../src/locales/pt-BR.js';
import '../src/locales/ko.js';
import '../src/locales/ja.js';

/** The packs of the locales outside the core (en, zh-CN): export name of each in src/locales/catalogues/<tag>.ts. */
const LOCALE_PACKS: Record<string, string> = { 'pt-BR': 'ptBR', ko: 'ko', ja: 'ja' };

/** Built-in rule files and the name each is exported as. */
export const BUILT_IN_RULE_SETS = [
  { file: 'marketplace-standard', exportName: 'marketplaceStandard' },
  { file: 'cn-consumer-law', exportName: 'cnConsumerLaw' },
  { file: 'eu-consumer-rights', exportName: 'euConsumerRights' },
  { file: 'br-consumer-code', exportName: 'brConsumerCode' },
  { file: 'kr-ecommerce-act', exportName: 'krEcommerceAct' },
  { file: 'jp-specified-commercial-transactions', exportName: 'jpSpecifiedCommercialTransactions' },
  { file: 'uk-consumer-contracts', exportName: 'ukConsumerContracts' },
  { file: 'au-consumer-law', exportName: 'auConsumerLaw' },
] as const;

/** The module text for one built-in rule file. */
export function builtInModule(file: string, exportName: string): string {
  const json: unknown = JSON.parse(readFileSync(new URL(`../rules/${file}.json`, import.meta.url), 'utf8'));
  // The set registers the catalogues of its default locale when it is outside the core, inside the
  // same pure expression, so that a bundle that does not use the set drops them with it.
  const packName = (locale: string) => {
    const name = LOCALE_PACKS[locale];
    if (name === undefined) throw new Error(`no locale pack for ${locale}; add it to LOCALE_PACKS`);
    return name;
  };
  const ruleSet = loadRuleSet(json);
  return compileRuleSetModule(ruleSet, {
    exportName,
    typescript: true,
    importFrom: '../rule-set/registry.js',
    typesFrom: '../rule-set/load.js',
    source: `rules/${file}.json by \`npm run schemas\``,
    locales: {
      // Only the default locale's pack comes with the set: the set must work in it. Its other
      // locales are the app's choice (`import 'return-liability/locales/ja'`); until then a request
      // for one falls back to the default with a warning that names the import.
      imports: (locales) => {
        const own = locales.filter((locale) => locale === ruleSet.defaultLocale);
        return own.length === 0 ? [] : ["import { withLocales } from '../locales/pack.js';", ...own.map((locale) => `import { ${packName(locale)} } from '../locales/catalogues/${locale}.js';`)];
      },
      wrap: (expression, locales) => (locales.includes(ruleSet.defaultLocale) ? `/* @__PURE__ */ withLocales(${expression}, [${packName(ruleSet.defaultLocale)}])` : expression),
    },
  });
}
