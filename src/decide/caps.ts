/** Pipeline step: a rule's caps on what a party pays of return shipping ("we reimburse return postage up to £5.00"). */
import { ReturnCaseError } from '../errors.js';
import { allocateByWeights } from '../money/allocate.js';
import { PARTIES, type Party } from '../money/money.js';
import type { CapNote } from '../model/decision.js';
import type { LiabilityParams } from '../rule-set/schema.js';
import { type Part, percentOf } from './shares.js';

/**
 * Holds each capped party's part of the return leg at its cap in the case's currency; the excess
 * moves to the rule's other parties in proportion to their parts (largest remainder, ties in party
 * order), or, when the capped party is the only one, to the buyer (to the seller when the buyer is
 * the one capped).
 *
 * @throws {ReturnCaseError} `cap_currency` when a cap names no amount in the case's currency
 */
export function applyCaps(parts: Part[], rule: LiabilityParams, total: number, currency: string): { parts: Part[]; notes: CapNote[] } {
  const caps = rule.caps;
  if (caps === undefined) return { parts, notes: [] };
  let next = parts;
  const notes: CapNote[] = [];
  for (const party of PARTIES) {
    const amounts = caps[party];
    if (amounts === undefined) continue;
    if (!Object.hasOwn(amounts, currency)) {
      throw new ReturnCaseError([
        { path: ['costs', 'returnShipping', 'currency'], code: 'cap_currency', message: `rule "${rule.code}" caps what ${party} pays, but names no cap in ${currency} (it names ${Object.keys(amounts).join(', ')})` },
      ]);
    }
    const cap = amounts[currency] as number;
    const own = next.find((part) => part.party === party);
    if (own === undefined || own.amount <= cap) continue;
    const excess = own.amount - cap;
    const others = next.filter((part) => part.party !== party && part.amount > 0);
    // Alone, the capped party's excess goes to the buyer — or, when the buyer is the one capped, to the seller.
    const alone: Party = party === 'buyer' ? 'seller' : 'buyer';
    const receivers = others.length > 0 ? others.map((part) => part.party) : [alone];
    const spread = others.length > 0 ? allocateByWeights(excess, others.map((part) => part.amount)) : [excess];
    const extra = new Map(receivers.map((receiver, i) => [receiver, spread[i] as number]));
    next = next.map((part) => {
      if (part.party === party) return { ...part, amount: cap, percent: percentOf(cap, total) };
      const add = extra.get(part.party);
      return add === undefined ? part : { ...part, amount: part.amount + add, percent: percentOf(part.amount + add, total) };
    });
    if (others.length === 0 && !next.some((part) => part.party === alone)) next.push({ party: alone, amount: excess, percent: percentOf(excess, total), via: 'rule' });
    notes.push({ party, cap, excess, to: receivers });
  }
  return { parts: next, notes };
}
