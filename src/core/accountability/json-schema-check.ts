/**
 * A small JSON Schema subset and its checker, so a rule set's shape is written once as data
 * (rule-set-schema.ts) and every problem names the field at fault, e.g.
 * `priorityAreas[2].any[0].all[1].colors[0]`. Supported keywords: type, description,
 * properties, required, additionalProperties, enum, pattern, minLength, minimum, items,
 * minItems, uniqueItems. Anything else a rule needs is checked in code after the schema.
 */
import type { FieldProblem } from '../common/domain-error';

export type JsonSchema =
  | {
      type: 'object';
      description?: string;
      properties: Record<string, JsonSchema>;
      required?: readonly string[];
      /** `false`: keys other than `properties` are refused; a schema: they must match it. */
      additionalProperties?: false | JsonSchema;
    }
  | { type: 'array'; description?: string; items: JsonSchema; minItems?: number; uniqueItems?: boolean }
  | { type: 'string'; description?: string; enum?: readonly string[]; pattern?: string; minLength?: number }
  | { type: 'integer'; description?: string; enum?: readonly number[]; minimum?: number }
  | { type: 'boolean'; description?: string };

/** Every place where `value` breaks `schema`, each with its field path (empty list when none). */
export function checkJsonSchema(schema: JsonSchema, value: unknown, path = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = path || '(root)';
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [{ field: at, message: 'must be an object' }];
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) {
        if (!(key in record)) problems.push({ field: join(path, key), message: 'is required' });
      }
      for (const [key, item] of Object.entries(record)) {
        const property = schema.properties[key];
        if (property) problems.push(...checkJsonSchema(property, item, join(path, key)));
        else if (schema.additionalProperties === false)
          problems.push({
            field: join(path, key),
            message: `is not a known field (known: ${Object.keys(schema.properties).join(', ')})`,
          });
        else if (schema.additionalProperties)
          problems.push(...checkJsonSchema(schema.additionalProperties, item, join(path, key)));
      }
      return problems;
    }
    case 'array': {
      if (!Array.isArray(value)) return [{ field: at, message: 'must be an array' }];
      if (schema.minItems !== undefined && value.length < schema.minItems)
        problems.push({ field: at, message: `must have at least ${schema.minItems} item(s)` });
      value.forEach((item, index) =>
        problems.push(...checkJsonSchema(schema.items, item, `${path}[${index}]`)),
      );
      if (schema.uniqueItems) {
        const seen = new Set<string>();
        value.forEach((item, index) => {
          const key = JSON.stringify(item);
          if (seen.has(key)) problems.push({ field: `${path}[${index}]`, message: `repeats ${key}` });
          seen.add(key);
        });
      }
      return problems;
    }
    case 'string': {
      if (typeof value !== 'string') return [{ field: at, message: 'must be a string' }];
      if (schema.enum && !schema.enum.includes(value))
        return [{ field: at, message: `${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}` }];
      if (schema.minLength !== undefined && value.length < schema.minLength)
        return [{ field: at, message: `must have at least ${schema.minLength} character(s)` }];
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
        return [{ field: at, message: `${JSON.stringify(value)} does not match ${schema.pattern}` }];
      return [];
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value))
        return [{ field: at, message: 'must be an integer' }];
      if (schema.enum && !schema.enum.includes(value))
        return [{ field: at, message: `${value} is not one of ${schema.enum.join(', ')}` }];
      if (schema.minimum !== undefined && value < schema.minimum)
        return [{ field: at, message: `must be at least ${schema.minimum}` }];
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [{ field: at, message: 'must be true or false' }];
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
