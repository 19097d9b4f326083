import { z } from 'zod/mini';
import { moneySchema, returnCaseSchema } from '../case/schema.js';
import { conditionJsonSchemaDefs } from '../conditions/grammar.js';
import { conditionsSchema, ruleSetSchema, SUPPORTED_LOCALES } from '../rule-set/schema.js';
import { BASE_FACT_NAMES } from '../facts/table.js';

/** The documents a JSON Schema is published for. */
export type JsonSchemaKind = 'case' | 'rule-set';

/** Where the published schemas live; `$id` of each is this plus its file name. */
export const JSON_SCHEMA_BASE_URL = 'https://cdn.jsdelivr.net/npm/return-liability/schema/';

/** File names under `schema/`, per kind. */
export const JSON_SCHEMA_FILES: Readonly<Record<JsonSchemaKind, string>> = {
  case: 'return-case.schema.json',
  'rule-set': 'rule-set.schema.json',
};

interface Meta {
  id?: string;
  description?: string;
}

const HEADINGS: Record<JsonSchemaKind, { title: string; description: string }> = {
  case: {
    title: 'return-liability return case',
    description:
      'One e-commerce return: reason, findings, item, costs in integer minor units, dates. Generated from the zod schema; parseReturnCase() also checks currencies, dates and time zones.',
  },
  'rule-set': {
    title: 'return-liability rule set',
    description:
      'Declarative rules that decide who pays return shipping. Generated from the zod schema and the condition grammar; loadRuleSet() also checks what JSON Schema cannot say: shares summing to 100, known facts, windows and thresholds, placeholders, currencies, unique rule names, enum defaults and integer bounds.',
  },
};

/**
 * The JSON Schema (draft 2020-12) of a return case or a rule-set document, generated from the zod
 * schemas with `z.toJSONSchema`. Money and conditions become named `$defs`; a condition's `fact`
 * lists the fact catalogue so editors can complete it.
 *
 * @param kind - `case` or `rule-set`
 * @returns a JSON Schema object
 */
export function jsonSchemaOf(kind: JsonSchemaKind): Record<string, unknown> {
  const registry = z.registry<Meta>();
  registry.add(moneySchema, { id: 'money', description: 'Money: amount in integer minor units (cents) and an ISO 4217 currency code.' });
  const generated = z.toJSONSchema(kind === 'case' ? returnCaseSchema : ruleSetSchema, {
    io: 'input',
    metadata: registry,
    // Conditions are a custom zod type; `override` below replaces them with the grammar's schema.
    unrepresentable: 'any',
    override(ctx) {
      // Conditions are the condition grammar's: it supplies their schema.
      if (ctx.zodSchema === conditionsSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        ctx.jsonSchema.$ref = '#/$defs/topLevelCondition';
      }
    },
  }) as Record<string, unknown>;
  const { $schema, $defs, ...rest } = generated;
  const defs = { ...($defs as Record<string, unknown> | undefined), ...(kind === 'rule-set' ? conditionJsonSchemaDefs() : {}) };
  const schema: Json = { $schema, $id: `${JSON_SCHEMA_BASE_URL}${JSON_SCHEMA_FILES[kind]}`, ...HEADINGS[kind], ...rest, $defs: defs };
  if (kind === 'rule-set') refineRuleSetSchema(schema);
  return schema;
}

type Json = Record<string, any>;

/**
 * What the loader checks beyond the zod schema, said in JSON Schema where it can be: the supported
 * locales (each once), texts for exactly the declared locales, `defaultLocale` among `locales`,
 * shares and percentages with at most two decimals, windows with days or months, non-empty amounts,
 * unique enum values, declared facts that do not shadow built-in ones. Per-fact operators and values
 * are in the condition `$defs` (see `conditionJsonSchemaDefs`).
 */
function refineRuleSetSchema(schema: Json): void {
  const props = schema['properties'] as Json;
  const locales = [...SUPPORTED_LOCALES];
  props['locales'] = { ...props['locales'], uniqueItems: true, items: { type: 'string', enum: locales } };
  props['defaultLocale'] = { ...props['defaultLocale'], enum: locales };
  const text = (node: Json) => (node['propertyNames'] = { type: 'string', enum: locales });
  text(props['title']);
  const branches = props['rules'].items.properties.event.oneOf as Json[];
  for (const branch of branches) {
    const params = branch['properties'].params.properties as Json;
    text(params['text']);
    text(params['disclosure']);
    for (const key of ['shares', 'replacementShares']) if (params[key] !== undefined) params[key].additionalProperties.multipleOf = 0.01;
    if (params['fees'] !== undefined) params['fees'].properties.restocking.properties.percent.multipleOf = 0.01;
    if (params['caps'] !== undefined) params['caps'].additionalProperties.minProperties = 1;
  }
  props['windows'].additionalProperties.anyOf = [
    { type: 'object', properties: { days: { type: 'integer' } }, required: ['days'] },
    { type: 'object', properties: { months: { type: 'integer' } }, required: ['months'] },
  ];
  props['thresholds'].additionalProperties.properties.amounts.minProperties = 1;
  props['facts'].propertyNames = { ...props['facts'].propertyNames, not: { enum: [...BASE_FACT_NAMES] } };
  for (const declared of props['facts'].additionalProperties.oneOf as Json[]) {
    if (declared['properties'].values !== undefined) declared['properties'].values.uniqueItems = true;
  }
  // Texts exist for exactly the declared locales, and the default locale is one of them.
  const texts = (has: boolean, locale: string): Json => {
    const named = { type: 'object', properties: { [locale]: { type: 'string' } }, required: [locale] };
    const rule = has ? named : { type: 'object', not: named };
    return {
      type: 'object',
      properties: {
        title: rule,
        rules: { type: 'array', items: { type: 'object', properties: { event: { type: 'object', properties: { params: { type: 'object', properties: { text: rule, disclosure: rule } } } } } } },
      },
    };
  };
  schema['allOf'] = locales.flatMap((locale) => [
    {
      if: { type: 'object', properties: { locales: { type: 'array', contains: { const: locale } } }, required: ['locales'] },
      then: texts(true, locale),
      else: texts(false, locale),
    },
    {
      if: { type: 'object', properties: { defaultLocale: { const: locale } }, required: ['defaultLocale'] },
      then: { type: 'object', properties: { locales: { type: 'array', contains: { const: locale } } } },
    },
  ]);
}

/** The text of a schema file: {@link jsonSchemaOf} as two-space-indented JSON with a final newline. */
export function jsonSchemaText(kind: JsonSchemaKind): string {
  return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}
