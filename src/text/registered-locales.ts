/**
 * The locales whose catalogues are loaded in this program. `en` and `zh-CN` always are; the others
 * are added when their entry (`return-liability/locales/<tag>`) is imported.
 */
export const registeredLocales = new Set<string>(['en', 'zh-CN']);

/** The entry that loads a locale's catalogues. */
export const localeEntry = (locale: string): string => `return-liability/locales/${locale}`;
