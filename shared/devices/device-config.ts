import { z } from 'zod';

/**
 * The `devices` section of kiosk.config.json: one profile per device class saying which driver runs it and
 * how to find the hardware. Devices are found by USB vendor/product id and serial number (or by probing
 * candidate ports with the driver's own liveness command), never by a fixed COM or /dev path, so a reader
 * that comes back on another port after a replug is found again. The default runs every class on its
 * simulator, so a fresh checkout works without hardware.
 */
const hex4 = z
  .string()
  .regex(/^[0-9a-fA-F]{4}$/, 'four hex digits, e.g. "1a86"')
  .transform((s) => s.toLowerCase());

export const usbMatchSchema = z
  .object({
    vendorId: hex4.optional(),
    productId: hex4.optional(),
    /** USB iSerialNumber, when the adapter has one (CH340 adapters often do not). */
    serialNumber: z.string().min(1).max(64).optional(),
    /**
     * Open each candidate port and send the driver's liveness command; the first that answers is the device.
     * Needed when two devices share a USB-serial chip, and for mainboard COM ports that have no USB ids.
     */
    probe: z.boolean().default(false),
  })
  .strict()
  .refine((m) => m.vendorId !== undefined || m.productId !== undefined || m.serialNumber !== undefined || m.probe, {
    message: 'give vendorId/productId/serialNumber, or probe: true',
  });
export type UsbMatch = z.infer<typeof usbMatchSchema>;

const serialLink = (defaultBaud: number) =>
  z
    .object({
      kind: z.literal('serial'),
      match: usbMatchSchema,
      baudRate: z.number().int().min(1200).max(921_600).default(defaultBaud),
    })
    .strict();

const tcpLink = z
  .object({
    kind: z.literal('tcp'),
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65_535).default(9100),
  })
  .strict();

/** Timings every polled driver shares; the defaults suit real hardware. */
const timing = {
  /** How often the driver polls the device when idle (presence and liveness). */
  pollIntervalMs: z.number().int().min(50).max(10_000).optional(),
  /** Longest wait for one answer from the device. */
  ioTimeoutMs: z.number().int().min(50).max(30_000).optional(),
};

/** An optional shared library that turns the card's 1024-byte WLT photo into a BMP (vendor-supplied). */
export const wltDecoderSchema = z
  .object({
    /** Absolute path of the .so/.dll. */
    library: z.string().min(1).max(500),
    /** Exported function: int fn(const uint8_t *wlt, uint8_t *out, int flag). */
    symbol: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
      .default('unpack'),
    /** What the function writes: a whole BMP file, or raw 102×126 BGR rows (bottom-up, as in a BMP). */
    output: z.enum(['bmp', 'bgr']).default('bmp'),
    /** Value passed as the third argument. */
    flag: z.number().int().default(1),
    /** What the function returns on success (1 for the common libwlt/WltRS builds). */
    successCode: z.number().int().default(1),
  })
  .strict();
export type WltDecoderConfig = z.infer<typeof wltDecoderSchema>;

export const idCardReaderConfigSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('none') }).strict(),
  z.object({ driver: z.literal('simulator'), ...timing }).strict(),
  z
    .object({
      driver: z.literal('samSerial'),
      link: serialLink(115_200),
      photoDecoder: wltDecoderSchema.optional(),
      ...timing,
    })
    .strict(),
  z
    .object({
      /** A reader that only ships a vendor library with the sdtapi functions (SDT_OpenPort, SDT_ReadBaseMsg …). */
      driver: z.literal('vendorSdk'),
      library: z.string().min(1).max(500),
      flavor: z.enum(['sdtapi']).default('sdtapi'),
      /** sdtapi port number: 1001–1016 USB, 1–16 serial. */
      port: z.number().int().min(1).max(9999).default(1001),
      photoDecoder: wltDecoderSchema.optional(),
      ...timing,
    })
    .strict(),
]);
export type IdCardReaderConfig = z.infer<typeof idCardReaderConfigSchema>;

const cupsPrinter = z
  .object({
    driver: z.literal('cups'),
    queue: z.string().regex(/^[A-Za-z0-9_.-]{1,127}$/, 'a CUPS queue name'),
    /** IPP address of the scheduler; the local cupsd by default. */
    server: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:631'),
    /** Longest a job may take from submit to "completed" before it is canceled and reported. */
    jobTimeoutMs: z.number().int().min(5_000).max(600_000).default(120_000),
    ...timing,
  })
  .strict();

