import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import { type Completion, failed } from '../core/completion.js';
import type { ConnectProblem } from '../core/connection-loop.js';
import { SamCommand, type SamRequest } from './sam-codec.js';
import type { SamChannel, SamConnector, SamReply } from './sam-channel.js';
import { SW3 } from './sam-status.js';
import { PHOTO_BYTES, TEXT_BYTES } from './sam-text.js';

/**
 * Readers that ship only a vendor library with the "sdtapi" functions (SDT_OpenPort, SDT_StartFindIDCard,
 * SDT_SelectIDCard, SDT_ReadBaseMsg, SDT_GetSAMStatus, SDT_ClosePort). Their return values are the SAM SW3
 * codes, so this adapter turns each call into the reply the serial protocol would give and the same driver
 * state machine (id-card-reader.ts) runs on top. Loaded through koffi only when configured, and by default in
 * its own device-host process: vendor calls block and vendor code can crash. Calls run on koffi's worker
 * threads (`.async`) so the host keeps answering its supervisor; a call that never returns marks the library
 * wedged and `onWedged` lets the host exit, so the supervisor starts a fresh process.
 */
type AsyncFn = { async: (...args: unknown[]) => void };

export interface SdtapiFunctions {
  openPort(port: number): Promise<number>;
  closePort(port: number): Promise<number>;
  findCard(port: number): Promise<number>;
  selectCard(port: number): Promise<number>;
  /** Returns the SW3 code and the text and photo blocks. */
  readBase(port: number): Promise<{ rc: number; text: Uint8Array; photo: Uint8Array }>;
  samStatus(port: number): Promise<number>;
}

function call(fn: AsyncFn, ...args: unknown[]): Promise<number> {
  return new Promise((resolve, reject) =>
    fn.async(...args, (error: unknown, rc: number) => (error ? reject(error) : resolve(rc))),
  );
}

/** Binds the sdtapi functions of a vendor library. Throws when the library or a symbol is missing. */
export async function bindSdtapi(library: string): Promise<SdtapiFunctions> {
  const koffi = (await import('koffi')).default;
  const lib = koffi.load(library);
  const conv = process.platform === 'win32' && process.arch === 'ia32' ? '__stdcall' : '';
  const f = (proto: string) => lib.func(conv ? proto.replace(/^int /, `int ${conv} `) : proto) as unknown as AsyncFn;
  const open = f('int SDT_OpenPort(int iPort)');
  const close = f('int SDT_ClosePort(int iPort)');
  const find = f('int SDT_StartFindIDCard(int iPort, _Out_ uint8_t *pucManaInfo, int iIfOpen)');
  const select = f('int SDT_SelectIDCard(int iPort, _Out_ uint8_t *pucManaMsg, int iIfOpen)');
  const read = f(
    'int SDT_ReadBaseMsg(int iPort, _Out_ uint8_t *pucCHMsg, _Inout_ uint32_t *puiCHMsgLen, _Out_ uint8_t *pucPHMsg, _Inout_ uint32_t *puiPHMsgLen, int iIfOpen)',
  );
  const sam = f('int SDT_GetSAMStatus(int iPort, int iIfOpen)');
  return {
    openPort: (port) => call(open, port),
    closePort: (port) => call(close, port),
    findCard: (port) => call(find, port, Buffer.alloc(8), 0),
    selectCard: (port) => call(select, port, Buffer.alloc(8), 0),
    readBase: async (port) => {
      const text = Buffer.alloc(TEXT_BYTES);
      const photo = Buffer.alloc(PHOTO_BYTES);
      const textLength = [TEXT_BYTES];
      const photoLength = [PHOTO_BYTES];
      const rc = await call(read, port, text, textLength, photo, photoLength, 0);
      return { rc, text: new Uint8Array(text), photo: new Uint8Array(photo) };
    },
    samStatus: (port) => call(sam, port, 0),
  };
}

export interface SdtapiOptions {
  readonly library: string;
  readonly port: number;
  readonly logger: Logger;
  /** Binds the library; tests may pass functions directly. */
  readonly bind?: (library: string) => Promise<SdtapiFunctions>;
  /** A vendor call did not return within its timeout: the library is wedged (the host process should exit). */
  readonly onWedged?: () => void;
}

class SdtapiChannel implements SamChannel {
  readonly closed: Promise<string>;
  private closeWith!: (reason: string) => void;
  private busy = false;
  private wedged = false;

