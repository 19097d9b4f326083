import type { SupportedLocale } from '../rule-set/schema.js';
import { type Catalogue, catalogues } from '../text/catalogue.js';
import { type ParcelCatalogue, parcelCatalogues } from '../text/parcel-text.js';
import { type PolicyCatalogue, policyCatalogues } from '../policy/catalogue.js';
import { type QuoteCatalogue, quoteCatalogues } from '../storefront/catalogue.js';
import { registeredLocales } from '../text/registered-locales.js';

/**
 * Everything the library writes in one language: decision texts, parcel texts, policy documents and
 * checkout quotes. Each is typed like the built-in `en` catalogue, so a missing sentence does not
 * compile.
 */
export interface LocalePack {
  readonly locale: Exclude<SupportedLocale, 'en' | 'zh-CN'>;
  readonly decision: Catalogue;
  readonly parcel: ParcelCatalogue;
  readonly policy: PolicyCatalogue;
  readonly quote: QuoteCatalogue;
}

/**
 * Makes a locale's catalogues available to every rule set, decision and policy of this program.
 * Each locale entry (`return-liability/locales/ja`, …) calls it once when imported; registering
 * the same pack again changes nothing.
 */
export function registerLocale(pack: LocalePack): void {
  catalogues[pack.locale] = pack.decision;
  parcelCatalogues[pack.locale] = pack.parcel;
  policyCatalogues[pack.locale] = pack.policy;
  quoteCatalogues[pack.locale] = pack.quote;
  registeredLocales.add(pack.locale);
}

/**
 * Registers `packs` and returns `ruleSet`: how a precompiled rule set written in a locale outside
 * the core (`en`, `zh-CN`) brings that locale's catalogues with it. Marked pure where it is called,
 * so a bundle that does not use the rule set drops the catalogues too.
 */
export function withLocales<T>(ruleSet: T, packs: readonly LocalePack[]): T {
  for (const pack of packs) registerLocale(pack);
  return ruleSet;
}
