import { createHash, randomBytes } from 'node:crypto';
import {
  type AppointmentSlot,
  addWorkingDays,
  blobRefOf,
  blobRefsOf,
  type Booking,
  type CaseProgress,
  type CaseStatus,
  type EIdIssued,
  type CatalogLookup,
  type Certificate,
  chinaCompactDate,
  type MemberCase,
  type PackageMemberApplication,
  chinaIsoDate,
  chinaParts,
  chinaStartOfDay,
  type PaymentOrder,
  type PlatformGateway,
  type PlatformErrorCode,
  type PlatformResult,
  type RecordChoices,
  canonicalChoices,
  recordPeriod,
  type Submission,
  type SubmissionAck,
} from '../../shared/platform/index.js';
import { err, ok, type Result } from '../../shared/result.js';
import { maskIdNumber, maskName } from '../../shared/validation/id-number.js';
import { maskPhone } from '../../shared/validation/phone.js';
import { checkImage } from '../../electron/services/attachments/image-check.js';
import type { Clock } from '../../electron/services/store/clock.js';
import type { PlatformStore } from './platform-store.js';
import {
  canonicalJson,
  type SigningKey,
  signCertificate,
  type UnsignedCertificate,
} from '../../electron/services/platform/certificate-codec.js';
import { newVerificationCode } from '../../electron/services/platform/codes.js';
import { EIdRegistry } from './eid-registry.js';
import { demoBill } from './demo-bills.js';
import {
  demoCitizenByIdNumber,
  demoLicenses,
  demoRecord,
  type RecordShape,
  socialInsuranceTitle,
} from './demo-data.js';
import { demoPublicRecord } from './demo-public-records.js';
import { type GatewayLog, type PlatformHandlers, validatingGateway } from './validating-gateway.js';

export interface ReviewTiming {
  /** After this long an accepted (non-instant) case shows as in review. */
  readonly inReviewAfterMs: number;
  /** After this long it is decided: approved, or returned when a material was left for later. */
  readonly decideAfterMs: number;
}

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

interface CaseRow {
  case_number: string;
  idempotency_key: string;
  request_hash: string;
  kiosk_id: string;
  local_number: string;
  target_kind: 'item' | 'package';
  target_code: string;
  accepted_at: number;
  instant: number;
  outcome: 'approved' | 'returned';
  return_reason: string | null;
  query_code: string;
  applicant_masked: string;
  payload: Buffer | null;
  /** A member case of a package submission: the package, and the lead (first member's) case. */
  package_code: string | null;
  lead_case: string | null;
}

const SLOT_TIMES: ReadonlyArray<readonly [string, string]> = [
  ['09:00', '10:00'],
  ['10:00', '11:00'],
  ['14:30', '15:30'],
  ['15:30', '16:30'],
];
const SLOT_CAPACITY = 5;
const SLOT_LOCATION = '阳泉市郊区政务服务中心一楼综合受理窗口';
const SLOT_LOCATION_EN = 'General counter, ground floor, Jiaoqu District Government Service Center, Yangquan';

/**
 * The English of a stored return reason (补正): the cases table keeps the Chinese only, and the reason is always
 * the one sentence written at submission, so its list of materials is carried over.
 */
function returnReasonEn(zh: string): string {
  const materials = /（([^）]*)）/.exec(zh)?.[1];
  return materials
    ? `Materials to complete: within 5 working days, bring the originals of the materials allowed later (${materials.replaceAll('、', ', ')}) to a counter of the service center.`.slice(
        0,
        500,
      )
    : 'Returned: materials need to be completed at a counter of the service center.';
}
const DAY_MS = 24 * 3600 * 1000;
/** Working days a department has to answer a complaint or suggestion (the 12345 hotline's usual limit). */
const COMPLAINT_RESPONSE_WORKING_DAYS = 5;
/** How long a face certification holds on the demo platform (the catalog's certify items say 12 months). */
const CERTIFICATION_VALID_MONTHS = 12;

