import { z } from 'zod';
import type { Result } from '../result.js';
import type { PlatformErrorCode } from './common.js';
import {
  certificateCheckResultSchema,
  certificateCheckSchema,
  certificateIssueSchema,
  certificateSchema,
  publicKeysSchema,
} from './certificates.js';
import { attachmentAckSchema, attachmentUploadSchema } from './attachments.js';
import { complaintAckSchema, complaintSchema } from './complaints.js';
import { eIdIdentitySchema, eIdVerifyRequestSchema } from './eid.js';
import { catalogSyncRequestSchema, catalogSyncSchema, heartbeatAckSchema, heartbeatSchema } from './kiosk.js';
import { contactQuerySchema, contactResultSchema } from './contact.js';
import { licenseQuerySchema, licenseResultSchema, personalRecordSchema, recordQuerySchema } from './licenses.js';
import {
  billQuerySchema,
  billSchema,
  bookingLookupSchema,
  bookingRequestSchema,
  bookingSchema,
  certificationRequestSchema,
  certificationResultSchema,
  evaluationAckSchema,
  evaluationSchema,
  paymentOrderRequestSchema,
  paymentOrderSchema,
  paymentStatusQuerySchema,
  slotListSchema,
  slotQuerySchema,
} from './services.js';
import { progressQuerySchema, progressResultSchema, submissionAckSchema, submissionSchema } from './submission.js';

const empty = z.object({}).strict();

export interface PlatformOperation<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** REST path; `{name}` segments are filled from the request field of that name. */
  readonly path: string;
  readonly request: Req;
  readonly response: Res;
  readonly summary: string;
  readonly errors: readonly PlatformErrorCode[];
  /**
   * Safe to repeat: reads, and writes made idempotent by a key or by their nature (one certificate per
   * case). The HTTP client retries only these, and only on transport failures.
   */
  readonly idempotent: boolean;
  /** A larger request body than the server's default cap (uploads of images). */
  readonly maxBodyBytes?: number;
}

function op<Req extends z.ZodType, Res extends z.ZodType>(
  spec: PlatformOperation<Req, Res>,
): PlatformOperation<Req, Res> {
  return spec;
}

/**
 * The platform API, declared once. The embedded platform implements it, the HTTP client calls it, the
 * reference server serves it, and the OpenAPI document is generated from it. Personal data (ID numbers,
 * names, phones) only ever travels in request bodies, never in a URL that a proxy might log.
 */
