import fc from 'fast-check';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { demoCitizens } from '../../shared/demo/demo-citizens.js';
import { idNumberCheckChar } from '../../shared/validation/id-number.js';
import { samplePng, sampleJpeg } from '../fixtures/sample-images.js';
import type { Caps, Hints } from './schema-arbitrary.js';

/**
 * Realistic values for fields whose rules JSON Schema cannot carry, so that schema-derived messages reach the
 * handlers and not only the validator. Identifiers the kiosk itself issued (local numbers, case numbers,
 * orders, bookings, documents) are remembered from accepted replies and offered back.
 */
export class SeenValues {
  private readonly pools = new Map<string, string[]>();

  /** Remembers string values of interesting fields in an accepted reply (bounded per field). */
  remember(value: unknown, depth = 0): void {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && REMEMBERED.has(key)) {
        const pool = this.pools.get(key) ?? [];
        if (!pool.includes(inner)) {
          pool.push(inner);
          if (pool.length > 32) pool.shift();
        }
        this.pools.set(key, pool);
      } else if (typeof inner === 'object') this.remember(inner, depth + 1);
    }
  }

  arbitrary(key: string, fallback: fc.Arbitrary<string>): fc.Arbitrary<string> {
    return fc.nat().chain((n) => {
      const pool = this.pools.get(key);
      return pool && pool.length > 0 && n % 4 !== 0 ? fc.constant(pool[n % pool.length] as string) : fallback;
    });
  }
}

const REMEMBERED = new Set([
  'localNumber',
  'caseNumber',
  'orderNumber',
  'bookingNumber',
  'documentId',
  'queryCode',
  'code',
  'blobRef',
]);

/** A resident ID number that passes GB 11643: a region, a birth date and the check character. */
export const validIdNumber = fc
  .tuple(
    fc.constantFrom('140311', '140302', '110101', '440305'),
    fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2015-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, birth, serial]) => {
    const first17 = `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(serial).padStart(3, '0')}`;
    return `${first17}${idNumberCheckChar(first17)}`;
  });

const itemCodes = defaultCatalog.items.map((i) => i.code);
const packageCodes = defaultCatalog.packages.map((p) => p.code);

export function contractHints(seen: SeenValues): Hints {
  const idNumber = fc.oneof(fc.constantFrom(...demoCitizens.map((c) => c.idNumber)), validIdNumber);
  const phone = fc.oneof(fc.constantFrom(...demoCitizens.map((c) => c.phone)), fc.stringMatching(/^1[3-9]\d{9}$/));
  return {
    idNumber,
    applicantIdNumber: idNumber,
    phone,
    mobile: phone,
    name: fc.constantFrom(...demoCitizens.map((c) => c.name)),
    citizenKey: fc.constantFrom(...demoCitizens.map((c) => c.key), 'nobody'),
    itemCode: fc.constantFrom(...itemCodes),
    packageCode: fc.constantFrom(...packageCodes),
    localNumber: seen.arbitrary('localNumber', fc.constant('DEMO-0001-20250101-0001')),
    caseNumber: seen.arbitrary('caseNumber', fc.constant('YQJQ-2025-000001')),
    orderNumber: seen.arbitrary('orderNumber', fc.constant('PAY-000001')),
    bookingNumber: seen.arbitrary('bookingNumber', fc.constant('BK-000001')),
    documentId: seen.arbitrary('documentId', fc.constant('doc-000001')),
    queryCode: seen.arbitrary('queryCode', fc.constant('7K3Q-M2XD-94PA')),
    // Photos and scans: base64 of a JPEG of at least 1,000 characters (certification.submit's photo).
    base64: fc
      .uint8Array({ minLength: 760, maxLength: 3_000 })
      .map((bytes) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), bytes]).toString('base64')),
  };
}

/**
 * Waits and timeouts a valid message may ask for: the contract allows a card read to wait two minutes and a
 * print job ten, which would only measure the fuzzer's patience. Applied to every message (see tame()).
 */
export const caps: Caps = {
  waitMs: fc.integer({ min: 0, max: 40 }),
  timeoutMs: fc.constant(1_000),
};

/** The largest wait any message may carry, whatever its kind (the contract's own bounds are far above). */
export const SLOW_FIELD_LIMITS: Readonly<Record<string, number>> = { waitMs: 40, timeoutMs: 1_000 };

/** Whole valid requests for calls whose fields only work together (an image and its own hash). */
export function wholeRequests(): Readonly<Record<string, fc.Arbitrary<unknown>>> {
  const image = fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 255 }), fc.uuid({ version: 4 }))
    .map(([png, variant, sessionId]) => {
      const sample = png ? samplePng(variant) : sampleJpeg(variant);
      return { blobRef: sample.blobRef, mediaType: sample.mediaType, base64: sample.base64, sessionId };
    });
  const wang = demoCitizens.find((c) => c.key === 'wang-jianguo') ?? demoCitizens[0];
  const submit = fc.tuple(fc.uuid({ version: 4 }), fc.constantFrom(...demoCitizens)).map(([key, person]) => ({
    idempotencyKey: key,
    target: { kind: 'item', itemCode: 'SC-005' },
    applicant: {
      name: person.name,
      idNumber: person.idNumber,
      phone: person.phone,
      address: person.address,
      identifiedBy: 'idCard',
      business: { name: '阳泉市郊区建国家常菜馆' },
    },
    situationAnswers: { businessKind: 'catering', premises: 'owned' },
    materials: [],
    form: {
      applicantName: wang?.name ?? person.name,
      shopName: '建国家常菜馆',
      floorArea: 45,
      cateringItems: ['hot'],
    },
  }));
  return { 'attachments.put': image, 'submission.submit': submit };
}
