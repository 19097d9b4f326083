/**
 * Writes the JSON Schemas under schema/ from the zod schemas, the fact table of docs/rule-sets.md from
 * the fact table, and the precompiled built-in rule sets under src/built-in/: `npm run schemas`. test/schemas.test.ts fails when the committed files differ from
 * what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BUILT_IN_RULE_SETS, builtInModule } from './built-in-rules.js';
import { FACT_TABLE_FILE, withFactTable } from './fact-table.js';
import { JSON_SCHEMA_FILES, jsonSchemaText, type JsonSchemaKind } from '../src/schema/json-schema.js';

for (const kind of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaKind[]) {
  const file = new URL(`../schema/${JSON_SCHEMA_FILES[kind]}`, import.meta.url);
  writeFileSync(file, jsonSchemaText(kind));
  console.log(`wrote schema/${JSON_SCHEMA_FILES[kind]}`);
}

const factPage = new URL(`../${FACT_TABLE_FILE}`, import.meta.url);
writeFileSync(factPage, withFactTable(readFileSync(factPage, 'utf8')));
console.log(`wrote the fact table of ${FACT_TABLE_FILE}`);

for (const { file, exportName } of BUILT_IN_RULE_SETS) {
  writeFileSync(new URL(`../src/built-in/${file}.ts`, import.meta.url), builtInModule(file, exportName));
  console.log(`wrote src/built-in/${file}.ts`);
}
