import { z } from 'zod';
import { namedSchemas } from './components';

export type JsonSchema = Record<string, unknown>;

const schemaMap = z.record(z.string(), z.record(z.string(), z.unknown()));

/**
 * A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1). `input` is what a client
 * sends (before defaults and transforms), `output` what the server answers. Output schemas
 * refer to the named entities in `components` (collected into it) instead of repeating them.
 */
export function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output', components?: JsonSchema): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
    ...(io === 'output' ? { metadata: namedSchemas } : {}),
  });
  const text = JSON.stringify(converted).replaceAll('"#/$defs/', '"#/components/schemas/');
  const { $schema: _dialect, $defs, ...rest } = z.record(z.string(), z.unknown()).parse(JSON.parse(text));
  if ($defs && components) Object.assign(components, schemaMap.parse($defs));
  return rest;
}

/** The query schema's properties as OpenAPI query parameters. */
export function queryParameters(schema: z.core.$ZodType | undefined): JsonSchema[] {
  if (!schema) return [];
  const objectSchema = jsonSchemaOf(schema, 'input');
  const properties = schemaMap.parse(objectSchema.properties ?? {});
  const required = z.array(z.string()).parse(objectSchema.required ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: 'query',
      required: required.includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: propertySchema,
    };
  });
}
