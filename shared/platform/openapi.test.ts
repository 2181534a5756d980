import { describe, expect, it } from 'vitest';
import { platformApi, platformOpNames } from './api.js';
import { buildOpenApiDocument } from './openapi.js';

type Node = Record<string, unknown>;

function stringsWithoutLimit(node: unknown, path: string, out: string[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((n, i) => stringsWithoutLimit(n, `${path}[${i}]`, out));
    return;
  }
  const n = node as Node;
  if (n.type === 'string' && n.maxLength === undefined && n.enum === undefined && n.const === undefined) out.push(path);
  if (
    n.type === 'object' &&
    n.additionalProperties !== false &&
    n.propertyNames === undefined &&
    n.properties !== undefined
  )
    out.push(`${path} (open object)`);
  for (const [k, v] of Object.entries(n)) stringsWithoutLimit(v, `${path}.${k}`, out);
}

describe('OpenAPI document of the platform API', () => {
  const doc = buildOpenApiDocument({ serverUrl: 'http://127.0.0.1:5790' }) as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { operationId: string; requestBody?: unknown; responses: Record<string, unknown> }>
    >;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 with one operation per platform call, bearer auth and documented errors', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    for (const op of platformOpNames) {
      const spec = platformApi[op];
      const operation = doc.paths[spec.path]?.[spec.method.toLowerCase()];
      expect(operation?.operationId, op).toBe(op);
      expect(Object.keys(operation?.responses ?? {}), op).toEqual(expect.arrayContaining(['200', '400', '401']));
      if (spec.method === 'POST') expect(operation?.requestBody, op).toBeDefined();
    }
  });

  it('limits the size of every string a kiosk can send', () => {
    const unbounded: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      if (name.endsWith('Request')) stringsWithoutLimit(schema, name, unbounded);
    }
    expect(unbounded).toEqual([]);
  });
});
