import { Secret, TOTP } from 'otpauth';
import type { AdminConfig, AdminRole } from '../../../shared/config/admin-config.js';
import type { AdminSession, CardIdentity, SignInOutcome } from '../../../shared/contract/admin.js';
import type { IdCard } from '../../../shared/devices/id-card.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Logger } from '../log/logger.js';
import type { Clock } from '../store/clock.js';
import { idNumberHash, newSessionToken, verifyPin } from './credentials.js';
import type { TechnicianRow, TechnicianStore } from './technician-store.js';

/** What the console needs of the card reader: one read, and word when the card leaves. */
export interface CardSource {
  readCard(timeoutMs: number): Promise<Result<IdCard>>;
  onCardRemoved(listener: () => void): () => void;
}

/** The signed-in technician, as main keeps it. */
export interface ActiveSession {
  readonly token: string;
  readonly enrolmentId: string;
  readonly maskedName: string;
  readonly role: AdminRole;
  readonly startedAt: number;
  lastActivity: number;
}

/** A card identified at the attract screen, valid for the PIN that follows while it stays on the reader. */
interface PendingCard {
  readonly enrolmentId: string;
  readonly at: number;
}

const PENDING_CARD_MS = 120_000;
const CARD_READ_MS = 3_000;
/** A one-time code is accepted one step either side of now (clock drift on a machine that went offline). */
const TOTP_WINDOW = 1;

export type AdminCheckCode = 'adminSessionEnded' | 'adminForbidden';

/**
 * Signing in to the technician's console and the one console session (design §7): a card and a PIN, or a
 * one-time code and a PIN; a lockout that grows; an idle limit and a hard cap checked on every call. Only
 * enrolment ids go to the audit log and the log; never a PIN, a code or anything read from a card.
 */
