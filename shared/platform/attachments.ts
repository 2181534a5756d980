import { z } from 'zod';
import { MAX_IMAGE_BASE64_CHARS } from '../devices/capture.js';
import type { Submission, SubmissionDraft } from './submission.js';

/**
 * The images an application names by blobRef (scanned pages, signatures) travel on their own, before the
 * application: the kiosk uploads each one, the platform checks its SHA-256 and keeps it, and an application
 * that names an image the platform does not hold is refused with attachmentMissing ("upload first").
 */
export const attachmentMediaTypeSchema = z.enum(['image/jpeg', 'image/png']);
export type AttachmentMediaType = z.infer<typeof attachmentMediaTypeSchema>;

export const sha256HexSchema = z
  .string()
  .length(64)
  .regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits (SHA-256)');

/**
 * Base64 of at most MAX_IMAGE_BASE64_CHARS (about 720 KB of image): the same cap as a captured image, so a
 * page fits the kiosk's 1 MiB web-host body with the rest of the call.
 */
export const imageBase64Schema = z
  .string()
  .min(4)
  .max(MAX_IMAGE_BASE64_CHARS)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 without a data: prefix');

/** PUT /v1/attachments/{sha256}: the image and what the kiosk says it is. */
export const attachmentUploadSchema = z
  .object({ sha256: sha256HexSchema, mediaType: attachmentMediaTypeSchema, base64: imageBase64Schema })
  .strict();
export type AttachmentUpload = z.infer<typeof attachmentUploadSchema>;

export const attachmentAckSchema = z
  .object({
    blobRef: z.string().max(80),
    /** False when the platform already held these bytes: uploading the same image twice is harmless. */
    stored: z.boolean(),
  })
  .strict();
export type AttachmentAck = z.infer<typeof attachmentAckSchema>;

export const blobRefOf = (sha256: string) => `sha256:${sha256}`;
export const sha256Of = (blobRef: string) => blobRef.replace(/^sha256:/, '');

/** Every image an application names (scan pages, commitment and material signatures, the signature), once each. */
export function blobRefsOf(submission: Pick<Submission | SubmissionDraft, 'materials' | 'signatureRef'>): string[] {
  const refs = new Set<string>();
  for (const m of submission.materials ?? []) {
    if (m.satisfiedBy === 'scan') for (const page of m.pages) refs.add(page);
    else if (m.satisfiedBy === 'commitment' || m.satisfiedBy === 'signature') refs.add(m.signatureRef);
  }
  if (submission.signatureRef) refs.add(submission.signatureRef);
  return [...refs];
}
