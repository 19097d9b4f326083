/** Pipeline step: a rule's caps on what a party pays of return shipping ("we reimburse return postage up to £5.00"). */
import { ReturnCaseError } from '../errors.js';
import { allocateByWeights } from '../money/allocate.js';
import { PARTIES, type Party } from '../money/money.js';
import type { CapNote } from '../model/decision.js';
import type { LiabilityParams } from '../rule-set/schema.js';
import { type Part, percentOf } from './shares.js';

/**
 * Holds each capped party's part of the return leg at its cap in the case's currency. The excess
 * moves to the rule's other parties that are not at a cap, in proportion to their parts (largest
 * remainder, ties in party order), until no one is above a cap; when no such party is left, it goes
 * to the buyer — or, when the buyer is capped too, to the seller, and past every cap if need be:
 * the line always adds up to its total.
 *
 * @throws {ReturnCaseError} `cap_currency` when a cap names no amount in the case's currency
 */
export function applyCaps(parts: Part[], rule: LiabilityParams, total: number, currency: string): { parts: Part[]; notes: CapNote[] } {
  const caps = rule.caps;
  if (caps === undefined) return { parts, notes: [] };
  const limit = new Map<Party, number>();
  for (const party of PARTIES) {
    const amounts = caps[party];
    if (amounts === undefined) continue;
    if (!Object.hasOwn(amounts, currency)) {
      throw new ReturnCaseError([
        {
          path: ['costs', 'returnShipping', 'currency'],
          code: 'cap_currency',
          message: `the deciding rule (code "${rule.code}") caps what ${party} pays, but names no cap in ${currency} (it names ${Object.keys(amounts).join(', ')})`,
        },
      ]);
    }
    limit.set(party, amounts[currency] as number);
  }
  const amount = new Map<Party, number>(parts.map((part) => [part.party, part.amount]));
  const notes = new Map<Party, CapNote>();
  // Each round holds every party above its cap and hands the excess on; a party that reaches its
  // cap drops out, so at most one round per party.
  for (let round = 0; round <= PARTIES.length; round++) {
    let excess = 0;
    for (const [party, cap] of limit) {
      const own = amount.get(party) ?? 0;
      if (own <= cap) continue;
      excess += own - cap;
      amount.set(party, cap);
      const note = notes.get(party) ?? { party, cap, excess: 0, to: [] };
      note.excess += own - cap;
      notes.set(party, note);
    }
    if (excess === 0) break;
    const atCap = (party: Party) => limit.has(party) && (amount.get(party) ?? 0) >= (limit.get(party) as number);
    let receivers = PARTIES.filter((party) => (amount.get(party) ?? 0) > 0 && !atCap(party));
    let weights = receivers.map((party) => amount.get(party) as number);
    if (receivers.length === 0) {
      const fallback: Party = !atCap('buyer') ? 'buyer' : !atCap('seller') ? 'seller' : 'buyer';
      receivers = [fallback];
      weights = [1];
      // Past every cap: stop after this round.
      if (atCap(fallback)) limit.delete(fallback);
    }
    const spread = allocateByWeights(excess, weights);
    receivers.forEach((party, i) => amount.set(party, (amount.get(party) ?? 0) + (spread[i] as number)));
    for (const note of notes.values()) for (const party of receivers) if (!note.to.includes(party)) note.to.push(party);
  }
  const next: Part[] = [];
  for (const party of PARTIES) {
    const value = amount.get(party);
    if (value === undefined) continue;
    const original = parts.find((part) => part.party === party);
    next.push({ party, amount: value, percent: percentOf(value, total), via: original?.via ?? 'rule' });
  }
  return { parts: next, notes: [...notes.values()].map((note) => ({ ...note, to: PARTIES.filter((party) => note.to.includes(party) && party !== note.party) })) };
}