  constructor(
    private readonly fns: SdtapiFunctions,
    private readonly options: SdtapiOptions,
  ) {
    this.closed = new Promise((resolve) => {
      this.closeWith = resolve;
    });
  }

  get description(): string {
    return `vendor sdtapi port ${this.options.port}`;
  }

  async close(): Promise<void> {
    if (!this.wedged) await this.fns.closePort(this.options.port).catch(() => undefined);
    this.closeWith('closed');
  }

  async exchange(request: SamRequest, timeoutMs: number, signal?: AbortSignal): Promise<Completion<SamReply>> {
    if (this.wedged) return failed('linkError', 'the vendor library is wedged');
    if (this.busy) return failed('busy', 'a vendor call is still running');
    if (signal?.aborted) return failed('canceled', 'canceled before the vendor call');
    const work = this.perform(request);
    if (!work)
      return failed(
        'unsupportedCommand',
        `the sdtapi adapter has no call for ${request.cmd.toString(16)} ${request.para.toString(16)}`,
      );
    this.busy = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Completion<SamReply>>((resolve) => {
      timer = setTimeout(
        () => resolve(failed('noAnswer', `vendor call did not return within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    const result = await Promise.race([
      work.then(
        (reply) => ok(reply),
        (error: unknown) => failed('linkError', `vendor call failed: ${(error as Error).message}`),
      ),
      timeout,
    ]);
    clearTimeout(timer);
    if (!result.ok && result.error.reason === 'noAnswer') {
      // A native call cannot be interrupted: the worker thread stays blocked. Give the library up.
      this.wedged = true;
      this.options.logger.error('sdtapi call did not return; library marked wedged');
      this.closeWith('vendor library wedged');
      this.options.onWedged?.();
    } else {
      this.busy = false;
    }
    return result;
  }

  private perform(request: SamRequest): Promise<SamReply> | undefined {
    const { port } = this.options;
    const is = (c: { cmd: number; para: number }) => c.cmd === request.cmd && c.para === request.para;
    const bare = (rc: number): SamReply => ({
      sw3: rc & 0xff,
      data: new Uint8Array(rc === SW3.cardFound ? 4 : rc === SW3.ok && is(SamCommand.select) ? 8 : 0),
    });
    if (is(SamCommand.find)) return this.fns.findCard(port).then(bare);
    if (is(SamCommand.select)) return this.fns.selectCard(port).then(bare);
    if (is(SamCommand.samStatus)) return this.fns.samStatus(port).then(bare);
    if (is(SamCommand.readBase)) {
      return this.fns.readBase(port).then(({ rc, text, photo }) => {
        if ((rc & 0xff) !== SW3.ok) return { sw3: rc & 0xff, data: new Uint8Array(0) };
        const data = new Uint8Array(4 + TEXT_BYTES + PHOTO_BYTES);
        data.set([TEXT_BYTES >> 8, TEXT_BYTES & 0xff, PHOTO_BYTES >> 8, PHOTO_BYTES & 0xff], 0);
        data.set(text.subarray(0, TEXT_BYTES), 4);
        data.set(photo.subarray(0, PHOTO_BYTES), 4 + TEXT_BYTES);
        text.fill(0);
        photo.fill(0);
        return { sw3: SW3.ok, data };
      });
    }
    return undefined;
  }
}

export class SdtapiConnector implements SamConnector {
  private fns: SdtapiFunctions | undefined;

  constructor(private readonly options: SdtapiOptions) {}

  get description(): string {
    return `vendor sdtapi ${this.options.library} port ${this.options.port}`;
  }

  async connect(): Promise<Result<SamChannel, ConnectProblem>> {
    if (!this.fns) {
      try {
        this.fns = await (this.options.bind ?? bindSdtapi)(this.options.library);
      } catch (error) {
        return err('noDevice', `cannot load ${this.options.library}: ${(error as Error).message}`);
      }
    }
    let rc: number;
    try {
      rc = await this.fns.openPort(this.options.port);
    } catch (error) {
      return err('offline', `SDT_OpenPort failed: ${(error as Error).message}`);
    }
    if ((rc & 0xff) !== SW3.ok)
      return err('noDevice', `SDT_OpenPort(${this.options.port}) returned 0x${rc.toString(16)}`);
    return ok(new SdtapiChannel(this.fns, this.options));
  }
}
