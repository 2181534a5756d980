import { createServer, type Server, type Socket } from 'node:net';

/** A receipt printer on TCP (127.0.0.1): records every byte, answers DLE EOT n and GS r 1 from `paperOut`. */
export class FakePrinter {
  readonly received: number[] = [];
  paperOut: boolean;
  private cursor = 0;
  private readonly server: Server;
  port = 0;

  constructor(paperOut = true) {
    this.paperOut = paperOut;
    this.server = createServer((socket) => this.serve(socket));
  }

  listen(): Promise<void> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.address() as { port: number }).port;
        resolve();
      }),
    );
  }

  private readonly sockets = new Set<Socket>();

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      this.received.push(...chunk);
      const b = this.received;
      while (this.cursor + 2 < b.length) {
        if (b[this.cursor] === 0x10 && b[this.cursor + 1] === 0x04) {
          socket.write(Uint8Array.of(this.status(b[this.cursor + 2]!)));
          this.cursor += 3;
        } else if (b[this.cursor] === 0x1d && b[this.cursor + 1] === 0x72 && b[this.cursor + 2] === 0x01) {
          socket.write(Uint8Array.of(this.paperOut ? 0x0c : 0x00));
          this.cursor += 3;
        } else {
          this.cursor += 1;
        }
      }
    });
  }

  /** DLE EOT replies: fixed bits 0x12; paper end shows in n=1 (offline), n=2 (stopped by paper end), n=4 (roll end). */
  private status(n: number): number {
    if (!this.paperOut) return 0x12;
    return { 1: 0x1a, 2: 0x32, 3: 0x12, 4: 0x72 }[n] ?? 0x12;
  }

  /** Bytes other than the status queries the driver sent. */
  jobBytes(): number[] {
    const out: number[] = [];
    const b = this.received;
    for (let i = 0; i < b.length; i += 1) {
      if (b[i] === 0x10 && b[i + 1] === 0x04) {
        i += 2;
        continue;
      }
      out.push(b[i]!);
    }
    return out;
  }
}
