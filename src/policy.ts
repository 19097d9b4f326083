/**
 * `return-liability/policy`: the buyer-facing policy of a rule set and its renderers, without the
 * rule engine, for pages that only show the policy:
 * `import { describePolicy, policyToHtml } from 'return-liability/policy'`.
 */
export { describePolicy } from './policy/describe.js';
export { policyToText, policyToMarkdown, policyToHtml } from './policy/render.js';
export { POLICY_SECTION_KINDS } from './policy/catalogue.js';

export type { PolicyDocument, PolicySection, PolicyItem, DescribePolicyOptions } from './policy/describe.js';
export type { PolicySectionKind } from './policy/catalogue.js';
