import { z } from 'zod/mini';
import { moneySchema, returnCaseSchema } from '../case/schema.js';
import { conditionJsonSchemaDefs } from '../conditions/grammar.js';
import { conditionsSchema, ruleSetSchema } from '../rule-set/schema.js';

/** The documents a JSON Schema is published for. */
export type JsonSchemaKind = 'case' | 'rule-set';

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
      'Declarative rules that decide who pays return shipping. Generated from the zod schema; loadRuleSet() also checks facts, operators, shares, locales and placeholders.',
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
  return { $schema, ...HEADINGS[kind], ...rest, $defs: defs };
}

/** The text of a schema file: {@link jsonSchemaOf} as two-space-indented JSON with a final newline. */
export function jsonSchemaText(kind: JsonSchemaKind): string {
  return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}
