import { z } from 'zod';
import { adminConfigSchema } from './admin-config.js';
import { publicKeySchema } from '../platform/certificates.js';
import { devicesConfigSchema } from '../devices/device-config.js';
import { voiceConfigSchema } from '../devices/voice-config.js';
import { updateConfigSchema } from './update-config.js';
import { itemCodeSchema, phoneNumberSchema, recordIdSchema } from '../catalog/schema.js';

/**
 * The configuration file a technician or an IT department writes for one machine (kiosk.config.json).
 * Every field has a default so a fresh install runs; an invalid file is rejected as a whole with a message
 * naming the field, and the kiosk keeps its defaults (or the last good file) rather than half-applying it.
 */
export const localeSchema = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof localeSchema>;

const localizedText = z.object({ 'zh-CN': z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict();

/**
 * The site's other channels, shown to citizens where the kiosk cannot help (maintenance, an item turned off):
 * the hall's address, its phone, the nearest other hall, online channels and the staffed hours. All optional;
 * the page says what a field gives and leaves out what the deployment does not.
 */
export const contactConfigSchema = z
  .object({
    /** 本机所在地址: where this machine stands (the hall and its address). */
    address: localizedText.optional(),
    /** The site's phone for citizens (a landline with area code, a 5-digit hotline or a 400 number). */
    phone: phoneNumberSchema.optional(),
    /** 附近的政务服务大厅: another place to go, with its address. */
    nearbyHall: localizedText.optional(),
    /** Online channels: 山西政务服务网, 三晋通 App, … */
    online: localizedText.optional(),
    /** When the hall's counters are staffed (the kiosk itself is 7×24). */
    serviceHours: localizedText.optional(),
  })
  .strict();
export type ContactConfig = z.infer<typeof contactConfigSchema>;

/** Why the site turned an item or a department off, in both languages (shown on its tile and guide). */
export const offReasonSchema = z
  .object({ 'zh-CN': z.string().min(1).max(80), en: z.string().min(1).max(160) })
  .strict();
export type OffReason = z.infer<typeof offReasonSchema>;

export const displayConfigSchema = z
  .object({
    /** Screen profile whose physical size converts the theme's millimetres to pixels. */
    screenProfile: z.enum(['portrait-21.5', 'landscape-21.5', 'portrait-15.6']).default('portrait-21.5'),
    /** Full-screen kiosk window without frame or menu (false only for a technician's desk). */
    kioskMode: z.boolean().default(true),
    /** Touch screens need no pointer; hide it so it does not sit in the middle of the screen. */
    hideCursor: z.boolean().default(true),
  })
  .strict();

export const idleConfigSchema = z
  .object({
    /** Seconds without input before the spoken and visible warning (ARCHITECTURE.md, 'Sessions and wiping': 120). */
    warnAfterSeconds: z.number().int().min(30).max(600).default(120),
    /** Length of the countdown before the session is wiped (ARCHITECTURE.md, 'Sessions and wiping': 30–45). */
    countdownSeconds: z.number().int().min(30).max(45).default(40),
    /** How many times a citizen may extend (ARCHITECTURE.md, 'Sessions and wiping': at least 10). */
    maxExtensions: z.number().int().min(10).max(100).default(10),
  })
  .strict();

export const platformConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded') }).strict(),
  z
    .object({
      kind: z.literal('http'),
      /**
       * https: the token and citizens' applications cross the network. Plain http only to this machine itself
       * (a platform server for tests or a local proxy that does the TLS).
       */
      baseUrl: z
        .url({ protocol: /^https?$/ })
        .refine(
          (url) => url.startsWith('https:') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url),
          'a platform on another machine must be reached over https',
        ),
      /** Bearer token for the platform; never sent to the renderer. */
      token: z.string().min(8).max(512),
      timeoutMs: z.number().int().min(500).max(60_000).default(10_000),
      /**
       * The platform's certificate signing keys, pinned: printed certificates are checked against these only,
       * never against keys fetched over the same channel. Required on a deployed kiosk.
       */
      signingKeys: z.array(publicKeySchema).min(1).max(10).optional(),
    })
    .strict(),
]);

