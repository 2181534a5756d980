import type {
  AutomaticCheck,
  CheckDetail,
  CheckName,
  CheckResult,
  InspectionRecord,
  InspectionSummary,
  InteractiveCheck,
} from '../../../../shared/contract/admin-devices.js';
import { checkNames } from '../../../../shared/contract/admin-devices.js';
import type { DeviceClass } from '../../../../shared/devices/device-class.js';
import type { DevicesConfig } from '../../../../shared/devices/device-config.js';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';
import type { ReceiptLine } from '../../../../shared/devices/print-job.js';
import type { Heartbeat, PlatformGateway } from '../../../../shared/platform/index.js';
import { chinaDateTime } from '../../../../shared/platform/china-time.js';
import { err, ok, type Result } from '../../../../shared/result.js';
import type { DeviceManager } from '../../../devices/device-manager.js';
import type { AuditLog } from '../../audit/audit-log.js';
import { renderRollPdf } from '../../documents/roll-layout.js';
import { FONT_BOLD, FONT_REGULAR } from '../../documents/pdf-kit.js';
import { heartbeatDevices } from '../../platform/platform-services.js';
import { maskName } from '../credentials.js';
import { ChecksStore } from './checks-store.js';
import { renderInspectionPdf } from './inspection-pdf.js';
import { renderTestPagePdf } from './test-page-pdf.js';

/** The device each test exercises (none: the screen, the speaker, the platform link). */
export const checkDevice: Record<CheckName, DeviceClass | undefined> = {
  a4TestPage: 'documentPrinter',
  receiptTestPrint: 'receiptPrinter',
  cardRead: 'idCardReader',
  scan: 'qrScanner',
  platform: undefined,
  documentCamera: 'documentCamera',
  faceCamera: 'faceCamera',
  touch: undefined,
  speaker: undefined,
};

export const interactiveChecks: ReadonlySet<CheckName> = new Set<CheckName>([
  'documentCamera',
  'faceCamera',
  'touch',
  'speaker',
]);

/** Larger than this between the kiosk's clock and the platform's, the platform test fails (case times, codes). */
export const MAX_CLOCK_OFFSET_MS = 60_000;
const DAY_MS = 24 * 3600 * 1000;

export interface ChecksServiceOptions {
  readonly store: ChecksStore;
  readonly devices: DeviceManager;
  readonly devicesConfig: DevicesConfig;
  readonly gateway: PlatformGateway;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly kioskId: string;
  readonly siteName: string;
  readonly version: string;
  readonly fontDir: string;
  readonly catalogVersion: () => string;
  readonly outbox: () => { pending: number; oldestPendingSeconds: number };
  /** Longest wait for the A4 test page and the 巡检单 to come out (the spooler's "completed"). */
  readonly printTimeoutMs?: number;
  readonly platformTimeoutMs?: number;
}

export interface CardView {
  readonly maskedName: string;
  readonly photo: 'decoded' | 'absent' | 'undecodable';
  readonly sam: 'ok' | 'fault' | 'unknown';
}

interface Outcome {
  readonly ok: boolean;
  readonly reason?: string;
  readonly detail: CheckDetail;
}

const fail = (reason: string, detail: CheckDetail = {}): Outcome => ({ ok: false, reason, detail });

/** "deviceNotReady.paperOut" from a device completion, trimmed to what a result keeps. */
function deviceReason(code: string): string {
  return /^[A-Za-z]{2,40}(\.[A-Za-z]{2,40})?$/.test(code) ? code : 'hardwareError';
}

