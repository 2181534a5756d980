import { z } from 'zod';
import { healthCheckSchema, healthLevelSchema, hostKindSchema } from './app.js';
import { adminRequest, adminSessionErrors } from './admin.js';
import { defineMethod } from './define.js';
import { deviceSnapshotSchema } from '../devices/device-status.js';

/**
 * The console's status page (its home), the diagnostic bundle and the system page (issue 11). Codes, counts
 * and times only: nothing here can carry a person.
 */

const isoTime = z.iso.datetime();
/** A technician-facing code as shared/devices/device-failure.ts writes it: "deviceNotReady.paperOut". */
const technicianCodeSchema = z.string().regex(/^[A-Za-z]{2,40}(\.[A-Za-z]{2,40})?$/);

export const deviceStatusRowSchema = z
  .object({
    snapshot: deviceSnapshotSchema,
    /** Set while the device cannot serve: the code a technician looks up. */
    code: technicianCodeSchema.optional(),
    /** The last time the device went into a fault, kept across restarts. */
    lastFault: z.object({ at: isoTime, code: technicianCodeSchema }).strict().optional(),
  })
  .strict();
export type DeviceStatusRow = z.infer<typeof deviceStatusRowSchema>;

export const consoleStatusSchema = z
  .object({
    at: isoTime,
    health: healthLevelSchema,
    /** The parts of health that are not ok, with the technician's words (app.health's checks). */
    healthProblems: z.array(healthCheckSchema).max(20),
    devices: z.array(deviceStatusRowSchema).max(16),
    platform: z
      .object({
        kind: z.enum(['embedded', 'http']),
        /** Undefined until the platform was tried once. */
        online: z.boolean().optional(),
        level: healthLevelSchema,
        /** One round trip (heartbeat), measured at most every 30 s. */
        latencyMs: z.number().int().nonnegative().optional(),
        latencyAt: isoTime.optional(),
        /** The outbox sender's or the heartbeat's last success. */
        lastContactAt: isoTime.optional(),
        lastError: z.string().max(80).optional(),
      })
      .strict(),
    outbox: z
      .object({
        pending: z.number().int().nonnegative(),
        rejected: z.number().int().nonnegative(),
        oldestPendingSeconds: z.number().int().nonnegative(),
      })
      .strict(),
    disk: z.object({ freeBytes: z.number().nonnegative(), totalBytes: z.number().nonnegative() }).strict().optional(),
    software: z
      .object({
        version: z.string().max(64),
        host: hostKindSchema,
        kioskId: z.string().max(64),
        startedAt: isoTime,
        uptimeSeconds: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict();
export type ConsoleStatus = z.infer<typeof consoleStatusSchema>;

/** A removable drive as the page lists it. The id is the OS's device name ("sdb1", "E:"), never a label. */
export const removableDriveSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/),
    /** The volume label, for the technician to recognise their stick; shown, never logged or audited. */
    label: z.string().max(64),
    fileSystem: z.string().max(16),
    freeBytes: z.number().nonnegative(),
    totalBytes: z.number().nonnegative(),
    writable: z.boolean(),
  })
  .strict();
export type RemovableDrive = z.infer<typeof removableDriveSchema>;

const bundleFileSchema = z
  .object({
    fileName: z.string().regex(/^gov-kiosk-diagnostics-[A-Za-z0-9_-]{1,64}-\d{8}T\d{6}Z\.zip$/),
    bytes: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** The largest bundle the page downloads (bytes, before base64). Logs are cut to fit well below it. */
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;

export const systemInfoSchema = z
  .object({
    version: z.string().max(64),
    build: z.string().max(64).optional(),
    node: z.string().max(32),
    electron: z.string().max(32).optional(),
    os: z.string().max(120),
    kioskId: z.string().max(64),
    host: hostKindSchema,
    startedAt: isoTime,
    /** The host gave the backend a way to restart the application. */
    canRestartApp: z.boolean(),
    /** Which machine commands admin.machineCommands configures. */
    machineCommands: z.object({ reboot: z.boolean(), shutdown: z.boolean() }).strict(),
  })
  .strict();
export type SystemInfo = z.infer<typeof systemInfoSchema>;

export const adminDiagnosticsMethods = {
  'admin.status': defineMethod({
    summary:
      '技术员: the console home page — each device with its state and last fault, the platform link and its latency, the outbox, disk space, version and uptime. (The page adds admin.checks.lastInspection and admin.consumables.list.)',
    request: adminRequest({}),
    response: consoleStatusSchema,
    errors: adminSessionErrors,
  }),
  'admin.diagnostics.drives': defineMethod({
    summary:
      '技术员: the removable drives mounted now (Linux: /proc/mounts under /media, /run/media or /mnt with a FAT/exFAT/NTFS file system on a removable block device; Windows: removable drive letters), and whether this host can download the bundle instead.',
    request: adminRequest({}),
    response: z.object({ drives: z.array(removableDriveSchema).max(16), canDownload: z.boolean() }).strict(),
    errors: adminSessionErrors,
  }),
  'admin.diagnostics.saveToDrive': defineMethod({
    summary:
      '技术员: builds the diagnostic bundle (health, devices, settings with secrets masked, recent logs, audit tail, versions, outbox counts, schema) and writes it to the drive, synced. Audited with the device name and size.',
    request: adminRequest({ driveId: removableDriveSchema.shape.id }),
    response: bundleFileSchema,
    errors: [...adminSessionErrors, 'noSuchDrive', 'driveReadOnly', 'driveFull', 'writeFailed'],
  }),
  'admin.diagnostics.download': defineMethod({
    summary: '技术员, web host only: the same bundle as base64 for the page to save as a file. Audited with the size.',
    request: adminRequest({}),
    response: bundleFileSchema.extend({ base64: z.string().max(Math.ceil(MAX_BUNDLE_BYTES / 3) * 4) }).strict(),
    errors: [...adminSessionErrors, 'notOffered', 'bundleTooLarge'],
  }),
  'admin.system.info': defineMethod({
    summary: '技术员: version, build, runtime versions, kiosk id, and which restarts this kiosk offers.',
    request: adminRequest({}),
    response: systemInfoSchema,
    errors: adminSessionErrors,
  }),
  'admin.system.restartApp': defineMethod({
    summary:
      '技术员: restarts the kiosk application (Electron relaunches itself; a web host restarts only under a supervisor, else refuses). Audited; the reply comes first.',
    request: adminRequest({}),
    response: z.object({ restarting: z.literal(true) }).strict(),
    errors: [...adminSessionErrors, 'notOffered'],
  }),
  'admin.system.machine': defineMethod({
    summary:
      '技术员: restarts or shuts down the machine with the command admin.machineCommands configures (argv, no shell, with a time limit). Not offered when not configured. Audited.',
    request: adminRequest({ action: z.enum(['reboot', 'shutdown']) }),
    response: z.object({ started: z.literal(true) }).strict(),
    errors: [...adminSessionErrors, 'notOffered', 'commandFailed'],
  }),
} as const;
