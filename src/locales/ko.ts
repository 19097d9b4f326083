/**
 * `return-liability/locales/ko`: Korean decision texts, parcel texts, policy documents and
 * checkout quotes. Importing this module registers them for every rule set of the program:
 *
 * ```ts
 * import 'return-liability/locales/ko';
 * import { createEvaluator, loadRuleSet } from 'return-liability';
 *
 * createEvaluator(loadRuleSet(json)).decide(returnCase, { locale: 'ko' });
 * ```
 *
 * Import it in the same module format (ESM `import` or CommonJS `require`) as the rest of the
 * library: the two builds are separate programs with separate catalogues.
 *
 * @module
 */
import { registerLocale } from './pack.js';
import { ko } from './catalogues/ko.js';

registerLocale(ko);

export { ko };
