import type { deviceMethods } from '../../shared/contract/devices.js';
import type { PrintJob } from '../../shared/devices/print-job.js';
import { ok } from '../../shared/result.js';
import type { EventHub } from '../rpc/event-hub.js';
import type { Handlers } from '../rpc/handlers.js';
import type { Logger } from '../services/log/logger.js';
import { toWire } from './core/completion.js';
import type { DeviceManager } from './device-manager.js';

type DeviceHandlers = Pick<Handlers, keyof typeof deviceMethods>;

/** The contract's device calls (the simulator controls are developer calls: electron/developer). */
export function createDeviceHandlers(devices: DeviceManager): DeviceHandlers {
  return {
    'devices.status': () => ok({ devices: devices.snapshots() }),
    'devices.idCard.read': async ({ waitMs }) => toWire(await devices.readIdCard({ timeoutMs: waitMs })),
    'devices.idCard.cancel': async () => ok({ canceled: await devices.cancelIdCardReads() }),
    'devices.print': async (request) => {
      const job: PrintJob = {
        documentId: request.documentId,
        title: request.title,
        media: request.media,
        pdf: new Uint8Array(Buffer.from(request.pdfBase64, 'base64')),
        copies: request.copies,
        ...(request.receiptLines ? { receiptLines: request.receiptLines } : {}),
      };
      const timeoutMs = request.timeoutMs ?? (request.device === 'documentPrinter' ? 180_000 : 60_000);
      const result = await devices.print(request.device, job, { timeoutMs });
      job.pdf.fill(0);
      if (!result.ok) return toWire(result);
      return ok({ device: request.device, jobId: result.value.jobId, completedAt: result.value.completedAt });
    },
    'devices.scanner.setEnabled': async ({ enabled }) => {
      const result = await devices.setScannerEnabled(enabled);
      return result.ok ? ok({ scanner: result.value }) : toWire(result);
    },
    'devices.scanner.wedgeScan': ({ code }) => {
      const result = devices.wedgeScan(code);
      return result.ok ? ok({ accepted: result.value }) : toWire(result);
    },
    'devices.camera.profile': ({ device }) => ok(devices.cameraProfile(device)),
    'devices.camera.report': ({ device, report }) => {
      devices.cameraReport(device, report);
      return ok({});
    },
  };
}

/** Forwards device events to the renderer's event stream (status, card placed/lifted, scans). */
export function connectDeviceEvents(devices: DeviceManager, events: EventHub, logger: Logger): () => void {
  return devices.subscribe((event) => {
    try {
      if (event.type === 'status') events.emit('devices.status', event.snapshot);
      else if (event.type === 'card') events.emit('devices.idCard', { event: event.event });
      else events.emit('devices.scan', { code: event.code, source: event.source });
    } catch (error) {
      logger.error(`device event ${event.type} not sent: ${(error as Error).message}`);
    }
  });
}