export const kioskConfigSchema = z
  .object({
    kioskId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, 'kioskId: 2–40 letters, digits or hyphens')
      .default('DEMO-0001'),
    siteName: localizedText.default({
      'zh-CN': '阳泉市郊区政务服务中心',
      en: 'Jiaoqu District Government Service Center, Yangquan',
    }),
    defaultLocale: localeSchema.default('zh-CN'),
    /** The site's address, phone and other channels shown to citizens (contactConfigSchema). */
    contact: contactConfigSchema.default({}),
    /** Items the site turned off, by item code, with the reason citizens see; they cannot be started. */
    itemsOff: z.record(itemCodeSchema, offReasonSchema).default({}),
    /** Whole departments turned off, by department id (shared/catalog/departments.ts), with the reason. */
    departmentsOff: z.record(recordIdSchema, offReasonSchema).default({}),
    display: displayConfigSchema.default(displayConfigSchema.parse({})),
    idle: idleConfigSchema.default(idleConfigSchema.parse({})),
    platform: platformConfigSchema.default({ kind: 'embedded' }),
    /** Days personal data may stay on the machine at most, even when undelivered. */
    retentionDays: z.number().int().min(1).max(90).default(7),
    /**
     * Hours the oldest undelivered application may wait before the kiosk stops taking new ones (it keeps
     * every queued one until delivered, says why on the items that submit, and reports it in health).
     */
    outboxStopAfterHours: z.number().int().min(1).max(720).default(72),
    /** Permissions the page may be granted (everything else is denied). The document camera needs "media". */
    allowedPermissions: z
      .array(z.enum(['media', 'speaker-selection']))
      .max(4)
      .default(['media']),
    /** Development conveniences: devtools, simulator panel. Never on a deployed machine. */
    developerMode: z.boolean().default(false),
    /** Which driver runs each device class and how to find the hardware (shared/devices/device-config.ts). */
    devices: devicesConfigSchema.default(devicesConfigSchema.parse({})),
    /** The technician's console: who may sign in, lockout and session limits, machine commands. */
    admin: adminConfigSchema.default(adminConfigSchema.parse({})),
    /** Speech: the voice driver (espeak-ng on a deployed Linux kiosk), speed and clip pack (shared/devices/voice-config.ts). */
    voice: voiceConfigSchema.default(voiceConfigSchema.parse({})),
    /** Signed updates from the site's feed, installed only while nobody uses the kiosk (shared/config/update-config.ts). */
    update: updateConfigSchema.default(updateConfigSchema.parse({})),
  })
  .strict();

export type KioskConfig = z.infer<typeof kioskConfigSchema>;

export const defaultKioskConfig: KioskConfig = kioskConfigSchema.parse({});

/** What the renderer may see of the configuration: no secrets. */
export const publicConfigSchema = z
  .object({
    kioskId: z.string(),
    siteName: localizedText,
    defaultLocale: localeSchema,
    contact: contactConfigSchema,
    itemsOff: z.record(itemCodeSchema, offReasonSchema),
    departmentsOff: z.record(recordIdSchema, offReasonSchema),
    /**
     * Maintenance mode (set on the console): citizens see 本机正在维护 with the site's other channels and no flow
     * starts. `until` is when it ends by itself; absent, until a technician turns it off.
     */
    maintenance: z.object({ since: z.iso.datetime(), until: z.iso.datetime().optional() }).strict().optional(),
    display: displayConfigSchema,
    idle: idleConfigSchema,
    platformKind: z.enum(['embedded', 'http']),
    developerMode: z.boolean(),
    /** The headphone output's name for private listening (config.voice.headphoneOutput). */
    headphoneOutput: z.string().max(100).optional(),
    /** Set when the kiosk has no configuration it may serve with: the page shows out of service, and why. */
    outOfService: z.string().max(600).optional(),
  })
  .strict();
export type PublicConfig = z.infer<typeof publicConfigSchema>;

export function toPublicConfig(
  config: KioskConfig,
  outOfService?: string,
  maintenance?: PublicConfig['maintenance'],
): PublicConfig {
  return {
    ...(outOfService ? { outOfService: outOfService.slice(0, 600) } : {}),
    ...(maintenance ? { maintenance } : {}),
    kioskId: config.kioskId,
    siteName: config.siteName,
    defaultLocale: config.defaultLocale,
    contact: config.contact,
    itemsOff: config.itemsOff,
    departmentsOff: config.departmentsOff,
    display: config.display,
    idle: config.idle,
    platformKind: config.platform.kind,
    developerMode: config.developerMode,
    ...(config.voice.headphoneOutput ? { headphoneOutput: config.voice.headphoneOutput } : {}),
  };
}
