/**
 * JSON Schema parity: the published rule-set schema (compiled by Ajv 2020-12 in strict mode) rejects
 * exactly the broken rule files `loadRuleSet` rejects — each made from one valid base by one
 * mutation — except the checks JSON Schema cannot express, listed in LOADER_ONLY (and in
 * docs/json-schema.md). Valid files pass both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadRuleSet, RuleSetError } from '../src/index.js';
// The committed rule files include sets in pt-BR, ko and ja.
import '../src/locales/pt-BR.js';
import '../src/locales/ko.js';
import '../src/locales/ja.js';

const ROOT = new URL('..', import.meta.url);
const readJson = (path: string): any => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));

// multipleOfPrecision: 0.01 is not exact in binary, so 33.33 / 0.01 is 3332.9999999999995; editors
// and validators compare with a tolerance, as the loader does.
const ajv = new Ajv2020({ strict: true, allErrors: true, multipleOfPrecision: 6 });
addFormats(ajv);
const schemaValidates = ajv.compile(readJson('schema/rule-set.schema.json'));

/** Loader checks JSON Schema cannot say: the schema accepts these, the loader does not. */
const LOADER_ONLY = [
  'shares_not_100',
  'unknown_placeholder',
  'unknown_fact',
  'unknown_window',
  'unknown_threshold',
  'declared_fact_operator',
  'declared_fact_value',
  'duplicate_rule_name',
  'invalid_default',
  'invalid_bounds',
  'unknown_currency',
  'limits',
  'forbidden_key',
] as const;
type LoaderOnly = (typeof LOADER_ONLY)[number];

const text = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** A valid rule set that uses every section: windows, declared facts, thresholds, three event types, fees, caps. */
function base(): any {
  return {
    $schema: './node_modules/return-liability/schema/rule-set.schema.json',
    id: 'parity-shop',
    version: '1.0.0',
    title: text('Parity shop', '测试店铺'),
    locales: ['en', 'zh-CN'],
    defaultLocale: 'en',
    source: 'Test fixture.',
    windows: { returns: { days: 14, extendPastHolidays: true }, long: { months: 12 } },
    facts: {
      customerTier: { type: 'enum', values: ['basic', 'plus'], default: 'basic' },
      loyaltyYears: { type: 'integer', minimum: 0, maximum: 50, default: 0 },
      fragile: { type: 'boolean', default: false },
    },
    thresholds: { free_from: { measure: 'orderValue', amounts: { EUR: 5000 } } },
    parcel: { labelSplit: 'by_value', outbound: 'pro_rata' },
    rules: [
      {
        name: 'past-window',
        priority: 100,
        conditions: { all: [{ fact: 'window.returns', operator: 'equal', value: false }] },
        event: { type: 'not_returnable', params: { code: 'past_window', text: text('Too late after {daysSinceDelivery} days.', '已超过{daysSinceDelivery}天。'), disclosure: text('Return within 14 days.', '请在14天内退货。') } },
      },
      {
        name: 'seller-fault',
        priority: 50,
        conditions: { any: [{ fact: 'qualityDefect', operator: 'equal', value: true }, { fact: 'reason', operator: 'in', value: ['wrong_item', 'missing_parts'] }] },
        event: {
          type: 'liability',
          params: {
            code: 'seller_fault',
            shares: { seller: 100 },
            replacementShares: { seller: 66.67, platform: 33.33 },
            outbound: 'seller',
            negotiation: 'seller_may_pay_more',
            coverage: false,
            caps: { seller: { EUR: 2000 } },
            citation: 'Shop terms 1',
            text: text('The seller pays {sellerAmount}.', '卖家承担{sellerAmount}。'),
            disclosure: text('Faults are ours.', '质量问题由我们承担。'),
          },
        },
      },
      {
        name: 'plus-keep-it',
        priority: 40,
        conditions: { all: [{ fact: 'customerTier', operator: 'equal', value: 'plus' }, { fact: 'loyaltyYears', operator: 'greaterThan', value: 3 }, { fact: 'threshold.free_from', operator: 'equal', value: true }] },
        event: { type: 'returnless', params: { code: 'keep_it', text: text('Keep it.', '无需退回。'), disclosure: text('Loyal plus members keep it.', '忠实会员无需退回。') } },
      },
      {
        name: 'own-reasons',
        priority: 1,
        conditions: { not: { all: [{ fact: 'itemTags', operator: 'contains', value: 'never-matches' }, { fact: 'fragile', operator: 'equal', value: true }, { fact: 'window.long', operator: 'equal', value: false }] } },
        event: {
          type: 'liability',
          params: {
            code: 'own_reasons',
            shares: { buyer: 100 },
            outbound: 'buyer',
            negotiation: 'any',
            coverage: true,
            fees: { restocking: { percent: 12.5, max: { EUR: 1000 } } },
            diminishedValue: 'deduct',
            text: text('You pay {buyerAmount}.', '买家承担{buyerAmount}。'),
            disclosure: text('Own reasons: you pay.', '自身原因退货由买家承担运费。'),
          },
        },
      },
    ],
  };
}

