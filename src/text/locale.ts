import { ReturnLiabilityError } from '../errors.js';
import type { RuleSet } from '../rule-set/load.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import { localeEntry, registeredLocales } from './registered-locales.js';

/** The locale picked for a requested tag, and whether it was a fallback to another language or script. */
export interface LocaleChoice {
  locale: SupportedLocale;
  /** True when the requested tag named a language or script the rule set does not have, or one whose catalogues are not loaded. */
  fellBack: boolean;
  /** Set when the rule set has the requested locale but its catalogues are not loaded: the locale it would have been. */
  notLoaded?: SupportedLocale;
}

/** The `locale_fallback` warning for a choice that fell back. */
export function fallbackMessage(requested: unknown, choice: LocaleChoice, ruleSetId: string): string {
  return choice.notLoaded === undefined
    ? `locale ${JSON.stringify(requested)} is not available in rule set "${ruleSetId}"; using ${choice.locale}`
    : `rule set "${ruleSetId}" has ${choice.notLoaded}, but its catalogues are not loaded (import '${localeEntry(choice.notLoaded)}'); using ${choice.locale}`;
}

/**
 * Picks the rule-set locale for a shopper's language tag: an exact (case-insensitive) match first,
 * then the same language in the same script (`en-US` → `en`, `zh`/`zh-Hans`/`zh-SG` → `zh-CN`),
 * else the rule set's `defaultLocale`. Browsers report tags like `en-US`, so an exact match alone
 * would rarely hit. Traditional Chinese (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant…`) never matches a
 * Simplified Chinese locale: it falls back (with `fellBack: true`), because changing the script
 * silently is a wrong answer, not a close one.
 *
 * A locale the rule set declares but whose entry (`return-liability/locales/<tag>`) was not imported
 * falls back to the default too, with `notLoaded` set.
 *
 * @throws {ReturnLiabilityError} `invalid_option` when `requested` is neither a string nor undefined;
 *   `unsupported_locale` when the default locale's catalogues are not loaded
 */
export function chooseLocale(requested: unknown, ruleSet: Pick<RuleSet, 'locales' | 'defaultLocale' | 'id'>): LocaleChoice {
  // Loaded rule sets declare only supported locales, so every candidate below is one.
  const locales = ruleSet.locales as readonly SupportedLocale[];
  const fallback = ruleSet.defaultLocale as SupportedLocale;
  if (requested === undefined) return loaded({ locale: fallback, fellBack: false }, ruleSet);
  if (typeof requested !== 'string') {
    throw new ReturnLiabilityError('invalid_option', `options.locale must be a language tag such as "en" or "zh-CN", got ${typeof requested}`);
  }
  // Fast path: the tag is one of the locales as written (the usual call).
  const found = locales.includes(requested as SupportedLocale) ? (requested as SupportedLocale) : match(locales, requested);
  if (found === undefined) return loaded({ locale: fallback, fellBack: true }, ruleSet);
  // A declared locale whose entry was not imported: the default, with a warning naming the import.
  if (!registeredLocales.has(found)) return loaded({ locale: fallback, fellBack: true, notLoaded: found }, ruleSet);
  return { locale: found, fellBack: false };
}

function match(locales: readonly SupportedLocale[], requested: string): SupportedLocale | undefined {
  const wanted = requested.toLowerCase();
  const exact = locales.find((locale) => locale.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const family = familyOf(wanted);
  return locales.find((locale) => familyOf(locale) === family);
}

/** {@link chooseLocale} without the fallback flag. */
export function resolveLocale(requested: unknown, ruleSet: Pick<RuleSet, 'locales' | 'defaultLocale' | 'id'>): SupportedLocale {
  return chooseLocale(requested, ruleSet).locale;
}

function loaded(choice: LocaleChoice, ruleSet: Pick<RuleSet, 'id'>): LocaleChoice {
  if (!registeredLocales.has(choice.locale)) {
    throw new ReturnLiabilityError(
      'unsupported_locale',
      `rule set "${ruleSet.id}" is in ${choice.locale}, whose catalogues are not loaded; import '${localeEntry(choice.locale)}' first`,
    );
  }
  return choice;
}

/** The language subtag of a locale, lower-cased: `'zh-CN'` → `'zh'`. */
export function languageOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The language, plus the script where a language is written in two: `zh-hans` or `zh-hant`.
 * `zh` alone, `zh-CN` and `zh-SG` are Simplified; `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*` Traditional.
 */
function familyOf(tag: string): string {
  const subtags = tag.toLowerCase().split(/[-_]/);
  const language = subtags[0] ?? '';
  if (language !== 'zh') return language;
  if (subtags.includes('hant')) return 'zh-hant';
  if (subtags.includes('hans')) return 'zh-hans';
  return subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'zh-hant' : 'zh-hans';
}