const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value), 'utf8').digest('base64url');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The embedded local platform: the default, so a kiosk works out of the box, and the engine behind the
 * reference platform server. It keeps its cases in the store (applicants' data encrypted), checks the
 * idempotency key of every write, decides instant items at once and moves other cases through
 * accepted → inReview → approved/returned on its clock. Its demo people and businesses are seeded in code.
 */
export function createLocalPlatform(options: LocalPlatformOptions): LocalPlatform {
  const { store, signingKey } = options;
  const db = store.db;
  const clock = options.clock ?? store.clock;
  const review = options.review ?? defaultReviewTiming;
  const sample = options.sample ?? true;
  const prefix = options.casePrefix ?? 'YQJQ';
  const random = options.random ?? randomBytes;
  const autoPayAfterMs = options.autoPayAfterMs === undefined ? 20_000 : options.autoPayAfterMs;
  const paymentExpiresAfterMs = options.paymentExpiresAfterMs ?? 15 * 60_000;
  const catalog = () => (typeof options.catalog === 'function' ? options.catalog() : options.catalog);
  const iso = (ms: number) => new Date(ms).toISOString();
  const eIds = new EIdRegistry({ signingKey, now: () => clock.now(), random });

  const nextNumber = (kind: string, width: number) => {
    const day = chinaCompactDate(clock.now());
    return `${kind}-${day}-${pad(store.nextCounter(`p.${kind}.${day}`), width)}`;
  };

  function targetInfo(kind: 'item' | 'package', code: string) {
    const c = catalog();
    if (kind === 'item') {
      const item = c.item(code);
      return item
        ? {
            title: item.name['zh-CN'],
            titleEn: item.name.en,
            department: item.department['zh-CN'],
            departmentEn: item.department.en,
            instant: item.instant,
            timeLimitDays: item.timeLimitDays,
            certificateTitle: item.certificateTitle,
          }
        : undefined;
    }
    const pkg = c.package(code);
    return pkg
      ? {
          title: pkg.name['zh-CN'],
          titleEn: pkg.name.en,
          department: pkg.department['zh-CN'],
          departmentEn: pkg.department.en,
          instant: false,
          timeLimitDays: pkg.timeLimitDays,
          certificateTitle: undefined,
        }
      : undefined;
  }

  function statusAt(row: CaseRow, now: number): { status: CaseStatus; timeline: CaseProgress['timeline'] } {
    const timeline: CaseProgress['timeline'] = [
      { status: 'accepted', at: iso(row.accepted_at), note: '已受理', noteEn: 'Accepted' },
    ];
    if (row.instant) {
      timeline.push({
        status: 'approved',
        at: iso(row.accepted_at),
        note: '即办件，当场办结',
        noteEn: 'Done on the spot',
      });
      return { status: 'approved', timeline };
    }
    let status: CaseStatus = 'accepted';
    if (now >= row.accepted_at + review.inReviewAfterMs) {
      status = 'inReview';
      timeline.push({
        status,
        at: iso(row.accepted_at + review.inReviewAfterMs),
        note: '部门审核中',
        noteEn: 'Under review by the department',
      });
    }
    if (now >= row.accepted_at + review.decideAfterMs) {
      status = row.outcome;
      timeline.push({
        status,
        at: iso(row.accepted_at + review.decideAfterMs),
        note: row.outcome === 'approved' ? '审核通过，办结' : (row.return_reason ?? '退回补正'),
        noteEn:
          row.outcome === 'approved'
            ? 'Approved and completed'
            : row.return_reason
              ? returnReasonEn(row.return_reason)
              : 'Returned for missing materials',
      });
    }
    return { status, timeline };
  }

  function promisedBy(row: CaseRow): string | undefined {
    if (row.instant) return undefined;
    const info = targetInfo(row.target_kind, row.target_code);
    return iso(addWorkingDays(row.accepted_at, info?.timeLimitDays ?? 5));
  }

  function certificateNumberOf(caseNumber: string): string | undefined {
    const row = db.prepare('SELECT certificate_number FROM p_certificates WHERE case_number = ?').get(caseNumber) as
      { certificate_number: string } | undefined;
    return row?.certificate_number;
  }

  function progressOf(row: CaseRow): CaseProgress {
    const now = clock.now();
    const info = targetInfo(row.target_kind, row.target_code);
    const { status, timeline } = statusAt(row, now);
    const due = promisedBy(row);
    const certificateNumber = certificateNumberOf(row.case_number);
    return {
      caseNumber: row.case_number,
      localAcceptanceNumber: row.local_number,
      target:
        row.target_kind === 'item'
          ? { kind: 'item', itemCode: row.target_code }
          : { kind: 'package', packageCode: row.target_code },
      title: info?.title ?? row.target_code,
      ...(info ? { titleEn: info.titleEn.slice(0, 100), departmentEn: info.departmentEn.slice(0, 100) } : {}),
      department: info?.department ?? '—',
      applicantMasked: row.applicant_masked,
      status,
      acceptedAt: iso(row.accepted_at),
      ...(due ? { promisedBy: due } : {}),
      timeline,
      ...(status === 'returned' && row.return_reason
        ? { returnReason: row.return_reason, returnReasonEn: returnReasonEn(row.return_reason) }
        : {}),
      certificateAvailable: status === 'approved' && Boolean(info?.certificateTitle),
      ...(certificateNumber ? { certificateNumber } : {}),
      ...(row.package_code && row.lead_case
        ? { packageCode: row.package_code, memberCases: memberCasesOf(row.lead_case, now) }
        : {}),
    };
  }

  /** The cases one package submission created, lead first. */
  const membersOf = (leadCase: string) =>
    db.prepare('SELECT * FROM p_cases WHERE lead_case = ? ORDER BY rowid').all(leadCase) as CaseRow[];

  function memberCasesOf(leadCase: string, now: number): MemberCase[] {
    return membersOf(leadCase).map((m) => ({
      itemCode: m.target_code,
      caseNumber: m.case_number,
      status: statusAt(m, now).status,
      instant: m.instant === 1,
    }));
  }

  /** The member items a package submission applies for (the catalog's resolution, else every member item). */
  function packageMembers(packageCode: string, submission: Submission): readonly PackageMemberApplication[] {
    const c = catalog();
    const resolved = c.packageMembers
      ? c.packageMembers(packageCode, submission.situationAnswers, submission.form)
      : c.package(packageCode)?.itemCodes.map((itemCode) => ({
          itemCode,
          situationAnswers: submission.situationAnswers,
          form: submission.form,
        }));
    return (resolved ?? []).filter((m) => c.item(m.itemCode) !== undefined);
  }

  function ackOf(row: CaseRow, duplicate: boolean): SubmissionAck {
    if (row.package_code && row.lead_case) return packageAckOf(row, duplicate);
    const progress = progressOf(row);
    const due = promisedBy(row);
    return {
      caseNumber: row.case_number,
      idempotencyKey: row.idempotency_key,
      acceptedAt: iso(row.accepted_at),
      status: progress.status,
      instant: row.instant === 1,
      ...(due ? { promisedBy: due } : {}),
      certificateAvailable: progress.certificateAvailable,
      duplicate,
    };
  }

  /**
   * The acknowledgement of a package submission: the lead case's number, every member case, and for the
   * whole: instant when every member is, decided when every member is, by the package's promised time.
   */
  function packageAckOf(lead: CaseRow, duplicate: boolean): SubmissionAck {
    const now = clock.now();
    const memberCases = memberCasesOf(lead.case_number, now);
    const instant = memberCases.every((m) => m.instant);
    const open = memberCases.find((m) => m.status !== 'approved');
    const days = targetInfo('package', lead.package_code ?? '')?.timeLimitDays;
    const due = instant
      ? undefined
      : ((days !== undefined ? iso(addWorkingDays(lead.accepted_at, days)) : undefined) ??
        membersOf(lead.case_number)
          .map(promisedBy)
          .filter((d): d is string => d !== undefined)
          .sort()
          .at(-1));
    return {
      caseNumber: lead.case_number,
      idempotencyKey: lead.idempotency_key,
      acceptedAt: iso(lead.accepted_at),
      status: open?.status ?? 'approved',
      instant,
      ...(due ? { promisedBy: due } : {}),
      // Certificates are per member case (documents of each case), not of the package as a whole.
      certificateAvailable: false,
      duplicate,
      memberCases,
    };
  }

  const getCase = (caseNumber: string) =>
    db.prepare('SELECT * FROM p_cases WHERE case_number = ?').get(caseNumber) as CaseRow | undefined;

  function decryptSubmission(row: CaseRow): Submission | undefined {
    return row.payload ? store.cipher.openJson<Submission>(row.payload, `p_cases:${row.case_number}`) : undefined;
  }

  function buildCaseCertificate(
    row: CaseRow,
    submission: Submission,
    title: string,
    department: string,
  ): UnsignedCertificate {
    const now = clock.now();
    const item = row.target_kind === 'item' ? catalog().item(row.target_code) : undefined;
    const business = submission.applicant.business;
    const fieldInfo = item?.fields ?? {};
    const fields: UnsignedCertificate['fields'] = [];
    if (business) fields.push({ label: '经营者名称', value: business.name });
    if (business?.creditCode) fields.push({ label: '统一社会信用代码', value: business.creditCode });
    fields.push({ label: business ? '经营者' : '申请人', value: submission.applicant.name });
    fields.push({ label: '身份证件号码', value: maskIdNumber(submission.applicant.idNumber) });
    for (const [fieldId, value] of Object.entries(submission.form)) {
      const info = fieldInfo[fieldId];
      if (!info || info.personal || value === null || value === '' || typeof value === 'boolean') continue;
      const label = info.label;
      const values = Array.isArray(value) ? value : [String(value)];
      const text =
        values.map((v) => info.options?.[v] ?? v).join('、') +
        (info.unit && typeof value === 'number' ? info.unit : '');
      if (/\d{15,}|(?<!\d)1[3-9]\d{9}(?!\d)/.test(text)) continue; // ID and phone numbers are never printed in full
      if (fields.some((f) => f.label === label || f.value === text)) continue;
      fields.push({ label: label.slice(0, 100), value: text.slice(0, 500) });
      if (fields.length >= 14) break;
    }
    const validYears = item?.certificateValidYears;
    const validUntil = validYears ? chinaIsoDate(now + validYears * 365 * DAY_MS - DAY_MS) : undefined;
    return {
      certificateNumber: nextNumber('ZS', 5),
      source: 'case',
      itemCode: row.target_code,
      caseNumber: row.case_number,
      title: title.slice(0, 40),
      holderName: business?.name ?? submission.applicant.name,
      holderMasked: maskName(submission.applicant.name),
      idNumberMasked: maskIdNumber(submission.applicant.idNumber),
      ...(business ? { subject: business.name.slice(0, 60) } : {}),
      fields,
      department: department.slice(0, 40),
      issuedAt: iso(now),
      ...(validUntil ? { validUntil } : {}),
      verificationCode: newVerificationCode(random),
      sample,
    };
  }

  function storeCertificate(dedupeKey: string, certificate: Certificate): void {
    db.prepare(
      'INSERT INTO p_certificates (certificate_number, dedupe_key, case_number, verification_code, summary, body, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      certificate.certificateNumber,
      dedupeKey,
      certificate.caseNumber ?? null,
      certificate.verificationCode,
      JSON.stringify({
        title: certificate.title,
        holderMasked: certificate.holderMasked,
        department: certificate.department,
        sample: certificate.sample,
        issuedAt: certificate.issuedAt,
      }),
      store.cipher.sealJson(certificate, `p_certificates:${certificate.certificateNumber}`),
      Date.parse(certificate.issuedAt),
    );
  }

  /**
   * What the citizen's choices make of a record: checked against the item (its questions, options and fields,
   * when the catalog can tell) and turned into the period and kind. Bad choices are refused, nothing is issued.
   */
  function recordShape(
    itemCode: string | undefined,
    record: string,
    choices: RecordChoices | undefined,
    now: number,
  ): Result<RecordShape, PlatformErrorCode> {
    if (!choices) return ok({});
    if (!itemCode) return err('invalidRequest', 'Choices need the itemCode they were made for.');
    const item = catalog().item(itemCode);
    if (!item) return err('unknownItem', `There is no item with the code ${itemCode} in the catalog.`);
    if (item.platformRecord !== record)
      return err('invalidRequest', `The item ${itemCode} does not read the record ${record}.`);
    const checked = catalog().checkChoices?.(itemCode, choices, now);
    if (checked && !checked.ok)
      return err(checked.error.code === 'unknownItem' ? 'unknownItem' : 'invalidRequest', checked.error.message);
    const period = recordPeriod(choices, now);
    if (!period.ok) return err('invalidRequest', period.error.message);
    return ok({ answers: choices.answers, ...(period.value ? { period: period.value } : {}) });
  }

  /** A certificate title that names the chosen kind (基本养老保险个人参保证明), when the kind changes it. */
  function kindTitle(record: string, shape: RecordShape): string | undefined {
    return record === 'socialInsurance.enrolment' && shape.answers?.certificateKind
      ? socialInsuranceTitle(shape)
      : undefined;
  }

  function existingCertificate(dedupeKey: string): PlatformResult<'issueCertificate'> | undefined {
    const row = db
      .prepare('SELECT certificate_number, body FROM p_certificates WHERE dedupe_key = ?')
      .get(dedupeKey) as { certificate_number: string; body: Buffer | null } | undefined;
    if (!row) return undefined;
    const certificate = row.body
      ? store.cipher.openJson<Certificate>(row.body, `p_certificates:${row.certificate_number}`)
      : undefined;
    return certificate
      ? ok(certificate)
      : err(
          'notAllowed',
          'This certificate was issued before and its content has since been purged; ask at a counter.',
        );
  }

  function slotsFor(itemCode: string, fromMs: number, days: number): AppointmentSlot[] {
    const now = clock.now();
    const item = catalog().item(itemCode);
    const location = item?.bookingPlace ?? SLOT_LOCATION;
    const locationEn = item?.bookingPlace ? item.bookingPlaceEn : SLOT_LOCATION_EN;
    const slots: AppointmentSlot[] = [];
    for (let d = 0; d < days; d += 1) {
      const dayStart = chinaStartOfDay(fromMs) + d * DAY_MS;
      const wd = chinaParts(dayStart).weekday;
      if (wd === 0 || wd === 6) continue;
      for (const [start, end] of SLOT_TIMES) {
        const startMs = dayStart + (Number(start.slice(0, 2)) * 60 + Number(start.slice(3))) * 60_000;
        if (startMs <= now) continue;
        const slotId = `S${chinaCompactDate(dayStart)}${start.replace(':', '')}`;
        const taken = (
          db.prepare('SELECT COUNT(*) AS n FROM p_bookings WHERE slot_id = ?').get(`${itemCode}|${slotId}`) as {
            n: number;
          }
        ).n;
        slots.push({
          slotId,
          itemCode,
          date: chinaIsoDate(dayStart),
          start,
          end,
          location,
          ...(locationEn ? { locationEn } : {}),
          capacity: SLOT_CAPACITY,
          remaining: Math.max(0, SLOT_CAPACITY - taken),
        });
      }
    }
    return slots;
  }

  function paymentNow(order: PaymentOrder): PaymentOrder {
    if (order.status !== 'unpaid') return order;
    const now = clock.now();
    const created = Date.parse(order.createdAt);
    if (
      autoPayAfterMs !== null &&
      now >= created + autoPayAfterMs &&
      created + autoPayAfterMs < Date.parse(order.expiresAt)
    ) {
      return { ...order, status: 'paid', paidAt: iso(created + autoPayAfterMs) };
    }
    return now >= Date.parse(order.expiresAt) ? { ...order, status: 'expired' } : order;
  }

  const holds = (blobRef: string) =>
    db
      .prepare('SELECT 1 FROM p_attachments WHERE sha256 = ? AND body IS NOT NULL')
      .get(blobRef.replace(/^sha256:/, '')) !== undefined;

  const handlers: PlatformHandlers = {
    catalogSync(request) {
      const current = catalog().version;
      const changed = request.knownVersion !== current;
      const document = changed ? options.catalogDocument?.() : undefined;
      return ok({
        version: current,
        changed: changed && document !== undefined,
        ...(document !== undefined ? { catalog: document } : {}),
      });
    },

    putAttachment(upload) {
      const checked = checkImage(upload);
      if (!checked.ok) return checked;
      const blobRef = blobRefOf(upload.sha256);
      const held = db.prepare('SELECT body FROM p_attachments WHERE sha256 = ?').get(upload.sha256) as
        { body: Buffer | null } | undefined;
      if (held?.body) return ok({ blobRef, stored: false });
      db.prepare(
        `INSERT INTO p_attachments (sha256, media_type, size, body, received_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(sha256) DO UPDATE SET body = excluded.body, received_at = excluded.received_at, purged_at = NULL`,
      ).run(
        upload.sha256,
        upload.mediaType,
        checked.value.length,
        store.cipher.sealBytes(checked.value, `p_attachments:${upload.sha256}`),
        clock.now(),
      );
      return ok({ blobRef, stored: true });
    },

    submit(submission) {
      const code = submission.target.kind === 'item' ? submission.target.itemCode : submission.target.packageCode;
      const info = targetInfo(submission.target.kind, code);
      if (!info)
        return err('unknownItem', `There is no ${submission.target.kind} with the code ${code} in the catalog.`);
      const members = submission.target.kind === 'package' ? packageMembers(code, submission) : undefined;
      if (members?.length === 0)
        return err('unknownItem', `No member item of the package ${code} applies to these answers.`);
      const requestHash = hashOf(submission);
      return store.transaction((): PlatformResult<'submit'> => {
        const existing = db
          .prepare('SELECT * FROM p_cases WHERE idempotency_key = ?')
          .get(submission.idempotencyKey) as CaseRow | undefined;
        if (existing) {
          if (existing.request_hash !== requestHash)
            return err('idempotencyConflict', 'This idempotency key was used for a different application.');
          return ok(ackOf(existing, true));
        }
        // A case must come with every image it names: refuse it, so the kiosk uploads first and submits again.
        const absent = blobRefsOf(submission).filter((ref) => !holds(ref));
        if (absent.length > 0)
          return err(
            'attachmentMissing',
            `The platform does not hold ${absent.length} image(s) this application names; upload them first.`,
          );
        const now = clock.now();
        const later = submission.materials.filter((m) => m.satisfiedBy === 'later').map((m) => m.materialId);
        const insert = (
          caseNumber: string,
          key: string,
          itemCode: string | undefined,
          instant: boolean,
          sealed: Submission,
          lead?: { packageCode: string; leadCase: string },
        ) => {
          const outcome = !instant && later.length > 0 ? 'returned' : 'approved';
          const returnReason =
            outcome === 'returned'
              ? `申请材料需补正：请于5个工作日内携带容缺后补的材料（${later.join('、').slice(0, 300)}）原件到政务服务中心窗口补交。`
              : null;
          db.prepare(
            `INSERT INTO p_cases (case_number, idempotency_key, request_hash, kiosk_id, local_number, target_kind, target_code, accepted_at,
               instant, outcome, return_reason, query_code, id_index, applicant_masked, payload, package_code, lead_case)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            caseNumber,
            key,
            requestHash,
            submission.kioskId,
            submission.localAcceptanceNumber,
            itemCode ? 'item' : submission.target.kind,
            itemCode ?? code,
            now,
            instant ? 1 : 0,
            outcome,
            returnReason,
            submission.queryCode,
            store.cipher.index(submission.applicant.idNumber),
            maskName(submission.applicant.name),
            store.cipher.sealJson(sealed, `p_cases:${caseNumber}`),
            lead?.packageCode ?? null,
            lead?.leadCase ?? null,
          );
        };
        const newCaseNumber = () =>
          `${prefix}-${chinaCompactDate(now)}-${pad(store.nextCounter(`p.case.${chinaCompactDate(now)}`), 5)}`;
        if (members) {
          // One case per member item, each with its own answers and form values, all under the one key:
          // the lead (first) case holds the key itself, the others the key with their item code.
          const leadCase = newCaseNumber();
          members.forEach((member, i) => {
            const caseNumber = i === 0 ? leadCase : newCaseNumber();
            const sealed = {
              ...submission,
              target: { kind: 'item', itemCode: member.itemCode },
              situationAnswers: member.situationAnswers,
              form: member.form,
            } as Submission;
            const key = i === 0 ? submission.idempotencyKey : `${submission.idempotencyKey}#${member.itemCode}`;
            insert(caseNumber, key, member.itemCode, catalog().item(member.itemCode)?.instant ?? false, sealed, {
              packageCode: code,
              leadCase,
            });
          });
          return ok(ackOf(getCase(leadCase) as CaseRow, false));
        }
        const caseNumber = newCaseNumber();
        insert(caseNumber, submission.idempotencyKey, undefined, info.instant, submission);
        return ok(ackOf(getCase(caseNumber) as CaseRow, false));
      });
    },

    progress(query) {
      if (query.by === 'idNumber') {
        const rows = db
          .prepare('SELECT * FROM p_cases WHERE id_index = ? ORDER BY accepted_at DESC LIMIT 50')
          .all(store.cipher.index(query.idNumber)) as CaseRow[];
        return ok({ cases: rows.map(progressOf) });
      }
      if (query.by === 'localNumber') {
        // A package submission has one local number and one case per member item: all of them.
        const rows = (
          db
            .prepare('SELECT * FROM p_cases WHERE local_number = ? ORDER BY rowid LIMIT 50')
            .all(query.localAcceptanceNumber) as CaseRow[]
        ).filter((r) => r.query_code === query.queryCode);
        if (rows.length === 0) return err('notFound', 'No case matches this number and query code.');
        return ok({ cases: rows.map(progressOf) });
      }
      const row = db.prepare('SELECT * FROM p_cases WHERE case_number = ?').get(query.caseNumber) as
        CaseRow | undefined;
      if (!row || row.query_code !== query.queryCode)
        return err('notFound', 'No case matches this number and query code.');
      return ok({ cases: [progressOf(row)] });
    },

    contact(query) {
      // The demo people's real-name mobile numbers; a real platform answers from its account register.
      const mobile = demoCitizenByIdNumber(query.idNumber)?.phone;
      return ok(mobile ? { mobile } : {});
    },

    licenses(query) {
      const now = clock.now();
      const seeded = demoLicenses(query.idNumber, now);
      const issued = (
        db
          .prepare(
            `SELECT c.certificate_number, c.body FROM p_certificates c JOIN p_cases k ON k.case_number = c.case_number
             WHERE k.id_index = ? AND c.revoked = 0 AND c.body IS NOT NULL ORDER BY c.issued_at`,
          )
          .all(store.cipher.index(query.idNumber)) as Array<{ certificate_number: string; body: Buffer }>
      )
        .map((r) => store.cipher.openJson<Certificate>(r.body, `p_certificates:${r.certificate_number}`))
        .filter((c): c is Certificate => c !== undefined)
        .map((c) => ({
          licenseType: (catalog().item(c.itemCode)?.certificateLicenseType ?? c.itemCode).slice(0, 64),
          licenseNumber: c.certificateNumber,
          title: c.title,
          holderName: c.holderName,
          issuer: c.department,
          issuedOn: chinaIsoDate(Date.parse(c.issuedAt)),
          ...(c.validUntil ? { validUntil: c.validUntil } : {}),
          status: 'valid' as const,
          fields: c.fields.slice(0, 20),
          sample: c.sample,
        }));
      const all = [...seeded, ...issued];
      return ok({ licenses: query.licenseType ? all.filter((l) => l.licenseType === query.licenseType) : all });
    },

    records(query) {
      const now = clock.now();
      const shape = recordShape(query.itemCode, query.record, query.choices, now);
      if (!shape.ok) return shape;
      if (!query.idNumber) {
        const open = demoPublicRecord(query.record, query.choices, now);
        return open
          ? ok(open)
          : err('notAllowed', "This record is personal: the query needs the identified person's ID number.");
      }
      const record = demoRecord(query.idNumber, query.record, now, shape.value);
      return record ? ok(record) : err('notFound', 'The platform holds no records of this kind for this person.');
    },

    issueCertificate(request) {
      if (request.source === 'case') {
        const row = getCase(request.caseNumber);
        if (!row) return err('notFound', `There is no case ${request.caseNumber}.`);
        const info = targetInfo(row.target_kind, row.target_code);
        if (!info?.certificateTitle) return err('notAllowed', 'This item does not result in a certificate.');
        const { status } = statusAt(row, clock.now());
        if (status !== 'approved')
          return err('notAllowed', `The case is ${status}; a certificate is issued once it is approved.`);
        const dedupeKey = `case:${row.case_number}`;
        return store.transaction(() => {
          const existing = existingCertificate(dedupeKey);
          if (existing) return existing;
          const submission = decryptSubmission(row);
          if (!submission) return err('notAllowed', 'The application data is no longer held; ask at a counter.');
          const certificate = signCertificate(
            buildCaseCertificate(row, submission, info.certificateTitle ?? info.title, info.department),
            signingKey,
          );
          storeCertificate(dedupeKey, certificate);
          return ok(certificate);
        });
      }
      const item = catalog().item(request.itemCode);
      if (!item) return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      const recordName = item.platformRecord;
      if (!recordName) return err('notAllowed', `The item ${request.itemCode} does not print a record.`);
      const now = clock.now();
      const shape = recordShape(request.itemCode, recordName, request.choices, now);
      if (!shape.ok) return shape;
      const record = demoRecord(request.idNumber, recordName, now, shape.value);
      if (!record) return err('notFound', 'The platform holds no records of this kind for this person.');
      // Other choices (another period, another kind) are another certificate; the same ones on the same day are the same.
      const choicesKey = request.choices ? `:${hashOf(canonicalChoices(request.choices)).slice(0, 16)}` : '';
      const dedupeKey = `records:${request.itemCode}:${store.cipher.index(request.idNumber)}:${chinaCompactDate(now)}${choicesKey}`;
      return store.transaction(() => {
        const existing = existingCertificate(dedupeKey);
        if (existing) return existing;
        const unsigned: UnsignedCertificate = {
          certificateNumber: nextNumber('ZM', 5),
          source: 'records',
          itemCode: request.itemCode,
          title: (kindTitle(recordName, shape.value) ?? item.certificateTitle ?? record.title)
            .replace(/（[^）]*）$/, '')
            .slice(0, 40),
          holderName: record.holderName,
          holderMasked: maskName(record.holderName),
          idNumberMasked: maskIdNumber(request.idNumber),
          // A certificate is an official document: its Chinese only, without the English shown on screens.
          fields: [
            { label: '姓名', value: record.holderName },
            { label: '身份证件号码', value: maskIdNumber(request.idNumber) },
            ...record.summary.map(({ label, value }) => ({ label, value })),
          ].slice(0, 16),
          ...(record.table ? { table: { columns: record.table.columns, rows: record.table.rows } } : {}),
          department: record.department.slice(0, 40),
          issuedAt: iso(now),
          validUntil: chinaIsoDate(now + 90 * DAY_MS),
          verificationCode: newVerificationCode(random),
          sample: sample || record.sample,
        };
        const certificate = signCertificate(unsigned, signingKey);
        storeCertificate(dedupeKey, certificate);
        return ok(certificate);
      });
    },

    checkCertificate(request) {
      const row = db
        .prepare('SELECT verification_code, summary, revoked FROM p_certificates WHERE certificate_number = ?')
        .get(request.certificateNumber) as { verification_code: string; summary: string; revoked: number } | undefined;
      if (!row || row.verification_code !== request.verificationCode) return ok({ valid: false, status: 'unknown' });
      const summary = JSON.parse(row.summary) as {
        title: string;
        holderMasked: string;
        department: string;
        sample: boolean;
        issuedAt: string;
      };
      return ok({ valid: row.revoked === 0, status: row.revoked === 0 ? 'valid' : 'revoked', ...summary });
    },

    publicKeys() {
      return ok({ keys: [signingKey.publicKey] });
    },

    createPayment(request) {
      if (!catalog().item(request.itemCode))
        return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      const requestHash = hashOf(request);
      return store.transaction((): PlatformResult<'createPayment'> => {
        const existing = db
          .prepare('SELECT request_hash, body FROM p_payments WHERE idempotency_key = ?')
          .get(request.idempotencyKey) as { request_hash: string; body: string } | undefined;
        if (existing) {
          if (existing.request_hash !== requestHash)
            return err('idempotencyConflict', 'This idempotency key was used for a different payment.');
          return ok(paymentNow(JSON.parse(existing.body) as PaymentOrder));
        }
        const now = clock.now();
        const orderNumber = nextNumber('PAY', 6);
        const order: PaymentOrder = {
          orderNumber,
          itemCode: request.itemCode,
          ...(request.caseNumber ? { caseNumber: request.caseNumber } : {}),
          ...(request.reference ? { reference: request.reference } : {}),
          amountFen: request.amountFen,
          description: request.description,
          qrPayload: `GKPAY1:${orderNumber}:${request.amountFen}${sample ? ':SAMPLE' : ''}`,
          status: 'unpaid',
          createdAt: iso(now),
          expiresAt: iso(now + paymentExpiresAfterMs),
          sample,
        };
        db.prepare(
          'INSERT INTO p_payments (order_number, idempotency_key, request_hash, body, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(orderNumber, request.idempotencyKey, requestHash, JSON.stringify(order), now);
        return ok(order);
      });
    },

    paymentStatus(request) {
      const row = db.prepare('SELECT body FROM p_payments WHERE order_number = ?').get(request.orderNumber) as
        { body: string } | undefined;
      return row
        ? ok(paymentNow(JSON.parse(row.body) as PaymentOrder))
        : err('notFound', `There is no payment order ${request.orderNumber}.`);
    },

    billLookup(request) {
      const item = catalog().item(request.itemCode);
      if (!item) return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      if (item.flow !== 'pay') return err('notAllowed', `The item ${request.itemCode} is not a pay item.`);
      const result = demoBill(request, clock.now());
      if (!result.ok) return err(result.code, result.message);
      const billNumber = `BILL-${chinaCompactDate(clock.now())}-${hashOf({
        ...request,
        day: chinaCompactDate(clock.now()),
      })
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 10)
        .toUpperCase()}`;
      return ok({
        billNumber,
        itemCode: request.itemCode,
        payee: item.department['zh-CN'].slice(0, 100),
        payeeEn: item.department.en.slice(0, 100),
        ...result.bill,
        sample,
      });
    },

    appointmentSlots(request) {
      if (!catalog().item(request.itemCode))
        return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      return ok({ slots: slotsFor(request.itemCode, Date.parse(`${request.from}T00:00:00+08:00`), request.days) });
    },

    book(request) {
      if (!catalog().item(request.itemCode))
        return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      const requestHash = hashOf(request);
      return store.transaction((): PlatformResult<'book'> => {
        const existing = db
          .prepare('SELECT request_hash, summary FROM p_bookings WHERE idempotency_key = ?')
          .get(request.idempotencyKey) as { request_hash: string; summary: string } | undefined;
        if (existing) {
          if (existing.request_hash !== requestHash)
            return err('idempotencyConflict', 'This idempotency key was used for a different booking.');
          return ok({ ...(JSON.parse(existing.summary) as Booking), duplicate: true });
        }
        const match = /^S(\d{4})(\d{2})(\d{2})(\d{4})$/.exec(request.slotId);
        const from = match ? Date.parse(`${match[1]}-${match[2]}-${match[3]}T00:00:00+08:00`) : Number.NaN;
        const slot = Number.isNaN(from)
          ? undefined
          : slotsFor(request.itemCode, from, 1).find((s) => s.slotId === request.slotId);
        if (!slot) return err('notFound', 'There is no such appointment slot (or it has passed).');
        if (slot.remaining <= 0) return err('slotFull', 'This slot is fully booked; choose another time.');
        const now = clock.now();
        const booking: Booking = {
          bookingNumber: nextNumber('YY', 5),
          slot: { ...slot, remaining: slot.remaining - 1 },
          applicantMasked: maskName(request.applicant.name),
          phoneMasked: maskPhone(request.applicant.phone),
          status: 'booked',
          bookedAt: iso(now),
          duplicate: false,
        };
        db.prepare(
          'INSERT INTO p_bookings (booking_number, idempotency_key, request_hash, slot_id, summary, body, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(
          booking.bookingNumber,
          request.idempotencyKey,
          requestHash,
          `${request.itemCode}|${request.slotId}`,
          JSON.stringify(booking),
          store.cipher.sealJson(request.applicant, `p_bookings:${booking.bookingNumber}`),
          now,
        );
        return ok(booking);
      });
    },

    bookingStatus(request) {
      const row = db.prepare('SELECT summary FROM p_bookings WHERE booking_number = ?').get(request.bookingNumber) as
        { summary: string } | undefined;
      return row
        ? ok({ ...(JSON.parse(row.summary) as Booking), duplicate: false })
        : err('notFound', `There is no booking ${request.bookingNumber}.`);
    },

    certify(request) {
      const item = catalog().item(request.itemCode);
      if (!item) return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      if (item.flow !== 'certify')
        return err('notAllowed', `The item ${request.itemCode} is not a certification item.`);
      const citizen = demoCitizenByIdNumber(request.idNumber);
      if (!citizen) return err('notFound', 'The platform holds no records for this person.');
      const now = clock.now();
      // Idempotent by nature: the same key gives the same number; nothing of the photo is kept.
      const certificationNumber = `RZ-${chinaCompactDate(now)}-${hashOf(request.idempotencyKey)
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 8)
        .toUpperCase()}`;
      const base = {
        certificationNumber,
        itemCode: request.itemCode,
        holderMasked: maskName(citizen.name),
        at: iso(now),
        sample,
      };
      // The demo platform does no liveness detection and no comparison with the ID photo: it only checks that
      // it was sent a real JPEG frame of a plausible size, and says in `checks` that nothing more was checked.
      const bytes = Buffer.from(request.photo.base64, 'base64');
      const jpeg =
        bytes.length >= 2000 &&
        bytes[0] === 0xff &&
        bytes[1] === 0xd8 &&
        bytes[bytes.length - 2] === 0xff &&
        bytes[bytes.length - 1] === 0xd9;
      const checks = { liveness: 'notChecked' as const, faceMatch: 'notChecked' as const };
      if (!jpeg) return ok({ ...base, outcome: 'retake', reason: 'unusablePhoto', checks });
      const record = item.platformRecord ? demoRecord(request.idNumber, item.platformRecord, now) : undefined;
      const required = !record?.summary.some((row) => row.value.includes('无需认证'));
      if (!required) return ok({ ...base, outcome: 'notRequired', checks });
      const p = chinaParts(now);
      const until = Date.UTC(p.year, p.month - 1 + CERTIFICATION_VALID_MONTHS, p.day) - DAY_MS;
      return ok({ ...base, outcome: 'certified', validUntil: new Date(until).toISOString().slice(0, 10), checks });
    },

    evaluate(request) {
      if (request.itemCode && !catalog().item(request.itemCode))
        return err('unknownItem', `There is no item with the code ${request.itemCode} in the catalog.`);
      if (request.caseNumber && !getCase(request.caseNumber))
        return err('notFound', `There is no case ${request.caseNumber}.`);
      // The time of sending is not part of the evaluation: a retry a moment later (same key) is the same one.
      const requestHash = hashOf({ ...request, at: undefined });
      return store.transaction((): PlatformResult<'evaluate'> => {
        const existing = db
          .prepare('SELECT evaluation_number, request_hash, received_at FROM p_evaluations WHERE idempotency_key = ?')
          .get(request.idempotencyKey) as
          { evaluation_number: string; request_hash: string; received_at: number } | undefined;
        if (existing) {
          if (existing.request_hash !== requestHash)
            return err('idempotencyConflict', 'This idempotency key was used for a different evaluation.');
          return ok({
            evaluationNumber: existing.evaluation_number,
            receivedAt: iso(existing.received_at),
            duplicate: true,
          });
        }
        const now = clock.now();
        const evaluationNumber = nextNumber('PJ', 6);
        db.prepare(
          'INSERT INTO p_evaluations (evaluation_number, idempotency_key, request_hash, level, case_number, item_code, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          evaluationNumber,
          request.idempotencyKey,
          requestHash,
          request.level,
          request.caseNumber ?? null,
          request.itemCode ?? null,
          store.cipher.sealJson(
            { reason: request.reason, reasonCodes: request.reasonCodes, phone: request.phone },
            `p_evaluations:${evaluationNumber}`,
          ),
          now,
        );
        return ok({ evaluationNumber, receivedAt: iso(now), duplicate: false });
      });
    },

    complain(request) {
      // The time of sending is not part of what was said: a retry a moment later is the same complaint.
      const requestHash = hashOf({ ...request, at: undefined });
      return store.transaction((): PlatformResult<'complain'> => {
        const existing = db
          .prepare(
            'SELECT complaint_number, request_hash, received_at, respond_by FROM p_complaints WHERE idempotency_key = ?',
          )
          .get(request.idempotencyKey) as
          { complaint_number: string; request_hash: string; received_at: number; respond_by: number } | undefined;
        if (existing) {
          if (existing.request_hash !== requestHash)
            return err('idempotencyConflict', 'This idempotency key was used for a different complaint.');
          return ok({
            complaintNumber: existing.complaint_number,
            receivedAt: iso(existing.received_at),
            respondBy: iso(existing.respond_by),
            duplicate: true,
          });
        }
        const now = clock.now();
        const respondBy = addWorkingDays(now, COMPLAINT_RESPONSE_WORKING_DAYS);
        const complaintNumber = nextNumber(request.kind === 'complaint' ? 'TS' : 'JY', 6);
        // The citizen's words and phone are personal: sealed; kind, subject and times stay readable for routing and counts.
        db.prepare(
          `INSERT INTO p_complaints (complaint_number, idempotency_key, request_hash, kiosk_id, kind, subject_kind, department_id, body, received_at, respond_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          complaintNumber,
          request.idempotencyKey,
          requestHash,
          request.kioskId,
          request.kind,
          request.subject.kind,
          request.subject.kind === 'department' ? request.subject.departmentId : null,
          store.cipher.sealJson(
            { text: request.text, phone: request.phone, subject: request.subject },
            `p_complaints:${complaintNumber}`,
          ),
          now,
          respondBy,
        );
        return ok({ complaintNumber, receivedAt: iso(now), respondBy: iso(respondBy), duplicate: false });
      });
    },

    verifyEId(request) {
      const used = eIds.use(request.code, request.kioskId, request.idempotencyKey);
      if (!used.ok)
        return used.error.code === 'malformed'
          ? err('invalidRequest', used.error.message)
          : err(used.error.code, used.error.message);
      const citizen = demoCitizenByIdNumber(used.value.idNumber);
      if (!citizen) return err('notFound', 'The platform holds no identity for this e-ID code.');
      const { name, gender, nation, birthDate, address, idNumber, issuingAuthority, validFrom, validTo } = citizen;
      return ok({
        person: {
          cardType: 'resident',
          name,
          gender,
          nation,
          birthDate,
          address,
          idNumber,
          issuingAuthority,
          validFrom,
          validTo,
        },
        verifiedAt: iso(clock.now()),
        sample,
      });
    },

    heartbeat(request) {
      const now = clock.now();
      db.prepare(
        'INSERT INTO p_heartbeats (kiosk_id, at, body) VALUES (?, ?, ?) ON CONFLICT(kiosk_id) DO UPDATE SET at = excluded.at, body = excluded.body',
      ).run(request.kioskId, now, JSON.stringify(request));
      return ok({ serverTime: iso(now), catalogVersion: catalog().version, keys: [signingKey.publicKey] });
    },
  };

  const gateway = validatingGateway(handlers, options.log);
  const tables = [
    'p_cases',
    'p_certificates',
    'p_payments',
    'p_bookings',
    'p_evaluations',
    'p_complaints',
    'p_heartbeats',
    'p_attachments',
  ] as const;

  return {
    ...gateway,
    kind: 'embedded',
    reset() {
      eIds.clear();
      store.transaction(() => {
        for (const table of tables) db.prepare(`DELETE FROM ${table}`).run();
        db.prepare("DELETE FROM counters WHERE name LIKE 'p.%'").run();
      });
    },
    purgePersonalData(olderThanMs) {
      const cutoff = clock.now() - olderThanMs;
      return store.transaction(() => {
        let changed = 0;
        changed += db
          .prepare('UPDATE p_cases SET payload = NULL, purged_at = ? WHERE payload IS NOT NULL AND accepted_at < ?')
          .run(clock.now(), cutoff).changes;
        changed += db
          .prepare('UPDATE p_certificates SET body = NULL WHERE body IS NOT NULL AND issued_at < ?')
          .run(cutoff).changes;
        changed += db
          .prepare('UPDATE p_bookings SET body = NULL WHERE body IS NOT NULL AND booked_at < ?')
          .run(cutoff).changes;
        changed += db
          .prepare('UPDATE p_evaluations SET body = NULL WHERE body IS NOT NULL AND received_at < ?')
          .run(cutoff).changes;
        changed += db
          .prepare('UPDATE p_complaints SET body = NULL WHERE body IS NOT NULL AND received_at < ?')
          .run(cutoff).changes;
        changed += db
          .prepare('UPDATE p_attachments SET body = NULL, purged_at = ? WHERE body IS NOT NULL AND received_at < ?')
          .run(clock.now(), cutoff).changes;
        return changed;
      });
    },
    simulatePayment(orderNumber, outcome) {
      const row = db.prepare('SELECT body FROM p_payments WHERE order_number = ?').get(orderNumber) as
        { body: string } | undefined;
      if (!row) return err('notFound', `There is no payment order ${orderNumber}.`);
      const order = paymentNow(JSON.parse(row.body) as PaymentOrder);
      if (order.status !== 'unpaid') return err('notAllowed', `The order is already ${order.status}.`);
      const now = clock.now();
      const settled: PaymentOrder =
        outcome === 'paid'
          ? { ...order, status: 'paid', paidAt: iso(now) }
          : outcome === 'expired'
            ? { ...order, status: 'expired', expiresAt: iso(now) }
            : { ...order, status: 'closed' };
      db.prepare('UPDATE p_payments SET body = ? WHERE order_number = ?').run(JSON.stringify(settled), orderNumber);
      return ok(settled);
    },
    issueDemoEId(idNumber) {
      if (!demoCitizenByIdNumber(idNumber))
        return err('notFound', 'Only the demo citizens have e-ID codes on the embedded platform.');
      const issued = eIds.issue(idNumber);
      return ok({ code: issued.code, expiresAt: iso(issued.expiresAtMs) });
    },
    stats() {
      const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      return {
        cases: count('p_cases'),
        certificates: count('p_certificates'),
        payments: count('p_payments'),
        bookings: count('p_bookings'),
        evaluations: count('p_evaluations'),
        complaints: count('p_complaints'),
        attachments: count('p_attachments'),
      };
    },
    holdsAttachment: holds,
  };
}
