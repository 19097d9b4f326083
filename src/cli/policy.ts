import { describePolicy } from '../policy/describe.js';
import { toMerchantReturnPolicy } from '../policy/jsonld.js';
import { policyToHtml, policyToMarkdown, policyToText } from '../policy/render.js';
import { type CliIo, EXIT, oneOf, parseCommandLine, resolveRuleSet, UsageError } from './io.js';

const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonld'] as const;

/** `policy --rules <file|id> [--locale <tag>] [--format text|markdown|html|json|jsonld]` */
export async function policyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    rules: { type: 'string' },
    locale: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.rules === undefined) throw new UsageError('policy needs --rules <file|built-in id>');
  if (positionals.length > 0) throw new UsageError(`policy takes no file arguments; got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  const format = oneOf('format', values.format, FORMATS, 'text');
  const ruleSet = await resolveRuleSet(values.rules);
  if (format === 'jsonld') {
    // Structured data for search engines; it carries no texts, so --locale does not apply.
    io.stdout.write(`${JSON.stringify(await toMerchantReturnPolicy(ruleSet), null, 2)}\n`);
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
