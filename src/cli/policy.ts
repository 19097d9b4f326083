import { describePolicy } from '../policy/describe.js';
import { toMerchantReturnPolicy } from '../storefront/jsonld.js';
import { policyToHtml, policyToMarkdown, policyToText } from '../policy/render.js';
import { formatPath, type Issue, ReturnCaseError } from '../errors.js';
import { money } from '../money/money.js';
import { locateIssues } from '../node/files.js';
import { locateJsonPath } from '../node/json-text.js';
import type { MerchantReturnPolicyOptions } from '../storefront/jsonld.js';
import { type CliIo, EXIT, InputError, issueLines, oneOf, parseJson, readInput, resolveRuleSet, UsageError } from './io.js';
import { parseCommand, POLICY } from './commands.js';

const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonld'] as const;

/**
 * `policy --rules <file|id> [--locale <tag>] [--format text|markdown|html|json|jsonld]`, and for
 * jsonld `[--country <code>]… [--return-shipping <decimal> --currency <code>] [--draft <file.json|->]`.
 *
 * `--draft` reads the `draft` option of `toMerchantReturnPolicy` from a JSON file (or standard
 * input for `-`): what the merchant disclosed and promised, e.g.
 * `{ "seller": { "disclosedReturnCosts": true, "disclosedWithdrawalRight": true }, "labelSource": "buyer" }`.
 * Problems in it are reported as `file:line:column: path: message` (exit 2).
 */
export async function policyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, POLICY);
  if (values.rules === undefined) throw new UsageError('policy needs --rules <file|built-in id>');
  if (positionals.length > 0) throw new UsageError(`policy takes no file arguments; got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  const format = oneOf('format', values.format, FORMATS, 'text');
  const ruleSet = await resolveRuleSet(values.rules);
  const jsonLdOnly = (['country', 'return-shipping', 'currency', 'draft'] as const).filter((name) => values[name] !== undefined);
  if (format !== 'jsonld' && jsonLdOnly.length > 0) throw new UsageError(`--${jsonLdOnly[0]} only applies to --format jsonld`);
  if (format === 'jsonld') {
    // Structured data for search engines; it carries no texts, so --locale does not apply.
    const countries = values.country ?? [];
    const draft = values.draft === undefined ? undefined : await readDraft(io, values.draft);
    const options: MerchantReturnPolicyOptions = {
      ...(countries.length === 0 ? {} : { applicableCountry: countries.length === 1 ? (countries[0] as string) : countries }),
      ...(values['return-shipping'] === undefined ? {} : { returnShipping: returnShipping(values['return-shipping'], values.currency) }),
      ...(draft === undefined ? {} : { draft: draft.value }),
    };
    let policy;
    try {
      policy = toMerchantReturnPolicy(ruleSet, options);
    } catch (error) {
      if (ReturnCaseError.is(error) && draft !== undefined) throw draftError(draft, error.issues);
      throw error;
    }
    io.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    return EXIT.ok;
  }
  const policy = describePolicy(ruleSet, values.locale === undefined ? {} : { locale: values.locale });
  const rendered =
    format === 'json' ? JSON.stringify(policy, null, 2)
    : format === 'markdown' ? policyToMarkdown(policy)
    : format === 'html' ? policyToHtml(policy)
    : policyToText(policy);
  io.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  return EXIT.ok;
}

/** `--return-shipping 6.90 --currency USD` as exact Money. */
function returnShipping(amount: string, currency: string | undefined) {
  if (currency === undefined) throw new UsageError('--return-shipping needs --currency <ISO 4217 code>, e.g. --return-shipping 6.90 --currency USD');
  try {
    return money(amount, currency);
  } catch (error) {
    if (ReturnCaseError.is(error)) throw new UsageError(`--return-shipping ${amount} --currency ${currency}: ${error.issues[0]?.message ?? error.message}`);
    throw error;
  }
}

/** A draft read from a file: its parsed value, and the text and name to locate problems with. */
interface DraftFile {
  value: NonNullable<MerchantReturnPolicyOptions['draft']>;
  text: string;
  name: string;
}

/**
 * `--draft <file|->`: a JSON object of purchase-time facts.
 * @throws {InputError} naming the file (line and column for a syntax error, a non-object, or `costs`)
 */
async function readDraft(io: CliIo, file: string): Promise<DraftFile> {
  const { text, name } = await readInput(io, file);
  const value = parseJson(text, name);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new InputError(`${name}: expected a JSON object of purchase-time facts (seller, item, labelSource, …), got ${got}`);
  }
  if (Object.hasOwn(value, 'costs')) {
    const { line, column } = locateJsonPath(text, ['costs']);
    throw new InputError(`${name}:${line}:${column}: costs: not used in a draft; give the return-shipping cost with --return-shipping <decimal> --currency <code>`);
  }
  return { value: value as DraftFile['value'], text, name };
}

/** Draft issues located in the draft's file (their paths without the leading `draft`); others (`returnShipping`) by their path. */
function draftError(draft: DraftFile, issues: readonly Issue[]): InputError {
  const inDraft = issues.filter((issue) => issue.path[0] === 'draft').map((issue) => ({ ...issue, path: issue.path.slice(1) }));
  const elsewhere = issues.filter((issue) => issue.path[0] !== 'draft').map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const count = issues.length;
  return new InputError(
    [`${draft.name}: invalid return draft (${count} ${count === 1 ? 'issue' : 'issues'}):`, ...issueLines(draft.name, locateIssues(draft.text, inDraft)), ...elsewhere].join('\n'),
  );
}
