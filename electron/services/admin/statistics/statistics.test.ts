import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../shared/catalog/index.js';
import type { UsageReport } from '../../../../shared/contract/usage.js';
import type { DeviceSnapshot } from '../../../../shared/devices/device-status.js';
import { ok } from '../../../../shared/result.js';
import type { CallContext, Handlers } from '../../../rpc/handlers.js';
import { ManualClock } from '../../store/clock.js';
import { StaticKeyProvider } from '../../store/key-provider.js';
import { KioskStore } from '../../store/store.js';
import { csvField, statisticsCsv } from './statistics-csv.js';
import { coveredMs, daysOf, median, StatisticsService } from './statistics-service.js';
import { StatisticsStore } from './statistics-store.js';
import { withUsageCounting } from './usage-counting.js';
import { UsageRecorder } from './usage-recorder.js';

/** 2026-12-03 10:00 in China (UTC+8). */
const start = Date.parse('2026-12-03T02:00:00Z');
const item = (flow: string) => {
  const found = defaultCatalog.items.find((i) => i.flow === flow);
  if (!found) throw new Error(`no ${flow} item`);
  return found;
};
const applyItem = item('apply');
const printItem = item('print');
const pkg = defaultCatalog.packages[0] as (typeof defaultCatalog.packages)[number];
const flowId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const silent = { warn: () => undefined, info: () => undefined, error: () => undefined, child: () => silent } as never;

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

function setup() {
  const clock = new ManualClock(start);
  const kioskStore = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider(), clock });
  const store = new StatisticsStore(kioskStore);
  const recorder = new UsageRecorder({ store, now: () => clock.now(), catalog: () => defaultCatalog });
  const listeners = new Set<(s: DeviceSnapshot) => void>();
  const service = new StatisticsService({
    store,
    recorder,
    now: () => clock.now(),
    devices: () => [],
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    logger: silent,
    startGraceMs: 0,
  });
  opened.push(service, { close: () => kioskStore.close() });
  const rows = () =>
    kioskStore.db.prepare('SELECT * FROM usage_events ORDER BY id').all() as Array<Record<string, unknown>>;
  const emit = (snapshot: DeviceSnapshot) => {
    for (const l of listeners) l(snapshot);
  };
  return { clock, kioskStore, store, recorder, service, rows, emit };
}

const started = (n: number, code = applyItem.code, kind: 'item' | 'package' = 'item'): UsageReport =>
  ({ event: 'started', flowId: flowId(n), target: { kind, code } }) as UsageReport;
const completed = (n: number, seconds: number, code = applyItem.code): UsageReport => ({
  event: 'completed',
  flowId: flowId(n),
  target: { kind: 'item', code },
  durationSeconds: seconds,
});
const abandoned = (n: number, step: string, seconds: number, code = applyItem.code): UsageReport =>
  ({
    event: 'abandoned',
    flowId: flowId(n),
    target: { kind: 'item', code },
    step,
    durationSeconds: seconds,
  }) as UsageReport;

