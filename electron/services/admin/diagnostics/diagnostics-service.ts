import { MAX_BUNDLE_BYTES, type RemovableDrive } from '../../../../shared/contract/admin-diagnostics.js';
import { err, ok, type Result } from '../../../../shared/result.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { Logger } from '../../log/logger.js';
import { type Bundle, type BundleSources, buildBundle } from './bundle.js';
import type { DriveFinder, FoundDrive } from './removable-drives.js';
import { DRIVE_SLACK_BYTES, writeSynced } from './write-to-drive.js';

export interface BundleFile {
  readonly fileName: string;
  readonly bytes: number;
  readonly sha256: string;
}

export type SaveError = 'noSuchDrive' | 'driveReadOnly' | 'driveFull' | 'writeFailed';

export interface DiagnosticsServiceOptions {
  readonly sources: BundleSources;
  readonly drives: DriveFinder;
  readonly host: 'electron' | 'web';
  readonly audit: AuditLog;
  readonly logger: Logger;
}

/**
 * The diagnostic bundle (issue 11): made on demand, saved to a removable drive the technician picks or
 * handed to the page for a download under the web host. Audited with who, the destination kind, the
 * drive's device name and the size — never a mount path or a label, which may carry a person's name.
 */
export class DiagnosticsService {
  constructor(private readonly options: DiagnosticsServiceOptions) {}

  get canDownload(): boolean {
    return this.options.host === 'web';
  }

  async drives(): Promise<RemovableDrive[]> {
    const found = await this.options.drives.list();
    return found.map(({ mountPath: _mountPath, ...drive }) => drive);
  }

  build(): Bundle {
    return buildBundle(this.options.sources);
  }

  async saveToDrive(driveId: string, by: string): Promise<Result<BundleFile, SaveError>> {
    const drive: FoundDrive | undefined = (await this.options.drives.list()).find((d) => d.id === driveId);
    if (!drive) return err('noSuchDrive', 'No removable drive with this device name is mounted now');
    if (!drive.writable) return err('driveReadOnly', 'The drive is mounted read-only');
    const bundle = this.build();
    if (drive.freeBytes < bundle.bytes.length + DRIVE_SLACK_BYTES)
      return err('driveFull', 'Not enough room on the drive');
    try {
      writeSynced(drive.mountPath, bundle.fileName, bundle.bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      this.options.logger.warn(`diagnostics: writing to ${drive.id} failed: ${code}`);
      this.record(by, 'drive', bundle, { drive: drive.id, ok: false, error: code });
      return err('writeFailed', `Writing to the drive failed (${code})`);
    }
    this.options.logger.info(`diagnostics: bundle of ${bundle.bytes.length} bytes saved to ${drive.id}`);
    this.record(by, 'drive', bundle, { drive: drive.id, fileSystem: drive.fileSystem, ok: true });
    return ok({ fileName: bundle.fileName, bytes: bundle.bytes.length, sha256: bundle.sha256 });
  }

  download(by: string): Result<BundleFile & { base64: string }, 'notOffered' | 'bundleTooLarge'> {
    if (!this.canDownload) return err('notOffered', 'Downloads are offered only under the web host; save to a drive');
    const bundle = this.build();
    if (bundle.bytes.length > MAX_BUNDLE_BYTES) {
      this.record(by, 'download', bundle, { ok: false, error: 'bundleTooLarge' });
      return err('bundleTooLarge', `The bundle is over ${MAX_BUNDLE_BYTES} bytes; save it to a drive`);
    }
    this.record(by, 'download', bundle, { ok: true });
    return ok({
      fileName: bundle.fileName,
      bytes: bundle.bytes.length,
      sha256: bundle.sha256,
      base64: Buffer.from(bundle.bytes).toString('base64'),
    });
  }

  private record(
    by: string,
    destination: 'drive' | 'download',
    bundle: Bundle,
    extra: Record<string, string | boolean>,
  ) {
    this.options.audit.record({
      actor: 'admin',
      action: 'admin.diagnosticsSaved',
      detail: { by, destination, bytes: bundle.bytes.length, sha256: bundle.sha256.slice(0, 16), ...extra },
    });
  }
}
