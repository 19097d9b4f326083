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

/** Start offsets of the lines of a text, built once; {@link LineIndex.positionAt} is a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** The 1-based line and column of a character offset. */
  positionAt(offset: number): TextPosition {
    const end = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= end) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: end - (this.starts[low] as number) + 1 };
  }
}

interface PathTrie {
  readonly children: Map<string | number, PathTrie>;
  offset: number;
}

/**
 * Where the value at each of `paths` starts in valid JSON `text`; for a path that does not exist
 * (a missing key, say), where its deepest existing parent starts. One pass over the text, whatever
 * the number of paths: values no path leads into are skipped without being parsed, and lines are
 * found by binary search in an index built once.
 */
export function locateJsonPaths(text: string, paths: readonly (readonly (string | number)[])[]): TextPosition[] {
  const root: PathTrie = { children: new Map(), offset: -1 };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (child === undefined) node.children.set(segment, (child = { children: new Map(), offset: -1 }));
      node = child;
    }
  }
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
  const frames: { trie: PathTrie; array: boolean; index: number }[] = [];
  const enter = (trie: PathTrie) => {
    const c = text[i];
    if (trie.children.size === 0 || (c !== '{' && c !== '[')) return skipValue();
    frames.push({ trie, array: c === '[', index: 0 });
    i++;
  };
  ws();
  root.offset = i;
  enter(root);
  while (frames.length > 0 && i < text.length) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    ws();
    if (text[i] === ',') {
      i++;
      ws();
    }
    if (text[i] === '}' || text[i] === ']') {
      i++;
      frames.pop();
      continue;
    }
    let segment: string | number;
    if (frame.array) segment = frame.index++;
    else {
      const start = i;
      skipString();
      segment = JSON.parse(text.slice(start, i)) as string;
      ws();
      i++; // ':'
      ws();
    }
    const child = frame.trie.children.get(segment);
    if (child === undefined) skipValue();
    else {
      // JSON.parse keeps the last of duplicate keys; so does this.
      child.offset = i;
      enter(child);
    }
  }
  const lines = new LineIndex(text);
  return paths.map((path) => {
    let node = root;
    let found = root.offset;
    for (const segment of path) {
      const child = node.children.get(segment);
      if (child === undefined || child.offset < 0) break;
      node = child;
      found = child.offset;
    }
    return lines.positionAt(found);
  });
}

/**
 * Where the value at `path` starts in valid JSON `text`; for a path that does not exist (a missing
 * key, say), where its deepest existing parent starts. To locate several, use `locateJsonPaths`.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): TextPosition {
  return locateJsonPaths(text, [path])[0] as TextPosition;
}
