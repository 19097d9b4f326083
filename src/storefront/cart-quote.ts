/** Checkout quotes for a cart: each item returned on its own, and everything returned in one parcel. */
import type { ReturnReason } from '../case/schema.js';
import type { Evaluator } from '../decide/evaluator.js';
import { type Issue, ReturnCaseError } from '../errors.js';
import type { Money } from '../money/money.js';
import type { LabelSplitResult, ParcelDecision } from '../model/decision.js';
import { resolveLocale } from '../text/locale.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import { quoteCatalogues } from './catalogue.js';
import { buyerSide, checkDraft, checkReasons, DELIVERED, type QuoteOptions, quoteReturnCosts, type ReturnDraft, type ReturnQuote, representativeCase } from './quote.js';
import { formatCalendarDay } from '../case/dates.js';

/** A cart at checkout: what {@link ReturnDraft} says of one item, for several. */
export interface CartDraft extends Omit<ReturnDraft, 'item'> {
  /** The cart's items; `costs.returnShipping` is the one label a parcel of them would need. */
  items: Array<{ id: string; item?: ReturnDraft['item']; weightGrams?: number }>;
}

/** What sending the whole cart back in one parcel, for one reason, would cost the buyer. */
export interface ParcelQuote {
  reason: ReturnReason;
  label: string;
  /** `not_returnable` when no item can be returned. */
  outcome: 'allocated' | 'not_returnable';
  /** Items that could not be returned for this reason. */
  refused: string[];
  labelSplit: LabelSplitResult;
  totals: ParcelDecision['totals'];
  /** When something is returnable: the buyer's part of the label (and of replacement legs). */
  buyerPays?: Money;
  /** The expected refund for the whole parcel, when the items have prices. */
  refund?: Money;
  summary: string;
  locale: SupportedLocale;
}

/** The cart quote: per item (each returned alone), and the whole cart in one parcel. */
export interface CartQuote {
  items: Array<{ id: string; quotes: ReturnQuote[] }>;
  parcel: ParcelQuote[];
}

/**
 * Quotes return costs for a cart: for each item, what returning it alone would cost
 * ({@link quoteReturnCosts} with the item and the cart's label); and, for each reason, what sending
 * every item back together in one parcel (one label, split as the rule set's `parcel.labelSplit`
 * says) would cost. The representative parcel is the representative return of
 * {@link quoteReturnCosts} for every item at once.
 *
 * @param evaluator - from `createEvaluator`
 * @param cart - the draft with `items` (1 to 100, unique ids) instead of `item`
 * @param options - `locale` and `reasons`, as for {@link quoteReturnCosts}
 * @throws {ReturnCaseError} for an invalid cart, with paths such as `items[1].item.price`
 * @example
 * const quote = quoteCartReturnCosts(createEvaluator(marketplaceStandard), {
 *   costs: { returnShipping: money('9.80', 'USD') },
 *   items: [{ id: 'kettle', item: { price: money('39.90', 'USD') } }, { id: 'mug-set', item: { price: money('19.00', 'USD') } }],
 * }, { reasons: ['changed_mind', 'quality_defect'] });
 * quote.parcel[0].summary; // "Returning both items in one parcel: if you change your mind, you pay about $9.80 for the one label."
 */