describe('usage recorder: what the page reports', () => {
  it('records a started, then one completed with its duration', () => {
    const { recorder, clock, rows } = setup();
    expect(recorder.record(started(1))).toEqual(ok({ recorded: true }));
    clock.advance(95_000);
    expect(recorder.record(completed(1, 95))).toEqual(ok({ recorded: true }));
    expect(rows().map((r) => [r.kind, r.target_kind, r.target_code, r.step, r.value, r.day])).toEqual([
      ['started', 'item', applyItem.code, null, null, '2026-12-03'],
      ['completed', 'item', applyItem.code, null, 95, '2026-12-03'],
    ]);
  });

  it('refuses, with a clear code and nothing written: repeats, ends without a start, wrong target, steps, durations', () => {
    const { recorder, clock, rows } = setup();
    expect(recorder.record(started(1)).ok).toBe(true);
    clock.advance(60_000);
    const before = rows();
    const refusals: Array<[UsageReport, string]> = [
      [started(1), 'alreadyStarted'],
      [completed(2, 10), 'notStarted'],
      [abandoned(3, 'form', 10), 'notStarted'],
      [{ event: 'started', flowId: flowId(4), target: { kind: 'item', code: 'ZZ-999' } }, 'unknownTarget'],
      [{ event: 'started', flowId: flowId(5), target: { kind: 'package', code: 'YJS-999' } }, 'unknownTarget'],
      [completed(1, 10, printItem.code), 'targetMismatch'],
      // An apply item has no payment screens.
      [abandoned(1, 'payReceipt', 10), 'unknownStep'],
      // A minute has passed since its started: two hours is not believable.
      [completed(1, 7200), 'durationImplausible'],
    ];
    for (const [report, code] of refusals) {
      const result = recorder.record(report);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(report)).toBe(code);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    }
    expect(rows()).toEqual(before);
    // The flow is still open after the refusals: one completed, and then nothing more.
    expect(recorder.record(completed(1, 60)).ok).toBe(true);
    const after = rows();
    for (const [report, code] of [
      [completed(1, 60), 'alreadyEnded'],
      [abandoned(1, 'form', 60), 'alreadyEnded'],
      [started(1), 'alreadyStarted'],
    ] as const) {
      const result = recorder.record(report);
      expect(result.ok ? 'ok' : result.error.code).toBe(code);
    }
    expect(rows()).toEqual(after);
  });

  it('at most one started per flow instance, however many instances of one item', () => {
    const { recorder, rows } = setup();
    for (let n = 1; n <= 3; n += 1) expect(recorder.record(started(n)).ok).toBe(true);
    for (let n = 1; n <= 3; n += 1) expect(recorder.record(started(n)).ok).toBe(false);
    expect(rows().filter((r) => r.kind === 'started')).toHaveLength(3);
  });

  it('a package is a target of its own, with the package screens', () => {
    const { recorder } = setup();
    expect(recorder.record(started(1, pkg.code, 'package')).ok).toBe(true);
    const end: UsageReport = {
      event: 'abandoned',
      flowId: flowId(1),
      target: { kind: 'package', code: pkg.code },
      step: 'materials',
      durationSeconds: 0,
    };
    expect(recorder.record(end).ok).toBe(true);
  });

  it('forgets the oldest instances beyond what it remembers, never the open ones of the moment', () => {
    const { store, clock } = setup();
    const recorder = new UsageRecorder({ store, now: () => clock.now(), catalog: () => defaultCatalog, remember: 2 });
    for (let n = 1; n <= 3; n += 1) expect(recorder.record(started(n)).ok).toBe(true);
    const first = recorder.record(completed(1, 0));
    expect(first.ok ? 'ok' : first.error.code).toBe('notStarted');
    expect(recorder.record(completed(3, 0)).ok).toBe(true);
  });
});

