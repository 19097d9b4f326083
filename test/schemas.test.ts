import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SETS, builtInModule } from '../scripts/built-in-rules.js';
import { FACT_TABLE_FILE, withFactTable } from '../scripts/fact-table.js';
import { isRuleSet, loadRuleSet } from '../src/index.js';
import * as builtIns from '../src/rules.js';
import { JSON_SCHEMA_FILES, jsonSchemaOf, jsonSchemaText, type JsonSchemaKind } from '../src/schema/json-schema.js';

const ROOT = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as unknown;

type Schema = Record<string, unknown>;

/**
 * A validator for the subset of JSON Schema 2020-12 that z.toJSONSchema writes for these schemas
 * ($ref to $defs, anyOf, const, enum, type, string/number/array/object keywords). Enough to show
 * that editors validating with the published schemas accept real files and reject broken ones.
 */
function validate(schema: Schema, value: unknown, root: Schema, path = '$'): string[] {
  if (typeof schema['$ref'] === 'string') {
    const target = (schema['$ref'] as string).replace('#/$defs/', '');
    return validate((root['$defs'] as Record<string, Schema>)[target] as Schema, value, root, path);
  }
  const errors: string[] = [];
  if (Array.isArray(schema['anyOf']) && !(schema['anyOf'] as Schema[]).some((branch) => validate(branch, value, root, path).length === 0)) {
    errors.push(`${path}: matches no anyOf branch`);
  }
  if ('const' in schema && value !== schema['const']) errors.push(`${path}: is not ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(value)) errors.push(`${path}: is not one of the enum values`);
  if (schema['type'] !== undefined) {
    const types = ([] as unknown[]).concat(schema['type']);
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const ok = types.some((t) => t === kind || (t === 'integer' && Number.isInteger(value)));
    if (!ok) return [...errors, `${path}: expected ${types.join(' or ')}, got ${kind}`];
  }
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) errors.push(`${path}: too short`);
    if (typeof schema['maxLength'] === 'number' && value.length > schema['maxLength']) errors.push(`${path}: too long`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) errors.push(`${path}: does not match ${schema['pattern']}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${path}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${path}: too few items`);
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) errors.push(`${path}: too many items`);
    if (schema['items'] !== undefined) value.forEach((item, i) => errors.push(...validate(schema['items'] as Schema, item, root, `${path}[${i}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in value)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(value)) {
      if (properties[key] !== undefined) errors.push(...validate(properties[key], child, root, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) errors.push(`${path}.${key}: not allowed`);
      else if (typeof schema['additionalProperties'] === 'object') errors.push(...validate(schema['additionalProperties'] as Schema, child, root, `${path}.${key}`));
      if (schema['propertyNames'] !== undefined) errors.push(...validate(schema['propertyNames'] as Schema, key, root, `${path}.${key} (name)`));
    }
  }
  return errors;
}

const ruleFiles = readdirSync(new URL('rules/', ROOT)).filter((file) => file.endsWith('.json'));

describe('the committed JSON Schemas', () => {
  it.each(Object.entries(JSON_SCHEMA_FILES))('the %s schema, %s, is what `npm run schemas` writes from the zod schema', (kind, file) => {
    const committed = read(`schema/${file}`);
    // On failure: run `npm run schemas` and commit the result.
    expect(committed, `schema/${file} is stale; run npm run schemas`).toBe(jsonSchemaText(kind as JsonSchemaKind));
  });

  it.each(BUILT_IN_RULE_SETS.map((set) => [set.file, set.exportName]))('the precompiled %s is what `npm run schemas` writes from its rule file', (file, exportName) => {
    // On failure: run `npm run schemas` and commit the result.
    expect(read(`src/built-in/${file}.ts`), `src/built-in/${file}.ts is stale; run npm run schemas`).toBe(builtInModule(file, exportName));
    const loaded = loadRuleSet(readJson(`rules/${file}.json`));
    const shipped = (builtIns as Record<string, unknown>)[exportName];
    expect(shipped).toEqual(loaded);
    expect(isRuleSet(shipped) && Object.isFrozen(shipped)).toBe(true);
  });

  it("the authoring page's fact table is what `npm run schemas` writes from the fact table", () => {
    const page = read(FACT_TABLE_FILE);
    // On failure: run `npm run schemas` and commit the result.
    expect(withFactTable(page), `${FACT_TABLE_FILE} fact table is stale; run npm run schemas`).toBe(page);
    expect(page).toContain('| `deliveredLate` | boolean | `false` |');
  });

  it('names the recursive condition and money as $defs, and lists the fact catalogue for editors', () => {
    const ruleSet = jsonSchemaOf('rule-set');
    const defs = ruleSet['$defs'] as Record<string, Schema>;
    expect(Object.keys(defs)).toEqual(['condition', 'topLevelCondition']);
    const factBranch = (defs['condition']?.['anyOf'] as Schema[])[0] as { properties: { fact: { anyOf: Array<{ const?: string; pattern?: string }> } } };
    const facts = factBranch.properties.fact.anyOf;
    expect(facts.map((f) => f.const)).toContain('daysSinceDelivery');
    expect(facts.slice(-3).map((f) => f.pattern)).toEqual(['^window\\.[a-z][a-z0-9_]*$', '^threshold\\.[a-z][a-z0-9_]*$', '^[a-z][A-Za-z0-9]*$']);
    expect(Object.keys(jsonSchemaOf('case')['$defs'] as object)).toEqual(['money']);
  });

  it('is referenced by every built-in rule file through $schema', () => {
    expect(ruleFiles).toContain('marketplace-standard.json');
    for (const file of ruleFiles) expect((readJson(`rules/${file}`) as { $schema?: string }).$schema, file).toBe('../schema/rule-set.schema.json');
  });

  it('accepts every built-in rule file and rejects broken ones', () => {
    const schema = jsonSchemaOf('rule-set');
    for (const file of ruleFiles) expect(validate(schema, readJson(`rules/${file}`), schema), file).toEqual([]);
    const doc = readJson('rules/marketplace-standard.json') as { rules: Array<{ conditions: { all?: Array<{ fact: string }>; any?: unknown } }> };
    const broken = structuredClone(doc);
    // Any camelCase name may be a declared fact, so the schema catches a misspelt operator; loadRuleSet names unknown facts.
    (broken.rules[0]?.conditions.all?.[0] as unknown as { operator: string }).operator = 'equals';
    expect(validate(schema, broken, schema)).toEqual(['$.rules[0].conditions: matches no anyOf branch']);
    const { rules: _rules, ...noRules } = doc;
    expect(validate(schema, { ...noRules, extra: 1 }, schema)).toEqual(['$.rules: required', '$.extra: not allowed']);
  });

  it('accepts the example cases and rejects a broken one', () => {
    const schema = jsonSchemaOf('case');
    const files = readdirSync(new URL('examples/cases/', ROOT)).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(validate(schema, readJson(`examples/cases/${file}`), schema), file).toEqual([]);
    expect(validate(schema, readJson('test/fixtures/case-invalid.json'), schema)).toEqual(['$.costs.returnShipping.amount: expected integer, got number', '$.colour: not allowed']);
  });
});
