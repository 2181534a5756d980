import type { KioskUnderTest } from '../support/kiosk-harness.js';

/** A reply of the kiosk contract as the web host sends it. */
export type Reply<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export interface PrintedJob {
  readonly device: 'documentPrinter' | 'receiptPrinter';
  readonly documentId: string;
  readonly title: string;
  readonly media: string;
  readonly bytes: number;
  readonly at: string;
}

export type SimulatorFault =
  | 'unplug'
  | 'replug'
  | 'silence'
  | 'unsilence'
  | 'reset'
  | 'samFault'
  | 'samOk'
  | 'readFailOnce'
  | 'paperLow'
  | 'paperOut'
  | 'paperJam'
  | 'paperFull'
  | 'coverOpen'
  | 'coverClosed'
  | 'inoperative'
  | 'operative';

/**
 * What the robot does with its hands and phone rather than on the screen: place and lift the ID card, show the
 * e-ID code on its phone, look at what came out of the printers, pay with the demo payer. All through the same contract the simulator panel
 * uses (POST /api/invoke/<method> with the host token), never by reaching into the backend.
 */
export class KioskApi {
  constructor(private readonly kiosk: Pick<KioskUnderTest, 'host'>) {}

  async call<T>(method: string, body: unknown = {}): Promise<Reply<T>> {
    const response = await fetch(`${this.kiosk.host.origin}/api/invoke/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.kiosk.host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Reply<T>;
  }

  async must<T>(method: string, body: unknown = {}): Promise<T> {
    const reply = await this.call<T>(method, body);
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code}`);
    return reply.value;
  }

  /** Whether the reader sees a card (as its status says: present, absent or unknown). */
  async cardOnReader(): Promise<string | undefined> {
    const status = await this.must<{ devices: Array<{ device: string; state: { card?: string } }> }>('devices.status');
    return status.devices.find((d) => d.device === 'idCardReader')?.state.card;
  }

  /**
   * Places the card on the reader. A card still lying there is lifted first and the reader given the moment it
   * needs to notice (a hand takes longer than its two polls; a robot would not).
   */
  async placeCard(citizenKey: string): Promise<void> {
    if ((await this.cardOnReader()) === 'present') await this.removeCard();
    await this.must('devices.sim.placeCard', { citizenKey });
  }

  /** Lifts the card and waits until the reader has noticed it is gone. */
  async removeCard(): Promise<void> {
    await this.must('devices.sim.removeCard');
    const deadline = Date.now() + 3_000;
    while (Date.now() < deadline && (await this.cardOnReader()) === 'present')
      await new Promise((r) => setTimeout(r, 50));
  }

  /**
   * The demo citizen holds the e-ID code on their phone to the scanner (developer mode with the embedded
   * platform issues it). Returns the code, so a test can show the same one again.
   */
  async showEId(citizenKey: string): Promise<string> {
    return (await this.must<{ code: string }>('devices.sim.showEId', { citizenKey })).code;
  }

  /** Anything else held to the scanner: a receipt's QR code, or an e-ID code already used. */
  scan(code: string): Promise<unknown> {
    return this.must('devices.sim.scan', { code });
  }

  fault(device: string, fault: SimulatorFault): Promise<unknown> {
    return this.must('devices.sim.fault', { device, fault });
  }

  async printed(): Promise<PrintedJob[]> {
    return (await this.must<{ jobs: PrintedJob[] }>('devices.sim.printed')).jobs;
  }

  /** The demo payer scans the QR code and pays (developer mode with the embedded platform only). */
  pay(orderNumber: string): Promise<unknown> {
    return this.must('payment.simulate', { orderNumber, outcome: 'paid' });
  }
}

/** Jobs printed since `before` was taken (the simulator lists the newest first, at most 50). */
export function newJobs(before: readonly PrintedJob[], after: readonly PrintedJob[]): PrintedJob[] {
  const seen = new Set(before.map((j) => `${j.documentId}@${j.at}`));
  return after.filter((j) => !seen.has(`${j.documentId}@${j.at}`));
}
