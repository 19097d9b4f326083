import type { Plugin } from 'esbuild';

/** The replaced packages and the paths of their stand-ins. */
export declare const RULES_ENGINE_SHIMS: Readonly<Record<'eventemitter2' | 'jsonpath-plus' | 'hash-it', string>>;
/** esbuild plugin that bundles json-rules-engine without jsonpath-plus, eventemitter2 and hash-it. */
export declare function slimRulesEngine(): Plugin;
