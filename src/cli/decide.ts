import { createEvaluator } from '../decide/evaluator.js';
import type { Decision, Line, ParcelDecision } from '../model/decision.js';
import { NoRuleMatchedError, ReturnCaseError, RuleConflictError } from '../errors.js';
import { formatMoney, type Money, PARTIES, type Party } from '../money/money.js';
import { locateIssues } from '../node/files.js';
import { neutralizeControls } from '../text/safe-text.js';
import { type CliIo, evaluatorOptions, EXIT, InputError, isParcelDocument, issueCount, issueLines, oneOf, parseJson, readInput, resolveRuleSet, UsageError } from './io.js';
import { parseCommand, DECIDE } from './commands.js';

/** `returnShipping $6.90: buyer $6.90 (100%)`, one line per cost line. */
function lineTexts(lines: readonly Line[], locale: string): string[] {
  return lines.map((line) => {
    const shares = line.shares.map((share) => `${share.party} ${formatMoney(share.amount, locale)} (${share.percent}%${share.via === 'rule' ? '' : `, ${share.via}`})`);
    return `${line.cost} ${formatMoney(line.total, locale)}: ${shares.join(', ')}`;
  });
}

/** `seller $6.90, buyer $1.00`: what each paying party pays, in party order. */
function totalsText(totals: Partial<Record<Party, Money>>, locale: string): string {
  return PARTIES.flatMap((party) => {
    const amount = totals[party];
    return amount === undefined ? [] : [`${party} ${formatMoney(amount, locale)}`];
  }).join(', ');
}

/** Human-readable form of a decision: summary, details, lines, totals, warnings. */
export function decisionToText(decision: Decision): string {
  const { locale } = decision.text;
  const out = [
    `${decision.outcome} ${decision.code} (rule ${decision.rule.name}, priority ${decision.rule.priority}; ${decision.ruleSet.id} ${decision.ruleSet.version})`,
    decision.text.summary,
    ...decision.text.details.map((detail) => `  ${detail}`),
    ...lineTexts(decision.lines, locale),
  ];
  const totals = totalsText(decision.totals, locale);
  if (totals !== '') out.push(`totals: ${totals}`);
  if (decision.overriddenBy !== undefined) out.push(`overridden by ${decision.overriddenBy.ruleSet} rule ${decision.overriddenBy.rule}`);
  for (const warning of decision.warnings) out.push(`warning ${warning.code}: ${warning.message}`);
  // Rule texts, ids and case ids are untrusted: no control or bidi-override character reaches the terminal.
  return `${neutralizeControls(out.join('\n'), true)}\n`;
}

/**
 * Human-readable form of a parcel decision: a heading, the label split (method and each returnable
 * item's portion), the parcel's summary, lines and totals, then each item — its outcome, code and
 * rule, its summary and its lines — and the warnings.
 *
 * @example
 * parcel P-1 (marketplace-standard 1.0.0): 2 items
 * label split seller_fault_carries: kettle $10.00, mug-set $0.00
 * “kettle” is returned at the seller’s cost, so the whole label ($10.00) goes with it; …
 * returnShipping $10.00: seller $10.00 (100%)
 * totals: seller $10.00
 * item kettle: allocated seller_fault (rule seller-fault, priority 100)
 *   The problem lies with the seller, so the seller pays the return shipping of $10.00.
 *   returnShipping $10.00: seller $10.00 (100%)
 * item mug-set: …
 */
export function parcelDecisionToText(decision: ParcelDecision): string {
  const { locale } = decision.text;
  const name = decision.caseId === undefined ? 'parcel' : `parcel ${decision.caseId}`;
  const count = decision.items.length;
  const portions = decision.labelSplit.portions.map((portion) => `${portion.item} ${formatMoney(portion.amount, locale)}`);
  const out = [
    `${name} (${decision.ruleSet.id} ${decision.ruleSet.version}): ${count} ${count === 1 ? 'item' : 'items'}`,
    `label split ${decision.labelSplit.method}: ${portions.length === 0 ? 'no returnable items' : portions.join(', ')}`,
    decision.text.summary,
    ...lineTexts(decision.lines, locale),
  ];
  const totals = totalsText(decision.totals, locale);
  if (totals !== '') out.push(`totals: ${totals}`);
  if (decision.overriddenBy !== undefined) out.push(`overridden by ${decision.overriddenBy.ruleSet} rule ${decision.overriddenBy.rule}`);
  for (const item of decision.items) {
    out.push(`item ${item.caseId ?? ''}: ${item.outcome} ${item.code} (rule ${item.rule.name}, priority ${item.rule.priority})`, `  ${item.text.summary}`);
    for (const line of lineTexts(item.lines, locale)) out.push(`  ${line}`);
    for (const warning of item.warnings) out.push(`  warning ${warning.code}: ${warning.message}`);
  }
  for (const warning of decision.warnings) out.push(`warning ${warning.code}: ${warning.message}`);
  // Rule texts, ids and case ids are untrusted: no control or bidi-override character reaches the terminal.
  return `${neutralizeControls(out.join('\n'), true)}\n`;
}

/**
 * `decide [file|-] --rules <file|id> [--floor <file|id>]… [--calendar <file>] [--locale <tag>] [--format json|text]`
 *
 * A document with an `items` key is a parcel (several items, one label) and is decided with
 * `decideParcel`; anything else is a return case.
 */
export async function decideCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, DECIDE);
  if (values.rules === undefined) throw new UsageError('decide needs --rules <file|built-in id>');
  if (positionals.length > 1) throw new UsageError(`decide takes one case file (or - for standard input); got ${positionals.length}`);
  // Without a file, the case comes from standard input, unless that is a terminal nobody will type JSON into.
  if (positionals.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY === true) throw new UsageError('decide needs a case file, or - to read the case from standard input');
  const format = oneOf('format', values.format, ['json', 'text'] as const, 'json');
  const ruleSet = await resolveRuleSet(values.rules);
  const { text, name } = await readInput(io, positionals[0] ?? '-');
  const input = parseJson(text, name);
  const evaluator = createEvaluator(ruleSet, await evaluatorOptions(values));
  const options = values.locale === undefined ? {} : { locale: values.locale };
  const parcel = isParcelDocument(input);
  let output: string;
  try {
    if (parcel) {
      const decision = evaluator.decideParcel(input, options);
      output = format === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : parcelDecisionToText(decision);
    } else {
      const decision = evaluator.decide(input, options);
      output = format === 'json' ? `${JSON.stringify(decision, null, 2)}\n` : decisionToText(decision);
    }
  } catch (error) {
    if (ReturnCaseError.is(error)) {
      const what = parcel ? 'return parcel' : 'return case';
      throw new InputError([`${name}: invalid ${what} (${issueCount(error)}):`, ...issueLines(name, locateIssues(text, error.issues), error.more)].join('\n'));
    }
    if (NoRuleMatchedError.is(error) || RuleConflictError.is(error)) {
      io.stderr.write(`${name}: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
  io.stdout.write(output);
  return EXIT.ok;
}