const seller = (doc: any) => doc.rules[1];
const own = (doc: any) => doc.rules[3];
const leaf = (doc: any) => seller(doc).conditions.any[0];

/** One broken file each: a name, the mutation, and whether only the loader can tell. */
const MUTATIONS: Array<[string, (doc: any) => void, LoaderOnly?]> = [
  // Document shape
  ['no id', (d) => delete d.id],
  ['id not kebab-case', (d) => (d.id = 'Parity_Shop')],
  ['empty version', (d) => (d.version = '')],
  ['unknown top-level key', (d) => (d.owner = 'me')],
  ['no rules', (d) => (d.rules = [])],
  ['rules not an array', (d) => (d.rules = {})],
  // Locales and texts
  ['no locales', (d) => (d.locales = [])],
  ['unsupported locale', (d) => (d.locales = ['en', 'zh-CN', 'fr'])],
  ['locale listed twice', (d) => (d.locales = ['en', 'zh-CN', 'en'])],
  ['defaultLocale not supported', (d) => (d.defaultLocale = 'de')],
  ['defaultLocale not among locales', (d) => ((d.locales = ['zh-CN']), (d.defaultLocale = 'en'), stripLocale(d, 'en'))],
  ['title missing a declared locale', (d) => delete d.title['zh-CN']],
  ['rule text missing a declared locale', (d) => delete seller(d).event.params.text['zh-CN']],
  ['disclosure missing a declared locale', (d) => delete own(d).event.params.disclosure.en],
  ['text for an undeclared locale', (d) => ((d.locales = ['en']), stripLocale(d, 'zh-CN'), (seller(d).event.params.text['zh-CN'] = '卖家承担。'))],
  ['title for an unsupported locale', (d) => (d.title.fr = 'Boutique')],
  ['empty text', (d) => (own(d).event.params.text.en = '')],
  // Rules
  ['rule name not kebab-case', (d) => (seller(d).name = 'SellerFault')],
  ['priority 0', (d) => (seller(d).priority = 0)],
  ['priority not an integer', (d) => (seller(d).priority = 1.5)],
  ['unknown event type', (d) => (seller(d).event.type = 'refund')],
  ['code not snake_case', (d) => (seller(d).event.params.code = 'Seller-Fault')],
  ['liability without negotiation', (d) => delete seller(d).event.params.negotiation],
  ['unknown negotiation mode', (d) => (seller(d).event.params.negotiation = 'sometimes')],
  ['unknown outbound mode', (d) => (seller(d).event.params.outbound = 'platform')],
  ['coverage not boolean', (d) => (seller(d).event.params.coverage = 'yes')],
  ['shares for an unknown party', (d) => (seller(d).event.params.shares = { seller: 50, shop: 50 })],
  ['share above 100', (d) => (seller(d).event.params.shares = { seller: 150 })],
  ['share with three decimals', (d) => (seller(d).event.params.replacementShares = { seller: 66.667, platform: 33.333 })],
  ['restocking percent with three decimals', (d) => (own(d).event.params.fees.restocking.percent = 12.345)],
  ['restocking percent negative', (d) => (own(d).event.params.fees.restocking.percent = -1)],
  ['empty cap', (d) => (seller(d).event.params.caps = { seller: {} })],
  ['cap currency not ISO-shaped', (d) => (seller(d).event.params.caps = { seller: { eur: 100 } })],
  ['unknown diminishedValue mode', (d) => (own(d).event.params.diminishedValue = 'halve')],
  ['shares on a not_returnable rule', (d) => (d.rules[0].event.params.shares = { seller: 100 })],
  // Windows, facts, thresholds
  ['window with neither days nor months', (d) => (d.windows.returns = { extendPastHolidays: true })],
  ['window days negative', (d) => (d.windows.returns.days = -1)],
  ['window name not snake_case', (d) => ((d.windows.Returns = d.windows.returns), delete d.windows.returns)],
  ['declared fact shadows a built-in fact', (d) => (d.facts.reason = { type: 'boolean', default: false })],
  ['declared fact of unknown type', (d) => (d.facts.fragile = { type: 'date', default: '2026-01-01' })],
  ['enum fact without values', (d) => (d.facts.customerTier.values = [])],
  ['enum fact value listed twice', (d) => (d.facts.customerTier.values = ['basic', 'plus', 'basic'])],
  ['threshold without amounts', (d) => (d.thresholds.free_from.amounts = {})],
  ['threshold of unknown measure', (d) => (d.thresholds.free_from.measure = 'weight')],
  // Conditions
  ['bare leaf at the top', (d) => (seller(d).conditions = leaf(d))],
  ['empty all', (d) => (d.rules[0].conditions = { all: [] })],
  ['two branches in one node', (d) => (d.rules[0].conditions = { all: [leaf(d)], any: [leaf(d)] })],
  ['JSONPath path in a leaf', (d) => (leaf(d).path = '$.x')],
  ['unknown operator', (d) => (leaf(d).operator = 'equals')],
  ['operator not for booleans', (d) => (leaf(d).operator = 'greaterThan')],
  ['operator not for enums', (d) => (seller(d).conditions.any[1].operator = 'contains')],
  ['boolean fact compared with a string', (d) => (leaf(d).value = 'true')],
  ['enum fact compared with a value it never has', (d) => (seller(d).conditions.any[1].value = ['wrong_item', 'broken'])],
  ['in with a scalar', (d) => (seller(d).conditions.any[1].value = 'wrong_item')],
  ['in with an empty list', (d) => (seller(d).conditions.any[1].value = [])],
  ['integer fact compared with a decimal', (d) => (d.rules[2].conditions.all[1] = { fact: 'daysSinceDelivery', operator: 'lessThan', value: 2.5 })],
  ['window fact compared with a number', (d) => (d.rules[0].conditions.all[0].value = 0)],
  ['threshold fact with in', (d) => (d.rules[2].conditions.all[2] = { fact: 'threshold.free_from', operator: 'in', value: [true] })],
  ['leaf without a value', (d) => delete leaf(d).value],
  // Loader-only: JSON Schema cannot say these.
  ['shares summing to 90', (d) => (seller(d).event.params.shares = { seller: 90 }), 'shares_not_100'],
  ['unknown placeholder', (d) => (own(d).event.params.text.en = 'You pay {buyerAmmount}.'), 'unknown_placeholder'],
  ['placeholder in a disclosure', (d) => (own(d).event.params.disclosure.en = 'You pay {buyerAmount}.'), 'unknown_placeholder'],
  ['unknown fact (a possible declared fact name)', (d) => (leaf(d).fact = 'qualityDefekt'), 'unknown_fact'],
  ['undeclared window', (d) => (d.rules[0].conditions.all[0].fact = 'window.dispute'), 'unknown_window'],
  ['undeclared threshold', (d) => (d.rules[2].conditions.all[2].fact = 'threshold.vip'), 'unknown_threshold'],
  ['operator not for a declared enum fact', (d) => (d.rules[2].conditions.all[0].operator = 'lessThan'), 'declared_fact_operator'],
  ['declared enum fact compared with a value it never has', (d) => (d.rules[2].conditions.all[0].value = 'gold'), 'declared_fact_value'],
  ['duplicate rule name', (d) => (d.rules[2].name = 'seller-fault'), 'duplicate_rule_name'],
  ['enum default not among values', (d) => (d.facts.customerTier.default = 'gold'), 'invalid_default'],
  ['integer maximum below minimum', (d) => (d.facts.loyaltyYears.maximum = -1), 'invalid_bounds'],
  ['unknown currency', (d) => (d.thresholds.free_from.amounts = { XYZ: 5000 }), 'unknown_currency'],
  ['string beyond maxStringLength', (d) => (d.source = 'x'.repeat(10_001)), 'limits'],
  ['__proto__ key (not a camelCase fact name)', (d) => (d.facts = JSON.parse('{"__proto__": {"type": "boolean", "default": false}}'))],
  ['constructor key (a camelCase fact name)', (d) => (d.facts = JSON.parse('{"constructor": {"type": "boolean", "default": false}}')), 'forbidden_key'],
];

