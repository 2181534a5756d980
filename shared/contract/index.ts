import type { z } from 'zod';
import type { FailureCompletionCode } from '../devices/device-status.js';
import { adminMethods } from './admin.js';
import { adminDevicesMethods } from './admin-devices.js';
import { adminDiagnosticsMethods } from './admin-diagnostics.js';
import { adminStatisticsMethods } from './admin-statistics.js';
import { adminSettingsEvents, adminSettingsMethods } from './admin-settings.js';
import { appEvents, appMethods } from './app.js';
import { attachmentMethods } from './attachments.js';
import { catalogEvents, catalogMethods } from './catalog.js';
import { developerMethods } from './developer.js';
import { deviceEvents, deviceMethods } from './devices.js';
import { documentMethods } from './documents.js';
import { identityMethods } from './identity.js';
import { platformEvents, platformMethods } from './platform.js';
import type { TransportErrorCode } from './errors.js';
import { sessionMethods } from './session.js';
import { usageMethods } from './usage.js';
import { voiceMethods } from './voice.js';

/**
 * The one contract between renderer and main. Every call and event is declared here once, as zod schemas;
 * main validates every message against it, the renderer gets a typed client from it, and the web host and
 * Electron IPC both carry it unchanged. To add a call: declare it in a domain file (like app.ts), spread
 * that file's object in below, and give it a handler in electron/ (the compiler lists what is missing).
 */
export const productionMethods = {
  ...appMethods,
  ...catalogMethods,
  ...deviceMethods,
  ...platformMethods,
  ...documentMethods,
  ...attachmentMethods,
  ...sessionMethods,
  ...identityMethods,
  ...adminMethods,
  ...adminDiagnosticsMethods,
  ...adminDevicesMethods,
  ...adminStatisticsMethods,
  ...adminSettingsMethods,
  ...usageMethods,
  ...voiceMethods,
} as const;

/** Every call the contract types: production calls and the developer-only ones (see developer.ts). */
export const methods = { ...productionMethods, ...developerMethods } as const;

export const events = {
  ...appEvents,
  ...catalogEvents,
  ...deviceEvents,
  ...platformEvents,
  ...adminSettingsEvents,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ProductionMethodName = keyof typeof productionMethods;
export type DeveloperMethodName = keyof typeof developerMethods;
export type RequestOf<M extends MethodName> = z.input<Methods[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Methods[M]['response']>;
export type DomainErrorOf<M extends MethodName> = Methods[M]['errors'][number];

/**
 * A declared code as it arrives. A device command's failure may carry a reason after a dot
 * ("deviceNotReady.paperOut", "userError.replaceCard": see devices.ts), so a completion code also stands
 * for its reasoned forms; any other domain code arrives as declared.
 */
export type WithReason<C extends string> = C extends FailureCompletionCode ? C | `${C}.${string}` : C;

/**
 * Every failure code a call can answer with: the method's declared domain codes (with their reasons) and
 * the transport codes any call can end in. Comparing a reply's code with anything else is a compile error.
 */
export type CallErrorCode<M extends MethodName> = WithReason<DomainErrorOf<M>> | TransportErrorCode;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayloadOf<E extends EventName> = z.output<Events[E]['payload']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

export function isDeveloperMethod(name: unknown): name is DeveloperMethodName {
  return typeof name === 'string' && Object.hasOwn(developerMethods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

export * from './errors.js';
export { defineEvent, defineMethod } from './define.js';
