import { type DeviceError, type DeviceReason, deviceError } from '../../../shared/devices/device-failure.js';
import type { FailureCompletionCode } from '../../../shared/devices/device-status.js';
import { err, ok, type Ok, type Result } from '../../../shared/result.js';

/**
 * The one way a device command ends: a value, or a DeviceError with its completion code, reason, error class
 * and recommended action. Never thrown; exactly one per command (core/command-queue.ts enforces it).
 */
export type Failed = { readonly ok: false; readonly error: DeviceError };
export type Completion<T> = Ok<T> | Failed;

export { ok };

export function failed(
  reasonOrCompletion: DeviceReason | FailureCompletionCode,
  message: string,
  completion?: FailureCompletionCode,
): Failed {
  return { ok: false, error: deviceError(reasonOrCompletion, message, completion) };
}

/** A completion as it crosses the contract: the failure keeps only its code ("userError.replaceCard") and message. */
export function toWire<T>(completion: Completion<T>): Result<T> {
  return completion.ok ? completion : err(completion.error.code, completion.error.message);
}
