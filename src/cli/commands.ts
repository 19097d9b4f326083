/**
 * The command line's vocabulary, declared once: each command's arguments, flags and examples.
 * The parser (known flags, "did you mean") and the help texts both read these tables, so a flag
 * added here is accepted, suggested and documented at once.
 */
import type { ParseArgsConfig } from 'node:util';
import { BUILT_IN_RULE_SETS, parseCommandLine, UsageError } from './io.js';

/** One flag of a command, in `node:util` `parseArgs` terms plus what help shows. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  /** A flag the command cannot run without: the synopsis shows it without brackets. */
  readonly required?: boolean;
  /** The value's placeholder in help, e.g. `<file|id>`; string flags only. */
  readonly value?: string;
  readonly description: string;
}

/** One command: its arguments, flags and examples. */
export interface CommandSpec {
  readonly name: string;
  /** What follows the command name in the synopsis, before the flags, e.g. `[file|-]`. */
  readonly args: string;
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  readonly examples: readonly string[];
}

const builtIns = () => [...BUILT_IN_RULE_SETS.keys()].join(', ');

/** `--floor` and `--calendar`: the flags that shape an evaluator. */
export const EVALUATOR_FLAGS = {
  floor: { type: 'string', multiple: true, value: '<file|id>', description: 'a statutory rule set the decision may not fall below (repeatable)' },
  calendar: { type: 'string', value: '<file>', description: 'holiday-calendar options as JSON, e.g. { "nonWorkingDates": ["2025-10-01"], "workingDates": ["2025-09-28"] }' },
} as const satisfies Record<string, FlagSpec>;

export const DECIDE = {
  name: 'decide',
  args: '[file|-]',
  summary:
    'Decide one return case, or a parcel (a document with "items": several items, one label), from a JSON file or standard input. Prints the Decision or ParcelDecision (JSON by default).',
  flags: {
    rules: { type: 'string', required: true, value: '<file|id>', description: 'the rule set: a file or a built-in id (required)' },
    ...EVALUATOR_FLAGS,
    locale: { type: 'string', value: '<tag>', description: 'the language of the explanation, e.g. en or zh-CN' },
    format: { type: 'string', value: 'json|text', description: 'output format (default json)' },
  },
  examples: [
    'return-liability decide case.json --rules marketplace-standard',
    'return-liability decide case.json --rules my-shop.json --floor cn-consumer-law --calendar cn-2025.json --locale zh-CN --format text',
    'cat case.json | return-liability decide - --rules eu-consumer-rights',
  ],
} as const satisfies CommandSpec;

export const CHECK = {
  name: 'check',
  args: '<rule files or ids...>',
  summary: 'Look for gaps, conflicts, shadowed rules and other problems in rule sets. Exits 1 on any error finding.',
  flags: {
    format: { type: 'string', value: 'text|json', description: 'output format (default text)' },
    'sample-size': { type: 'string', value: '<n>', description: 'cases to sample when the fact space is larger than --exhaustive-limit (default 10000)' },
    'exhaustive-limit': { type: 'string', value: '<n>', description: 'decide every combination up to this many (default 4000000)' },
    seed: { type: 'string', value: '<n>', description: 'seed of the sample (an integer)' },
    calendar: EVALUATOR_FLAGS.calendar,
  },
  examples: ['return-liability check rules/my-shop.json', 'return-liability check rules/cn-consumer-law.json --calendar cn-2026.json', 'return-liability check rules/*.json --format json', 'return-liability check big.json --exhaustive-limit 100000 --sample-size 50000 --seed 7'],
} as const satisfies CommandSpec;

export const POLICY = {
  name: 'policy',
  args: '',
  summary: "Print the buyer-facing return policy of a rule set, or its schema.org JSON-LD (MerchantReturnPolicy).",
  flags: {
    rules: { type: 'string', required: true, value: '<file|id>', description: 'the rule set: a file or a built-in id (required)' },
    locale: { type: 'string', value: '<tag>', description: 'the language of the policy text' },
    format: { type: 'string', value: 'text|markdown|html|json|jsonld', description: 'output format (default text)' },
    country: { type: 'string', multiple: true, value: '<code>', description: 'jsonld only: an applicable country, ISO 3166-1 alpha-2 (repeatable)' },
    'return-shipping': { type: 'string', value: '<decimal>', description: 'jsonld only: the return-shipping cost, with --currency' },
    currency: { type: 'string', value: '<code>', description: 'jsonld only: the ISO 4217 currency of --return-shipping' },
    draft: { type: 'string', value: '<file|->', description: 'jsonld only: what the merchant disclosed, as JSON, e.g. { "seller": { "disclosedReturnCosts": true } }' },
  },
  examples: [
    'return-liability policy --rules cn-consumer-law --locale zh-CN --format markdown',
    'return-liability policy --rules my-shop.json --format html > policy.html',
    'return-liability policy --rules eu-consumer-rights --format jsonld --country DE --country AT --return-shipping 6.90 --currency EUR',
  ],
} as const satisfies CommandSpec;