export const platformApi = {
  catalogSync: op({
    method: 'POST',
    path: '/v1/catalog/sync',
    request: catalogSyncRequestSchema,
    response: catalogSyncSchema,
    summary: 'The current catalog, or "unchanged" when the kiosk already has this version.',
    errors: [],
    idempotent: true,
  }),
  putAttachment: op({
    method: 'PUT',
    path: '/v1/attachments/{sha256}',
    request: attachmentUploadSchema,
    response: attachmentAckSchema,
    summary:
      'Upload an image an application names (a scanned page, a signature) under its SHA-256. The platform checks the hash and that the bytes are the JPEG or PNG named, and stores nothing otherwise. Uploading the same image again answers stored: false.',
    errors: ['hashMismatch', 'wrongMediaType'],
    idempotent: true,
    // Base64 of an image of up to about 720 KB, with room for the JSON around it.
    maxBodyBytes: 1024 * 1024,
  }),
  submit: op({
    method: 'POST',
    path: '/v1/submissions',
    request: submissionSchema,
    response: submissionAckSchema,
    summary:
      'Submit an application. Repeating the same idempotency key returns the first acknowledgement (duplicate: true) and creates nothing. Every image it names must have been uploaded first (PUT /v1/attachments/{sha256}); otherwise it is refused with attachmentMissing.',
    errors: ['unknownItem', 'idempotencyConflict', 'attachmentMissing'],
    idempotent: true,
  }),
  progress: op({
    method: 'POST',
    path: '/v1/cases/lookup',
    request: progressQuerySchema,
    response: progressResultSchema,
    summary: 'Case progress by case number and query code, by local acceptance number and query code, or by ID number.',
    errors: ['notFound'],
    idempotent: true,
  }),
  licenses: op({
    method: 'POST',
    path: '/v1/licenses/lookup',
    request: licenseQuerySchema,
    response: licenseResultSchema,
    summary: 'E-licenses (电子证照) held for a person and the businesses they run, optionally of one type.',
    errors: [],
    idempotent: true,
  }),
  contact: op({
    method: 'POST',
    path: '/v1/persons/contact',
    request: contactQuerySchema,
    response: contactResultSchema,
    summary:
      'The mobile number registered for a person, to confirm on a form instead of asking; none when it holds none.',
    errors: [],
    idempotent: true,
  }),
  records: op({
    method: 'POST',
    path: '/v1/records/lookup',
    request: recordQuerySchema,
    response: personalRecordSchema,
    summary: 'Personal records behind the print and query items (social insurance, housing fund, tax, …).',
    errors: ['notFound'],
    idempotent: true,
  }),
  issueCertificate: op({
    method: 'POST',
    path: '/v1/certificates',
    request: certificateIssueSchema,
    response: certificateSchema,
    summary:
      'Issue (or re-issue the same) signed certificate for an approved instant case, or a certified records printout.',
    errors: ['notFound', 'notAllowed', 'unknownItem'],
    idempotent: true,
  }),
  checkCertificate: op({
    method: 'POST',
    path: '/v1/certificates/check',
    request: certificateCheckSchema,
    response: certificateCheckResultSchema,
    summary: 'Online check of a certificate by the number and verification code printed on it.',
    errors: [],
    idempotent: true,
  }),
  publicKeys: op({
    method: 'GET',
    path: '/v1/keys',
    request: empty,
    response: publicKeysSchema,
    summary: 'The Ed25519 public keys that sign certificates, for offline verification of their QR codes.',
    errors: [],
    idempotent: true,
  }),
  createPayment: op({
    method: 'POST',
    path: '/v1/payments',
    request: paymentOrderRequestSchema,
    response: paymentOrderSchema,
    summary: 'Create a payment order with a scan-to-pay QR payload (idempotent by key).',
    errors: ['unknownItem', 'idempotencyConflict'],
    idempotent: true,
  }),
  paymentStatus: op({
    method: 'GET',
    path: '/v1/payments/{orderNumber}',
    request: paymentStatusQuerySchema,
    response: paymentOrderSchema,
    summary: 'The current state of a payment order.',
    errors: ['notFound'],
    idempotent: true,
  }),
  billLookup: op({
    method: 'POST',
    path: '/v1/bills/lookup',
    request: billQuerySchema,
    response: billSchema,
    summary:
      'What is owed for a pay item: by account number, number plate or decision number, or by ID number; prepayments and chosen contribution levels are priced here too.',
    errors: ['unknownItem', 'notFound', 'notAllowed'],
    idempotent: true,
  }),
  appointmentSlots: op({
    method: 'POST',
    path: '/v1/appointments/slots',
    request: slotQuerySchema,
    response: slotListSchema,
    summary: 'Free appointment slots for an item over the next days.',
    errors: ['unknownItem'],
    idempotent: true,
  }),
  book: op({
    method: 'POST',
    path: '/v1/appointments',
    request: bookingRequestSchema,
    response: bookingSchema,
    summary: 'Book a slot (idempotent by key).',
    errors: ['unknownItem', 'notFound', 'slotFull', 'idempotencyConflict'],
    idempotent: true,
  }),
  bookingStatus: op({
    method: 'GET',
    path: '/v1/appointments/{bookingNumber}',
    request: bookingLookupSchema,
    response: bookingSchema,
    summary: 'A booking by its number (for the printed appointment slip).',
    errors: ['notFound'],
    idempotent: true,
  }),
  certify: op({
    method: 'POST',
    path: '/v1/certifications',
    request: certificationRequestSchema,
    response: certificationResultSchema,
    summary:
      'Face certification (资格认证) of the identified person for a certify item, from one camera frame; the frame is not kept. A repeated key answers with the same certification number.',
    errors: ['unknownItem', 'notFound', 'notAllowed'],
    idempotent: true,
  }),
  evaluate: op({
    method: 'POST',
    path: '/v1/evaluations',
    request: evaluationSchema,
    response: evaluationAckSchema,
    summary:
      'Record an evaluation (好差评); a reason is required for the two lowest levels. A case is evaluated once: another evaluation of it is notAllowed.',
    errors: ['unknownItem', 'notFound', 'notAllowed', 'idempotencyConflict'],
    idempotent: true,
  }),
  complain: op({
    method: 'POST',
    path: '/v1/complaints',
    request: complaintSchema,
    response: complaintAckSchema,
    summary:
      'Record a complaint or suggestion (投诉建议) about a department or the kiosk; answered by respondBy. Idempotent by key.',
    errors: ['idempotencyConflict'],
    idempotent: true,
  }),
  verifyEId: op({
    method: 'POST',
    path: '/v1/identity/eid/verify',
    request: eIdVerifyRequestSchema,
    response: eIdIdentitySchema,
    summary:
      'The person behind an e-ID code (居民身份证电子证照二维码) a citizen shows at the kiosk. A code is valid for 3 minutes and once; a retry with the same idempotency key gets the same answer.',
    errors: ['notFound', 'expired', 'alreadyUsed'],
    idempotent: true,
  }),
  heartbeat: op({
    method: 'POST',
    path: '/v1/heartbeats',
    request: heartbeatSchema,
    response: heartbeatAckSchema,
    summary: 'Kiosk liveness with device and outbox status.',
    errors: [],
    idempotent: true,
  }),
} as const;

export type PlatformApi = typeof platformApi;
export type PlatformOpName = keyof PlatformApi;
export type PlatformRequest<K extends PlatformOpName> = z.input<PlatformApi[K]['request']>;
export type PlatformParsedRequest<K extends PlatformOpName> = z.output<PlatformApi[K]['request']>;
export type PlatformResponse<K extends PlatformOpName> = z.output<PlatformApi[K]['response']>;
export type PlatformResult<K extends PlatformOpName> = Result<PlatformResponse<K>, PlatformErrorCode>;

/**
 * One interface to the government service platform (ARCHITECTURE.md, 'Services'). Every call validates its request
 * against the schema before anything happens and answers with a Result; none throws for expected failures.
 */
export type PlatformGateway = {
  readonly [K in PlatformOpName]: (request: PlatformRequest<K>) => Promise<PlatformResult<K>>;
};

export const platformOpNames = Object.keys(platformApi) as PlatformOpName[];
