/**
 * Text from rule files and cases is untrusted: it must not drive a terminal (ESC, BEL and the other
 * C0 and C1 control codes) or reorder what a reader sees (the bidirectional overrides and isolates
 * U+202A–U+202E and U+2066–U+2069). Every text output replaces each such character with U+FFFD
 * (the replacement character, visible as �); a line feed is kept where the output has lines, a tab
 * is kept, a carriage return is replaced.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The replacement for a neutralized character. */
export const REPLACEMENT = '\uFFFD';

/**
 * `text` with control and bidi-override characters replaced by U+FFFD.
 * @param lines - keep line feeds (`\n`); otherwise they are replaced too
 */
export function neutralizeControls(text: string, lines = false): string {
  return text.replace(lines ? UNSAFE_IN_LINES : UNSAFE_IN_LINE, REPLACEMENT);
}
