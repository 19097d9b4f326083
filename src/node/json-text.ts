/**
 * JSON text with positions: where a syntax error is, and on which line a JSON path's value starts,
 * so that errors about files can name the line as well as the path.
 */

/** A 1-based line and column in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The line and column of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/**
 * Finds the first JSON syntax error in `text` (engines word and place `JSON.parse` errors
 * differently, and some give no position at all).
 * @returns the offset and a description, or `undefined` when the text is valid JSON
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw new SyntaxProblem(i, message);
  };
  const describe = () => (i >= text.length ? 'the end of the input' : JSON.stringify(text[i]));
  const ws = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const escape = text[i + 1] ?? '';
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(escape) || escape === '') {
          i++;
          fail(`invalid escape in a string`);
        }
        i += escape === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ') fail('a control character (such as a line break) inside a string');
      i++;
    }
    fail('an unterminated string');
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a double-quoted property name, found ${describe()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after a property name, found ${describe()}`);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(`expected ',' or '}' after a property value, found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(`expected ',' or ']' after an array element, found ${describe()}`);
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail(`expected a JSON value, found ${describe()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describe()} after the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxProblem) return { offset: error.offset, message: error.message };
    // Nesting deep enough to exhaust the stack: say so rather than guess a place.
    return { offset: 0, message: 'the JSON is nested too deeply' };
  }
}

/**
 * Where the value at `path` starts in valid JSON `text`; for a path that does not exist (a missing
 * key, say), where its deepest existing parent starts.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): TextPosition {
  let i = 0;
  const ws = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c !== '{' && c !== '[') {
      while (i < text.length && !',}]'.includes(text[i] as string) && !WHITESPACE.has(text[i] as string)) i++;
      return;
    }
    let depth = 0;
    do {
      const d = text[i];
      if (d === '"') {
        skipString();
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      i++;
    } while (depth > 0 && i < text.length);
  };

  ws();
  let found = i;
  for (const segment of path) {
    ws();
    let matched = false;
    if (typeof segment === 'number' && text[i] === '[') {
      i++;
      ws();
      for (let index = 0; text[i] !== ']' && i < text.length; index++) {
        ws();
        if (index === segment) {
          matched = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] !== ',') break;
        i++;
      }
    } else if (typeof segment === 'string' && text[i] === '{') {
      i++;
      for (;;) {
        ws();
        if (text[i] !== '"') break;
        const start = i;
        skipString();
        const key = JSON.parse(text.slice(start, i)) as string;
        ws();
        i++; // ':'
        ws();
        if (key === segment) {
          matched = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] !== ',') break;
        i++;
      }
    }
    if (!matched) break;
    found = i;
  }
  return positionAt(text, found);
}
