/**
 * `return-liability/testing`: helpers for integrators' tests, free of any test framework.
 * Build cases with {@link aReturnCase} and parcels with {@link aReturnParcel}, check decisions
 * (of cases and of parcels) with {@link expectTotals}, {@link expectOutcome} and
 * {@link expectRefund} (what the buyer is refunded), and review a
 * rule-file edit with {@link snapshotDecisions} and {@link diffDecisions}.
 */
export { aReturnCase, aReturnParcel } from './testing/case.js';
export { expectTotals, expectOutcome, expectRefund } from './testing/expect.js';
export { snapshotDecisions, diffDecisions } from './testing/snapshot.js';

export type { CaseOverrides, ParcelOverrides } from './testing/case.js';
export type { ExpectedOutcome, ExpectedParcelOutcome, ExpectedRefund } from './testing/expect.js';
export type { DecisionSnapshot, CaseSnapshot, LineSnapshot, RefundSnapshot, ParcelSnapshot, ItemSnapshot, CaseDiff, FieldChange, SnapshotCases } from './testing/snapshot.js';
