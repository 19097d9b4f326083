// Every language for the command line.
import '../locales/pt-BR.js';
import '../locales/ko.js';
import '../locales/ja.js';
import packageJson from '../../package.json' with { type: 'json' };
import { checkCommand } from './check.js';
import { decideCommand } from './decide.js';
import { BUILT_IN_RULE_SETS, type CliIo, EXIT, reportError, UsageError } from './io.js';
import { policyCommand } from './policy.js';
import { schemaCommand } from './schema.js';
import { simulateCommand } from './simulate.js';

/** The `--help` text. */
export function usage(): string {
  return `Usage: return-liability <command> [options]

Commands:
  decide [file|-] --rules <file|id> [--floor <file|id>]... [--calendar <file>] [--locale <tag>] [--format json|text]
      Decide one return case, or a parcel (a document with "items": several items, one label), from a
      JSON file or standard input. Prints the Decision or ParcelDecision (JSON by default).
  check <rule files or ids...> [--format text|json] [--sample-size <n>] [--exhaustive-limit <n>] [--seed <n>]
      Look for gaps, conflicts, shadowed rules and other problems in rule sets.
  policy --rules <file|id> [--locale <tag>] [--format text|markdown|html|json|jsonld]
         [--country <code>]... [--return-shipping <decimal> --currency <code>] [--draft <file|->]   (jsonld only)
      Print the buyer-facing return policy of a rule set, or its schema.org JSON-LD.
  simulate <cases.jsonl|-> --rules <file|id> [--compare <file|id>] [--format text|json]
           [--floor <file|id>]... [--calendar <file>] [--max-changes <n>] [--progress|--no-progress]
      Decide every line of a JSON Lines file (cases and parcels), streaming; report invalid lines,
      outcomes, totals per party and currency, and with --compare the cases whose outcome or payer changed.
  schema case|rule-set
      Print the JSON Schema of a return case or a rule-set file.

--rules takes a rule-set file or a built-in id: ${[...BUILT_IN_RULE_SETS.keys()].join(', ')}.
--floor (repeatable) takes the same: statutory rule sets the decision may not fall below.
--calendar takes a JSON file of holiday-calendar options, e.g.
  { "nonWorkingDates": ["2025-10-01"], "workingDates": ["2025-09-28"] }

Exit codes: 0 success; 1 a decision or check failed (no rule matched, a conflict, an error finding);
2 bad usage or unreadable or invalid input (the message names the file, line and JSON path).
`;
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  decide: decideCommand,
  check: checkCommand,
  policy: policyCommand,
  simulate: simulateCommand,
  schema: schemaCommand,
};

/**
 * Runs the `return-liability` command.
 * @param argv - the arguments after the program name
 * @param io - standard streams
 * @returns the exit code
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--help' || command === '-h' || command === 'help' || (command !== undefined && rest.includes('--help'))) {
      io.stdout.write(usage());
      return EXIT.ok;
    }
    if (command === '--version') {
      io.stdout.write(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError('missing command (decide, check, policy, simulate or schema)');
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}; expected decide, check, policy, simulate or schema`);
    return await run(rest, io);
  } catch (error) {
    return reportError(io, error);
  }
}
