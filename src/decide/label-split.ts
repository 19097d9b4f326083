/** Pipeline step (parcels): the one return label apportioned to the returnable items. */
import { ReturnCaseError } from '../errors.js';
import { allocateByWeights } from '../money/allocate.js';
import type { LabelSplit } from '../rule-set/schema.js';
import { idOrder } from './negotiation.js';

/** What the split needs to know of a returnable item. */
export interface SplitItem {
  readonly id: string;
  /** Its index in the parcel, for error paths. */
  readonly index: number;
  /** Price × quantity, when the item has a price. */
  readonly value: number | undefined;
  readonly units: number;
  readonly weightGrams: number | undefined;
  /** The seller's percentage of return shipping under the item's rule, in basis points. */
  readonly sellerBasisPoints: number;
}

/** The split: the method actually used (`equal` when `by_value` fell back) and each item's portion. */
export interface LabelPortions {
  readonly method: LabelSplit;
  readonly portions: readonly number[];
  /** `by_value` was asked for but not every item has a price. */
  readonly fellBack: boolean;
  /** For `seller_fault_carries`: the index (into the items given) of the item that carries the label. */
  readonly carrier?: number;
}

/**
 * Apportions `total` to the items, exactly (largest remainder, ties to the lowest item id):
 * - `seller_fault_carries`: the whole label to the item whose rule gives the seller the largest
 *   share of return shipping (ties: the lowest id) — the parcel had to travel for it anyway;
 * - `by_value`: in proportion to price × quantity; without a price on every item, `equal`;
 * - `by_weight`: in proportion to `weightGrams`, which every item must have;
 * - `equal`: per unit (quantity).
 *
 * @throws {ReturnCaseError} `weight_required` at `items[i].weightGrams` for `by_weight` without a weight
 */
export function splitLabel(method: LabelSplit, total: number, items: readonly SplitItem[]): LabelPortions {
  const ties = idOrder(items.map((item) => item.id));
  const byUnits = () => allocateByWeights(total, items.map((item) => item.units), ties);
  switch (method) {
    case 'seller_fault_carries': {
      let carrier = ties[0] ?? 0;
      for (const index of ties) if ((items[index]?.sellerBasisPoints ?? 0) > (items[carrier]?.sellerBasisPoints ?? 0)) carrier = index;
      return { method, portions: items.map((_, i) => (i === carrier ? total : 0)), fellBack: false, carrier };
    }
    case 'by_value': {
      const values = items.map((item) => item.value);
      if (values.some((value) => value === undefined) || values.every((value) => value === 0)) return { method: 'equal', portions: byUnits(), fellBack: true };
      return { method, portions: allocateByWeights(total, values as number[], ties), fellBack: false };
    }
    case 'by_weight': {
      const missing = items.filter((item) => item.weightGrams === undefined);
      if (missing.length > 0) {
        throw new ReturnCaseError(
          missing.map((item) => ({ path: ['items', item.index, 'weightGrams'], code: 'weight_required', message: 'the rule set splits the label by weight (parcel.labelSplit "by_weight"), so every returnable item needs weightGrams' })),
        );
      }
      return { method, portions: allocateByWeights(total, items.map((item) => item.weightGrams as number), ties), fellBack: false };
    }
    case 'equal':
      return { method, portions: byUnits(), fellBack: false };
  }
}
