import { z } from 'zod';
import { publicConfigSchema } from '../config/kiosk-config.js';
import { defineEvent, defineMethod } from './define.js';

const empty = z.object({}).strict();

export const hostKindSchema = z.enum(['electron', 'web']);

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    host: hostKindSchema,
    kioskId: z.string(),
    startedAt: z.iso.datetime(),
  })
  .strict();

export const healthLevelSchema = z.enum(['ok', 'degraded', 'down']);
export const healthCheckSchema = z
  .object({ name: z.string(), level: healthLevelSchema, detail: z.string().max(500) })
  .strict();
export const healthSchema = z
  .object({ level: healthLevelSchema, checks: z.array(healthCheckSchema), uptimeSeconds: z.number().nonnegative() })
  .strict();
export type Health = z.infer<typeof healthSchema>;
export type HealthCheck = z.infer<typeof healthCheckSchema>;

export const appMethods = {
  'app.info': defineMethod({
    summary: 'Name, version and host of the running kiosk.',
    request: empty,
    response: appInfoSchema,
  }),
  'app.health': defineMethod({
    summary: 'Overall health with one line per subsystem (config, store, platform, devices).',
    request: empty,
    response: healthSchema,
  }),
  'config.get': defineMethod({
    summary: 'The configuration the renderer may see (no secrets).',
    request: empty,
    response: publicConfigSchema,
  }),
} as const;

export const appEvents = {
  'app.health': defineEvent({ summary: 'Health changed.', payload: healthSchema }),
} as const;
