import { z } from 'zod';
import { valid as validVersion } from 'semver';

/**
 * What a release says about itself, in release.json beside its installers on the feed. The release key signs
 * the exact bytes of this file (release-signature.ts); the kiosk installs a file only when its SHA-512 is the
 * one listed here, so the signature covers every installer it names.
 */
export const releaseTargetSchema = z.enum(['linux-x64', 'linux-arm64', 'win32-x64']);
export type ReleaseTarget = z.infer<typeof releaseTargetSchema>;

/** deb and AppImage (Linux), nsis (Windows) through electron-updater; tar.gz for the directory install. */
export const installerKindSchema = z.enum(['deb', 'AppImage', 'nsis', 'tar.gz']);
export type InstallerKind = z.infer<typeof installerKindSchema>;

export const releaseFileSchema = z
  .object({
    target: releaseTargetSchema,
    kind: installerKindSchema,
    /** A file name in the feed's folder: no path, nothing a URL could climb out with. */
    name: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/),
    /** SHA-512 of the file, base64 (the form electron-builder's latest*.yml uses). */
    sha512: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
    size: z
      .number()
      .int()
      .positive()
      .max(2 * 1024 ** 3),
  })
  .strict();
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

export const releaseManifestSchema = z
  .object({
    format: z.literal(1),
    product: z.literal('gov-kiosk'),
    version: z
      .string()
      .max(64)
      .refine((v) => validVersion(v) === v, 'a semantic version (1.2.3)'),
    releasedAt: z.iso.datetime({ offset: true }),
    /** Staged rollout: the share of kiosks (by a stable hash of kiosk id and version, rollout.ts) that take it. */
    stagingPercentage: z.number().int().min(0).max(100).default(100),
    files: z.array(releaseFileSchema).min(1).max(12),
  })
  .strict();
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;

/** release.json.sig: one Ed25519 signature over the exact bytes of release.json. */
export const releaseSignatureSchema = z
  .object({
    alg: z.literal('Ed25519'),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** 64 bytes, base64url. */
    signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
  })
  .strict();
export type ReleaseSignature = z.infer<typeof releaseSignatureSchema>;

export const MANIFEST_NAME = 'release.json';
export const SIGNATURE_NAME = 'release.json.sig';
/** release.json is a few hundred bytes; anything far larger is not one. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