export function quoteCartReturnCosts(evaluator: Evaluator, cart: CartDraft, options: QuoteOptions = {}): CartQuote {
  const input = checkCart(cart);
  const { items, ...shared } = input as unknown as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  const quotesByItem = items.map((entry, index) => {
    const draft = entry['item'] === undefined ? { ...shared } : { ...shared, item: entry['item'] };
    try {
      return { id: entry['id'] as string, quotes: quoteReturnCosts(evaluator, draft as unknown as ReturnDraft, options) };
    } catch (error) {
      if (!ReturnCaseError.is(error)) throw error;
      throw new ReturnCaseError(error.issues.map((issue) => ({ ...issue, path: issue.path[0] === 'item' ? ['items', index, ...issue.path] : issue.path })));
    }
  });
  const locale = resolveLocale(options.locale, evaluator.ruleSet);
  const catalogue = quoteCatalogues[locale];
  const parcel = checkReasons(options.reasons).map((reason): ParcelQuote => {
    const requestedAt = formatCalendarDay(DELIVERED + 1);
    const parcelItems = items.map((entry) => {
      const one = representativeCase({ ...shared, ...(entry['item'] === undefined ? {} : { item: entry['item'] }) }, reason, DELIVERED, DELIVERED + 1);
      const out: Record<string, unknown> = { id: entry['id'], reason: one['reason'], item: one['item'] };
      if (one['findings'] !== undefined) out['findings'] = one['findings'];
      if (entry['weightGrams'] !== undefined) out['weightGrams'] = entry['weightGrams'];
      if (shared['resolution'] !== undefined) out['resolution'] = shared['resolution'];
      return out;
    });
    const { resolution: _resolution, ...parcelShared } = shared;
    const decision = evaluator.decideParcel(
      { ...parcelShared, dates: { deliveredAt: formatCalendarDay(DELIVERED), requestedAt }, items: parcelItems },
      { locale, explain: false },
    );
    const refused = decision.items.filter((item) => item.outcome === 'not_returnable').map((item) => item.caseId ?? '');
    const outcome = refused.length === decision.items.length ? 'not_returnable' : 'allocated';
    const { consequence, buyerPays } = buyerSide({ outcome, lines: decision.lines }, locale);
    return {
      reason,
      label: catalogue.reason[reason],
      outcome,
      refused,
      labelSplit: decision.labelSplit,
      totals: decision.totals,
      ...(buyerPays === undefined ? {} : { buyerPays }),
      ...(decision.settlement === undefined ? {} : { refund: decision.settlement.refund }),
      summary: catalogue.parcelSummary(reason, items.length, outcome === 'not_returnable' ? 0 : refused.length, consequence),
      locale,
    };
  });
  return { items: quotesByItem, parcel };
}

/** Validates a cart: an `items` array of `{ id, item?, weightGrams? }`, the rest as a draft. */
function checkCart(cart: unknown): CartDraft {
  const fail = (issues: Issue[]) => new ReturnCaseError(issues);
  if (typeof cart !== 'object' || cart === null || Array.isArray(cart)) throw fail([{ path: [], code: 'invalid_type', message: 'expected a cart draft object with costs and items' }]);
  const record = cart as Record<string, unknown>;
  const items = record['items'];
  if (Object.hasOwn(record, 'item')) throw fail([{ path: ['item'], code: 'unrecognized_keys', message: 'a cart draft gives each item in items[i].item, not one item' }]);
  if (!Array.isArray(items) || items.length === 0 || items.length > 100) {
    throw fail([{ path: ['items'], code: 'invalid_type', message: 'expected an array of 1 to 100 cart items { id, item?, weightGrams? }' }]);
  }
  const issues: Issue[] = [];
  const ids = new Set<string>();
  items.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push({ path: ['items', index], code: 'invalid_type', message: 'expected a cart item { id, item?, weightGrams? }' });
      return;
    }
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (key !== 'id' && key !== 'item' && key !== 'weightGrams') issues.push({ path: ['items', index, key], code: 'unrecognized_keys', message: `unknown key ${JSON.stringify(key)} in a cart item; expected id, item, weightGrams` });
    }
    const id = e['id'];
    if (typeof id !== 'string' || id.length === 0 || id.length > 200) issues.push({ path: ['items', index, 'id'], code: 'invalid_type', message: 'required; expected a string of 1 to 200 characters naming the item' });
    else if (ids.has(id)) issues.push({ path: ['items', index, 'id'], code: 'duplicate_item_id', message: `item id ${JSON.stringify(id)} is used twice` });
    else ids.add(id);
  });
  if (issues.length > 0) throw fail(issues);
  // The rest is a draft; checkDraft refuses what only a real return has.
  const { items: _items, ...rest } = record;
  checkDraft(rest);
  return cart as CartDraft;
}
