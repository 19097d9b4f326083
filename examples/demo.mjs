// Decides every case in examples/cases/ and every parcel in examples/parcels/ under the built-in
// marketplace-standard rule set and prints the outcome, who pays what, and the explanation in
// English and Chinese.
// Run with `npm run demo` (it builds the library first).
import { readdir, readFile } from 'node:fs/promises';
import { createEvaluator, formatMoney } from '../dist/index.js';
import { marketplaceStandard } from '../dist/rules.js';
import { loadRuleSetFile } from '../dist/node.js';

const casesDir = new URL('./cases/', import.meta.url);
const evaluator = createEvaluator(marketplaceStandard);
const files = (await readdir(casesDir)).filter((name) => name.endsWith('.json')).sort();

console.log(`${marketplaceStandard.id} ${marketplaceStandard.version} (digest ${marketplaceStandard.digest.slice(0, 12)}…)\n`);
for (const file of files) {
  const input = JSON.parse(await readFile(new URL(file, casesDir), 'utf8'));
  const en = evaluator.decide(input, { locale: 'en' });
  const zh = evaluator.decide(input, { locale: 'zh-CN' });
  const pays = Object.entries(en.totals)
    .map(([party, amount]) => `${party} ${formatMoney(amount, 'en')}`)
    .join(', ');
  console.log(`■ ${file}`);
  console.log(`  outcome: ${en.outcome} (${en.code}, rule "${en.rule.name}")${pays ? ` — ${pays}` : ''}`);
  for (const line of en.lines) {
    const shares = line.shares.map((s) => `${s.party} ${formatMoney(s.amount, 'en')} via ${s.via}`).join(' + ');
    console.log(`  ${line.cost} ${formatMoney(line.total, 'en')} = ${shares}`);
  }
  for (const warning of en.warnings) console.log(`  warning ${warning.code}: ${warning.message}`);
  for (const decision of [en, zh]) {
    console.log(`  [${decision.text.locale}] ${decision.text.summary}`);
    for (const detail of decision.text.details) console.log(`         ${detail}`);
  }
  console.log('');
}

// Parcels: several items sent back together with one label.
const parcelsDir = new URL('./parcels/', import.meta.url);
for (const file of (await readdir(parcelsDir)).filter((name) => name.endsWith('.json')).sort()) {
  const input = JSON.parse(await readFile(new URL(file, parcelsDir), 'utf8'));
  const en = evaluator.decideParcel(input, { locale: 'en' });
  const zh = evaluator.decideParcel(input, { locale: 'zh-CN' });
  const portions = en.labelSplit.portions.map((p) => `${p.item} ${formatMoney(p.amount, 'en')}`).join(', ');
  const pays = Object.entries(en.totals)
    .map(([party, amount]) => `${party} ${formatMoney(amount, 'en')}`)
    .join(', ');
  console.log(`■ parcel ${file} (${en.items.length} items, one label)`);
  console.log(`  label split: ${en.labelSplit.method} — ${portions}${pays ? ` — ${pays}` : ''}`);
  for (const warning of en.warnings) console.log(`  warning ${warning.code}: ${warning.message}`);
  for (const decision of [en, zh]) {
    console.log(`  [${decision.text.locale}] ${decision.text.summary}`);
    for (const detail of decision.text.details) console.log(`         ${detail}`);
  }
  console.log('');
}

// A settlement: what the buyer is refunded, under an example shop policy that sends a prepaid
// label and charges a restocking fee on returns for the buyer's own reasons.
const shop = createEvaluator(await loadRuleSetFile(new URL('./rules/kitchen-shop.json', import.meta.url).pathname));
const labelled = JSON.parse(await readFile(new URL('02-kettle-and-mugs-shop-label.json', parcelsDir), 'utf8'));
console.log(`■ settlement under ${shop.ruleSet.id}: parcel 02-kettle-and-mugs-shop-label.json (the shop's label)`);
for (const locale of ['en', 'zh-CN']) {
  const decision = shop.decideParcel(labelled, { locale });
  if (locale === 'en') {
    const parts = decision.settlement.parts.map((p) => `${p.kind} ${formatMoney(p.amount, 'en')}`).join(', ');
    console.log(`  refund ${formatMoney(decision.settlement.refund, 'en')} = ${parts}`);
  }
  console.log(`  [${decision.text.locale}] ${decision.text.summary}`);
  for (const detail of decision.text.details) console.log(`         ${detail}`);
}

