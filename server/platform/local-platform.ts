import { randomBytes } from 'node:crypto';
import type { CatalogLookup, EIdIssued, PlatformGateway, PlatformResult } from '../../shared/platform/index.js';
import type { Result } from '../../shared/result.js';
import type { SigningKey } from '../../electron/services/platform/certificate-codec.js';
import type { Clock } from '../../electron/services/store/clock.js';
import { PlatformTables, type PlatformStore } from './platform-store.js';
import { type GatewayLog, type PlatformHandlers, validatingGateway } from './validating-gateway.js';
import { attachmentHandlers, holdsImage } from './domains/attachments.js';
import { billHandlers } from './domains/bills.js';
import { bookingHandlers } from './domains/bookings.js';
import type { ReviewTiming } from './domains/case-status.js';
import { createCaseView } from './domains/case-view.js';
import { caseHandlers } from './domains/cases.js';
import { certificateHandlers } from './domains/certificates.js';
import { certificationHandlers } from './domains/certifications.js';
import { complaintHandlers } from './domains/complaints.js';
import { evaluationHandlers } from './domains/evaluations.js';
import { createIdentity } from './domains/identity.js';
import { kioskSyncHandlers } from './domains/kiosk-sync.js';
import { licenseHandlers } from './domains/licenses.js';
import { createPayments } from './domains/payments.js';
import { platformContext } from './domains/platform-context.js';
import { recordHandlers } from './domains/records.js';

export type { ReviewTiming } from './domains/case-status.js';

export interface LocalPlatformOptions {
  /** The platform's own database (openPlatformStore), never the kiosk's. */
  readonly store: PlatformStore;
  readonly catalog: CatalogLookup | (() => CatalogLookup);
  readonly signingKey: SigningKey;
  readonly clock?: Clock;
  readonly review?: ReviewTiming;
  /** Demo payments are paid by themselves after this long (null: never; they expire). */
  readonly autoPayAfterMs?: number | null;
  readonly paymentExpiresAfterMs?: number;
  /** Prefix of case numbers: YQJQ = 阳泉郊区. */
  readonly casePrefix?: string;
  /** Everything the embedded platform issues is a sample (样本); a real deployment uses a real platform. */
  readonly sample?: boolean;
  /** Source of random bytes for query and verification codes (tests make it deterministic). */
  readonly random?: (n: number) => Buffer;
  /** What catalogSync answers with when the kiosk's version differs. */
  readonly catalogDocument?: () => unknown;
  readonly log?: GatewayLog;
}

export interface LocalPlatform extends PlatformGateway {
  readonly kind: 'embedded';
  /** Forgets every case, certificate, payment, booking, evaluation and complaint (seeded demo people stay). */
  reset(): void;
  /** Drops applicants' personal data from cases and documents older than the given age. Returns rows changed. */
  purgePersonalData(olderThanMs: number): number;
  /** Counts for the admin screen and tests. */
  stats(): {
    cases: number;
    certificates: number;
    payments: number;
    bookings: number;
    evaluations: number;
    complaints: number;
    attachments: number;
  };
  /** Whether the platform holds the image of this blobRef (tests and the admin screen). */
  holdsAttachment(blobRef: string): boolean;
  /**
   * Development and tests only: the demo payer pays (or the order is closed or runs out) now, instead of
   * after autoPayAfterMs. The kiosk exposes it only in developer mode.
   */
  simulatePayment(orderNumber: string, outcome: 'paid' | 'closed' | 'expired'): PlatformResult<'paymentStatus'>;
  /**
   * Development and tests only: the e-ID code a demo citizen's phone would show now (valid 3 minutes, once).
   * notFound for anyone who is not a demo citizen. The kiosk exposes it only in developer mode.
   */
  issueDemoEId(idNumber: string): Result<EIdIssued, 'notFound'>;
}

export const defaultReviewTiming: ReviewTiming = { inReviewAfterMs: 2 * 60_000, decideAfterMs: 10 * 60_000 };

/**
 * The embedded local platform: the default, so a kiosk works out of the box, and the engine behind the
 * reference platform server. It keeps its cases in the store (applicants' data encrypted), checks the
 * idempotency key of every write, decides instant items at once and moves other cases through
 * accepted → inReview → approved/returned on its clock. Its demo people and businesses are seeded in code.
 *
 * This is only the composition: each domain's handlers live in ./domains/, and all of their SQL in the one
 * store (PlatformTables in platform-store.ts).
 */
export function createLocalPlatform(options: LocalPlatformOptions): LocalPlatform {
  const { store } = options;
  const tables = new PlatformTables(store);
  const ctx = platformContext({
    tables,
    clock: options.clock ?? store.clock,
    catalog: () => (typeof options.catalog === 'function' ? options.catalog() : options.catalog),
    signingKey: options.signingKey,
    sample: options.sample ?? true,
    random: options.random ?? randomBytes,
  });
  const view = createCaseView(ctx, options.review ?? defaultReviewTiming);
  const payments = createPayments(ctx, {
    autoPayAfterMs: options.autoPayAfterMs === undefined ? 20_000 : options.autoPayAfterMs,
    expiresAfterMs: options.paymentExpiresAfterMs ?? 15 * 60_000,
  });
  const identity = createIdentity(ctx);

  const handlers: PlatformHandlers = {
    ...kioskSyncHandlers(ctx, options.catalogDocument),
    ...attachmentHandlers(ctx),
    ...caseHandlers(ctx, view, options.casePrefix ?? 'YQJQ'),
    ...certificateHandlers(ctx, view),
    ...recordHandlers(ctx),
    ...licenseHandlers(ctx),
    ...payments.handlers,
    ...billHandlers(ctx),
    ...bookingHandlers(ctx),
    ...certificationHandlers(ctx),
    ...evaluationHandlers(ctx),
    ...complaintHandlers(ctx),
    ...identity.handlers,
  };

  return {
    ...validatingGateway(handlers, options.log),
    kind: 'embedded',
    reset() {
      identity.forgetCodes();
      tables.reset();
    },
    purgePersonalData(olderThanMs) {
      const now = ctx.clock.now();
      return tables.purgePersonalData(now - olderThanMs, now);
    },
    simulatePayment: payments.simulatePayment,
    issueDemoEId: identity.issueDemoEId,
    stats: () => tables.stats(),
    holdsAttachment: (blobRef) => holdsImage(tables, blobRef),
  };
}
