import { ReturnCaseError } from '../errors.js';

/** Who can pay a share of a cost. */
export type Party = 'buyer' | 'seller' | 'platform' | 'insurer' | 'carrier';

/** The parties, in the order that receives rounding leftovers on a tie (the buyer last). */
export const PARTIES = ['seller', 'platform', 'insurer', 'carrier', 'buyer'] as const satisfies readonly Party[];

/** An amount of money: `amount` in integer minor units (cents), `currency` an ISO 4217 code. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

const digitsCache = new Map<string, number | null>();
let knownCurrencies: ReadonlySet<string> | null | undefined;

function supportedCurrencies(): ReadonlySet<string> | null {
  if (knownCurrencies === undefined) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] };
    knownCurrencies = typeof intl.supportedValuesOf === 'function' ? new Set(intl.supportedValuesOf('currency')) : null;
  }
  return knownCurrencies;
}

/**
 * Minor-unit digits of an ISO 4217 currency (JPY 0, USD 2, KWD 3), or `undefined` for a code this
 * runtime's `Intl` does not know. Cached per currency.
 */
export function currencyDigits(currency: string): number | undefined {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = null;
    const known = supportedCurrencies();
    if (/^[A-Z]{3}$/.test(currency) && (known === null || known.has(currency))) {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits ?? undefined;
}

function moneyError(code: string, message: string): ReturnCaseError {
  return new ReturnCaseError([{ path: [], code, message }]);
}

/**
 * Builds {@link Money} from a decimal string, exactly, using the currency's minor-unit digits.
 *
 * @param decimal - a non-negative decimal such as `'12.40'`, `'1500'` or `'0.125'`
 * @param currency - an ISO 4217 code, e.g. `'USD'`
 * @returns the amount in integer minor units
 * @throws {ReturnCaseError} for an unknown currency, a malformed or negative amount, more decimals
 *   than the currency has, or an amount beyond `Number.MAX_SAFE_INTEGER` minor units
 * @example
 * money('12.40', 'USD') // { amount: 1240, currency: 'USD' }
 * money('1500', 'JPY')  // { amount: 1500, currency: 'JPY' }
 */
export function money(decimal: string, currency: string): Money {
  const digits = currencyDigits(currency);
  if (digits === undefined) throw moneyError('unknown_currency', `unknown currency ${JSON.stringify(currency)}; expected an ISO 4217 code such as "USD"`);
  const match = typeof decimal === 'string' ? /^(\d+)(?:\.(\d+))?$/.exec(decimal) : null;
  if (!match) throw moneyError('invalid_amount', `expected a non-negative decimal string such as "12.40", got ${JSON.stringify(decimal)}`);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    throw moneyError('too_many_decimals', `${currency} has ${digits} decimal places; ${JSON.stringify(decimal)} has ${fraction.length}`);
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw moneyError('amount_too_large', `${JSON.stringify(decimal)} ${currency} exceeds the largest exact amount (${Number.MAX_SAFE_INTEGER} minor units)`);
  }
  return { amount: Number(minor), currency };
}

/** The exact decimal string of a Money value, e.g. `{ amount: 1240, currency: 'USD' }` → `'12.40'`. */
export function toDecimalString(value: Money): string {
  const digits = currencyDigits(value.currency) ?? 2;
  const sign = value.amount < 0 ? '-' : '';
  const text = String(Math.abs(value.amount)).padStart(digits + 1, '0');
  return digits === 0 ? sign + text : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats Money for display with `Intl.NumberFormat` (formatters are cached per locale and
 * currency). Formatting goes through the exact decimal string, so large amounts are not rounded.
 *
 * @example
 * formatMoney({ amount: 1240, currency: 'USD' }, 'en')    // '$12.40'
 * formatMoney({ amount: 1240, currency: 'USD' }, 'zh-CN') // 'US$12.40'
 */
export function formatMoney(value: Money, locale: string): string {
  const key = `${locale}\u0000${value.currency}`;
  // A decision formats the same few amounts many times (label, shares, totals, refund): remember them.
  const cacheKey = `${key}\u0000${value.amount}`;
  const known = formatted.get(cacheKey);
  if (known !== undefined) return known;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency });
    formatters.set(key, formatter);
  }
  // Intl accepts exact decimal strings (ES2023 Intl.NumberFormat v3).
  const text = formatter.format(toDecimalString(value) as unknown as number);
  if (formatted.size >= FORMATTED_CACHE_SIZE) formatted.clear();
  formatted.set(cacheKey, text);
  return text;
}

/** Formatted amounts by locale, currency and amount; cleared when full. */
const formatted = new Map<string, string>();
const FORMATTED_CACHE_SIZE = 4_096;
