import { z } from 'zod';

/**
 * The `update` section of kiosk.config.json (electron/services/update/): where the site's release feed is,
 * which release keys may sign what this kiosk installs, and when it may install. Without a feed the kiosk
 * never looks for updates. A feed without a key is refused as a whole: an update nobody can verify is never
 * installed, so such a file would only look as if updates were on.
 */
export const releaseKeySchema = z
  .object({
    /** First 8 bytes of SHA-256 of the raw public key, hex (what `npm run release:keygen` prints). */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** The raw 32-byte Ed25519 public key, base64url. */
    publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  })
  .strict();
export type ReleaseKey = z.infer<typeof releaseKeySchema>;

export const updateConfigSchema = z
  .object({
    /**
     * The folder on the site's intranet (any HTTP server; the fleet server later) that holds release.json,
     * release.json.sig and the installers. Plain http is allowed: nothing is installed that the release key
     * did not sign, whatever the channel.
     */
    feedUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
    /** The release keys; more than one while a key is being replaced. */
    publicKeys: z.array(releaseKeySchema).max(5).default([]),
    /** How often to look at the feed. Offline just means "try at the next one". */
    checkEveryMinutes: z.number().int().min(5).max(1440).default(60),
    /** No citizen session and no touch for this long before an update is installed (it restarts the kiosk). */
    idleMinutes: z.number().int().min(1).max(240).default(10),
    /** A new version that keeps running this long is kept; one that fails before this, again and again, is rolled back. */
    healthyAfterMinutes: z.number().int().min(1).max(120).default(10),
    /** Starts of a new version that did not reach healthyAfterMinutes before it is rolled back. */
    rollbackAfterFailedStarts: z.number().int().min(2).max(10).default(3),
  })
  .strict()
  .refine((u) => u.feedUrl === undefined || u.publicKeys.length > 0, {
    message: 'update.feedUrl is set but update.publicKeys is empty: no update could ever be verified',
    path: ['publicKeys'],
  });
export type UpdateConfig = z.infer<typeof updateConfigSchema>;