export class AdminAuth {
  private session: ActiveSession | undefined;
  private pending: PendingCard | undefined;
  /** What the card on the reader was found to be: one read per placement, however many pages ask. */
  private placement: Promise<Result<CardIdentity>> | undefined;
  private lastCodeStep = -1;
  private readonly totp: TOTP | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly options: {
      readonly config: AdminConfig;
      readonly technicians: TechnicianStore;
      readonly cards: CardSource;
      readonly audit: AuditLog;
      readonly clock: Clock;
      readonly logger: Logger;
      /** Called when a session ends by itself (idle, cap) so the page can be told. */
      readonly onSessionEnded?: (reason: 'idle' | 'cap') => void;
    },
  ) {
    this.totp = options.config.totpSecret
      ? new TOTP({ secret: Secret.fromBase32(options.config.totpSecret), digits: 6, period: 30, algorithm: 'SHA1' })
      : undefined;
    this.unsubscribe = options.cards.onCardRemoved(() => {
      this.pending = undefined;
      this.placement = undefined;
    });
  }

  close(): void {
    this.unsubscribe();
  }

  /** Whether anyone can sign in at all, and why not (for health and the status page). */
  readiness(): { cardSignIn: boolean; codeSignIn: boolean; enrolled: number } {
    return {
      cardSignIn: this.options.config.identityKey !== undefined,
      codeSignIn: this.totp !== undefined,
      enrolled: this.options.technicians.all().length,
    };
  }

  identifyCard(): Promise<Result<CardIdentity>> {
    const known = this.placement;
    if (known) return known;
    const identified = this.readAndIdentify();
    this.placement = identified;
    // Only an answer about a card is kept for the placement; a failed read may be tried again.
    void identified.then((result) => {
      if ((!result.ok || result.value.kind === 'noCard') && this.placement === identified) this.placement = undefined;
    });
    return identified;
  }

  private async readAndIdentify(): Promise<Result<CardIdentity>> {
    const read = await this.options.cards.readCard(CARD_READ_MS);
    if (!read.ok) return read.error.code === 'timeOut' ? ok({ kind: 'noCard' }) : read;
    const key = this.options.config.identityKey;
    const technician = key ? this.options.technicians.byIdHash(idNumberHash(read.value.idNumber, key)) : undefined;
    if (!technician) {
      this.pending = undefined;
      return ok({ kind: 'citizen' });
    }
    this.pending = { enrolmentId: technician.enrolmentId, at: this.now() };
    const lockedUntil = this.lockedUntil(technician);
    return ok({
      kind: 'technician',
      enrolmentId: technician.enrolmentId,
      maskedName: technician.maskedName,
      role: technician.role,
      ...(lockedUntil ? { lockedUntil: new Date(lockedUntil).toISOString() } : {}),
    });
  }

  async signIn(
    request: { via: 'card'; pin: string } | { via: 'code'; enrolmentId: string; code: string; pin: string },
  ): Promise<SignInOutcome> {
    const technician = this.technicianFor(request);
    if (!technician) {
      this.audit('admin.signInRefused', undefined, { via: request.via, reason: 'unknown' });
      return { outcome: 'refused' };
    }
    const lockedUntil = this.lockedUntil(technician);
    if (lockedUntil) return { outcome: 'locked', until: new Date(lockedUntil).toISOString() };

    const codeOk = request.via === 'card' || this.acceptCode(request.code);
    const pinOk = await verifyPin(request.pin, technician.pinHash);
    if (!codeOk || !pinOk) return this.failed(technician, request.via, codeOk ? 'pin' : 'code');

    this.options.technicians.recordSuccess(technician.enrolmentId);
    this.pending = undefined;
    const previous = this.session;
    if (previous) this.audit('admin.signOut', previous.enrolmentId, { reason: 'replaced' });
    this.session = {
      token: newSessionToken(),
      enrolmentId: technician.enrolmentId,
      maskedName: technician.maskedName,
      role: technician.role,
      startedAt: this.now(),
      lastActivity: this.now(),
    };
    this.audit('admin.signIn', technician.enrolmentId, { via: request.via, role: technician.role });
    return { outcome: 'signedIn', session: this.describe(this.session) };
  }

  /** Checks a console call: a live session with this token and a role that may make it. A touch. */
  check(token: string, needs: AdminRole): Result<ActiveSession, AdminCheckCode> {
    const session = this.current();
    if (!session || session.token !== token) return err('adminSessionEnded', 'No console session with this token');
    if (needs === 'administrator' && session.role !== 'administrator') {
      this.audit('admin.forbidden', session.enrolmentId, {});
      return err('adminForbidden', 'This needs an administrator');
    }
    session.lastActivity = this.now();
    return ok(session);
  }

  describe(session: ActiveSession): AdminSession {
    const { idleSeconds, sessionMinutes } = this.options.config;
    return {
      token: session.token,
      enrolmentId: session.enrolmentId,
      maskedName: session.maskedName,
      role: session.role,
      idleSeconds,
      endsAt: new Date(session.startedAt + sessionMinutes * 60_000).toISOString(),
    };
  }

  signOut(token: string): boolean {
    const session = this.current();
    if (!session || session.token !== token) return false;
    this.end('user');
    return true;
  }

  /** The live session, after ending it if it passed its idle limit or its cap. */
  current(): ActiveSession | undefined {
    const session = this.session;
    if (!session) return undefined;
    const now = this.now();
    const { idleSeconds, sessionMinutes } = this.options.config;
    if (now - session.startedAt >= sessionMinutes * 60_000) this.end('cap');
    else if (now - session.lastActivity >= idleSeconds * 1000) this.end('idle');
    return this.session;
  }

  private end(reason: 'user' | 'idle' | 'cap'): void {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    this.audit('admin.signOut', session.enrolmentId, { reason });
    if (reason !== 'user') this.options.onSessionEnded?.(reason);
  }

  private technicianFor(request: { via: 'card' } | { via: 'code'; enrolmentId: string }): TechnicianRow | undefined {
    if (request.via === 'code')
      return this.totp ? this.options.technicians.byEnrolment(request.enrolmentId) : undefined;
    const pending = this.pending;
    if (!pending || this.now() - pending.at > PENDING_CARD_MS) return undefined;
    return this.options.technicians.byEnrolment(pending.enrolmentId);
  }

  /** RFC 6238 with a window of one step; each code is good once (a code seen over a shoulder is spent). */
  private acceptCode(code: string): boolean {
    if (!this.totp) return false;
    const delta = this.totp.validate({ token: code, timestamp: this.now(), window: TOTP_WINDOW });
    if (delta === null) return false;
    const step = Math.floor(this.now() / 30_000) + delta;
    if (step <= this.lastCodeStep) return false;
    this.lastCodeStep = step;
    return true;
  }

  private failed(technician: TechnicianRow, via: 'card' | 'code', reason: 'pin' | 'code'): SignInOutcome {
    const { maxAttempts, firstSeconds, maxSeconds } = this.options.config.lockout;
    const failedPins = technician.failedPins + 1;
    if (failedPins < maxAttempts) {
      this.options.technicians.recordFailure(technician.enrolmentId, failedPins, technician.lockouts, null);
      this.audit('admin.signInRefused', technician.enrolmentId, { via, reason });
      return reason === 'pin'
        ? { outcome: 'wrongPin', attemptsLeft: maxAttempts - failedPins }
        : { outcome: 'refused' };
    }
    const lockouts = technician.lockouts + 1;
    const seconds = Math.min(firstSeconds * 2 ** (lockouts - 1), maxSeconds);
    const until = this.now() + seconds * 1000;
    this.options.technicians.recordFailure(technician.enrolmentId, 0, lockouts, until);
    this.audit('admin.lockedOut', technician.enrolmentId, { via, reason, seconds });
    this.options.logger.warn(`console: ${technician.enrolmentId} locked out for ${seconds} s`);
    return { outcome: 'locked', until: new Date(until).toISOString() };
  }

  private lockedUntil(technician: TechnicianRow): number | undefined {
    return technician.lockedUntil !== null && technician.lockedUntil > this.now() ? technician.lockedUntil : undefined;
  }

  private audit(action: string, enrolmentId: string | undefined, detail: Record<string, string | number>): void {
    this.options.audit.record({ actor: 'admin', action, ...(enrolmentId ? { subject: enrolmentId } : {}), detail });
  }

  private now(): number {
    return this.options.clock.now();
  }
}
