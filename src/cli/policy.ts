import { describePolicy } from '../policy/describe.js';
import { toMerchantReturnPolicy } from '../storefront/jsonld.js';
import { policyToHtml, policyToMarkdown, policyToText } from '../policy/render.js';
import { ReturnCaseError } from '../errors.js';
import { money } from '../money/money.js';
import { type CliIo, EXIT, oneOf, parseCommandLine, resolveRuleSet, UsageError } from './io.js';

const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonld'] as const;

/**
 * `policy --rules <file|id> [--locale <tag>] [--format text|markdown|html|json|jsonld]`, and for
 * jsonld `[--country <code>]… [--return-shipping <decimal> --currency <code>]`.
 */
export async function policyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    rules: { type: 'string' },
    locale: { type: 'string' },
    format: { type: 'string' },
    country: { type: 'string', multiple: true },
    'return-shipping': { type: 'string' },
    currency: { type: 'string' },
  });
  if (values.rules === undefined) throw new UsageError('policy needs --rules <file|built-in id>');
  if (positionals.length > 0) throw new UsageError(`policy takes no file arguments; got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  const format = oneOf('format', values.format, FORMATS, 'text');
  const ruleSet = await resolveRuleSet(values.rules);
  const jsonLdOnly = (['country', 'return-shipping', 'currency'] as const).filter((name) => values[name] !== undefined);
  if (format !== 'jsonld' && jsonLdOnly.length > 0) throw new UsageError(`--${jsonLdOnly[0]} only applies to --format jsonld`);
  if (format === 'jsonld') {
    // Structured data for search engines; it carries no texts, so --locale does not apply.
    const countries = values.country ?? [];
    const options = {
      ...(countries.length === 0 ? {} : { applicableCountry: countries.length === 1 ? (countries[0] as string) : countries }),
      ...(values['return-shipping'] === undefined ? {} : { returnShipping: returnShipping(values['return-shipping'], values.currency) }),
    };
    io.stdout.write(`${JSON.stringify(toMerchantReturnPolicy(ruleSet, options), null, 2)}\n`);
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