describe('statistics: the numbers of the page', () => {
  it('per item: started, completed, abandoned by step (most common first) and the median time', () => {
    const { recorder, service, clock } = setup();
    let n = 0;
    const run = (seconds: number, end: 'completed' | string, code = applyItem.code) => {
      n += 1;
      expect(recorder.record(started(n, code)).ok).toBe(true);
      clock.advance(seconds * 1000);
      const report = end === 'completed' ? completed(n, seconds, code) : abandoned(n, end, seconds, code);
      expect(recorder.record(report).ok).toBe(true);
    };
    run(100, 'completed');
    run(300, 'completed');
    run(200, 'completed');
    run(20, 'form');
    run(30, 'materials');
    run(40, 'form');
    run(50, 'completed', printItem.code);
    run(70, 'completed', printItem.code);
    // One started and not ended (a citizen still at it, or the kiosk restarted).
    expect(recorder.record(started(99, printItem.code)).ok).toBe(true);

    const summary = service.summary('today');
    expect(summary.from).toBe('2026-12-03');
    expect(summary.items).toEqual([
      {
        target: { kind: 'item', code: applyItem.code },
        started: 6,
        completed: 3,
        abandoned: 3,
        medianSeconds: 200,
        abandonedAt: [
          { step: 'form', count: 2 },
          { step: 'materials', count: 1 },
        ],
      },
      {
        target: { kind: 'item', code: printItem.code },
        started: 3,
        completed: 2,
        abandoned: 0,
        medianSeconds: 60,
        abandonedAt: [],
      },
    ]);
    expect(summary.totals).toMatchObject({ started: 9, completed: 5, abandoned: 3, medianSeconds: 100 });
  });

  it('medians: odd, even (mean of the middle two), none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(4);
    expect(median([1, 2])).toBe(2);
    expect(median([])).toBeUndefined();
  });

  it('days are the kiosk’s (China) days: 23:59:59 and 00:00:00 fall on two days', () => {
    const { recorder, service, clock, rows } = setup();
    clock.set(Date.parse('2026-12-03T15:59:59Z')); // 23:59:59 on 12-03 in China
    expect(recorder.record(started(1)).ok).toBe(true);
    clock.set(Date.parse('2026-12-03T16:00:00Z')); // 00:00:00 on 12-04
    expect(recorder.record(completed(1, 1)).ok).toBe(true);
    expect(rows().map((r) => r.day)).toEqual(['2026-12-03', '2026-12-04']);

    const today = service.summary('today');
    expect(today.from).toBe('2026-12-04');
    expect(today.totals).toMatchObject({ started: 0, completed: 1 });
    const week = service.summary('7d');
    expect(week.days.map((d) => d.day)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(week.days.at(-2)).toMatchObject({ day: '2026-12-03', started: 1, completed: 0 });
    expect(week.days.at(-1)).toMatchObject({ day: '2026-12-04', started: 0, completed: 1 });
    expect(daysOf('30d', Date.parse('2026-03-01T00:30:00+08:00'))).toHaveLength(30);
    expect(daysOf('30d', Date.parse('2026-03-01T00:30:00+08:00')).slice(0, 2)).toEqual(['2026-01-31', '2026-02-01']);
  });

  it('ratings by level, pages printed, device faults (once per fault, when it starts)', () => {
    const { recorder, service, emit, clock } = setup();
    recorder.rated('verySatisfied', applyItem.code);
    recorder.rated('verySatisfied');
    recorder.rated('dissatisfied', 'ZZ-999');
    recorder.printed('documentPrinter', 'A4', 3);
    recorder.printed('receiptPrinter', 'receipt80', 1);
    recorder.printed('receiptPrinter', 'receipt80', 0);
    const snapshot = (status: DeviceSnapshot['status'], paper: 'full' | 'out'): DeviceSnapshot => ({
      device: 'receiptPrinter',
      driver: 'escpos',
      status,
      state: { kind: 'printer', paper, media: 'receipt80' },
      detail: '',
      since: new Date(clock.now()).toISOString(),
      simulated: false,
    });
    emit(snapshot('online', 'full'));
    emit(snapshot('online', 'out'));
    emit(snapshot('online', 'out'));
    emit(snapshot('online', 'full'));
    emit(snapshot('online', 'out'));
    const s = service.summary('today');
    expect(s.ratings).toEqual([
      { level: 'verySatisfied', count: 2 },
      { level: 'satisfied', count: 0 },
      { level: 'basicallySatisfied', count: 0 },
      { level: 'dissatisfied', count: 1 },
      { level: 'veryDissatisfied', count: 0 },
    ]);
    expect(s.totals).toMatchObject({ rated: 3, a4Pages: 3, receipts: 1, faults: 2 });
    expect(s.faults).toEqual([{ device: 'receiptPrinter', count: 2 }]);
  });

  it('uptime: the share of the range the kiosk ran, from its first run', () => {
    const { service, store, clock } = setup();
    // This run started at 10:00 today; an earlier run yesterday 08:00–09:00 (China).
    store.startRun(Date.parse('2026-12-02T00:00:00Z'));
    store.touchRun(Date.parse('2026-12-02T00:00:00Z'), Date.parse('2026-12-02T01:00:00Z'));
    clock.advance(2 * 3600_000); // 12:00 today
    service.touch();
    const today = service.summary('today').uptime;
    // From midnight: 12 h, of which 2 h up.
    expect(today).toMatchObject({ spanSeconds: 12 * 3600, upSeconds: 2 * 3600, percent: 16.7 });
    const week = service.summary('7d').uptime;
    // From the first run (yesterday 08:00): 28 h, of which 3 h up.
    expect(week).toMatchObject({ spanSeconds: 28 * 3600, upSeconds: 3 * 3600, percent: 10.7 });
    expect(week.since).toBe('2026-12-02T00:00:00.000Z');
    expect(
      coveredMs(
        [
          { startedAt: 0, lastSeenAt: 10 },
          { startedAt: 5, lastSeenAt: 20 },
        ],
        2,
        15,
      ),
    ).toBe(13);
  });
});

