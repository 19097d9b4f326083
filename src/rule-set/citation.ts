/** A rule's `citation`: one string for every locale, or one per declared locale. */
export type Citation = string | Readonly<Record<string, string>>;

/** The citation to show in `locale`: the string itself, or that locale's entry of a per-locale citation. */
export function citationIn(citation: Citation | undefined, locale: string): string | undefined {
  return citation === undefined || typeof citation === 'string' ? citation : citation[locale];
}
