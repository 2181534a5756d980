import { MAX_STATISTICS_CSV_CHARS, type StatisticsRange } from '../../../../shared/contract/admin-statistics.js';
import type { UsageTarget } from '../../../../shared/contract/usage.js';
import { err, ok, type Result } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { drivesFor } from '../diagnostics/diagnostics-handlers.js';
import type { DriveFinder } from '../diagnostics/removable-drives.js';
import { type CsvLocale, statisticsCsv } from './statistics-csv.js';
import { StatisticsService } from './statistics-service.js';
import { StatisticsStore } from './statistics-store.js';
import { UsageRecorder } from './usage-recorder.js';
import { DRIVE_SLACK_BYTES, writeSynced } from '../diagnostics/write-to-drive.js';

/** The statistics of one backend: the recorder the page and main report to, and the page's numbers. */
export interface Statistics {
  readonly recorder: UsageRecorder;
  readonly service: StatisticsService;
  close(): void;
}

const opened = new WeakMap<AdminDependencies, Statistics>();

/**
 * The statistics of this backend, opened on first use (the composition root closes them; the console's
 * handlers, the usage.record call and main's own counting all share the one instance).
 */
export function statisticsFor(deps: AdminDependencies): Statistics {
  const existing = opened.get(deps);
  if (existing) return existing;
  const kioskStore = deps.platform.store;
  const store = new StatisticsStore(kioskStore);
  const now = () => kioskStore.clock.now();
  const recorder = new UsageRecorder({ store, now, catalog: () => deps.catalog.current() });
  const service = new StatisticsService({
    store,
    recorder,
    now,
    devices: () => deps.devices.snapshots(),
    subscribe: (listener) =>
      deps.devices.subscribe((event) => {
        if (event.type === 'status') listener(event.snapshot);
      }),
    logger: deps.logger.child('statistics'),
  });
  const statistics: Statistics = { recorder, service, close: () => service.close() };
  opened.set(deps, statistics);
  return statistics;
}

/** A UTF-8 byte order mark: Excel opens a CSV with Chinese text correctly only with it. */
const BOM = '\uFEFF';

/**
 * 统计: the page's numbers, the CSV download and 保存到U盘 (technician), and usage.record (the citizen's page).
 * Opening the page is not an action; exporting is audited with the range, where it went and the size.
 */
export function createStatisticsHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
  statistics = statisticsFor(deps),
  drives: DriveFinder = drivesFor(),
): Pick<
  Handlers,
  'usage.record' | 'admin.statistics.summary' | 'admin.statistics.csv' | 'admin.statistics.saveToDrive'
> {
  const kioskId = deps.config.kioskId;
  const name = (locale: CsvLocale) => (target: UsageTarget) => {
    const catalog = deps.catalog.current();
    const found =
      target.kind === 'item'
        ? catalog.items.find((i) => i.code === target.code)
        : catalog.packages.find((p) => p.code === target.code);
    return found ? found.name[locale] : '';
  };
  const csvOf = (range: StatisticsRange, locale: CsvLocale): Result<{ fileName: string; csv: string }, 'tooLarge'> => {
    const summary = statistics.service.summary(range);
    const csv = statisticsCsv(summary, { kioskId, locale, name: name(locale) });
    if (csv.length + BOM.length > MAX_STATISTICS_CSV_CHARS) return err('tooLarge', 'The CSV is too large');
    const safeId = kioskId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'kiosk';
    const compact = (day: string) => day.replaceAll('-', '');
    return ok({
      fileName: `gov-kiosk-statistics-${safeId}-${compact(summary.from)}-${compact(summary.to)}.csv`,
      csv: BOM + csv,
    });
  };
  const audit = (by: string, range: StatisticsRange, detail: Record<string, string | number | boolean>) =>
    deps.platform.audit.record({
      actor: 'admin',
      action: 'admin.statisticsExported',
      detail: { by, range, ...detail },
    });

  return {
    'usage.record': (report) => statistics.recorder.record(report),
    'admin.statistics.summary': guarded(admin.auth, 'technician', ({ range }) => ok(statistics.service.summary(range))),
    'admin.statistics.csv': guarded(admin.auth, 'technician', ({ range, locale }, session) => {
      const file = csvOf(range, locale);
      if (!file.ok) return file;
      const bytes = Buffer.byteLength(file.value.csv, 'utf8');
      audit(session.enrolmentId, range, { destination: 'download', bytes });
      return ok({ fileName: file.value.fileName, bytes, csv: file.value.csv });
    }),
    'admin.statistics.saveToDrive': guarded(admin.auth, 'technician', async ({ range, locale, driveId }, session) => {
      const drive = (await drives.list()).find((d) => d.id === driveId);
      if (!drive) return err('noSuchDrive', 'No removable drive with this device name is mounted now');
      if (!drive.writable) return err('driveReadOnly', 'The drive is mounted read-only');
      const file = csvOf(range, locale);
      if (!file.ok) return file;
      const bytes = new Uint8Array(Buffer.from(file.value.csv, 'utf8'));
      if (drive.freeBytes < bytes.length + DRIVE_SLACK_BYTES) return err('driveFull', 'Not enough room on the drive');
      try {
        writeSynced(drive.mountPath, file.value.fileName, bytes);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        deps.logger.warn(`statistics: writing to ${drive.id} failed: ${code}`);
        audit(session.enrolmentId, range, { destination: 'drive', drive: drive.id, ok: false, error: code });
        return err('writeFailed', `Writing to the drive failed (${code})`);
      }
      audit(session.enrolmentId, range, { destination: 'drive', drive: drive.id, bytes: bytes.length, ok: true });
      return ok({ fileName: file.value.fileName, bytes: bytes.length });
    }),
  };
}
