import { ReturnCaseError, ReturnLiabilityError } from '../errors.js';
import { guarded } from '../internal/untrusted.js';

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
  if (typeof currency !== 'string') return undefined;
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

/** Longest decimal string {@link money} reads: the largest exact amount has 16 digits. */
const MAX_DECIMAL_LENGTH = 64;

/** An argument as a message may quote it: never throws (bigint, symbol) and never quotes more than 40 characters. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return `a ${typeof value === 'object' ? (Array.isArray(value) ? 'array' : 'object') : typeof value}`;
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
  if (digits === undefined) throw moneyError('unknown_currency', `unknown currency ${describeValue(currency)}; expected an ISO 4217 code such as "USD"`);
  // The length first: the pattern and BigInt below would take seconds on a megabyte of digits.
  const match = typeof decimal === 'string' && decimal.length <= MAX_DECIMAL_LENGTH ? /^(\d+)(?:\.(\d+))?$/.exec(decimal) : null;
  if (!match) {
    const why = typeof decimal === 'string' && decimal.length > MAX_DECIMAL_LENGTH ? ` (at most ${MAX_DECIMAL_LENGTH} characters)` : '';
    throw moneyError('invalid_amount', `expected a non-negative decimal string such as "12.40"${why}, got ${describeValue(decimal)}`);
  }
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
  checkFormattable(value, locale);
  const key = `${locale}\u0000${value.currency}`;
  // A decision formats the same few amounts many times (label, shares, totals, refund): remember them.
  const cacheKey = `${key}\u0000${value.amount}`;
  const known = formatted.get(cacheKey);
  if (known !== undefined) return known;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency });
    } catch (cause) {
      throw new ReturnLiabilityError('invalid_locale', `formatMoney(): ${describeValue(locale)} is not a valid language tag (e.g. "en" or "zh-CN")`, { cause });
    }
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

/**
 * Refuses what `Intl` would turn into a `RangeError` or `"$NaN"`: a value that is not Money with an
 * integer amount in minor units (at most `Number.MAX_SAFE_INTEGER` in size) and a known currency,
 * or a locale that is not a string. (A malformed language tag is caught when the formatter is made.)
 * @throws {ReturnCaseError} `invalid_amount` or `unknown_currency`
 * @throws {ReturnLiabilityError} `invalid_locale`
 */
function checkFormattable(value: Money, locale: string): void {
  if (typeof value !== 'object' || value === null) throw moneyError('invalid_amount', `formatMoney(): expected Money { amount, currency }, got ${describeValue(value)}`);
  const { amount, currency } = guarded('formatMoney() value', () => ({ amount: value.amount as unknown, currency: value.currency as unknown }), 'invalid_amount');
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw moneyError('invalid_amount', `formatMoney(): amount must be an integer number of minor units, got ${describeValue(amount)}`);
  }
  if (currencyDigits(currency as string) === undefined) throw moneyError('unknown_currency', `formatMoney(): unknown currency ${describeValue(currency)}; expected an ISO 4217 code such as "USD"`);
  if (typeof locale !== 'string') throw new ReturnLiabilityError('invalid_locale', `formatMoney(): the locale must be a language tag string, got ${describeValue(locale)}`);
}
