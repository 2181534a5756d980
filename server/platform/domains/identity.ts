import type { EIdIssued } from '../../../shared/platform/index.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { demoCitizenByIdNumber } from '../demo-data.js';
import { EIdRegistry } from '../eid-registry.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import { iso, type PlatformContext } from './platform-context.js';

/**
 * Who a person is: the identity behind an e-ID code (居民身份证电子证照, one use each, codes kept in memory
 * only) and a person's registered mobile number. The embedded platform knows the demo people only.
 */
export function createIdentity(ctx: PlatformContext) {
  const { clock, sample } = ctx;
  const eIds = new EIdRegistry({ signingKey: ctx.signingKey, now: () => clock.now(), random: ctx.random });

  const handlers: Pick<PlatformHandlers, 'contact' | 'verifyEId'> = {
    contact(query) {
      // The demo people's real-name mobile numbers; a real platform answers from its account register.
      const mobile = demoCitizenByIdNumber(query.idNumber)?.phone;
      return ok(mobile ? { mobile } : {});
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
  };

  return {
    handlers,
    /** The code a demo citizen's phone would show now (development and tests only). */
    issueDemoEId(idNumber: string): Result<EIdIssued, 'notFound'> {
      if (!demoCitizenByIdNumber(idNumber))
        return err('notFound', 'Only the demo citizens have e-ID codes on the embedded platform.');
      const issued = eIds.issue(idNumber);
      return ok({ code: issued.code, expiresAt: iso(issued.expiresAtMs) });
    },
    /** Forgets every code issued (platform reset). */
    forgetCodes: () => eIds.clear(),
  };
}
