/**
 * `return-liability/locales/pt-BR`: Brazilian Portuguese decision texts, parcel texts, policy documents and
 * checkout quotes. Importing this module registers them for every rule set of the program:
 *
 * ```ts
 * import 'return-liability/locales/pt-BR';
 * import { createEvaluator, loadRuleSet } from 'return-liability';
 *
 * createEvaluator(loadRuleSet(json)).decide(returnCase, { locale: 'pt-BR' });
 * ```
 *
 * Import it in the same module format (ESM `import` or CommonJS `require`) as the rest of the
 * library: the two builds are separate programs with separate catalogues.
 *
 * @module
 */
import { registerLocale } from './pack.js';
import { ptBR } from './catalogues/pt-BR.js';

registerLocale(ptBR);

export { ptBR };
