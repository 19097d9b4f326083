import { ReturnLiabilityError } from '../errors.js';
import type { RuleSet } from '../rule-set/load.js';
import type { SupportedLocale } from '../rule-set/schema.js';

/**
 * Picks the rule-set locale for a shopper's language tag: an exact (case-insensitive) match first,
 * then the same language (`en-US` → `en`, `zh`/`zh-Hans` → `zh-CN`), else the rule set's
 * `defaultLocale`. Browsers report tags like `en-US`, so an exact match alone would rarely hit.
 *
 * @throws {ReturnLiabilityError} `invalid_option` when `requested` is neither a string nor undefined
 */
export function resolveLocale(requested: unknown, ruleSet: Pick<RuleSet, 'locales' | 'defaultLocale'>): SupportedLocale {
  // Loaded rule sets declare only supported locales, so every candidate below is one.
  const locales = ruleSet.locales as readonly SupportedLocale[];
  const fallback = ruleSet.defaultLocale as SupportedLocale;
  if (requested === undefined) return fallback;
  if (typeof requested !== 'string') {
    throw new ReturnLiabilityError('invalid_option', `options.locale must be a language tag such as "en" or "zh-CN", got ${typeof requested}`);
  }
  // Fast path: the tag is one of the locales as written (the usual call).
  if (locales.includes(requested as SupportedLocale)) return requested as SupportedLocale;
  const wanted = requested.toLowerCase();
  const exact = locales.find((locale) => locale.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  return locales.find((locale) => languageOf(locale) === languageOf(wanted)) ?? fallback;
}

/** The language subtag of a locale, lower-cased: `'zh-CN'` → `'zh'`. */
export function languageOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}