export const SIMULATE = {
  name: 'simulate',
  args: '<cases.jsonl|->',
  summary:
    'Decide every line of a JSON Lines file (cases and parcels), streaming; report invalid lines, outcomes, totals per party and currency, and with --compare what changed and the money moved. --format json writes a summary (format 1) that "simulate merge" adds up; jsonl and csv write one row per line.',
  flags: {
    rules: { type: 'string', required: true, value: '<file|id>', description: 'the rule set: a file or a built-in id (required)' },
    compare: { type: 'string', value: '<file|id>', description: 'a second rule set to decide every line with, pricing what changes' },
    format: { type: 'string', value: 'text|json|html|jsonl|csv', description: 'output format (default text)' },
    ...EVALUATOR_FLAGS,
    top: { type: 'string', value: '<n>', description: 'how many changed cases to list, by money moved (default 20)' },
    'max-changes': { type: 'string', value: '<n>', description: 'the same as --top (kept for compatibility)' },
    workers: { type: 'string', value: '<n>', description: 'worker threads (default: the available cores); the report is the same for every n' },
    shard: { type: 'string', value: 'i/n', description: 'decide only shard i of n (line k belongs to shard k mod n)' },
    strict: { type: 'boolean', description: 'exit 1 when any line is invalid' },
    progress: { type: 'boolean', description: 'show a progress bar on stderr (default: when stderr is a terminal)' },
    'no-progress': { type: 'boolean', description: 'never show the progress bar' },
  },
  examples: [
    'return-liability simulate returns.jsonl --rules my-shop.json',
    'return-liability simulate returns.jsonl --rules my-shop.json --compare my-shop-next.json --format html > report.html',
    'return-liability simulate returns.jsonl --rules my-shop.json --compare my-shop-next.json --shard 0/4 --format json > shard-0.json',
    'zcat returns.jsonl.gz | return-liability simulate - --rules cn-consumer-law --format json',
  ],
} as const satisfies CommandSpec;

export const SIMULATE_MERGE = {
  name: 'simulate merge',
  args: '<summary.json>...',
  summary: 'Add up the summaries of the shards of one run (simulate --shard i/n --format json), exactly: sums add, the top cases merge.',
  flags: {
    format: { type: 'string', value: 'text|json|html', description: 'output format (default text)' },
    strict: { type: 'boolean', description: 'exit 1 when any shard had an invalid line' },
  },
  examples: ['return-liability simulate merge shard-*.json --format html > report.html'],
} as const satisfies CommandSpec;

export const COMPILE = {
  name: 'compile',
  args: '<rule file|id>',
  summary:
    'Validate a rule-set file once and write it as a frozen, digest-stamped module that imports without the validator (trusted build output: commit or ship it; JSON from elsewhere still goes through loadRuleSet).',
  flags: {
    out: { type: 'string', required: true, value: '<file.js|->', description: 'where to write the module; - for standard output (required)' },
    format: { type: 'string', value: 'esm|cjs', description: 'module format (default esm)' },
    export: { type: 'string', value: '<name>', description: 'the name of the exported rule set (default: from its id)' },
    'import-from': { type: 'string', value: '<specifier>', description: 'where the module imports the library from (default return-liability/rules)' },
  },
  examples: ['return-liability compile rules/my-shop.json --out src/my-shop.rules.js', 'return-liability compile my-shop.json --out my-shop.cjs --format cjs'],
} as const satisfies CommandSpec;

export const SCHEMA = {
  name: 'schema',
  args: 'case|rule-set',
  summary: 'Print the JSON Schema of a return case or a rule-set file (the same text as the files under schema/).',
  flags: {},
  examples: ['return-liability schema rule-set > rule-set.schema.json'],
} as const satisfies CommandSpec;