/** What kind of code was read, never what it says. */
export function codeKind(code: string): 'digits' | 'url' | 'letters' | 'text' {
  if (/^\d+$/.test(code)) return 'digits';
  if (/^https?:\/\//i.test(code)) return 'url';
  if (/^[A-Za-z0-9+/=_.:-]+$/.test(code)) return 'letters';
  return 'text';
}

/** Whether a card photo is an image the page could show (BMP or PNG header after base64). */
export function photoState(photo: { mime: string; base64: string } | undefined): CardView['photo'] {
  if (!photo) return 'absent';
  const head = Buffer.from(photo.base64.slice(0, 16), 'base64');
  const bmp = head[0] === 0x42 && head[1] === 0x4d;
  const png = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
  return (photo.mime === 'image/bmp' && bmp) || (photo.mime === 'image/png' && png) ? 'decoded' : 'undecodable';
}

/**
 * The console's device tests (自检) and the daily inspection record (巡检记录). Each test runs the real
 * device through the device manager the citizen side uses, and every result is kept (device_checks) with
 * the technician's enrolment id; the record is the latest result of each test on a day.
 */
export class ChecksService {
  constructor(private readonly options: ChecksServiceOptions) {}

  private snapshot(device: DeviceClass): DeviceSnapshot {
    return this.options.devices.device(device).snapshot();
  }

  /** Whether the test applies on this kiosk (its device class is not configured as none). */
  configured(check: CheckName): boolean {
    const device = checkDevice[check];
    return device === undefined || this.options.devicesConfig[device].driver !== 'none';
  }

  private keep(check: CheckName, outcome: Outcome, enrolmentId: string): CheckResult {
    const device = checkDevice[check];
    const result = this.options.store.add({
      at: this.options.now(),
      check,
      ...(device ? { device } : {}),
      ok: outcome.ok,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      detail: outcome.detail,
      enrolmentId,
    });
    this.options.audit.record({
      actor: 'admin',
      action: 'admin.deviceCheck',
      subject: check,
      detail: { by: enrolmentId, ok: outcome.ok, ...(outcome.reason ? { reason: outcome.reason } : {}) },
    });
    return result;
  }

  async run(
    check: AutomaticCheck,
    enrolmentId: string,
    waitSeconds: number,
  ): Promise<{ result: CheckResult; card?: CardView }> {
    if (!this.configured(check)) return { result: this.keep(check, fail('notConfigured'), enrolmentId) };
    switch (check) {
      case 'a4TestPage':
        return { result: this.keep(check, await this.a4TestPage(), enrolmentId) };
      case 'receiptTestPrint':
        return { result: this.keep(check, await this.receiptTestPrint(), enrolmentId) };
      case 'cardRead': {
        const { outcome, card } = await this.cardRead(waitSeconds);
        return { result: this.keep(check, outcome, enrolmentId), ...(card ? { card } : {}) };
      }
      case 'scan':
        return { result: this.keep(check, await this.scan(waitSeconds), enrolmentId) };
      case 'platform':
        return { result: this.keep(check, await this.platform(), enrolmentId) };
    }
  }

  /** A test the page ran with the technician. The page's answer must agree with itself. */
  confirm(
    request: { check: InteractiveCheck; ok: boolean; reason?: string | undefined; touched?: number | undefined },
    enrolmentId: string,
  ): Result<CheckResult, 'inconsistent'> {
    const { check } = request;
    if (request.ok && request.reason) return err('inconsistent', 'a passed test has no reason');
    if (!request.ok && !request.reason) return err('inconsistent', 'a failed test needs a reason');
    if (check === 'touch') {
      if (request.touched === undefined)
        return err('inconsistent', 'the touch test says how many targets were touched');
      if (request.ok !== (request.touched === 5))
        return err('inconsistent', 'the touch test passes exactly when all five targets were touched');
    } else if (request.touched !== undefined) {
      return err('inconsistent', 'only the touch test counts targets');
    }
    if (!this.configured(check)) return ok(this.keep(check, fail('notConfigured'), enrolmentId));
    const device = checkDevice[check];
    const detail: CheckDetail = {
      ...(request.touched !== undefined ? { touched: request.touched } : {}),
      ...(device ? { driver: this.snapshot(device).driver } : {}),
    };
    return ok(
      this.keep(
        check,
        request.ok ? { ok: true, detail } : { ok: false, reason: request.reason ?? 'notConfirmed', detail },
        enrolmentId,
      ),
    );
  }

  private async a4TestPage(): Promise<Outcome> {
    const at = this.options.now();
    const pdf = await renderTestPagePdf({
      siteName: this.options.siteName,
      kioskId: this.options.kioskId,
      at,
      fontDir: this.options.fontDir,
    });
    const done = await this.options.devices.print(
      'documentPrinter',
      { documentId: `testpage-${at}`, title: '打印测试页', media: 'A4', pdf },
      { timeoutMs: this.options.printTimeoutMs ?? 120_000 },
    );
    const driver = this.snapshot('documentPrinter').driver;
    if (!done.ok) return fail(deviceReason(done.error.code), { driver, pages: 0 });
    return {
      ok: true,
      detail: { driver, pages: 1, job: done.value.jobId.slice(0, 64).replace(/[^A-Za-z0-9._:+-]/g, '') },
    };
  }

  private async receiptTestPrint(): Promise<Outcome> {
    const at = this.options.now();
    const before = this.snapshot('receiptPrinter');
    const paper = before.state.kind === 'printer' ? before.state.paper : 'unknown';
    const paperWords = {
      full: '充足 OK',
      low: '将尽 low',
      out: '缺纸 out',
      jammed: '卡纸 jammed',
      unknown: '未知 unknown',
    }[paper];
    const lines: ReceiptLine[] = [
      { kind: 'text', text: '打印测试', bold: true, align: 'center', size: 'large' },
      { kind: 'text', text: 'Receipt test print', bold: false, align: 'center', size: 'normal' },
      { kind: 'rule' },
      { kind: 'text', text: `终端 Kiosk：${this.options.kioskId}`, bold: false, align: 'left', size: 'normal' },
      { kind: 'text', text: `时间 Time：${chinaDateTime(at)}`, bold: false, align: 'left', size: 'normal' },
      { kind: 'text', text: `纸张 Paper：${paperWords}`, bold: false, align: 'left', size: 'normal' },
      { kind: 'text', text: '中文 ABC abc 0123456789', bold: false, align: 'left', size: 'normal' },
      { kind: 'qr', data: `KIOSK-TEST:${this.options.kioskId}` },
      { kind: 'rule' },
      { kind: 'text', text: '结果：打印正常 Result: printed OK', bold: true, align: 'center', size: 'normal' },
      { kind: 'text', text: '本行完整清晰即为正常', bold: false, align: 'center', size: 'normal' },
    ];
    const pdf = await renderRollPdf(
      { title: '打印测试', createdAt: new Date(at), fontDir: this.options.fontDir, sample: false },
      (pen) => {
        pen.center('打印测试 Receipt test print', FONT_BOLD, 13);
        pen.rule(false);
        pen.note(`终端 Kiosk：${this.options.kioskId}`);
        pen.note(`时间 Time：${chinaDateTime(at)}`);
        pen.note(`纸张 Paper：${paperWords}`);
        pen.note('中文 ABC abc 0123456789');
        pen.rule(true);
        pen.center('结果：打印正常 Result: printed OK', FONT_BOLD, 10);
        pen.center('本行完整清晰即为正常', FONT_REGULAR, 8);
      },
    );
    const done = await this.options.devices.print(
      'receiptPrinter',
      { documentId: `testreceipt-${at}`, title: '打印测试', media: 'receipt80', pdf, receiptLines: lines },
      { timeoutMs: 60_000 },
    );
    const driver = this.snapshot('receiptPrinter').driver;
    if (!done.ok) return fail(deviceReason(done.error.code), { driver, paper });
    const after = this.snapshot('receiptPrinter');
    const paperAfter = after.state.kind === 'printer' ? after.state.paper : 'unknown';
    return { ok: true, detail: { driver, paper: paperAfter } };
  }

  private async cardRead(waitSeconds: number): Promise<{ outcome: Outcome; card?: CardView }> {
    const read = await this.options.devices.readIdCard({ timeoutMs: waitSeconds * 1000 });
    const snapshot = this.snapshot('idCardReader');
    const sam = snapshot.state.kind === 'idCardReader' ? snapshot.state.sam : 'unknown';
    const driver = snapshot.driver;
    if (!read.ok) {
      const reason = read.error.completion === 'timeOut' ? 'noCard' : deviceReason(read.error.code);
      return { outcome: fail(reason, { driver, sam }) };
    }
    // The card's data is used for the mask and the photo check only, and dropped here.
    const card: CardView = { maskedName: maskName(read.value.name), photo: photoState(read.value.photo), sam };
    const outcome: Outcome =
      sam === 'fault'
        ? fail('hardwareError.samFault', { driver, sam, photo: card.photo })
        : { ok: true, detail: { driver, sam, photo: card.photo } };
    return { outcome, card };
  }

  private async scan(waitSeconds: number): Promise<Outcome> {
    const driver = this.snapshot('qrScanner').driver;
    let settle: (code: string | undefined) => void = () => undefined;
    const read = new Promise<string | undefined>((resolve) => {
      settle = resolve;
    });
    const unsubscribe = this.options.devices.subscribe((event) => {
      if (event.type === 'scan') settle(event.code);
    });
    const timer = setTimeout(() => settle(undefined), waitSeconds * 1000);
    try {
      const on = await this.options.devices.setScannerEnabled(true);
      if (!on.ok) return fail(deviceReason(on.error.code), { driver });
      if (on.value === 'inoperative') return fail('deviceNotReady', { driver });
      const code = await read;
      if (code === undefined) return fail('noCode', { driver, waitedSeconds: waitSeconds });
      // Only the length and the kind: a code can be an e-ID, a case number or a phone number.
      return { ok: true, detail: { driver, length: code.length, kind: codeKind(code) } };
    } finally {
      clearTimeout(timer);
      unsubscribe();
      // Off again: the attract screen turns reads on when it wants them.
      void this.options.devices.setScannerEnabled(false);
    }
  }

  private async platform(): Promise<Outcome> {
    const o = this.options;
    const outbox = o.outbox();
    const request: Heartbeat = {
      kioskId: o.kioskId,
      at: new Date(o.now()).toISOString(),
      appVersion: o.version.slice(0, 32),
      devices: heartbeatDevices(o.devices.snapshots()),
      outbox: { pending: outbox.pending, oldestPendingSeconds: Math.round(outbox.oldestPendingSeconds) },
      catalogVersion: o.catalogVersion().slice(0, 64),
    };
    const sent = Date.now();
    const sentAt = o.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeOut'>((resolve) => {
      timer = setTimeout(() => resolve('timeOut'), o.platformTimeoutMs ?? 10_000);
    });
    try {
      const reply = await Promise.race([o.gateway.heartbeat(request), timeout]);
      const latencyMs = Date.now() - sent;
      if (reply === 'timeOut') return fail('platformUnreachable', { latencyMs, error: 'timeOut' });
      if (!reply.ok) return fail('platformUnreachable', { latencyMs, error: deviceReason(reply.error.code) });
      // The platform's time against the middle of the round trip on the kiosk's clock.
      const offsetMs = Math.round(Date.parse(reply.value.serverTime) - (sentAt + latencyMs / 2));
      const detail = { latencyMs, offsetMs, clock: 'serverTime' };
      return Math.abs(offsetMs) > MAX_CLOCK_OFFSET_MS ? fail('clockOffset', detail) : { ok: true, detail };
    } catch {
      return fail('platformUnreachable', { error: 'internalError' });
    } finally {
      clearTimeout(timer);
    }
  }

  rows(): Array<{
    check: CheckName;
    device?: DeviceClass;
    interactive: boolean;
    notConfigured: boolean;
    last?: CheckResult;
  }> {
    const latest = this.options.store.latest();
    return checkNames.map((check) => {
      const device = checkDevice[check];
      const last = latest.get(check);
      return {
        check,
        ...(device ? { device } : {}),
        interactive: interactiveChecks.has(check),
        notConfigured: !this.configured(check),
        ...(last ? { last } : {}),
      };
    });
  }

  today(): string {
    return ChecksStore.dayOf(this.options.now());
  }

  record(day = this.today()): InspectionRecord {
    const latest = this.options.store.latest(day);
    return {
      day,
      siteName: this.options.siteName.slice(0, 100),
      kioskId: this.options.kioskId,
      entries: checkNames.flatMap((c) => {
        const entry = latest.get(c);
        return entry ? [entry] : [];
      }),
      missing: checkNames.filter((c) => !latest.has(c) && this.configured(c)),
    };
  }

  /** For the status page: when the last inspection was, and whether one was made in the last 24 hours. */
  lastInspection(): InspectionSummary {
    const last = this.options.store.last();
    if (!last) return { within24h: false, complete: false, failed: 0 };
    const at = Date.parse(last.at);
    const day = ChecksStore.dayOf(at);
    const record = this.record(day);
    return {
      lastAt: last.at,
      within24h: this.options.now() - at < DAY_MS,
      day,
      complete: record.missing.length === 0,
      failed: record.entries.filter((e) => !e.ok).length,
      enrolmentId: last.enrolmentId,
    };
  }

  async renderRecord(day?: string): Promise<{ record: InspectionRecord; pdf: Uint8Array }> {
    const record = this.record(day);
    const pdf = await renderInspectionPdf(record, { printedAt: this.options.now(), fontDir: this.options.fontDir });
    return { record, pdf };
  }

  async printRecord(enrolmentId: string, day?: string): Promise<Result<{ jobId: string; checks: number }>> {
    const { record, pdf } = await this.renderRecord(day);
    if (record.entries.length === 0) return err('nothingToPrint', `no test was run on ${record.day}`);
    const done = await this.options.devices.print(
      'documentPrinter',
      { documentId: `inspection-${record.day}-${this.options.now()}`, title: '巡检单', media: 'A4', pdf },
      { timeoutMs: this.options.printTimeoutMs ?? 120_000 },
    );
    this.options.audit.record({
      actor: 'admin',
      action: 'admin.inspectionPrinted',
      subject: record.day,
      detail: { by: enrolmentId, ok: done.ok, checks: record.entries.length },
    });
    if (!done.ok) return err(done.error.code, done.error.message);
    return ok({ jobId: done.value.jobId.slice(0, 100), checks: record.entries.length });
  }
}
