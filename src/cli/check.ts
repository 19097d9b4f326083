import { checkRuleSet } from '../check/check-rule-set.js';
import type { CheckResult } from '../check/types.js';
import type { RuleSet } from '../rule-set/load.js';
import { type CliIo, EXIT, evaluatorOptions, oneOf, positiveInteger, resolveRuleSet, UsageError } from './io.js';
import { parseCommand, CHECK } from './commands.js';

interface Checked {
  file: string;
  ruleSet: { id: string; version: string; digest: string };
  result: CheckResult;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function toText({ file, ruleSet, result }: Checked): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const { cases, exhaustive, combinations } = result.coverage;
  const coverage = exhaustive ? `${plural(cases, 'case')}, every combination` : `${plural(cases, 'sampled case')} of ${combinations} combinations, not exhaustive`;
  const out = [`${file} (${ruleSet.id} ${ruleSet.version}): ${plural(errors, 'error')}, ${plural(result.findings.length - errors, 'warning')} — ${coverage}`];
  for (const finding of result.findings) {
    out.push(`  ${finding.severity} ${finding.code}: ${finding.message}`);
    if (finding.example !== undefined) out.push(`    example: ${JSON.stringify(finding.example)}`);
  }
  return `${out.join('\n')}\n`;
}

/** `check <rule files or ids…> [--format text|json] [--sample-size <n>] [--seed <n>] [--calendar <file>]` */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, CHECK);
  if (positionals.length === 0) throw new UsageError('check needs at least one rule-set file or built-in id');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const sampleSize = positiveInteger('sample-size', values['sample-size']);
  const exhaustiveLimit = positiveInteger('exhaustive-limit', values['exhaustive-limit']);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && (!/^-?\d+$/.test(values.seed ?? '') || !Number.isSafeInteger(seed))) throw new UsageError(`--seed must be an integer; got ${JSON.stringify(values.seed)}`);

  // Load every file first, so that an unusable file fails fast with exit code 2.
  // --calendar: the holiday calendar windows with extendPastHolidays are counted with, as for decide.
  const { calendar } = await evaluatorOptions({ calendar: values.calendar });
  const ruleSets: Array<[string, RuleSet]> = [];
  for (const file of positionals) ruleSets.push([file, await resolveRuleSet(file)]);
  const checked: Checked[] = [];
  for (const [file, ruleSet] of ruleSets) {
    const result = checkRuleSet(ruleSet, {
      ...(sampleSize === undefined ? {} : { sampleSize }),
      ...(exhaustiveLimit === undefined ? {} : { exhaustiveLimit }),
      ...(seed === undefined ? {} : { seed }),
      ...(calendar === undefined ? {} : { calendar }),
    });
    checked.push({ file, ruleSet: { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest }, result });
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(checked, null, 2)}\n` : checked.map(toText).join('\n'));
  return checked.every((c) => c.result.ok) ? EXIT.ok : EXIT.failed;
}
