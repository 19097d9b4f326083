/**
 * Renderers of a {@link PolicyDocument}. Rule texts come from rule files, which are data and may be
 * hostile: every string from the document is escaped for the target format, so no markup from a
 * rule file ever reaches a page.
 */
import type { PolicyDocument, PolicyItem } from './describe.js';
import { policyCatalogues } from './catalogue.js';

function basis(doc: PolicyDocument, citation: string): string {
  return (policyCatalogues[doc.locale] ?? policyCatalogues.en).basis(citation);
}

/** Rule texts are single sentences; a line break in one must not start a new block in the output. */
function oneLine(text: string): string {
  return String(text).replace(/\s+/g, ' ').trim();
}

/**
 * The policy as plain text: the title, then each section's heading and its lines as `- ` bullets,
 * each followed by its basis.
 *
 * @param doc - from {@link describePolicy}
 * @returns text with `\n` line ends
 * @example
 * console.log(policyToText(describePolicy(marketplaceStandard)));
 */
export function policyToText(doc: PolicyDocument): string {
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
 * start of a line.
 */
function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^([#+\-=>]|\d+[.)])/, (c) => (c.length === 1 ? `\\${c}` : `${c.slice(0, -1)}\\${c.slice(-1)}`));
}

/**
 * The policy as Markdown: `#` title, `##` section headings, `-` bullets with the basis in italics.
 * Every text is escaped, so Markdown renderers that allow inline HTML still produce no markup from
 * the rule file.
 *
 * @param doc - from {@link describePolicy}
 * @returns Markdown with `\n` line ends
 */
export function policyToMarkdown(doc: PolicyDocument): string {
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

/** Escapes text for HTML element content and quoted attribute values. */
function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
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
 * @param doc - from {@link describePolicy}
 * @returns an HTML fragment
 * @example
 * document.querySelector('#returns')!.innerHTML = policyToHtml(describePolicy(ruleSet, { locale: navigator.language }));
 */
export function policyToHtml(doc: PolicyDocument): string {
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
