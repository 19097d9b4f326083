import { describe, expect, it } from 'vitest';
import { createEvaluator, money, quoteCartReturnCosts, quoteReturnCosts, ReturnCaseError, type CartDraft } from '../src/index.js';
import { marketplaceStandard } from '../src/rules.js';
import { alwaysRule, notReturnableRule, ruleSetDocument, fact, thrown } from './helpers.js';
import { loadRuleSet } from '../src/index.js';

const usd = (decimal: string) => money(decimal, 'USD');
const cart: CartDraft = {
  costs: { returnShipping: usd('9.80') },
  seller: { disclosedReturnCosts: true },
  items: [
    { id: 'kettle', item: { price: usd('39.90'), category: 'kitchen' } },
    { id: 'mug-set', item: { price: usd('19.00') } },
  ],
};
const evaluator = createEvaluator(marketplaceStandard);

describe('quoteCartReturnCosts', () => {
  it('quotes each item as quoteReturnCosts does with the cart label, and the whole cart as one parcel per reason', () => {
    const quote = quoteCartReturnCosts(evaluator, cart, { reasons: ['changed_mind', 'quality_defect'] });
    expect(quote.items.map((item) => item.id)).toEqual(['kettle', 'mug-set']);
    const alone = quoteReturnCosts(evaluator, { costs: cart.costs, seller: cart.seller, item: cart.items[0]!.item! }, { reasons: ['changed_mind', 'quality_defect'] });
    expect(quote.items[0]?.quotes).toEqual(alone);
    expect(quote.parcel.map((row) => [row.reason, row.outcome, row.buyerPays, row.labelSplit.method, row.refused])).toEqual([
      ['changed_mind', 'allocated', usd('9.80'), 'seller_fault_carries', []],
      ['quality_defect', 'allocated', usd('0.00'), 'seller_fault_carries', []],
    ]);
    // One label for the whole parcel: never the sum of the items' labels.
    expect(quote.parcel[0]?.totals).toEqual({ buyer: usd('9.80') });
    // The buyer's own label: the goods come back in full; on a defect the seller reimburses the label.
    expect(quote.parcel.map((row) => row.refund)).toEqual([usd('58.90'), usd('68.70')]);
    expect(quote.parcel.map((row) => row.summary)).toEqual([
      'Returning both items in one parcel: if you change your mind, you pay about $9.80 for the one label.',
      'Returning both items in one parcel: if the items are defective, the seller pays for the label; you pay nothing.',
    ]);
  });

  it('writes the parcel rows in Chinese', () => {
    const quote = quoteCartReturnCosts(evaluator, { ...cart, items: [...cart.items, { id: 'spoon' }] }, { reasons: ['changed_mind'], locale: 'zh-CN' });
    expect(quote.parcel[0]?.summary).toBe('如您不想要了，将3件商品装在一个包裹里一起退回，共用一张退货面单，运费约US$9.80，由您承担。');
    expect(quote.parcel[0]?.locale).toBe('zh-CN');
  });

  it('names the items that cannot be returned, and says when none can', () => {
    const rules = loadRuleSet(
      ruleSetDocument({
        rules: [notReturnableRule('custom-made', 2, { all: [fact('itemTags', 'contains', 'custom_made')] }), alwaysRule('fallback', 1, { shares: { buyer: 100 } })],
      }),
    );
    const custom = { ...cart, items: [{ id: 'ring', item: { tags: ['custom_made'] } }, { id: 'box' }] };
    const [partly] = quoteCartReturnCosts(createEvaluator(rules), custom, { reasons: ['changed_mind'] }).parcel;
    expect(partly?.refused).toEqual(['ring']);
    expect(partly?.summary).toBe('Returning both items in one parcel: if you change your mind (one item cannot be returned), you pay about $9.80 for the one label.');
    const none = { ...cart, items: [{ id: 'ring', item: { tags: ['custom_made'] } }, { id: 'band', item: { tags: ['custom_made'] } }] };
    const [refused] = quoteCartReturnCosts(createEvaluator(rules), none, { reasons: ['changed_mind'] }).parcel;
    expect(refused).toMatchObject({ outcome: 'not_returnable', refused: ['ring', 'band'], summary: 'Returning both items in one parcel: if you change your mind, none of them can be returned.' });
    expect(refused?.buyerPays).toBeUndefined();
  });

  it.each([
    ['no items', { ...cart, items: [] }, [['items'], 'invalid_type']],
    ['an item given as item', { ...cart, item: {} }, [['item'], 'unrecognized_keys']],
    ['a duplicate id', { ...cart, items: [{ id: 'a' }, { id: 'a' }] }, [['items', 1, 'id'], 'duplicate_item_id']],
    ['an unknown key in an item', { ...cart, items: [{ id: 'a', reason: 'changed_mind' }] }, [['items', 0, 'reason'], 'unrecognized_keys']],
    ['what only a real return has', { ...cart, dates: {} }, [['dates'], 'not_in_draft']],
    ['an invalid item, at its path', { ...cart, items: [{ id: 'a' }, { id: 'b', item: { price: { amount: 1.5, currency: 'USD' } } }] }, [['items', 1, 'item', 'price', 'amount'], 'invalid_type']],
  ])('refuses %s with a ReturnCaseError at its path', (_label, input, [path, code]) => {
    const error = thrown(() => quoteCartReturnCosts(evaluator, input as CartDraft));
    expect(error).toBeInstanceOf(ReturnCaseError);
    expect((error as ReturnCaseError).issues).toContainEqual(expect.objectContaining({ path, code }));
  });
});
