/**
 * snapshotUntrusted copies valid plain data in one quick pass and falls back to its reporting walk
 * for anything else. The two must agree: on any input, the quick pass returns exactly what the
 * walk returns (the walk alone runs when `topLevelArrays` is set, even to `{}`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotUntrusted, type StructureLimits } from '../../src/internal/untrusted.js';

const LIMITS: StructureLimits = { maxStringLength: 10, maxArrayLength: 4, maxNodes: 12, maxNesting: 2 };
const walkOnly: StructureLimits = { ...LIMITS, topLevelArrays: {} };

const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'));
const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'medium' }, leaf, tie('array'), tie('object'), tie('odd')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((entries) => {
    const object: Record<string, unknown> = {};
    for (const [k, v] of entries) Object.defineProperty(object, k, { value: v, enumerable: true, writable: true, configurable: true });
    return object;
  }),
  // Not plain data, or not read the plain way: the quick pass must hand these to the walk.
  odd: fc.oneof(
    fc.constant(new Date(0)),
    fc.constant(() => 1),
    fc.constant(Object.assign(Object.create(null) as object, { a: 1 })),
    fc.constant(Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('no'); } })),
  ),
}));

describe('snapshotUntrusted: the quick pass and the walk agree', () => {
  it('on random inputs within and beyond the limits (3,000 runs)', () => {
    fc.assert(
      fc.property(value, (input) => {
        expect(snapshotUntrusted(input, LIMITS)).toEqual(snapshotUntrusted(input, walkOnly));
      }),
      { numRuns: 3_000 },
    );
  });

  it('copies valid input in the quick pass: a new object, -0 as 0', () => {
    const input = { a: [1, -0, 'x'], b: { c: true } };
    const { value: copy, issues } = snapshotUntrusted(input, LIMITS);
    expect(issues).toEqual([]);
    expect(copy).toEqual({ a: [1, 0, 'x'], b: { c: true } });
    expect(Object.is((copy as { a: unknown[] }).a[1], 0)).toBe(true);
    expect(copy).not.toBe(input);
  });
});
