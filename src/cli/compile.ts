import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { compileRuleSetModule } from '../rule-set/compile-module.js';
import { type CliIo, EXIT, oneOf, resolveRuleSet, UsageError } from './io.js';
import { COMPILE, parseCommand } from './commands.js';

/**
 * `compile <rule file> --out <file> [--format esm|cjs] [--export <name>] [--import-from <specifier>]`:
 * loads the rule set with the validator, then writes it as a module (see `compileRuleSetModule`).
 * `--out -` writes to standard output.
 */
export async function compileCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, COMPILE);
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
