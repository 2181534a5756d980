import fc from 'fast-check';
import { z } from 'zod';

/**
 * Valid-looking values for a contract call, derived from the call's own zod request schema: zod 4 turns it
 * into JSON Schema (`z.toJSONSchema`, input side, so defaults make fields optional) and this file turns that
 * into a fast-check arbitrary. Refinements JSON Schema cannot say (an ID number's checksum, "a reason when
 * the rating is low") are not known here; `hints` gives realistic values for such fields by name, so the
 * messages also get past validation into the handlers.
 */
export type JsonSchema = { readonly [key: string]: unknown };

/** Field name → values a real page would send there (ID numbers that pass the checksum, catalog codes…). */
export type Hints = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** Fields a valid message may only take from its hint (caps on waits: a fuzzer must not sleep for minutes). */
export type Caps = Readonly<Record<string, fc.Arbitrary<unknown>>>;

export function requestJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as JsonSchema;
}

const MAX_REF_DEPTH = 6;

export function arbitraryFromSchema(root: JsonSchema, hints: Hints = {}, caps: Caps = {}): fc.Arbitrary<unknown> {
  const defs = { ...(root.$defs as Record<string, JsonSchema> | undefined) };

  const build = (schema: JsonSchema | boolean | undefined, depth: number): fc.Arbitrary<unknown> => {
    if (schema === undefined || schema === true) return fc.jsonValue({ maxDepth: 2 });
    if (schema === false) return fc.constant(null);
    if (typeof schema.$ref === 'string') {
      if (depth > MAX_REF_DEPTH) return fc.constant(null);
      const target = schema.$ref === '#' ? root : defs[schema.$ref.replace(/^#\/\$defs\//, '')];
      return build(target, depth + 1);
    }
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = schema[key];
      if (Array.isArray(options) && options.length > 0)
        return fc.oneof(...(options as JsonSchema[]).map((option) => build(option, depth)));
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
      return build(mergeAll(schema.allOf as JsonSchema[]), depth);
    const type = schema.type;
    if (Array.isArray(type)) return fc.oneof(...type.map((t: unknown) => build({ ...schema, type: t }, depth)));
    switch (type) {
      case 'object':
        return objectArbitrary(schema, depth);
      case 'array':
        return arrayArbitrary(schema, depth);
      case 'string':
        return stringArbitrary(schema);
      case 'integer':
        return integerArbitrary(schema);
      case 'number':
        return numberArbitrary(schema);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };

  const objectArbitrary = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of Object.entries(properties)) {
      const fromSchema = build(property, depth);
      const cap = caps[name];
      const hint = hints[name];
      model[name] =
        cap ?? (hint ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: fromSchema, weight: 1 }) : fromSchema);
    }
    const known = fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
    const extra = schema.additionalProperties;
    if (extra === undefined || extra === false || Object.keys(properties).length > 0) return known;
    const keys =
      schema.propertyNames && typeof schema.propertyNames === 'object'
        ? (build(schema.propertyNames as JsonSchema, depth) as fc.Arbitrary<string>)
        : fc.string({ minLength: 1, maxLength: 12 });
    return fc.dictionary(keys, build(extra as JsonSchema, depth + 1), { maxKeys: 4 });
  };

  const arrayArbitrary = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    if (Array.isArray(schema.prefixItems))
      return fc.tuple(...(schema.prefixItems as JsonSchema[]).map((item) => build(item, depth)));
    const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : minLength + 4;
    const item = build(schema.items as JsonSchema | undefined, depth + 1);
    const maxLength = Math.min(maxItems, minLength + 4);
    return schema.uniqueItems
      ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
      : fc.array(item, { minLength, maxLength });
  };

  return build(root, 0);
}

function mergeAll(parts: readonly JsonSchema[]): JsonSchema {
  return parts.reduce<Record<string, unknown>>((merged, part) => ({ ...merged, ...part }), {});
}

const formats: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid({ version: 4 }),
  'date-time': fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  date: fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
};

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : minLength + 40;
  const format = typeof schema.format === 'string' ? formats[schema.format] : undefined;
  if (format) return format;
  if (typeof schema.pattern === 'string') {
    const pattern = patternArbitrary(schema.pattern);
    if (pattern) return withinLength(pattern, minLength, maxLength);
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40), unit: 'grapheme' });
}

function patternArbitrary(pattern: string): fc.Arbitrary<string> | undefined {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return undefined; // a feature stringMatching does not know: the plain string arbitrary serves
  }
}

/**
 * A pattern and a length limit together: filter to the length only when enough of the pattern's strings
 * fit it (checked once on a fixed sample), so a filter never spins; otherwise the occasional misfit is sent
 * as it is and counted among the refused messages.
 */
function withinLength(arbitrary: fc.Arbitrary<string>, minLength: number, maxLength: number): fc.Arbitrary<string> {
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
  const sample = fc.sample(arbitrary, { seed: 1, numRuns: 100 });
  if (sample.every(fits)) return arbitrary;
  return sample.filter(fits).length >= 10 ? arbitrary.filter(fits) : arbitrary;
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = bound(schema.minimum, schema.exclusiveMinimum, 1, -1_000_000);
  const max = bound(schema.maximum, schema.exclusiveMaximum, -1, 1_000_000);
  return fc.integer({
    min: Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER)),
    max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)),
  });
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = bound(schema.minimum, schema.exclusiveMinimum, 1e-9, -1_000_000);
  const max = bound(schema.maximum, schema.exclusiveMaximum, -1e-9, 1_000_000);
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function bound(inclusive: unknown, exclusive: unknown, step: number, fallback: number): number {
  if (typeof inclusive === 'number') return inclusive;
  if (typeof exclusive === 'number') return exclusive + step;
  return fallback;
}
