import type { DeviceClass } from '../../../shared/devices/device-class.js';
import type { DevicesConfig } from '../../../shared/devices/device-config.js';
import type { Completion } from '../core/completion.js';
import type { DeviceEvent } from '../device.js';

/** Messages between the backend and a device-host process (Node IPC, structured clone: Uint8Array survives). */
export type HostOp = 'readCard' | 'print' | 'setEnabled' | 'wedgeScan' | 'reset' | 'cancelReads';

export type ToHost =
  | { readonly t: 'init'; readonly deviceClass: DeviceClass; readonly config: DevicesConfig }
  | {
      readonly t: 'call';
      readonly id: number;
      readonly op: HostOp;
      readonly args: readonly unknown[];
      readonly timeoutMs: number;
    }
  | { readonly t: 'cancel'; readonly id: number }
  | { readonly t: 'ping'; readonly id: number }
  | { readonly t: 'stop' };

export type FromHost =
  | { readonly t: 'ready' }
  | { readonly t: 'event'; readonly event: DeviceEvent }
  | { readonly t: 'result'; readonly id: number; readonly completion: Completion<unknown> }
  | { readonly t: 'pong'; readonly id: number }
  | { readonly t: 'log'; readonly level: 'debug' | 'info' | 'warn' | 'error'; readonly message: string };
