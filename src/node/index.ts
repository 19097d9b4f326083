/**
 * `return-liability/node`: reading rule sets from files, for Node back ends and tools. Not for
 * browsers (it imports `node:fs`). Importing it also registers every locale pack
 * (`return-liability/locales/pt-BR`, `/ko`, `/ja`): a server has no bundle size to save.
 */
import { registerLocale } from '../locales/pack.js';
import { ptBR } from '../locales/catalogues/pt-BR.js';
import { ko } from '../locales/catalogues/ko.js';
import { ja } from '../locales/catalogues/ja.js';

// Registered here rather than by importing the locale entries: an entry imported by another entry
// would move its registration into a shared chunk, where a bundler may drop it.
for (const pack of [ptBR, ko, ja]) registerLocale(pack);

export { loadRuleSetFile, readTextFile, parseJsonText, locateIssues } from './files.js';
export { FileError } from './errors.js';
export { compileRuleSetModule } from '../rule-set/compile-module.js';
export { findJsonSyntaxError, locateJsonPath, positionAt } from './json-text.js';

export type { FileIssue } from './files.js';
export type { CompileRuleSetModuleOptions, CompiledModuleFormat } from '../rule-set/compile-module.js';
export type { FileErrorCode } from './errors.js';
export type { TextPosition } from './json-text.js';
