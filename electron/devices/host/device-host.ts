import type { Logger } from '../../services/log/logger.js';
import type { CommandOptions } from '../core/command-queue.js';
import { type Completion, failed } from '../core/completion.js';
import type { Device, IdCardReaderDevice, PrinterDevice, ScannerDevice } from '../device.js';
import { createDevice } from '../drivers.js';
import { PrintHistory } from '../simulator/simulator-control.js';
import type { FromHost, HostOp, ToHost } from './protocol.js';

/**
 * Entry of a device-host process: one per device whose driver loads native code (serialport, a vendor
 * library through koffi). Started by IsolatedDevice through a launcher — child_process.fork under plain Node,
 * Electron's utilityProcess in the kiosk (electron/main/utility-host-launcher.ts) — with no electron import,
 * so native modules load with the ABI of whatever runs main. If native code crashes, hangs the event loop or a vendor call never returns,
 * this process dies or is killed, the backend reports the device as faulty and starts a fresh one; the kiosk
 * and every other device keep running.
 */
/** Under Electron's utilityProcess the parent is `process.parentPort`; under child_process.fork, IPC. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function send(message: FromHost): void {
  if (parentPort) parentPort.postMessage(message);
  else if (process.connected) process.send?.(message);
}

const logger: Logger = {
  debug: (message) => send({ t: 'log', level: 'debug', message }),
  info: (message) => send({ t: 'log', level: 'info', message }),
  warn: (message) => send({ t: 'log', level: 'warn', message }),
  error: (message) => send({ t: 'log', level: 'error', message }),
  child: () => logger,
};

let device: Device | undefined;
const running = new Map<number, AbortController>();

async function perform(op: HostOp, args: readonly unknown[], options: CommandOptions): Promise<Completion<unknown>> {
  if (!device) return failed('offline', 'the device host is not initialised');
  switch (op) {
    case 'readCard':
      return (device as IdCardReaderDevice).readCard(options);
    case 'print':
      return (device as PrinterDevice).print(args[0] as Parameters<PrinterDevice['print']>[0], options);
    case 'setEnabled':
      return (device as ScannerDevice).setEnabled(Boolean(args[0]));
    case 'wedgeScan':
      return (device as ScannerDevice).wedgeScan(String(args[0]));
    case 'reset':
      return device.reset();
    case 'cancelReads': {
      return { ok: true, value: await (device as IdCardReaderDevice).cancelReads() };
    }
  }
}

async function onMessage(message: ToHost): Promise<void> {
  switch (message.t) {
    case 'init': {
      const built = await createDevice(message.deviceClass, message.config, {
        logger,
        history: new PrintHistory(),
        onWedged: () => {
          logger.error('vendor library wedged; device host exits to be restarted');
          setTimeout(() => process.exit(70), 50);
        },
      });
      device = built.device;
      device.subscribe((event) => send({ t: 'event', event }));
      device.start();
      send({ t: 'event', event: { type: 'status', snapshot: device.snapshot() } });
      send({ t: 'ready' });
      return;
    }
    case 'call': {
      const controller = new AbortController();
      running.set(message.id, controller);
      let completion: Completion<unknown>;
      try {
        completion = await perform(message.op, message.args, {
          timeoutMs: message.timeoutMs,
          signal: controller.signal,
        });
      } catch (error) {
        completion = failed('internalError', `${message.op} threw ${(error as Error).name}`);
      }
      running.delete(message.id);
      send({ t: 'result', id: message.id, completion });
      return;
    }
    case 'cancel':
      running.get(message.id)?.abort();
      return;
    case 'ping':
      send({ t: 'pong', id: message.id });
      return;
    case 'stop':
      await device?.stop();
      process.exit(0);
  }
}

if (parentPort) {
  parentPort.on('message', (event) => void onMessage(event.data as ToHost));
  process.on('uncaughtException', (error) => {
    logger.error(`device host: uncaught ${error.name}`);
    setTimeout(() => process.exit(70), 50);
  });
} else if (process.send) {
  process.on('message', (message: ToHost) => void onMessage(message));
  // The backend went away (crashed or quit): nothing to serve, release the port.
  process.on('disconnect', () => {
    void Promise.race([device?.stop(), new Promise((r) => setTimeout(r, 1_000))]).then(() => process.exit(0));
  });
  process.on('uncaughtException', (error) => {
    logger.error(`device host: uncaught ${error.name}`);
    setTimeout(() => process.exit(70), 50);
  });
  process.on('unhandledRejection', () => {
    logger.error('device host: unhandled rejection');
  });
}
