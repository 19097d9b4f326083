/** The playground's decision-table model, on the built-in rule set and on nested conditions. */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from 'return-liability';
import { marketplaceStandard } from 'return-liability/rules';
import { decisionTable } from './decision-table.js';
import document from '../../rules/marketplace-standard.json' with { type: 'json' };

describe('decisionTable', () => {
  it('has one row per rule in the order decide() ranks them, and one column per tested fact', () => {
    const table = decisionTable(marketplaceStandard);
    expect(table.rows.map((row) => [row.priority, row.rule])).toEqual(
      [...marketplaceStandard.rules].sort((a, b) => b.priority - a.priority).map((rule) => [rule.priority, rule.name]),
    );
    const facts = new Set(JSON.stringify(document).match(/"fact":"[^"]+"/g)?.map((m) => m.slice(8, -1)));
    expect(new Set(table.columns)).toEqual(facts);
    const seller = table.rows.find((row) => row.rule === 'seller-fault');
    expect(seller).toMatchObject({ match: 'any', outcome: 'liability', code: 'seller_fault', payer: 'seller 100%' });
    expect(seller?.cells['reason']).toEqual([{ text: '∈ {quality_defect, wrong_item, not_as_described, missing_parts, damaged_in_transit}' }]);
    expect(table.rows.find((row) => row.rule === 'past-dispute-window')).toMatchObject({ outcome: 'not_returnable', payer: '', cells: { 'window.dispute': [{ text: '= false' }] } });
  });

  it('numbers nested groups, words negations and orders shares by size', () => {
    const edited = structuredClone(document) as { rules: Array<{ name: string; conditions: unknown; event: { params: Record<string, unknown> } }> };
    const rule = edited.rules.find((r) => r.name === 'buyer-reasons');
    if (rule === undefined) throw new Error('buyer-reasons missing');
    rule.conditions = {
      all: [
        { fact: 'reason', operator: 'in', value: ['changed_mind', 'does_not_fit', 'ordered_by_mistake', 'better_price_found'] },
        { not: { fact: 'returnShippingAmount', operator: 'greaterThan', value: 5000 } },
        { any: [{ fact: 'freeShipping', operator: 'equal', value: 'none' }, { fact: 'freeShipping', operator: 'notEqual', value: 'none' }] },
      ],
    };
    rule.event.params['shares'] = { seller: 40, buyer: 60 };
    const row = decisionTable(loadRuleSet(edited)).rows.find((r) => r.rule === 'buyer-reasons');
    expect(row?.groups).toEqual([{ group: 1, combinator: 'any' }]);
    expect(row?.cells['returnShippingAmount']).toEqual([{ text: 'not (> 5000)' }]);
    expect(row?.cells['freeShipping']).toEqual([{ text: '= none', group: 1 }, { text: '≠ none', group: 1 }]);
    expect(row?.payer).toBe('buyer 60% · seller 40%');
  });
});
