// Every language for the command line.
// Every language, registered here rather than by importing the locale entries: the command is one
// more entry of the ESM build, and a module two entries import moves into a shared chunk.
import { ja } from '../locales/catalogues/ja.js';
import { ko } from '../locales/catalogues/ko.js';
import { ptBR } from '../locales/catalogues/pt-BR.js';
import { registerLocale } from '../locales/pack.js';
import packageJson from '../../package.json' with { type: 'json' };
import { checkCommand } from './check.js';
import { compileCommand } from './compile.js';
import { COMMAND_SPECS, commandHelp, unknownCommand, usage } from './commands.js';
import { decideCommand } from './decide.js';
import { type CliIo, EXIT, reportError, UsageError } from './io.js';
import { policyCommand } from './policy.js';
import { schemaCommand } from './schema.js';
import { simulateCommand } from './simulate.js';

export { usage } from './commands.js';

for (const pack of [ptBR, ko, ja]) registerLocale(pack);

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  decide: decideCommand,
  check: checkCommand,
  policy: policyCommand,
  simulate: simulateCommand,
  schema: schemaCommand,
  compile: compileCommand,
};

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';

/**
 * Runs the `return-liability` command.
 * @param argv - the arguments after the program name
 * @param io - standard streams
 * @returns the exit code
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (isHelp(command) || (command === 'help' && rest.length === 0)) {
      io.stdout.write(usage());
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    const names = COMMAND_SPECS.map((spec) => spec.name).filter((name) => !name.includes(' '));
    if (command === undefined) throw new UsageError(`missing command (${names.slice(0, -1).join(', ')} or ${names.at(-1)})`);
    // `help <command>` and `<command> --help` (anywhere before a `--`) print the command's help.
    // `simulate merge` is a subcommand with its own table: its name is two words.
    const withSubcommand = (words: readonly string[]) => (words[0] === 'simulate' && words[1] === 'merge' ? 'simulate merge' : words[0]);
    const invoked = withSubcommand(argv);
    const helpFor = command === 'help' ? withSubcommand(rest) : rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined).some(isHelp) ? invoked : undefined;
    const name = helpFor ?? invoked ?? command;
    const spec = COMMAND_SPECS.find((candidate) => candidate.name === name);
    const top = name.split(' ')[0] ?? name;
    const run = Object.hasOwn(COMMANDS, top) ? COMMANDS[top] : undefined;
    if (spec === undefined || run === undefined) throw unknownCommand(name);
    if (helpFor !== undefined) {
      io.stdout.write(commandHelp(spec));
      return EXIT.ok;
    }
    return await run(rest, io);
  } catch (error) {
    return reportError(io, error);
  }
}
