/**
 * Precompiled rule sets: the module text for a rule set `loadRuleSet` has validated, so that the
 * rule set can be imported later without the validator (no zod, no hashing at start-up). Used by
 * `return-liability compile` and by `npm run schemas` for the built-in sets under src/built-in/.
 */
import { ReturnLiabilityError } from '../errors.js';
import type { RuleSet } from './load.js';

/** Module formats `compileRuleSetModule` writes. */
export type CompiledModuleFormat = 'esm' | 'cjs';

/** Options for {@link compileRuleSetModule}. */
export interface CompileRuleSetModuleOptions {
  /** `esm` (default) or `cjs`. */
  format?: CompiledModuleFormat;
  /** The name the rule set is exported as; default `ruleSet` (the module also has a default export). */
  exportName?: string;
  /** Where `trustedRuleSet` is imported from; default `return-liability/rules`. */
  importFrom?: string;
  /** Where the rule set came from, for the header comment (e.g. the JSON file's name). */
  source?: string;
  /** Write a TypeScript module (`RuleSet` type annotation) instead of JavaScript; `esm` only. */
  typescript?: boolean;
  /** Where the `RuleSet` type is imported from when `typescript` is set; default `importFrom`. */
  typesFrom?: string;
  /**
   * How the module brings the catalogues of its locales outside `en` and `zh-CN`: by default it
   * imports their entries (`return-liability/locales/ja`, …) for their side effect. The built-in
   * sets pass their own imports and a wrapper instead.
   */
  locales?: { imports: (locales: readonly string[]) => string[]; wrap: (expression: string, locales: readonly string[]) => string };
}

const CORE_LOCALES = new Set(['en', 'zh-CN']);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The fields of a rule set, in the order the module writes them. */
function plainRuleSet(ruleSet: RuleSet): Record<string, unknown> {
  return {
    id: ruleSet.id,
    version: ruleSet.version,
    title: ruleSet.title,
    locales: ruleSet.locales,
    defaultLocale: ruleSet.defaultLocale,
    source: ruleSet.source,
    windows: ruleSet.windows,
    facts: ruleSet.facts,
    thresholds: ruleSet.thresholds,
    parcel: ruleSet.parcel,
    rules: ruleSet.rules,
    digest: ruleSet.digest,
    windowsByRule: ruleSet.windowsByRule,
  };
}

/**
 * The text of a module that exports `ruleSet` — a rule set returned by `loadRuleSet` — frozen,
 * digest included, marked as loaded through `trustedRuleSet` so that `createEvaluator`, `decide` and
 * `describePolicy` accept it without validating it again. The output is trusted build output:
 * compile only rule sets you loaded yourself, and load JSON from elsewhere with `loadRuleSet`.
 *
 * @param ruleSet - a rule set from `loadRuleSet`
 * @param options - module format, export name, import specifier
 * @returns the module's source text
 * @throws {ReturnLiabilityError} `invalid_option` for an export name that is not an identifier, or
 *   `typescript` with `cjs`
 */
export function compileRuleSetModule(ruleSet: RuleSet, options: CompileRuleSetModuleOptions = {}): string {
  const format = options.format ?? 'esm';
  const exportName = options.exportName ?? 'ruleSet';
  const importFrom = options.importFrom ?? 'return-liability/rules';
  if (format !== 'esm' && format !== 'cjs') throw new ReturnLiabilityError('invalid_option', `options.format must be esm or cjs, got ${String(format)}`);
  if (!IDENTIFIER.test(exportName) || exportName === 'default') throw new ReturnLiabilityError('invalid_option', `options.exportName must be a JavaScript identifier, got ${JSON.stringify(exportName)}`);
  if (options.typescript === true && format !== 'esm') throw new ReturnLiabilityError('invalid_option', 'options.typescript needs format esm');
  const extra = ruleSet.locales.filter((locale) => !CORE_LOCALES.has(locale));
  const localeImports =
    extra.length === 0 ? []
    : options.locales !== undefined ? options.locales.imports(extra)
    : extra.map((locale) => (format === 'cjs' ? `require(${JSON.stringify(`return-liability/locales/${locale}`)});` : `import ${JSON.stringify(`return-liability/locales/${locale}`)};`));
  const wrap = (expression: string) => (extra.length === 0 || options.locales === undefined ? expression : options.locales.wrap(expression, extra));
  const body = JSON.stringify(plainRuleSet(ruleSet), null, 2);
  const from = options.source === undefined ? '' : ` from ${options.source.replace(/[\r\n]/g, ' ')}`;
  const header = `// Generated${from} (${ruleSet.id} ${ruleSet.version}, validated by loadRuleSet, sha-256 ${ruleSet.digest}); do not edit.`;
  if (format === 'cjs') {
    return [
      header,
      "'use strict';",
      `const { trustedRuleSet } = require(${JSON.stringify(importFrom)});`,
      ...localeImports,
      '',
      `const ${exportName} = ${wrap(`/* @__PURE__ */ trustedRuleSet(${body})`)};`,
      `module.exports = { ${exportName}, default: ${exportName} };`,
      '',
    ].join('\n');
  }
  const typed = options.typescript === true;
  return [
    header,
    ...(typed ? [`import type { RuleSet } from ${JSON.stringify(options.typesFrom ?? importFrom)};`] : []),
    `import { trustedRuleSet } from ${JSON.stringify(importFrom)};`,
    ...localeImports,
    '',
    `export const ${exportName}${typed ? ': RuleSet' : ''} = ${wrap(`/* @__PURE__ */ trustedRuleSet(${body})`)};`,
    ...(typed ? [] : [`export default ${exportName};`]),
    '',
  ].join('\n');
}
