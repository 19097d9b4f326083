import { JSON_SCHEMA_FILES, jsonSchemaText, type JsonSchemaKind } from '../schema/json-schema.js';
import { type CliIo, EXIT, UsageError } from './io.js';
import { parseCommand, SCHEMA } from './commands.js';

/** `schema case|rule-set`: prints the JSON Schema, the same text as the file under schema/. */
export async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(args, SCHEMA);
  const kinds = Object.keys(JSON_SCHEMA_FILES) as JsonSchemaKind[];
  const kind = positionals[0];
  if (positionals.length !== 1 || !(kinds as string[]).includes(kind ?? '')) {
    throw new UsageError(`schema takes one of ${kinds.join(', ')}${kind === undefined ? '' : `; got ${positionals.map((p) => JSON.stringify(p)).join(' ')}`}`);
  }
  io.stdout.write(jsonSchemaText(kind as JsonSchemaKind));
  return EXIT.ok;
}
