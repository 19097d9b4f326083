import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { compileRuleSetModule } from '../rule-set/compile-module.js';
import { type CliIo, EXIT, oneOf, parseCommandLine, resolveRuleSet, UsageError } from './io.js';

/** Usage line and summary of `compile`, for the command list. */
export const COMPILE_USAGE = `  compile <rule file> --out <file.js> [--format esm|cjs] [--export <name>] [--import-from <specifier>]
      Validate a rule-set file once and write it as a frozen, digest-stamped module that imports
      without the validator (trusted build output: commit or ship it, never feed it JSON you did not load).`;

/**
 * `compile <rule file> --out <file> [--format esm|cjs] [--export <name>] [--import-from <specifier>]`:
 * loads the rule set with the validator, then writes it as a module (see `compileRuleSetModule`).
 * `--out -` writes to standard output.
 */
export async function compileCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    export: { type: 'string' },
    'import-from': { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(`compile takes one rule-set file or built-in id${positionals.length === 0 ? '' : `; got ${positionals.length}`}`);
  if (values.out === undefined) throw new UsageError('compile needs --out <file> (or --out - for standard output)');
  const format = oneOf('format', values.format, ['esm', 'cjs'] as const, 'esm');
  if (values.export !== undefined && (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(values.export) || values.export === 'default')) {
    throw new UsageError(`--export must be a JavaScript identifier; got ${JSON.stringify(values.export)}`);
  }
  const file = positionals[0] as string;
  const ruleSet = await resolveRuleSet(file);
  const text = compileRuleSetModule(ruleSet, {
    format,
    source: /[/\\.]/.test(file) ? basename(file) : `the built-in rule set ${file}`,
    ...(values.export === undefined ? {} : { exportName: values.export }),
    ...(values['import-from'] === undefined ? {} : { importFrom: values['import-from'] }),
  });
  if (values.out === '-') io.stdout.write(text);
  else {
    await writeFile(values.out, text, 'utf8');
    io.stderr.write(`wrote ${values.out} (${ruleSet.id} ${ruleSet.version}, sha-256 ${ruleSet.digest})\n`);
  }
  return EXIT.ok;
}