describe('main counts what it sees: ratings and citizens’ prints', () => {
  function pdf(pages: number): Promise<string> {
    return new Promise((resolve) => {
      const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks).toString('base64')));
      for (let i = 0; i < pages; i += 1) doc.addPage().text(`page ${i + 1}`);
      doc.end();
    });
  }

  it('counts a new rating and a printed document, not a duplicate rating or a failed print', async () => {
    const { recorder, service } = setup();
    let duplicate = false;
    let printOk = true;
    const handlers = {
      'evaluation.submit': () => Promise.resolve(ok({ evaluationNumber: 'E1', duplicate })),
      'devices.print': () =>
        Promise.resolve(
          printOk
            ? ok({ device: 'documentPrinter', jobId: 'j', completedAt: new Date().toISOString() })
            : { ok: false, error: { code: 'deviceNotReady', message: 'paper' } },
        ),
    } as unknown as Handlers;
    const counted = withUsageCounting(handlers, recorder, () => undefined);
    const context: CallContext = { transport: 'web', sender: 'test' };
    const rating = { idempotencyKey: 'k1', level: 'satisfied', reasonCodes: [] } as never;
    expect((await counted['evaluation.submit'](rating, context)).ok).toBe(true);
    duplicate = true;
    expect((await counted['evaluation.submit'](rating, context)).ok).toBe(true);
    const job = {
      device: 'documentPrinter',
      documentId: 'd1',
      title: 't',
      media: 'A4',
      pdfBase64: await pdf(2),
      copies: 2,
    } as const;
    expect((await counted['devices.print'](job, context)).ok).toBe(true);
    printOk = false;
    expect((await counted['devices.print'](job, context)).ok).toBe(false);
    expect(service.summary('today').totals).toMatchObject({ rated: 1, a4Pages: 4 });
  });
});

describe('CSV', () => {
  it('escapes fields and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(12)).toBe('12');
  });

  it('holds the same numbers as the summary, one block each', () => {
    const { recorder, service, clock } = setup();
    expect(recorder.record(started(1)).ok).toBe(true);
    clock.advance(10_000);
    expect(recorder.record(abandoned(1, 'form', 10)).ok).toBe(true);
    const summary = service.summary('7d');
    const csv = statisticsCsv(summary, { kioskId: 'YQ-1', locale: 'zh-CN', name: () => '名称,含逗号' });
    const blocks = csv.trimEnd().split('\r\n\r\n');
    expect(blocks).toHaveLength(6);
    expect(blocks[1]?.split('\r\n')).toHaveLength(1 + 7 + 1);
    expect(blocks[1]?.split('\r\n').at(-1)).toBe('合计,1,0,1,0,0,0,0');
    expect(blocks[2]?.split('\r\n')[1]).toBe(`事项,${applyItem.code},"名称,含逗号",1,0,1,,form:1`);
  });
});
