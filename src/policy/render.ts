/**
 * Renderers of a {@link PolicyDocument}. Rule texts come from rule files, which are data and may be
 * hostile: every string from the document is escaped for the target format, so no markup from a
 * rule file ever reaches a page.
 */
import { ReturnLiabilityError } from '../errors.js';
import { snapshotUntrusted } from '../internal/untrusted.js';
import { neutralizeControls } from '../text/safe-text.js';
import type { PolicyDocument, PolicyItem } from './describe.js';
import { policyCatalogues } from './catalogue.js';

const DOCUMENT_LIMITS = { maxStringLength: 100_000, maxArrayLength: 10_000, maxNodes: 1_000_000, maxNesting: 8 };

/**
 * The document a renderer was given, read once into a copy and checked for the shape
 * {@link describePolicy} returns; anything else is an `invalid_argument` error naming the renderer.
 */
function readDocument(input: unknown, renderer: string): PolicyDocument {
  const fail = (message: string) => new ReturnLiabilityError('invalid_argument', `${renderer}(): ${message}; pass what describePolicy() returns`);
  const snapshot = snapshotUntrusted(input, DOCUMENT_LIMITS);
  if (snapshot.issues.length > 0) throw fail(snapshot.issues[0]?.message ?? 'unreadable document');
  const doc = snapshot.value as Record<string, unknown> | null;
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isText = (value: unknown) => typeof value === 'string';
  if (!isObject(doc)) throw fail('expected a policy document object');
  if (!isText(doc['title']) || !isText(doc['locale'])) throw fail('expected title and locale strings');
  const ruleSet = doc['ruleSet'];
  if (!isObject(ruleSet) || !isText(ruleSet['id']) || !isText(ruleSet['version'])) throw fail('expected ruleSet { id, version }');
  const sections = doc['sections'];
  if (!Array.isArray(sections)) throw fail('expected sections to be an array');
  sections.forEach((section: unknown, index) => {
    if (!isObject(section) || !isText(section['kind']) || !isText(section['heading']) || !Array.isArray(section['items'])) {
      throw fail(`expected sections[${index}] to be { kind, heading, items }`);
    }
    (section['items'] as unknown[]).forEach((item, at) => {
      const optional = (key: string) => !isObject(item) || item[key] === undefined || isText(item[key]);
      if (!isObject(item) || !isText(item['text']) || !optional('citation') || !optional('rule') || !optional('window')) {
        throw fail(`expected sections[${index}].items[${at}] to be { text, citation?, rule?, window? } with string values`);
      }
    });
  });
  return doc as unknown as PolicyDocument;
}

function basis(doc: PolicyDocument, citation: string): string {
  return (policyCatalogues[doc.locale] ?? policyCatalogues.en).basis(citation);
}

/**
 * Rule texts are single sentences; a line break in one must not start a new block in the output.
 * Control and bidi-override characters are replaced with U+FFFD (see `neutralizeControls`).
 */
function oneLine(text: string): string {
  return neutralizeControls(String(text).replace(/\s+/g, ' ').trim());
}

/**
 * The policy as plain text: the title, then each section's heading and its lines as `- ` bullets,
 * each followed by its basis.
 *
 * @param input - from {@link describePolicy}
 * @returns text with `\n` line ends
 * @example
 * console.log(policyToText(describePolicy(marketplaceStandard)));
 */
export function policyToText(input: PolicyDocument): string {
  const doc = readDocument(input, 'policyToText');
  const lines = [oneLine(doc.title)];
  for (const section of doc.sections) {
    lines.push('', oneLine(section.heading));
    for (const item of section.items) {
      lines.push(`- ${oneLine(item.text)}`);
      if (item.citation !== undefined) lines.push(`  ${oneLine(basis(doc, item.citation))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Escapes text for CommonMark/GFM so that it renders as the same text: inline HTML (`<`), entity
 * references (`&`), emphasis, links, code and tables cannot be formed, nor a list or heading at the
 * start of a line. Nor can an autolink: GitHub links bare `https://…`, `www.…` and e-mail
 * addresses, so the `:` of `://` is written `&#58;`, every `@` `&#64;` and the dot of `www.` `&#46;`
 * (the same characters on the page, but no link is formed).
 */
function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^([#+\-=>]|\d+[.)])/, (c) => (c.length === 1 ? `\\${c}` : `${c.slice(0, -1)}\\${c.slice(-1)}`))
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/@/g, '&#64;')
    .replace(/(www)\./gi, '$1&#46;');
}

/**
 * The policy as Markdown: `#` title, `##` section headings, `-` bullets with the basis in italics.
 * Every text is escaped, so Markdown renderers that allow inline HTML still produce no markup from
 * the rule file.
 *
 * @param input - from {@link describePolicy}
 * @returns Markdown with `\n` line ends
 */
export function policyToMarkdown(input: PolicyDocument): string {
  const doc = readDocument(input, 'policyToMarkdown');
  const lines = [`# ${escapeMarkdown(doc.title)}`];
  for (const section of doc.sections) {
    lines.push('', `## ${escapeMarkdown(section.heading)}`, '');
    for (const item of section.items) {
      const cited = item.citation === undefined ? '' : ` _${escapeMarkdown(basis(doc, item.citation))}_`;
      lines.push(`- ${escapeMarkdown(item.text)}${cited}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values; control and bidi-override characters become U+FFFD. */
function escapeHtml(text: string): string {
  return neutralizeControls(String(text)).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function htmlItem(doc: PolicyDocument, item: PolicyItem): string {
  const window = item.window === undefined ? '' : ` data-window="${escapeHtml(item.window)}"`;
  const cited = item.citation === undefined ? '' : ` <small class="return-policy-basis">${escapeHtml(basis(doc, item.citation))}</small>`;
  const rule = item.rule === undefined ? '' : ` data-rule="${escapeHtml(item.rule)}"`;
  return `<li${rule}${window}>${escapeHtml(item.text)}${cited}</li>`;
}

/**
 * The policy as an HTML fragment: an `<article class="return-policy">` with the title as `<h2>`,
 * one `<section data-section="…">` per section (`<h3>` heading, `<ul>` of lines with
 * `data-rule`), and each basis in a `<small>`. All text and attribute values are escaped, so the
 * fragment is safe to insert with `innerHTML`.
 *
 * @param input - from {@link describePolicy}
 * @returns an HTML fragment
 * @example
 * document.querySelector('#returns')!.innerHTML = policyToHtml(describePolicy(ruleSet, { locale: navigator.language }));
 */
export function policyToHtml(input: PolicyDocument): string {
  const doc = readDocument(input, 'policyToHtml');
  const parts = [
    `<article class="return-policy" lang="${escapeHtml(doc.locale)}" data-rule-set="${escapeHtml(doc.ruleSet.id)}" data-version="${escapeHtml(doc.ruleSet.version)}">`,
    `<h2>${escapeHtml(doc.title)}</h2>`,
  ];
  for (const section of doc.sections) {
    parts.push(
      `<section data-section="${escapeHtml(section.kind)}">`,
      `<h3>${escapeHtml(section.heading)}</h3>`,
      '<ul>',
      ...section.items.map((item) => htmlItem(doc, item)),
      '</ul>',
      '</section>',
    );
  }
  parts.push('</article>');
  return `${parts.join('\n')}\n`;
}
