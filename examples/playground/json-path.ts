/**
 * Where a JSON path (`['rules', 3, 'conditions', 'all', 0, 'fact']`) is in the editor's text, found
 * on the syntax tree @codemirror/lang-json already parses: the value's range, or — for a key that is
 * missing — the range of the deepest object or array on the path that exists.
 */
import type { SyntaxNode, Tree } from '@lezer/common';

const PUNCTUATION = new Set(['{', '}', '[', ']', ',', ':', '⚠', 'LineComment', 'BlockComment']);

function values(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) if (!PUNCTUATION.has(child.name)) out.push(child);
  return out;
}

function unquote(text: string): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    return text.replace(/^"|"$/g, '');
  }
}

/** The range of the value at `path`; `key` is set when the last segment is an object key that was found. */
export function locateJsonPath(tree: Tree, text: string, path: readonly (string | number)[]): { from: number; to: number } {
  const root = tree.topNode;
  let node: SyntaxNode | null = values(root)[0] ?? null;
  if (node === null) return { from: 0, to: Math.min(text.length, 1) };
  let keyNode: SyntaxNode | null = null;
  for (const segment of path) {
    let next: SyntaxNode | null = null;
    if (node.name === 'Object' && typeof segment === 'string') {
      for (const property of values(node)) {
        const name = property.getChild('PropertyName');
        if (name !== null && unquote(text.slice(name.from, name.to)) === segment) {
          keyNode = name;
          next = values(property).find((child) => child.name !== 'PropertyName') ?? name;
          break;
        }
      }
    } else if (node.name === 'Array' && typeof segment === 'number') {
      next = values(node)[segment] ?? null;
      keyNode = null;
    }
    if (next === null) break;
    node = next;
  }
  // A whole object or array is a long range: underline its first line only (the key when there is one).
  if (node.name === 'Object' || node.name === 'Array') {
    if (keyNode !== null) return { from: keyNode.from, to: keyNode.to };
    return { from: node.from, to: node.from + 1 };
  }
  return { from: node.from, to: node.to };
}