/** Removes a locale's texts everywhere, so that a mutation can change the declared locales alone. */
function stripLocale(doc: any, locale: string): void {
  delete doc.title[locale];
  for (const rule of doc.rules) {
    delete rule.event.params.text[locale];
    delete rule.event.params.disclosure[locale];
  }
}

function loaderRejects(doc: unknown): boolean {
  try {
    loadRuleSet(doc);
    return false;
  } catch (error) {
    if (!RuleSetError.is(error)) throw error;
    return true;
  }
}

describe('JSON Schema parity with loadRuleSet', () => {
  it('the base and every committed rule file pass both the loader and the schema', () => {
    const files = [...readdirSync(new URL('rules/', ROOT)).map((f) => `rules/${f}`), ...readdirSync(new URL('examples/rules/', ROOT)).map((f) => `examples/rules/${f}`)].filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const [name, doc] of [['base', base()], ...files.map((f) => [f, readJson(f)])] as Array<[string, unknown]>) {
      expect(loaderRejects(doc), name).toBe(false);
      expect(schemaValidates(doc), `${name}: ${JSON.stringify(schemaValidates.errors)}`).toBe(true);
    }
  });

  it(`the schema rejects ${MUTATIONS.filter((m) => m[2] === undefined).length} broken files the loader rejects; the loader-only checks are the listed ones`, () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(40);
    const names = new Set(MUTATIONS.map(([name]) => name));
    expect(names.size).toBe(MUTATIONS.length);
    const mismatches: string[] = [];
    for (const [name, mutate, loaderOnly] of MUTATIONS) {
      const doc = base();
      mutate(doc);
      expect(loaderRejects(doc), `loadRuleSet should reject: ${name}`).toBe(true);
      const accepted = schemaValidates(doc);
      if (accepted !== (loaderOnly !== undefined)) mismatches.push(`${name}: the schema ${accepted ? 'accepts' : 'rejects'} it`);
    }
    expect(mismatches).toEqual([]);
    // Every documented loader-only check is exercised.
    expect(new Set(MUTATIONS.flatMap((m) => (m[2] === undefined ? [] : [m[2]])))).toEqual(new Set(LOADER_ONLY));
  });

  it('the loader-only list is the one in docs/json-schema.md', () => {
    const doc = readFileSync(new URL('docs/json-schema.md', ROOT), 'utf8');
    for (const check of LOADER_ONLY) expect(doc, check).toContain(`\`${check}\``);
  });

  it('has an $id and compiles under Ajv strict without a tolerance for multipleOf too', () => {
    const schema = readJson('schema/rule-set.schema.json');
    expect(schema.$id).toBe('https://cdn.jsdelivr.net/npm/return-liability/schema/rule-set.schema.json');
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow();
  });
});
