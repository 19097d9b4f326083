/**
 * `return-liability/testing`: helpers for integrators' tests, free of any test framework.
 * Build cases with {@link aReturnCase}, check decisions with {@link expectTotals} and
 * {@link expectOutcome}, and review a rule-file edit with {@link snapshotDecisions} and
 * {@link diffDecisions}.
 */
export { aReturnCase } from './testing/case.js';
export { expectTotals, expectOutcome } from './testing/expect.js';
export { snapshotDecisions, diffDecisions } from './testing/snapshot.js';

export type { CaseOverrides } from './testing/case.js';
export type { ExpectedOutcome } from './testing/expect.js';
export type { DecisionSnapshot, CaseSnapshot, CaseDiff, FieldChange, SnapshotCases } from './testing/snapshot.js';