/** Every command, in the order help lists them. */
export const COMMAND_SPECS: readonly CommandSpec[] = [DECIDE, CHECK, POLICY, SIMULATE, SIMULATE_MERGE, SCHEMA, COMPILE];

/** The number of single-character edits (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate at most two edits away, if any (ties go to the first). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Rejects a flag the command does not declare, suggesting the closest one it does. Everything
 * after a `--` argument is a positional.
 * @throws {UsageError} e.g. `unknown option --rule for decide; did you mean --rules?`
 */
export function checkFlags(spec: CommandSpec, args: readonly string[]): void {
  for (const arg of args) {
    if (arg === '--') return;
    if (!arg.startsWith('-') || arg === '-') continue;
    const name = arg.startsWith('--') ? (arg.slice(2).split('=')[0] ?? '') : arg.slice(1);
    if (arg.startsWith('--') && Object.hasOwn(spec.flags, name)) continue;
    const names = Object.keys(spec.flags);
    const suggestion = closest(name, names);
    const known = names.length === 0 ? `${spec.name} takes no options` : `options of ${spec.name}: ${names.map((n) => `--${n}`).join(', ')}`;
    throw new UsageError(`unknown option ${arg.split('=')[0]} for ${spec.name}; ${suggestion === undefined ? known : `did you mean --${suggestion}?`}`);
  }
}

/** Rejects an unknown command, suggesting the closest one. */
export function unknownCommand(command: string): UsageError {
  const names = COMMAND_SPECS.map((spec) => spec.name).filter((name) => !name.includes(' '));
  const suggestion = closest(command, names);
  return new UsageError(`unknown command ${JSON.stringify(command)}; ${suggestion === undefined ? `expected ${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : `did you mean ${suggestion}?`}`);
}

const flagUsage = (name: string, flag: FlagSpec) => `--${name}${flag.type === 'string' ? ` ${flag.value ?? '<value>'}` : ''}`;

/** The one-line synopsis of a command, every flag included. */
export function synopsis(spec: CommandSpec): string {
  const flags = Object.entries(spec.flags).map(([name, flag]) => {
    const usage = flag.required === true ? flagUsage(name, flag) : `[${flagUsage(name, flag)}]`;
    return `${usage}${flag.multiple === true ? '...' : ''}`;
  });
  return ['return-liability', spec.name, spec.args, ...flags].filter((part) => part !== '').join(' ');
}

/** `return-liability <command> --help`: synopsis, summary, every flag, examples. */
export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.flags).map(([name, flag]) => [flagUsage(name, flag), flag.description] as const);
  const width = Math.max(0, ...rows.map(([usage]) => usage.length));
  const lines = [`Usage: ${synopsis(spec)}`, '', spec.summary];
  if (rows.length > 0) lines.push('', 'Options:', ...rows.map(([usage, description]) => `  ${usage.padEnd(width)}  ${description}`));
  if ('rules' in spec.flags || 'floor' in spec.flags || spec.name === 'check') lines.push('', `Rule sets are files or built-in ids: ${builtIns()}.`);
  lines.push('', 'Examples:', ...spec.examples.map((example) => `  ${example}`), '');
  return lines.join('\n');
}

/** `return-liability --help`: every command's synopsis and summary, the exit codes. */
export function usage(): string {
  const commands = COMMAND_SPECS.flatMap((spec) => [`  ${synopsis(spec).replace(/^return-liability /, '')}`, `      ${spec.summary}`]);
  return `Usage: return-liability <command> [options]

Commands:
${commands.join('\n')}

Run "return-liability <command> --help" for a command's options and examples.
-v, --version prints the version; -h, --help this text.

--rules takes a rule-set file or a built-in id: ${builtIns()}.
--floor (repeatable) takes the same: statutory rule sets the decision may not fall below.

Exit codes: 0 success; 1 a decision or check failed (no rule matched, a conflict, an error finding);
2 bad usage or unreadable or invalid input (the message names the file, line and JSON path).
`;
}

/**
 * Parses a command's arguments against its table: unknown flags are a {@link UsageError} with a
 * suggestion, then `parseArgs` in strict mode reads the values.
 */
export function parseCommand<S extends CommandSpec>(args: string[], spec: S) {
  checkFlags(spec, args);
  return parseCommandLine(args, spec.flags as S['flags'] & NonNullable<ParseArgsConfig['options']>);
}
