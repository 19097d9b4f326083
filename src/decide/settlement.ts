/**
 * Pipeline step: the settlement — what the buyer is refunded, in exact minor units, once the costs
 * are allocated. The goods and the seller's part of the original delivery come back; return
 * shipping moves between buyer and seller according to who bought the label; fees and deductions
 * are kept. The refund never goes below zero.
 */
import type { ReturnCase } from '../case/schema.js';
import { ReturnCaseError } from '../errors.js';
import type { Money } from '../money/money.js';
import type { Allocation, Settlement, SettlementPart, SettlementPartKind } from '../model/decision.js';
import type { RuleDefinition } from '../rule-set/schema.js';

/** The kinds in the order parts are listed and deductions applied. */
export const SETTLEMENT_ORDER: readonly SettlementPartKind[] = [
  'goods',
  'outbound_shipping',
  'return_shipping_reimbursed',
  'return_shipping_deducted',
  'restocking_fee',
  'diminished_value',
];

/** A settlement with whether a deduction had to be cut to keep the refund at or above zero. */
export interface Settled {
  readonly settlement: Settlement;
  readonly capped: boolean;
}

function lineShares(allocation: Allocation | undefined, cost: 'returnShipping' | 'outboundShipping'): { buyer: number; others: number } {
  const line = allocation?.lines.find((l) => l.cost === cost);
  let buyer = 0;
  let others = 0;
  for (const share of line?.shares ?? []) {
    if (share.party === 'buyer') buyer += share.amount.amount;
    else others += share.amount.amount;
  }
  return { buyer, others };
}

/** The restocking fee: the percentage of the goods rounded down, at most `max` in the case's currency. */
function restockingFee(rule: RuleDefinition, goods: number, currency: string): number {
  if (rule.event.type !== 'liability') return 0;
  const fee = rule.event.params.fees?.restocking;
  if (fee === undefined || goods === 0) return 0;
  // Percentages have at most two decimals: basis points are exact, and the floor never exceeds the stated percent.
  const raw = Number((BigInt(goods) * BigInt(Math.round(fee.percent * 100))) / 10_000n);
  if (fee.max === undefined) return raw;
  if (!Object.hasOwn(fee.max, currency)) {
    throw new ReturnCaseError([
      { path: ['costs', 'returnShipping', 'currency'], code: 'fee_currency', message: `rule "${rule.name}" caps its restocking fee, but names no maximum in ${currency} (it names ${Object.keys(fee.max).join(', ')})` },
    ]);
  }
  return Math.min(raw, fee.max[currency] as number);
}

/**
 * The settlement of one item (a case, or an item of a parcel carrying its portion of the label),
 * or `undefined` when the case gives no `item.price` or the item is not returnable.
 *
 * - `goods`: price × quantity, on a refund (an exchange or repair keeps the contract);
 * - `outbound_shipping`: on a refund, the part of the original delivery others than the buyer bear;
 * - return shipping: with the buyer's own label (`labelSource` `buyer`, the default) the other
 *   parties' shares come back as `return_shipping_reimbursed`; with a merchant's or platform's label
 *   the buyer's share is `return_shipping_deducted`;
 * - `restocking_fee` (rule `fees.restocking`) and `diminished_value` (rule `diminishedValue: 'deduct'`
 *   and `inspection.diminishedValue`) are deducted.
 *
 * Deductions are applied in that order; the first that would take the refund below zero is cut to
 * what remains, later ones to zero (`capped`).
 *
 * @throws {ReturnCaseError} `fee_currency` when a restocking fee's `max` names no amount in the case's currency
 */
export function settle(c: ReturnCase, rule: RuleDefinition, allocation: Allocation | undefined): Settled | undefined {
  const price = c.item?.price;
  if (price === undefined || rule.event.type === 'not_returnable') return undefined;
  const currency = c.costs.returnShipping.currency;
  const refund = (c.resolution ?? 'refund') === 'refund';
  const goods = refund ? price.amount * (c.item?.quantity ?? 1) : 0;
  const raw: Array<[SettlementPartKind, number]> = [];
  if (refund) raw.push(['goods', goods]);
  const outbound = lineShares(allocation, 'outboundShipping');
  if (refund && outbound.others > 0) raw.push(['outbound_shipping', outbound.others]);
  if (rule.event.type === 'liability') {
    const returnLeg = lineShares(allocation, 'returnShipping');
    const label = c.labelSource ?? 'buyer';
    if (label === 'buyer' && returnLeg.others > 0) raw.push(['return_shipping_reimbursed', returnLeg.others]);
    if (label !== 'buyer' && returnLeg.buyer > 0) raw.push(['return_shipping_deducted', -returnLeg.buyer]);
    const fee = restockingFee(rule, goods, currency);
    if (fee > 0) raw.push(['restocking_fee', -fee]);
    const diminished = c.inspection?.diminishedValue?.amount ?? 0;
    if (rule.event.params.diminishedValue === 'deduct' && diminished > 0) raw.push(['diminished_value', -diminished]);
  }
  let total = 0;
  let capped = false;
  const parts: SettlementPart[] = [];
  for (const [kind, amount] of raw) {
    let applied = amount;
    if (amount < 0 && total + amount < 0) {
      applied = -total;
      capped = true;
    }
    total += applied;
    parts.push({ kind, amount: { amount: applied === 0 ? 0 : applied, currency } });
  }
  return { settlement: { refund: { amount: total, currency }, parts }, capped };
}

/** A parcel's settlement: its items' settlements merged by part kind, in the settlement order. */
export function mergeSettlements(settlements: ReadonlyArray<Settlement | undefined>, currency: string): Settlement | undefined {
  const present = settlements.filter((s): s is Settlement => s !== undefined);
  if (present.length === 0) return undefined;
  const sums = new Map<SettlementPartKind, number>();
  for (const settlement of present) for (const part of settlement.parts) sums.set(part.kind, (sums.get(part.kind) ?? 0) + part.amount.amount);
  const money = (amount: number): Money => ({ amount, currency });
  return {
    refund: money(present.reduce((sum, s) => sum + s.refund.amount, 0)),
    parts: SETTLEMENT_ORDER.filter((kind) => sums.has(kind)).map((kind) => ({ kind, amount: money(sums.get(kind) as number) })),
  };
}
