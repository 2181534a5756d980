import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gt } from 'semver';
import type { UpdateConfig } from '../../../shared/config/update-config.js';
import type { AuditEvent } from '../audit/audit-log.js';
import type { CitizenPresence } from './citizen-presence.js';
import type { UpdateDownloader, UpdateInstaller } from './installer.js';
import type { ReleaseFile, ReleaseManifest } from './release-manifest.js';
import { verifyRelease } from './release-signature.js';
import { inRollout } from './rollout.js';
import type { FetchedRelease, FeedFailure } from './update-feed.js';
import type { KeptRelease, UpdateLedger } from './update-ledger.js';
import type { Result } from '../../../shared/result.js';

/**
 * Signed updates between citizens (issue 13). On a timer: fetch release.json and its signature from the feed,
 * check the signature against the configured release keys, and only then look at what it says — a newer
 * version, for this kiosk's share of a staged rollout, with an installer for this machine. Download it, check
 * its SHA-512 against the signed manifest, and wait: it is installed only when no citizen session (or console
 * session) is open and nobody has used the kiosk for `idleMinutes`, after checking the file once more.
 *
 * Across the restart: the ledger (update-ledger.ts) counts starts of the new version that never ran for
 * `healthyAfterMinutes`; after `rollbackAfterFailedStarts` of them — or a crash loop of the page reported by
 * the shell — the kiosk installs the version it came from, from the installer it kept, checked again, and
 * never takes the failed version again. Every refusal, install, confirmation and rollback is audited
 * (versions and reasons only). Offline is a phase, never an error.
 */
export type UpdatePhase =
  | 'off'
  | 'waiting'
  | 'upToDate'
  | 'notInRollout'
  | 'offline'
  | 'refused'
  | 'downloading'
  | 'ready'
  | 'installing'
  | 'rolledBack'
  | 'rollbackImpossible';

export interface UpdateStatus {
  readonly phase: UpdatePhase;
  readonly runningVersion: string;
  /** The version downloaded and waiting for a quiet kiosk, or the one refused. */
  readonly version?: string;
  /** Plain words for the technician (no personal data exists here). */
  readonly detail?: string;
  readonly lastCheckAt?: string;
  /** The running version came as an update and has not yet run long enough to be trusted. */
  readonly onTrial: boolean;
  readonly rolledBackFrom: readonly string[];
}

export type RefusalCode =
  'unsigned' | 'malformed' | 'unknownKey' | 'badSignature' | 'noInstallerForMachine' | 'hashMismatch' | 'changedOnDisk';

export interface UpdateServiceOptions {
  readonly config: UpdateConfig;
  readonly kioskId: string;
  readonly runningVersion: string;
  readonly fetchRelease: (feedUrl: string) => Promise<Result<FetchedRelease, FeedFailure>>;
  readonly downloader: UpdateDownloader;
  readonly installer: UpdateInstaller;
  readonly presence: CitizenPresence;
  readonly ledger: UpdateLedger;
  /** Where installers are kept for a rollback (`<dataDir>/updates`). */
  readonly updatesDir: string;
  readonly audit: (event: AuditEvent) => void;
  readonly log: (level: 'info' | 'warn', text: string) => void;
  readonly now?: () => number;
}

interface Pending {
  readonly manifest: ReleaseManifest;
  readonly file: ReleaseFile;
  readonly path: string;
  readonly manifestText: string;
  readonly signatureText: string;
}

