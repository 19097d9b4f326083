// Timing of decideParcel(), run by decide.bench.mjs in a fresh node process:
//   node bench/parcel.mjs <seed>
// The result is one JSON line on stdout.
//
// What is compared: deciding a parcel of 5 items with one label, against deciding the same 5 items
// as 5 separate one-item cases (each with the parcel's fields and its own) — both with the full
// explanation, on the same pool of generated parcels. The parcel does more (the label split, the
// parcel-level negotiation and coverage, the parcel text); the target is that it costs at most
// 1.5× the 5 single decisions.

import { createEvaluator } from '../dist/index.js';
import { marketplaceStandard } from '../dist/rules.js';
import { generateCases } from './cases.mjs';
import { median } from './shared.mjs';

const ITEMS = 5;
const PARCELS = 400;
const ROUNDS = 3;
const BUDGET_MS = 300;
const ITEM_FIELDS = ['reason', 'findings', 'item', 'resolution', 'inspection'];

const seed = Number(process.argv[2] ?? 1);
const evaluator = createEvaluator(marketplaceStandard);
const { cases } = generateCases(PARCELS * ITEMS * 2, seed);

/** A parcel from five generated cases: the first one's shared fields, each one's own item fields. */
function parcelOf(group, serial) {
  const shared = Object.fromEntries(Object.entries(group[0]).filter(([key]) => !ITEM_FIELDS.includes(key)));
  const items = group.map((c, index) => ({ id: `item-${index}`, ...Object.fromEntries(ITEM_FIELDS.filter((key) => c[key] !== undefined).map((key) => [key, c[key]])) }));
  // One currency for the whole parcel: the first case's (prices in other currencies are dropped).
  const currency = shared.costs.returnShipping.currency;
  for (const item of items) if (item.item?.price !== undefined && item.item.price.currency !== currency) item.item = { ...item.item, price: undefined };
  for (const item of items) if (item.item !== undefined) item.item = Object.fromEntries(Object.entries(item.item).filter(([, v]) => v !== undefined));
  return { ...shared, id: `parcel-${serial}`, items };
}

const pool = [];
for (let i = 0; pool.length < PARCELS && i + ITEMS <= cases.length; i += ITEMS) {
  const parcel = parcelOf(cases.slice(i, i + ITEMS), i);
  const decided = evaluator.safeDecideParcel(parcel);
  if (!decided.ok) continue; // e.g. a shared field that only fits the first case's own currency
  const singles = parcel.items.map(({ id, weightGrams: _w, ...own }) => ({ ...Object.fromEntries(Object.entries(parcel).filter(([key]) => key !== 'items')), ...own, id }));
  if (!singles.every((c) => evaluator.safeDecide(c).ok)) continue;
  pool.push({ parcel, singles });
}

function measure(run) {
  const samples = [];
  const end = performance.now() + BUDGET_MS;
  while (performance.now() < end) {
    for (const entry of pool) {
      const start = performance.now();
      run(entry);
      samples.push((performance.now() - start) * 1000);
    }
  }
  return median(samples);
}

const sides = {
  parcel: (entry) => evaluator.decideParcel(entry.parcel),
  singles: (entry) => {
    for (const c of entry.singles) evaluator.decide(c);
  },
};
for (const run of Object.values(sides)) for (let i = 0; i < 3; i++) for (const entry of pool) run(entry);
const best = { parcel: Infinity, singles: Infinity };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['parcel', 'singles'] : ['singles', 'parcel'];
  for (const side of order) best[side] = Math.min(best[side], measure(sides[side]));
}
console.log(JSON.stringify({ parcels: pool.length, items: ITEMS, ...best }));
