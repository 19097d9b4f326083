/**
 * Fuzzing the public surface with cases and parcels: parseReturnCase, decide over the precompiled
 * built-in rule sets (and a floor), decideParcel and parseReturnParcel. Properties in fuzz-surface.ts;
 * FUZZ_RUNS inputs per target (10,000 in `npm test`, 100,000 with `npm run fuzz`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReturnCase, parseReturnParcel } from '../../src/index.js';
import { aReturnParcel } from '../../src/testing.js';
import { type AnyDecision, checkTarget, evaluators, expectSoundDecision, mutations, RUNS, TIMEOUT, withFloor } from './fuzz-surface.js';
import { mutate, VALID_CASES } from './fixtures.js';

describe(`cases and parcels, fuzzed (${RUNS} inputs per target)`, () => {
  it('parseReturnCase', () => {
    fc.assert(fc.property(fc.constantFrom(...VALID_CASES), mutations, (base, edits) => checkTarget(parseReturnCase, mutate(base, structuredClone(edits)))), { numRuns: RUNS });
  }, TIMEOUT);

  it('decide, over the precompiled built-in rule sets and a floor', () => {
    fc.assert(
      fc.property(fc.nat(3), fc.constantFrom(...VALID_CASES), mutations, fc.boolean(), (which, base, edits, explain) => {
        const evaluator = evaluators[which] ?? withFloor;
        checkTarget((input) => evaluator.decide(input, { explain }), mutate(base, structuredClone(edits)), expectSoundDecision);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('decideParcel and parseReturnParcel', () => {
    const parcel = aReturnParcel();
    fc.assert(
      fc.property(fc.nat(3), mutations, (which, edits) => {
        const input = mutate(parcel, structuredClone(edits));
        const evaluator = evaluators[which] ?? withFloor;
        checkTarget((value) => evaluator.decideParcel(value, { explain: false }), input, (decision: { items: AnyDecision[] } & AnyDecision) => {
          expectSoundDecision(decision);
        });
        checkTarget(parseReturnParcel, mutate(parcel, structuredClone(edits)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

});
