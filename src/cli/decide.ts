import { createEvaluator } from '../decide/evaluator.js';
import type { Decision } from '../model/decision.js';
import { NoRuleMatchedError, ReturnCaseError, RuleConflictError } from '../errors.js';
import { formatMoney, PARTIES } from '../money/money.js';
import { locateIssues } from '../node/files.js';
import { type CliIo, EVALUATOR_OPTIONS, evaluatorOptions, EXIT, InputError, issueLines, oneOf, parseCommandLine, parseJson, readInput, resolveRuleSet, UsageError } from './io.js';

/** Human-readable form of a decision: summary, details, lines, totals, warnings. */
export function decisionToText(decision: Decision): string {
  const { locale } = decision.text;
  const out = [
    `${decision.outcome} ${decision.code} (rule ${decision.rule.name}, priority ${decision.rule.priority}; ${decision.ruleSet.id} ${decision.ruleSet.version})`,
    decision.text.summary,
    ...decision.text.details.map((detail) => `  ${detail}`),
  ];
  for (const line of decision.lines) {
    const shares = line.shares.map((share) => `${share.party} ${formatMoney(share.amount, locale)} (${share.percent}%${share.via === 'rule' ? '' : `, ${share.via}`})`);
    out.push(`${line.cost} ${formatMoney(line.total, locale)}: ${shares.join(', ')}`);
  }
  const totals = PARTIES.flatMap((party) => {
    const amount = decision.totals[party];
    return amount === undefined ? [] : [`${party} ${formatMoney(amount, locale)}`];
  });
  if (totals.length > 0) out.push(`totals: ${totals.join(', ')}`);
  if (decision.overriddenBy !== undefined) out.push(`overridden by ${decision.overriddenBy.ruleSet} rule ${decision.overriddenBy.rule}`);
  for (const warning of decision.warnings) out.push(`warning ${warning.code}: ${warning.message}`);
  return `${out.join('\n')}\n`;
}

/** `decide [file|-] --rules <file|id> [--floor <file|id>]… [--calendar <file>] [--locale <tag>] [--format json|text]` */
export async function decideCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    rules: { type: 'string' },
    locale: { type: 'string' },
    format: { type: 'string' },
    ...EVALUATOR_OPTIONS,
  });
  if (values.rules === undefined) throw new UsageError('decide needs --rules <file|built-in id>');
  if (positionals.length > 1) throw new UsageError(`decide takes one case file (or - for standard input); got ${positionals.length}`);
  // Without a file, the case comes from standard input, unless that is a terminal nobody will type JSON into.
  if (positionals.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY === true) throw new UsageError('decide needs a case file, or - to read the case from standard input');
  const format = oneOf('format', values.format, ['json', 'text'] as const, 'json');
  const ruleSet = await resolveRuleSet(values.rules);
  const { text, name } = await readInput(io, positionals[0] ?? '-');
  const input = parseJson(text, name);
  const evaluator = createEvaluator(ruleSet, await evaluatorOptions(values));
  let decision: Decision;
  try {
    decision = evaluator.decide(input, values.locale === undefined ? {} : { locale: values.locale });
  } catch (error) {
    if (ReturnCaseError.is(error)) {
      const count = error.issues.length;
      throw new InputError([`${name}: invalid return case (${count} ${count === 1 ? 'issue' : 'issues'}):`, ...issueLines(name, locateIssues(text, error.issues))].join('\n'));
    }
    if (NoRuleMatchedError.is(error) || RuleConflictError.is(error)) {
      io.stderr.write(`${name}: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : decisionToText(decision));
  return EXIT.ok;
}
