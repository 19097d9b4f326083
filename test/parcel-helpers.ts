/**
 * Shared fixtures for the parcel tests: rule sets with a given `parcel` field, the built-in rule
 * files re-loaded with another label split, parcel builders, and compact views of a parcel decision.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Line, ParcelDecision, UnexplainedParcelDecision } from '../src/index.js';
import { PARTIES, type Party } from '../src/money/money.js';
import { loadRuleSet, type RuleSet } from '../src/rule-set/load.js';
import { ruleSetDocument, usd, type Json } from './helpers.js';

export type AnyParcelDecision = ParcelDecision | UnexplainedParcelDecision;

export const LABEL_SPLITS = ['seller_fault_carries', 'by_value', 'by_weight', 'equal'] as const;
export type LabelSplit = (typeof LABEL_SPLITS)[number];
export const OUTBOUND_MODES = ['pro_rata', 'whole_order_only'] as const;
export type OutboundMode = (typeof OUTBOUND_MODES)[number];

/** Delivered on a Monday, requested three days later: inside every built-in window. */
export const DATES = { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' } as const;

/** A test rule set (see `ruleSetDocument`) with the given `parcel` field and rules. */
export function parcelRuleSet(parcel: Json | undefined, rules?: Json[]): RuleSet {
  return loadRuleSet(ruleSetDocument({ ...(parcel === undefined ? {} : { parcel }), ...(rules === undefined ? {} : { rules }) }));
}

/** The rule file of a built-in rule set, as JSON (rules/<id>.json). */
export function builtInDocument(id: 'marketplace-standard' | 'cn-consumer-law' | 'eu-consumer-rights'): Json {
  return JSON.parse(readFileSync(new URL(`../rules/${id}.json`, import.meta.url), 'utf8')) as Json;
}

/** A built-in rule file loaded with another `parcel` field: the built-in rules under any label split. */
export function builtInWith(id: Parameters<typeof builtInDocument>[0], labelSplit: LabelSplit, outbound: OutboundMode): RuleSet {
  return loadRuleSet({ ...builtInDocument(id), parcel: { labelSplit, outbound } });
}

/** A parcel: $10.00 label, requested 3 days after delivery, with the given items and overrides. */
export function parcelOf(items: unknown[], overrides: Json = {}): Json {
  return { costs: { returnShipping: usd(1000) }, dates: { ...DATES }, items, ...overrides };
}

/** An item priced in USD cents. */
export function priced(id: string, reason: string, price: number, extra: Json = {}): Json {
  return { id, reason, ...extra, item: { price: usd(price), ...((extra['item'] as Json | undefined) ?? {}) } };
}

/** `[item, amount]` per portion of the label. */
export const portionsOf = (decision: AnyParcelDecision): Array<[string, number]> => decision.labelSplit.portions.map((p) => [p.item, p.amount.amount]);

/** `[party, amount, via]` per share of a line. */
export const sharesOf = (line: Line | undefined): Array<[string, number, string]> | undefined =>
  line?.shares.map((share): [string, number, string] => [share.party, share.amount.amount, share.via]);

/** The line of a cost. */
export const lineOf = (decision: { lines: Line[] }, cost: Line['cost']): Line | undefined => decision.lines.find((l) => l.cost === cost);

/** Warning codes, in order. */
export const codesOf = (decision: { warnings: ReadonlyArray<{ code: string }> }): string[] => decision.warnings.map((w) => w.code);

/** The item decision with this id. */
export function itemOf<D extends AnyParcelDecision>(decision: D, id: string): D['items'][number] {
  const found = decision.items.find((item) => item.caseId === id);
  expect(found, `item ${id}`).toBeDefined();
  return found as D['items'][number];
}

/** What each party pays, in minor units, with absent parties as 0: `{ seller: 980, buyer: 0, … }`. */
export function amountsByParty(totals: Partial<Record<Party, { amount: number }>>): Record<Party, number> {
  return Object.fromEntries(PARTIES.map((party) => [party, totals[party]?.amount ?? 0])) as Record<Party, number>;
}

/** A line as `cost → "party/via" → amount`, shares in a canonical order and zero shares dropped: amounts only. */
export function lineAmounts(lines: readonly Line[]): Record<string, { total: number; shares: Record<string, number> }> {
  const out: Record<string, { total: number; shares: Record<string, number> }> = {};
  for (const line of lines) {
    const shares: Record<string, number> = {};
    for (const share of [...line.shares].sort((a, b) => `${a.party}/${a.via}`.localeCompare(`${b.party}/${b.via}`))) {
      if (share.amount.amount === 0) continue;
      const key = `${share.party}/${share.via}`;
      shares[key] = (shares[key] ?? 0) + share.amount.amount;
    }
    out[line.cost] = { total: line.total.amount, shares };
  }
  return out;
}

/** Sums lines of many decisions per cost, party and source (zero shares dropped). */
export function summedLineAmounts(decisions: ReadonlyArray<{ lines: Line[] }>): Record<string, { total: number; shares: Record<string, number> }> {
  const out: Record<string, { total: number; shares: Record<string, number> }> = {};
  for (const decision of decisions) {
    for (const [cost, line] of Object.entries(lineAmounts(decision.lines))) {
      const entry = (out[cost] ??= { total: 0, shares: {} });
      entry.total += line.total;
      for (const [key, amount] of Object.entries(line.shares)) entry.shares[key] = (entry.shares[key] ?? 0) + amount;
    }
  }
  for (const entry of Object.values(out)) entry.shares = Object.fromEntries(Object.entries(entry.shares).sort(([a], [b]) => a.localeCompare(b)));
  return out;
}