// ── Statutes in their own language: Brazil, South Korea, Japan ──────────────────────────────────
// One case per statutory rule set, decided in the set's own language and in English.
{
  const { brConsumerCode, krEcommerceAct, jpSpecifiedCommercialTransactions } = await import('../dist/rules.js');
  const statutesDir = new URL('./statutes/', import.meta.url);
  const cases = [
    [brConsumerCode, 'br-withdrawal.json'],
    [krEcommerceAct, 'kr-not-as-advertised.json'],
    [jpSpecifiedCommercialTransactions, 'jp-statutory-return.json'],
  ];
  for (const [ruleSet, file] of cases) {
    const input = JSON.parse(await readFile(new URL(file, statutesDir), 'utf8'));
    const statute = createEvaluator(ruleSet);
    console.log(`■ ${ruleSet.id}: ${file}`);
    for (const locale of [ruleSet.defaultLocale, 'en']) {
      const decision = statute.decide(input, { locale });
      if (locale === 'en') {
        const pays = Object.entries(decision.totals).map(([party, amount]) => `${party} ${formatMoney(amount, 'en')}`).join(', ');
        console.log(`  outcome: ${decision.outcome} (${decision.code}, rule "${decision.rule.name}")${pays ? ` — ${pays}` : ''}`);
        if (decision.settlement) console.log(`  refund ${formatMoney(decision.settlement.refund, 'en')}`);
      }
      console.log(`  [${decision.text.locale}] ${decision.text.summary}`);
      for (const detail of decision.text.details) console.log(`         ${detail}`);
    }
    console.log('');
  }
}
// ── end of Brazil, South Korea, Japan ───────────────────────────────────────────────────────────
// ── Statutes: United Kingdom and Australia (uk-consumer-contracts, au-consumer-law) ─────────────
// One case per jurisdiction, in its own language (English) and in Chinese; the Australian case also
// under marketplace-standard with the statute as its floor (a statutory refusal never overrides).
{
  const { ukConsumerContracts, auConsumerLaw } = await import('../dist/rules.js');
  const statutesDir = new URL('./statutes/', import.meta.url);
  const show = (label, decision) => {
    const pays = Object.entries(decision.totals)
      .map(([party, amount]) => `${party} ${formatMoney(amount, 'en')}`)
      .join(', ');
    console.log(`  ${label}: ${decision.outcome} (rule "${decision.rule.name}")${pays ? ` — ${pays}` : ''}`);
  };
  for (const [ruleSet, file] of [
    [ukConsumerContracts, 'uk-faulty-kettle.json'],
    [auConsumerLaw, 'au-changed-mind.json'],
  ]) {
    const input = JSON.parse(await readFile(new URL(file, statutesDir), 'utf8'));
    const statute = createEvaluator(ruleSet);
    console.log(`■ ${ruleSet.id} ${ruleSet.version}: ${file}`);
    for (const locale of ['en', 'zh-CN']) {
      const decision = statute.decide(input, { locale });
      if (locale === 'en') show('decision', decision);
      console.log(`  [${decision.text.locale}] ${decision.text.summary}`);
      for (const detail of decision.text.details) console.log(`         ${detail}`);
    }
    show(`marketplace-standard with ${ruleSet.id} as floor`, createEvaluator(marketplaceStandard, { floor: ruleSet }).decide(input));
    console.log('');
  }
}
// ── end of the UK and Australia block ───────────────────────────────────────────────────────────