const windowsPrinter = z
  .object({
    driver: z.literal('windowsSpooler'),
    printerName: z.string().min(1).max(200),
    /**
     * Windows has no built-in silent PDF print; a helper prints the file (e.g. SumatraPDF). Arguments may use
     * {printer} and {file}.
     */
    pdfCommand: z
      .object({ path: z.string().min(1).max(500), args: z.array(z.string().max(200)).max(20) })
      .strict()
      .default({
        path: 'C:\\Program Files\\SumatraPDF\\SumatraPDF.exe',
        args: ['-print-to', '{printer}', '-silent', '{file}'],
      }),
    jobTimeoutMs: z.number().int().min(5_000).max(600_000).default(120_000),
    ...timing,
  })
  .strict();

export const documentPrinterConfigSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('none') }).strict(),
  z.object({ driver: z.literal('simulator'), ...timing }).strict(),
  cupsPrinter,
  windowsPrinter,
]);
export type DocumentPrinterConfig = z.infer<typeof documentPrinterConfigSchema>;

export const receiptPrinterConfigSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('none') }).strict(),
  z.object({ driver: z.literal('simulator'), ...timing }).strict(),
  z
    .object({
      driver: z.literal('escpos'),
      link: z.discriminatedUnion('kind', [serialLink(115_200), tcpLink]),
      /** Characters per line in font A (48 on 80 mm paper). */
      columns: z.number().int().min(16).max(64).default(48),
      /** Longest wait for the printer to confirm it has printed a receipt. */
      jobTimeoutMs: z.number().int().min(1_000).max(120_000).default(30_000),
      ...timing,
    })
    .strict(),
  cupsPrinter,
  windowsPrinter,
]);
export type ReceiptPrinterConfig = z.infer<typeof receiptPrinterConfigSchema>;

export const qrScannerConfigSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('none') }).strict(),
  z.object({ driver: z.literal('simulator'), ...timing }).strict(),
  z
    .object({
      /** A scanner in serial (virtual COM) mode: one code per line. */
      driver: z.literal('serialScanner'),
      link: serialLink(9600),
      terminator: z.enum(['cr', 'lf', 'crlf']).default('cr'),
      encoding: z.enum(['utf-8', 'gb18030']).default('utf-8'),
      ...timing,
    })
    .strict(),
  z
    .object({
      /**
       * A scanner in keyboard-wedge (HID keyboard) mode: it types into the focused page, where the renderer
       * tells a burst of scanner keystrokes from a person typing and hands the code to main.
       */
      driver: z.literal('hidWedge'),
      /** When given, presence is checked on the USB bus (Linux); otherwise the scanner is assumed present. */
      match: usbMatchSchema.optional(),
      /** Longest gap between two keystrokes of one scan. */
      maxKeyGapMs: z.number().int().min(5).max(200).default(35),
      minLength: z.number().int().min(1).max(100).default(4),
      ...timing,
    })
    .strict(),
]);
export type QrScannerConfig = z.infer<typeof qrScannerConfigSchema>;

export const cameraConfigSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('none') }).strict(),
  z.object({ driver: z.literal('simulator') }).strict(),
  z
    .object({
      /** Captured in the renderer through getUserMedia; main says which camera and at what size. */
      driver: z.literal('camera'),
      /** Picks the camera whose label contains this text (labels carry the USB name and often "(vid:pid)"). */
      labelContains: z.string().min(1).max(100).optional(),
      match: usbMatchSchema.optional(),
      width: z.number().int().min(320).max(8000).default(2592),
      height: z.number().int().min(240).max(6000).default(1944),
    })
    .strict(),
]);
export type CameraConfig = z.infer<typeof cameraConfigSchema>;

export const devicesConfigSchema = z
  .object({
    idCardReader: idCardReaderConfigSchema.default({ driver: 'simulator' }),
    documentPrinter: documentPrinterConfigSchema.default({ driver: 'simulator' }),
    receiptPrinter: receiptPrinterConfigSchema.default({ driver: 'simulator' }),
    qrScanner: qrScannerConfigSchema.default({ driver: 'simulator' }),
    documentCamera: cameraConfigSchema.default({ driver: 'simulator' }),
    faceCamera: cameraConfigSchema.default({ driver: 'simulator' }),
    /**
     * Where drivers with native code (serial ports, vendor libraries) run: "process" gives each its own child
     * process so a crash or a hung vendor call cannot take the kiosk down; "inline" runs them in the backend.
     */
    isolation: z.enum(['process', 'inline']).default('process'),
  })
  .strict();
export type DevicesConfig = z.infer<typeof devicesConfigSchema>;
