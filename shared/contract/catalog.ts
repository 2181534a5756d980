import { z } from 'zod';
import {
  audienceSchema,
  catalogShapeSchema,
  catalogVersionSchema,
  lifeEventSchema,
  localizedTextSchema,
  recordIdSchema,
} from '../catalog/schema.js';
import { defineEvent, defineMethod } from './define.js';

/**
 * The service catalog as the renderer sees it: the whole validated catalog (items, packages, departments),
 * search (Chinese, pinyin, initials, English) and browse lists. The catalog itself is resolved and
 * field-validated in the renderer with shared/catalog's functions; main only holds the current one, which
 * a platform catalog replaces after it validates (`catalog.changed`).
 */
const empty = z.object({}).strict();

export const catalogSourceSchema = z.enum(['bundled', 'platform', 'saved']);

export const catalogGetResponseSchema = z
  .object({
    version: catalogVersionSchema,
    /** Where the current catalog came from: the one shipped with the kiosk, or one accepted from the platform. */
    source: catalogSourceSchema,
    /** Already validated by the catalog service; the reply is checked for shape. */
    catalog: catalogShapeSchema,
  })
  .strict();

export const catalogSearchRequestSchema = z
  .object({
    query: z.string().max(64),
    locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
    limit: z.number().int().min(1).max(50).default(20),
    kinds: z
      .array(z.enum(['item', 'package']))
      .max(2)
      .optional(),
  })
  .strict();

export const searchHitSchema = z
  .object({
    kind: z.enum(['item', 'package']),
    code: z.string().max(20),
    name: localizedTextSchema,
    score: z.number(),
    /** Where it matched (name, keyword, department, summary) and how (chinese, pinyin, fuzzyPinyin, english, code). */
    role: z.enum(['name', 'keyword', 'department', 'summary']),
    match: z.enum(['code', 'chinese', 'pinyin', 'fuzzyPinyin', 'english']),
  })
  .strict();
export type SearchHitReply = z.infer<typeof searchHitSchema>;

export const catalogBrowseRequestSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('department'), department: recordIdSchema }).strict(),
  z.object({ by: z.literal('lifeEvent'), lifeEvent: lifeEventSchema }).strict(),
  z.object({ by: z.literal('audience'), audience: audienceSchema.exclude(['both']) }).strict(),
  z.object({ by: z.literal('category'), category: recordIdSchema }).strict(),
]);

const codeList = z.array(z.string().max(20)).max(10_000);

export const catalogMethods = {
  'catalog.get': defineMethod({
    summary: 'The current catalog (validated) with its version and source.',
    request: empty,
    response: catalogGetResponseSchema,
  }),
  'catalog.search': defineMethod({
    summary: 'Search items and packages by Chinese, pinyin (full, initials, tone-less), English or code; best first.',
    request: catalogSearchRequestSchema,
    response: z.object({ version: catalogVersionSchema, hits: z.array(searchHitSchema).max(50) }).strict(),
  }),
  'catalog.browse': defineMethod({
    summary: 'Item and package codes by department, life event, audience or category, in catalog order.',
    request: catalogBrowseRequestSchema,
    response: z.object({ version: catalogVersionSchema, items: codeList, packages: codeList }).strict(),
  }),
} as const;

export const catalogEvents = {
  'catalog.changed': defineEvent({
    summary: 'A new catalog replaced the current one (after validating); call catalog.get for it.',
    payload: z.object({ version: catalogVersionSchema, source: catalogSourceSchema }).strict(),
  }),
} as const;
