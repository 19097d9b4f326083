/**
 * Finds English left in a text of another language: for ko and ja any ASCII word of three letters
 * or more that is not a name or code; for pt-BR, whose own words are Latin too, any word that the
 * English texts use (learned from the English catalogues and rule texts with `learnEnglish`).
 */
/**
 * Names and codes that may appear in Latin letters in any language: currency codes and symbols'
 * letters as Intl writes them, the item ids of these tests.
 */
const ALLOWED = new Set(['ISO', 'USD', 'BRL', 'KRW', 'JPY', 'US', 'kettle', 'mug', 'set', 'spoon', 'shirt']);

/** ASCII words of three letters or more that are not names or codes: English left in a ko or ja text. */
function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !ALLOWED.has(word));
}

/** Every word of three letters or more that the English texts write. */
const ENGLISH = new Set<string>();
/** Words English and Portuguese share. */
const SHARED = new Set(['item', 'original', 'extra', 'for']);

/** English words left in `text`, a text in `locale`. */
export function englishWords(text: string, locale: string): string[] {
  if (locale !== 'pt-BR') return latinWords(text);
  return (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => ENGLISH.has(word.toLowerCase()) && !SHARED.has(word.toLowerCase()) && !ALLOWED.has(word));
}

/** Adds the words of English sentences to what `englishWords` looks for in pt-BR. */
export function learnEnglish(sentences: Iterable<string>): void {
  for (const sentence of sentences) for (const word of sentence.match(/\p{L}{3,}/gu) ?? []) ENGLISH.add(word.toLowerCase());
}
