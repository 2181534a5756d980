import { z } from 'zod';
import { deviceClassSchema } from './device-class.js';

/**
 * What the renderer sees of a device, modelled on CEN/XFS and XFS4IoT (Common.Status and the per-class
 * status objects). The device layer (electron/devices) keeps one snapshot per device class and sends a
 * `devices.status` event whenever any field of it changes.
 */

/** XFS4IoT Common.status.device. */
export const deviceStatusSchema = z.enum([
  'online', // ready for commands
  'offline', // configured and known, but not answering (cable, power save, spooler stopped, queue disabled)
  'powerOff', // known to be switched off
  'noDevice', // nothing matching the profile is attached (or the class is not configured)
  'hardwareError', // attached but faulty: needs a technician
  'userError', // someone must act on it (cover open, object in the slot)
  'busy', // working on a command; still counts as present
]);
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** Every command ends in exactly one of these (XFS4IoT completionCode, reduced to what a kiosk needs). */
export const completionCodeSchema = z.enum([
  'success',
  'canceled',
  'timeOut',
  'deviceNotReady',
  'hardwareError',
  'userError',
  'invalidData',
  'unsupportedCommand',
  'internalError',
]);
export type CompletionCode = z.infer<typeof completionCodeSchema>;
export type FailureCompletionCode = Exclude<CompletionCode, 'success'>;

/** Who has to do something about a failure. */
export const errorClassSchema = z.enum(['hardware', 'software', 'user']);
export type ErrorClass = z.infer<typeof errorClassSchema>;

/** What should happen next (XFS "recommended action"). */
export const recommendedActionSchema = z.enum([
  'none', // nothing: e.g. the citizen canceled
  'retry', // try the same command again
  'replaceCard', // the citizen lifts the card and puts it back
  'placeCard', // the citizen puts a card on the reader
  'reset', // reset / reconnect the device
  'clear', // clear a jam or an object
  'refill', // load paper / media
  'maintenance', // a technician must repair or reconfigure
  'checkConnection', // cable, power, network or spooler
]);
export type RecommendedAction = z.infer<typeof recommendedActionSchema>;

export const paperStateSchema = z.enum(['full', 'low', 'out', 'jammed', 'unknown']);
export type PaperState = z.infer<typeof paperStateSchema>;
export const cardPresenceSchema = z.enum(['present', 'absent', 'unknown']);
export const samHealthSchema = z.enum(['ok', 'fault', 'unknown']);
export const scannerStateSchema = z.enum(['on', 'off', 'inoperative']);
export const cameraStateSchema = z.enum(['ready', 'notFound', 'permissionDenied', 'unknown']);

/** Per-class part of a snapshot (XFS4IoT Printer / IdentityCard / Barcode status objects). */
export const deviceStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idCardReader'), card: cardPresenceSchema, sam: samHealthSchema }).strict(),
  z.object({ kind: z.literal('printer'), paper: paperStateSchema, media: z.enum(['A4', 'receipt80']) }).strict(),
  z.object({ kind: z.literal('scanner'), scanner: scannerStateSchema }).strict(),
  z.object({ kind: z.literal('camera'), camera: cameraStateSchema }).strict(),
]);
export type DeviceState = z.infer<typeof deviceStateSchema>;

export const driverKindSchema = z.enum([
  'none',
  'simulator',
  'samSerial',
  'vendorSdk',
  'cups',
  'windowsSpooler',
  'escpos',
  'serialScanner',
  'hidWedge',
  'camera',
]);
export type DriverKind = z.infer<typeof driverKindSchema>;

export const deviceSnapshotSchema = z
  .object({
    device: deviceClassSchema,
    driver: driverKindSchema,
    status: deviceStatusSchema,
    state: deviceStateSchema,
    /** For a technician: what the driver sees, never personal data ("queue kiosk-pdf: paused"). */
    detail: z.string().max(300),
    /** Set while the status is an error: who acts, and how. */
    problem: z.object({ errorClass: errorClassSchema, action: recommendedActionSchema }).strict().optional(),
    /** When the status last changed (ISO time). */
    since: z.iso.datetime(),
    /** True when a simulator stands in for the device (the simulator panel can drive it). */
    simulated: z.boolean(),
  })
  .strict();
export type DeviceSnapshot = z.infer<typeof deviceSnapshotSchema>;

/** Whether a status lets a device take commands at all (busy devices queue them). */
export function isUsableStatus(status: DeviceStatus): boolean {
  return status === 'online' || status === 'busy';
}
