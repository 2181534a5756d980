import { z } from 'zod';
import { cameraProfileSchema, cameraReportSchema } from '../devices/capture.js';
import { completionCodeSchema, deviceSnapshotSchema } from '../devices/device-status.js';
import { idCardSchema } from '../devices/id-card.js';
import { printMediaSchema, receiptLineSchema } from '../devices/print-job.js';
import { defineEvent, defineMethod } from './define.js';

/**
 * Calls and events of the device layer (electron/devices). A failed device command answers with a failure
 * whose code is its completion code, optionally with a reason: "timeOut.noCard", "userError.replaceCard",
 * "deviceNotReady.paperOut". shared/devices/device-failure.ts `describeDeviceFailure(code)` gives the error
 * class, the recommended action and the citizen's words for any of them.
 */
const empty = z.object({}).strict();

/** Completion codes a device command can fail with (each may carry a ".reason"). */
const deviceErrors = completionCodeSchema.options.filter((c) => c !== 'success');

export const printerClassSchema = z.enum(['documentPrinter', 'receiptPrinter']);
export const cameraClassSchema = z.enum(['documentCamera', 'faceCamera']);

/** The largest PDF a renderer may hand over (base64, within the web host's 1 MiB body). */
export const MAX_PDF_BASE64_CHARS = 900_000;

export const simulatorFaultSchema = z.enum([
  // any simulated device
  'unplug', // the device disappears from the bus
  'replug', // it comes back (hot-plug)
  'silence', // attached but stops answering: commands and probes time out
  'unsilence',
  'reset', // back to a healthy, attached, answering device with no faults
  // ID card reader
  'samFault',
  'samOk',
  'readFailOnce', // the next card read fails as a badly placed card does (SW3 0x41)
  // printers
  'paperLow',
  'paperOut',
  'paperJam',
  'paperFull', // paper loaded, jam cleared
  'coverOpen',
  'coverClosed',
  // scanner
  'inoperative',
  'operative',
]);
export type SimulatorFault = z.infer<typeof simulatorFaultSchema>;

export const printOutcomeSchema = z
  .object({
    device: printerClassSchema,
    /** The spooler's or driver's job id ("kiosk-pdf-12"), for the technician. */
    jobId: z.string().max(200),
    completedAt: z.iso.datetime(),
  })
  .strict();

export const simulatedPrintSchema = z
  .object({
    device: printerClassSchema,
    documentId: z.string(),
    title: z.string(),
    media: printMediaSchema,
    bytes: z.number().int().nonnegative(),
    at: z.iso.datetime(),
  })
  .strict();

export const deviceMethods = {
  'devices.status': defineMethod({
    summary: 'A snapshot of every device class: status, per-class state, driver and whether it is simulated.',
    request: empty,
    response: z.object({ devices: z.array(deviceSnapshotSchema) }).strict(),
  }),
  'devices.idCard.read': defineMethod({
    summary:
      'Reads the resident ID card on the reader, waiting up to waitMs for one to be placed. Each placed card is returned once; reading it again needs it lifted and placed again.',
    request: z.object({ waitMs: z.number().int().min(0).max(120_000).default(30_000) }).strict(),
    response: idCardSchema,
    errors: deviceErrors,
  }),
  'devices.idCard.cancel': defineMethod({
    summary: 'Ends every waiting ID card read with "canceled" (the citizen left the screen).',
    request: empty,
    response: z.object({ canceled: z.number().int().nonnegative() }).strict(),
  }),
  'devices.print': defineMethod({
    summary:
      'Prints a PDF (and, for receipt printers, its receipt lines) and answers when the spooler or printer reports the job done, not when it was sent.',
    request: z
      .object({
        device: printerClassSchema,
        documentId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
        title: z.string().min(1).max(60),
        media: printMediaSchema,
        pdfBase64: z.string().min(8).max(MAX_PDF_BASE64_CHARS),
        receiptLines: z.array(receiptLineSchema).max(200).optional(),
        copies: z.number().int().min(1).max(5).default(1),
        timeoutMs: z.number().int().min(1_000).max(600_000).optional(),
      })
      .strict(),
    response: printOutcomeSchema,
    errors: deviceErrors,
  }),
  'devices.scanner.setEnabled': defineMethod({
    summary: 'Turns QR reads on (a screen waits for a code) or off; codes read while off are dropped.',
    request: z.object({ enabled: z.boolean() }).strict(),
    response: z.object({ scanner: z.enum(['on', 'off', 'inoperative']) }).strict(),
    errors: deviceErrors,
  }),
  'devices.scanner.wedgeScan': defineMethod({
    summary:
      'A code a keyboard-wedge scanner typed into the page (renderer helper); emitted as devices.scan when reads are on.',
    request: z.object({ code: z.string().min(1).max(4096) }).strict(),
    response: z.object({ accepted: z.boolean() }).strict(),
    errors: deviceErrors,
  }),
  'devices.camera.profile': defineMethod({
    summary: 'Which camera the renderer should open for the document camera or the face camera, and at what size.',
    request: z.object({ device: cameraClassSchema }).strict(),
    response: cameraProfileSchema,
  }),
  'devices.camera.report': defineMethod({
    summary: 'The renderer says whether it could open the profiled camera (feeds the device status and availability).',
    request: z.object({ device: cameraClassSchema, report: cameraReportSchema }).strict(),
    response: empty,
  }),
} as const;

export const deviceEvents = {
  'devices.status': defineEvent({
    summary: "A device's status or per-class state changed.",
    payload: deviceSnapshotSchema,
  }),
  'devices.idCard': defineEvent({
    summary: 'A card was placed on or lifted off the ID card reader (no card data: read it with devices.idCard.read).',
    payload: z.object({ event: z.enum(['inserted', 'removed']) }).strict(),
  }),
  'devices.scan': defineEvent({
    summary: 'The QR / barcode scanner read a code while reads were on.',
    payload: z.object({ code: z.string().max(4096), source: z.enum(['serial', 'wedge', 'simulator']) }).strict(),
  }),
} as const;
