import { z } from 'zod';
import { failureSchema } from '../contract/errors.js';
import { platformErrorCodes } from './common.js';
import { platformApi, type PlatformOpName } from './api.js';

const statusOf: Record<string, number> = {
  invalidRequest: 400,
  unauthorized: 401,
  notFound: 404,
  unknownItem: 404,
  idempotencyConflict: 409,
  notAllowed: 409,
  slotFull: 409,
  attachmentMissing: 409,
  hashMismatch: 422,
  wrongMediaType: 415,
  expired: 410,
  alreadyUsed: 409,
  unavailable: 503,
  badResponse: 502,
  internalError: 500,
};

/** HTTP status of a failure code, shared by the reference server and the client's error mapping. */
export function httpStatusOf(code: string): number {
  return statusOf[code] ?? 400;
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

type JsonObject = Record<string, unknown>;

function componentSchemas(io: 'input' | 'output', entries: Array<[string, z.ZodType]>): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of entries) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    io,
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as {
    schemas: Record<string, JsonObject>;
  };
  const out: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

/**
 * The OpenAPI 3.1 document of the platform API, generated from the same zod schemas the code validates
 * with, so the document and the behaviour cannot drift apart. Served by the reference server at /openapi.json.
 */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): JsonObject {
  const names = Object.keys(platformApi) as PlatformOpName[];
  const requests = componentSchemas(
    'input',
    names.filter((n) => platformApi[n].method !== 'GET').map((n) => [`${pascal(n)}Request`, platformApi[n].request]),
  );
  const responses = componentSchemas('output', [
    ...names.map((n): [string, z.ZodType] => [`${pascal(n)}Response`, platformApi[n].response]),
    ['Error', z.object({ error: failureSchema }).strict()],
  ]);

  const paths: Record<string, JsonObject> = {};
  for (const name of names) {
    const spec = platformApi[name];
    const pathParams = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const errorResponses: Record<string, JsonObject> = {};
    for (const code of ['invalidRequest', 'unauthorized', ...spec.errors, 'internalError']) {
      const status = String(httpStatusOf(code));
      const existing = errorResponses[status];
      const description = existing ? `${String(existing.description)}, ${code}` : code;
      errorResponses[status] = {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    const operation: JsonObject = {
      operationId: name,
      summary: spec.summary,
      security: [{ bearer: [] }],
      'x-idempotent': spec.idempotent,
      ...(pathParams.length > 0
        ? {
            parameters: pathParams.map((p) => ({
              name: p,
              in: 'path',
              required: true,
              schema: { type: 'string', maxLength: 64 },
            })),
          }
        : {}),
      ...(spec.method !== 'GET'
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${pascal(name)}Request` } } },
            },
          }
        : {}),
      responses: {
        '200': {
          description: 'OK',
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${pascal(name)}Response` } } },
        },
        ...errorResponses,
      },
    };
    paths[spec.path] = { ...(paths[spec.path] ?? {}), [spec.method.toLowerCase()]: operation };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Government service platform API (kiosk gateway)',
      version: options.version ?? '1.0.0',
      description:
        'The REST API a self-service kiosk uses to reach the government service platform. Failures answer with ' +
        `{"error":{"code","message"}}; codes: ${platformErrorCodes.join(', ')}. Personal data travels only in request bodies.`,
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ...requests, ...responses },
    },
  };
}
