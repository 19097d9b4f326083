/**
 * `return-liability/locales/ja`: Japanese decision texts, parcel texts, policy documents and
 * checkout quotes. Importing this module registers them for every rule set of the program:
 *
 * ```ts
 * import 'return-liability/locales/ja';
 * import { createEvaluator, loadRuleSet } from 'return-liability';
 *
 * createEvaluator(loadRuleSet(json)).decide(returnCase, { locale: 'ja' });
 * ```
 *
 * Import it in the same module format (ESM `import` or CommonJS `require`) as the rest of the
 * library: the two builds are separate programs with separate catalogues.
 *
 * @module
 */
import { registerLocale } from './pack.js';
import { ja } from './catalogues/ja.js';

registerLocale(ja);

export { ja };
