import { z } from 'zod';

/**
 * Document camera (高拍仪), face camera and signature. Pixels never pass through main: the renderer captures
 * through getUserMedia with the camera main's profile names, or draws the signature on the touch screen, and
 * attaches the result to a material as a CapturedImage. Main only says which camera and at what size, and
 * learns from the renderer whether it was found (so availability can disable items that need it).
 */
export const cameraProfileSchema = z
  .object({
    device: z.enum(['documentCamera', 'faceCamera']),
    /** No camera configured: items that need it are unavailable. */
    configured: z.boolean(),
    /** A simulator: the renderer helper draws a synthetic page instead of opening a camera. */
    simulated: z.boolean(),
    /** Pick the media device whose label contains this (case-insensitive); else the one whose label has "(vid:pid)". */
    labelContains: z.string().max(100).optional(),
    usbId: z
      .string()
      .regex(/^[0-9a-f]{4}:[0-9a-f]{4}$/)
      .optional(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .strict();
export type CameraProfile = z.infer<typeof cameraProfileSchema>;

/** What the renderer tells main after trying to open a camera. */
export const cameraReportSchema = z.enum(['ready', 'notFound', 'permissionDenied', 'error']);
export type CameraReport = z.infer<typeof cameraReportSchema>;

/**
 * The largest base64 image that fits a web-host call (1 MiB body) with room for the rest of the request.
 * JPEG at quality 0.85 and at most 2400 px on the long side keeps an A4 page well under it.
 */
export const MAX_IMAGE_BASE64_CHARS = 960_000;

export const capturedImageSchema = z
  .object({
    kind: z.enum(['documentScan', 'signature', 'facePhoto']),
    mime: z.enum(['image/jpeg', 'image/png']),
    /** The image bytes, base64 without a data: prefix. Personal data: kept with the session, wiped after. */
    base64: z.string().min(1).max(MAX_IMAGE_BASE64_CHARS),
    width: z.number().int().min(1).max(8000),
    height: z.number().int().min(1).max(8000),
    capturedAt: z.iso.datetime(),
    /** Where it came from: the camera profile's device, or "touchScreen" for a signature. */
    source: z.enum(['documentCamera', 'faceCamera', 'touchScreen', 'simulator']),
  })
  .strict();
export type CapturedImage = z.infer<typeof capturedImageSchema>;

/** A captured image attached to one material of an application (the materials service stores it). */
export const materialAttachmentSchema = z
  .object({
    /** The material's id in the item's catalog entry. */
    materialId: z.string().min(1).max(100),
    /** Page order within the material (a multi-page document is several scans). */
    page: z.number().int().min(1).max(50),
    image: capturedImageSchema,
  })
  .strict();
export type MaterialAttachment = z.infer<typeof materialAttachmentSchema>;
