/**
 * Writes the JSON Schemas under schema/ from the zod schemas: `npm run schemas`.
 * test/schemas.test.ts fails when the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILES, jsonSchemaText, type JsonSchemaKind } from '../src/schema/json-schema.js';

for (const kind of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaKind[]) {
  const file = new URL(`../schema/${JSON_SCHEMA_FILES[kind]}`, import.meta.url);
  writeFileSync(file, jsonSchemaText(kind));
  console.log(`wrote schema/${JSON_SCHEMA_FILES[kind]}`);
}
