import { chinaCompactDate, chinaParts } from '../../../shared/platform/index.js';
import { err, ok } from '../../../shared/result.js';
import { maskName } from '../../../shared/validation/id-number.js';
import { demoCitizenByIdNumber, demoRecord } from '../demo-data.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { DAY_MS, hashOf, iso, noSuchItem, type PlatformContext } from './platform-context.js';

/** How long a face certification holds on the demo platform (the catalog's certify items say 12 months). */
const CERTIFICATION_VALID_MONTHS = 12;

/**
 * The demo platform does no liveness detection and no comparison with the ID photo: it only checks that it
 * was sent a real JPEG frame of a plausible size, and says in `checks` that nothing more was checked.
 */
function isJpegFrame(base64: string): boolean {
  const bytes = Buffer.from(base64, 'base64');
  return (
    bytes.length >= 2000 &&
    bytes[0] === 0xff &&
    bytes[1] === 0xd8 &&
    bytes[bytes.length - 2] === 0xff &&
    bytes[bytes.length - 1] === 0xd9
  );
}

/** Face certification (资格认证) of a demo person for a certify item: certified, not required, or retake. */
export function certificationHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'certify'> {
  return {
    certify(request) {
      const item = ctx.catalog().item(request.itemCode);
      if (!item) return noSuchItem(request.itemCode);
      if (item.flow !== 'certify')
        return err('notAllowed', `The item ${request.itemCode} is not a certification item.`);
      const citizen = demoCitizenByIdNumber(request.idNumber);
      if (!citizen) return err('notFound', 'The platform holds no records for this person.');
      const now = ctx.clock.now();
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
        sample: ctx.sample,
      };
      const checks = { liveness: 'notChecked' as const, faceMatch: 'notChecked' as const };
      if (!isJpegFrame(request.photo.base64))
        return ok({ ...base, outcome: 'retake', reason: 'unusablePhoto', checks });
      const record = item.platformRecord ? demoRecord(request.idNumber, item.platformRecord, now) : undefined;
      const required = !record?.summary.some((row) => row.value.includes('无需认证'));
      if (!required) return ok({ ...base, outcome: 'notRequired', checks });
      const p = chinaParts(now);
      const until = Date.UTC(p.year, p.month - 1 + CERTIFICATION_VALID_MONTHS, p.day) - DAY_MS;
      return ok({ ...base, outcome: 'certified', validUntil: new Date(until).toISOString().slice(0, 10), checks });
    },
  };
}
