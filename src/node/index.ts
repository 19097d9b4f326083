/**
 * `return-liability/node`: reading rule sets from files, for Node back ends and tools. Not for
 * browsers (it imports `node:fs`).
 */
export { loadRuleSetFile, readTextFile, parseJsonText, locateIssues } from './files.js';
export { FileError } from './errors.js';
export { compileRuleSetModule } from '../rule-set/compile-module.js';
export { findJsonSyntaxError, locateJsonPath, positionAt } from './json-text.js';

export type { FileIssue } from './files.js';
export type { CompileRuleSetModuleOptions, CompiledModuleFormat } from '../rule-set/compile-module.js';
export type { FileErrorCode } from './errors.js';
export type { TextPosition } from './json-text.js';