async function sha512Of(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

export class UpdateService {
  private phase: UpdatePhase;
  private detail: string | undefined;
  private version: string | undefined;
  private lastCheckAt: number | undefined;
  private pending: Pending | undefined;
  private busy = false;
  /** One audit entry per refused version and reason, not one per hourly check. */
  private readonly refusalsAudited = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly now: () => number;

  constructor(private readonly options: UpdateServiceOptions) {
    this.now = options.now ?? Date.now;
    this.phase = options.config.feedUrl ? 'waiting' : 'off';
    if (options.ledger.problem) options.log('warn', `update: ${options.ledger.problem}`);
  }

  /** The start-up decision, then the timers: check, install when quiet, trust the new version after a while. */
  async start(): Promise<void> {
    if ((await this.onStart()) === 'rollingBack') return;
    const { checkEveryMinutes, healthyAfterMinutes } = this.options.config;
    this.timers.push(setTimeout(() => this.confirmHealthy(), healthyAfterMinutes * 60_000));
    if (!this.options.config.feedUrl) return;
    const check = () => void this.check().catch((e: unknown) => this.options.log('warn', `update check: ${String(e)}`));
    this.timers.push(setTimeout(check, 30_000), setInterval(check, checkEveryMinutes * 60_000));
    this.timers.push(setInterval(() => void this.tryInstall().catch(() => undefined), 30_000));
    for (const timer of this.timers) timer.unref();
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
  }

  status(): UpdateStatus {
    const { moving, rolledBackFrom } = this.options.ledger.get();
    return {
      phase: this.phase,
      runningVersion: this.options.runningVersion,
      ...(this.version ? { version: this.version } : {}),
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.lastCheckAt ? { lastCheckAt: new Date(this.lastCheckAt).toISOString() } : {}),
      onTrial: moving?.to === this.options.runningVersion && !moving.rollback,
      rolledBackFrom,
    };
  }

  /** What the running version means for an update that was under way when the kiosk last stopped. */
  async onStart(): Promise<'continue' | 'rollingBack'> {
    const { ledger, runningVersion, config } = this.options;
    const moving = ledger.get().moving;
    if (!moving) return 'continue';
    if (moving.to === runningVersion) {
      if (moving.rollback) {
        ledger.update((s) => ({ ...s, moving: undefined }));
        this.set('rolledBack', `rolled back to ${runningVersion} from ${moving.from}`);
        return 'continue';
      }
      // Every earlier start of this version ended before it was trusted.
      if (moving.starts >= config.rollbackAfterFailedStarts) {
        return (await this.rollBack(`${moving.starts} starts ended before ${config.healthyAfterMinutes} minutes`))
          ? 'rollingBack'
          : 'continue';
      }
      ledger.update((s) => ({ ...s, moving: { ...moving, starts: moving.starts + 1 } }));
      return 'continue';
    }
    // The install did not happen (or someone installed another version by hand): the ledger forgets the move.
    this.options.audit({
      actor: 'system',
      action: moving.from === runningVersion ? 'update.installFailed' : 'update.unexpectedVersion',
      detail: { from: moving.from, to: moving.to, running: runningVersion },
    });
    ledger.update((s) => ({
      ...s,
      moving: undefined,
      ...(moving.from === runningVersion ? { running: s.previous, previous: undefined } : {}),
    }));
    return 'continue';
  }

  /** The new version has run long enough: it is kept, and the installer it replaced is no longer needed. */
  confirmHealthy(): void {
    const { ledger, runningVersion } = this.options;
    const moving = ledger.get().moving;
    if (!moving || moving.to !== runningVersion || moving.rollback) return;
    ledger.update((s) => ({ ...s, moving: undefined, previous: undefined }));
    this.pruneKept();
    this.options.audit({ actor: 'system', action: 'update.confirmed', detail: { version: runningVersion } });
  }

  /** The shell saw the page crash again and again: a version on trial is rolled back at once. */
  async reportCrashLoop(): Promise<boolean> {
    const moving = this.options.ledger.get().moving;
    if (!moving || moving.to !== this.options.runningVersion || moving.rollback) return false;
    return this.rollBack('the page crashed repeatedly');
  }

  async check(): Promise<UpdateStatus> {
    const { config, runningVersion, kioskId, installer } = this.options;
    if (!config.feedUrl || this.busy || this.phase === 'installing') return this.status();
    this.busy = true;
    try {
      this.lastCheckAt = this.now();
      const fetched = await this.options.fetchRelease(config.feedUrl);
      if (!fetched.ok) {
        if (fetched.error.code === 'offline')
          return this.set('offline', 'the feed cannot be reached; trying again later');
        if (fetched.error.code === 'unsigned') return this.refuse(undefined, 'unsigned', fetched.error.message);
        if (fetched.error.code === 'tooLarge') return this.refuse(undefined, 'malformed', fetched.error.message);
        return this.set('upToDate', 'the feed has no release');
      }
      const verified = verifyRelease(fetched.value.manifestBytes, fetched.value.signatureBytes, config.publicKeys);
      if (!verified.ok) return this.refuse(undefined, verified.error.code, verified.error.message);
      const manifest = verified.value;
      if (!gt(manifest.version, runningVersion)) return this.set('upToDate', `${runningVersion} is the newest`);
      if (this.options.ledger.get().rolledBackFrom.includes(manifest.version))
        return this.set('upToDate', `${manifest.version} was rolled back here and is not taken again`);
      if (!inRollout(kioskId, manifest.version, manifest.stagingPercentage))
        return this.set(
          'notInRollout',
          `${manifest.version} is at ${manifest.stagingPercentage} %; not this kiosk yet`,
          manifest.version,
        );
      const file = manifest.files.find((f) => f.target === installer.target && f.kind === installer.kind);
      if (!file)
        return this.refuse(manifest.version, 'noInstallerForMachine', `no ${installer.kind} for ${installer.target}`);
      if (this.pending?.manifest.version === manifest.version && this.phase === 'ready') return this.status();
      this.set('downloading', undefined, manifest.version);
      const downloaded = await this.options.downloader.download(manifest, file);
      if (!downloaded.ok) {
        if (downloaded.error.code === 'tooLarge')
          return this.refuse(manifest.version, 'hashMismatch', downloaded.error.message);
        return this.set(
          'offline',
          `the download stopped (${downloaded.error.code}); trying again later`,
          manifest.version,
        );
      }
      const path = downloaded.value;
      if (statSync(path).size !== file.size || (await sha512Of(path)) !== file.sha512) {
        rmSync(path, { force: true });
        return this.refuse(manifest.version, 'hashMismatch', `${file.name} is not the file the release signed`);
      }
      this.pending = {
        manifest,
        file,
        path,
        manifestText: fetched.value.manifestBytes.toString('utf8'),
        signatureText: fetched.value.signatureBytes.toString('utf8'),
      };
      this.options.audit({ actor: 'system', action: 'update.downloaded', detail: { version: manifest.version } });
      this.set('ready', 'waiting until nobody uses the kiosk', manifest.version);
    } finally {
      this.busy = false;
    }
    await this.tryInstall();
    return this.status();
  }

  /** Installs the waiting update if nobody is using the kiosk and nobody has for `idleMinutes`. */
  async tryInstall(): Promise<boolean> {
    const pending = this.pending;
    const { presence, config, runningVersion, ledger } = this.options;
    if (!pending || this.phase !== 'ready' || this.busy) return false;
    if (presence.inUse() || presence.quietForMs() < config.idleMinutes * 60_000) return false;
    this.busy = true;
    try {
      const kept = this.keep(pending);
      if ((await sha512Of(kept.installerPath)) !== pending.file.sha512) {
        this.pending = undefined;
        this.refuse(pending.manifest.version, 'changedOnDisk', 'the downloaded installer changed on the disk');
        return false;
      }
      const before = ledger.get();
      ledger.update((s) => ({
        ...s,
        previous: s.running?.version === runningVersion ? s.running : undefined,
        running: kept,
        moving: {
          from: runningVersion,
          to: pending.manifest.version,
          at: new Date(this.now()).toISOString(),
          starts: 0,
          rollback: false,
        },
      }));
      this.options.audit({
        actor: 'system',
        action: 'update.installing',
        detail: {
          from: runningVersion,
          to: pending.manifest.version,
          quietMinutes: Math.floor(presence.quietForMs() / 60_000),
        },
      });
      this.set('installing', undefined, pending.manifest.version);
      const installed = await this.options.installer.install(kept.installerPath, pending.manifest, {
        downgrade: false,
      });
      if (!installed.ok) {
        ledger.update(() => before);
        this.pending = undefined;
        this.options.audit({
          actor: 'system',
          action: 'update.installFailed',
          detail: { from: runningVersion, to: pending.manifest.version },
        });
        this.set('refused', installed.error.message, pending.manifest.version);
        return false;
      }
      return true;
    } finally {
      this.busy = false;
    }
  }

  private async rollBack(reason: string): Promise<boolean> {
    const { ledger, runningVersion, config, installer } = this.options;
    const previous = ledger.get().previous;
    const impossible = (why: string) => {
      this.options.audit({
        actor: 'system',
        action: 'update.rollbackImpossible',
        detail: { version: runningVersion, why },
      });
      this.set('rollbackImpossible', `${runningVersion} is failing (${reason}) and cannot be rolled back: ${why}`);
      return false;
    };
    if (!previous) return impossible('no installer of the version before it was kept');
    const verified = verifyRelease(
      Buffer.from(previous.manifestText),
      Buffer.from(previous.signatureText),
      config.publicKeys,
    );
    if (!verified.ok || verified.value.version !== previous.version)
      return impossible('its kept release no longer verifies');
    const file = verified.value.files.find((f) => f.name === previous.fileName);
    if (!file || !existsSync(previous.installerPath) || (await sha512Of(previous.installerPath)) !== file.sha512)
      return impossible('its kept installer is missing or changed');
    ledger.update((s) => ({
      ...s,
      moving: {
        from: runningVersion,
        to: previous.version,
        at: new Date(this.now()).toISOString(),
        starts: 0,
        rollback: true,
      },
      running: previous,
      previous: undefined,
      rolledBackFrom: [...s.rolledBackFrom.filter((v) => v !== runningVersion), runningVersion].slice(-100),
    }));
    this.options.audit({
      actor: 'system',
      action: 'update.rolledBack',
      detail: { from: runningVersion, to: previous.version, reason: reason.replace(/[^A-Za-z0-9 .]/g, '') },
    });
    this.options.log('warn', `update: rolling back from ${runningVersion} to ${previous.version}: ${reason}`);
    this.set('installing', `rolling back to ${previous.version}`, previous.version);
    const installed = await installer.install(previous.installerPath, verified.value, { downgrade: true });
    if (!installed.ok) return impossible(installed.error.message.slice(0, 100));
    return true;
  }

  /** Copies the checked installer where a later rollback finds it (the downloader's cache may be cleared). */
  private keep(pending: Pending): KeptRelease {
    const folder = join(this.options.updatesDir, 'kept', pending.manifest.version);
    mkdirSync(folder, { recursive: true });
    const installerPath = join(folder, pending.file.name);
    if (pending.path !== installerPath) copyFileSync(pending.path, installerPath);
    return {
      version: pending.manifest.version,
      installerPath,
      manifestText: pending.manifestText,
      signatureText: pending.signatureText,
      fileName: pending.file.name,
    };
  }

  /** Deletes kept installers that neither the running nor the previous version needs. */
  private pruneKept(): void {
    const folder = join(this.options.updatesDir, 'kept');
    if (!existsSync(folder)) return;
    const { running, previous } = this.options.ledger.get();
    const needed = new Set([running?.version, previous?.version]);
    for (const version of readdirSync(folder)) {
      if (!needed.has(version)) rmSync(join(folder, version), { recursive: true, force: true });
    }
  }

  private refuse(version: string | undefined, code: RefusalCode, why: string): UpdateStatus {
    const key = `${version ?? '?'}:${code}`;
    if (!this.refusalsAudited.has(key)) {
      this.refusalsAudited.add(key);
      this.options.audit({
        actor: 'system',
        action: 'update.refused',
        detail: { reason: code, ...(version ? { version } : {}), running: this.options.runningVersion },
      });
      this.options.log('warn', `update refused (${code}): ${why.slice(0, 200)}`);
    }
    return this.set('refused', `${code}: ${why}`.slice(0, 300), version);
  }

  private set(phase: UpdatePhase, detail?: string, version?: string): UpdateStatus {
    this.phase = phase;
    this.detail = detail;
    this.version = version;
    return this.status();
  }
}
