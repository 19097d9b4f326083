// The testing kit under Node's own test runner (`node --test examples/integrator.node-test.mjs`):
// it depends on no test framework, so the same helpers work with vitest, jest, node:test or mocha.
// Imports the built package (run `npm run build` first; `npm test` does).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEvaluator, ReturnCaseError } from '../dist/index.js';
import { marketplaceStandard } from '../dist/rules.js';
import { aReturnCase, aReturnParcel, diffDecisions, expectOutcome, expectTotals, snapshotDecisions } from '../dist/testing.js';

const evaluator = createEvaluator(marketplaceStandard);

describe('return-liability/testing under node:test', () => {
  it('checks who pays with expectTotals and expectOutcome', async () => {
    const decision = evaluator.decide(aReturnCase({ reason: 'wrong_item', findings: { wrongItem: true } }));
    expectOutcome(decision, { outcome: 'allocated', code: 'seller_fault' });
    expectTotals(decision, { seller: 1000 });
  });

  it('fails with a readable message that the runner reports', async () => {
    const decision = evaluator.decide(aReturnCase({ id: 'A-7' }));
    assert.throws(() => expectTotals(decision, { seller: 1000 }), {
      name: 'AssertionError',
      message: 'Totals differ for case "A-7" (rule "buyer-reasons", code buyer_reasons):\n' +
        '  ✗ seller: expected 1000 (USD 10.00), pays 0 (USD 0.00)\n' +
        '  ✗ buyer: expected 0 (USD 0.00), pays 1000 (USD 10.00)',
    });
  });

  it('refuses an override that makes the case invalid', () => {
    assert.throws(() => aReturnCase({ costs: { returnShipping: { amount: -1 } } }), ReturnCaseError);
  });

  it('checks a parcel: the defective kettle carries the label, the mug set travels with it', () => {
    const parcel = evaluator.decideParcel(aReturnParcel({ id: 'P-1' }));
    expectOutcome(parcel, { outcome: 'allocated', items: { kettle: { code: 'seller_fault' }, 'mug-set': { code: 'buyer_reasons' } } });
    expectTotals(parcel, { seller: 1000 });
    assert.throws(() => expectTotals(parcel, { buyer: 1000 }), { name: 'AssertionError', message: /^Totals differ for parcel "P-1" \(kettle: seller_fault, mug-set: buyer_reasons\):/ });
    assert.throws(() => aReturnParcel({ items: [{ id: 'mug-set', reason: 'changed_my_mind' }] }), (error) => error instanceof ReturnCaseError && error.issues[0].path.join('.') === 'items.0.reason');
  });

  it('snapshots decisions as plain JSON and diffs them', async () => {
    const cases = [aReturnCase({ id: 'R-1' }), aReturnCase({ id: 'R-2', reason: 'quality_defect' })];
    const stored = JSON.parse(JSON.stringify(snapshotDecisions(evaluator, cases)));
    assert.deepEqual(diffDecisions(stored, snapshotDecisions(evaluator, cases)), []);
  });
});
