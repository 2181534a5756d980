import { z } from 'zod';
import { eIdCodeSchema, eIdIdentitySchema } from '../platform/eid.js';
import { defineMethod } from './define.js';
import { platformLinkErrorCodes } from './errors.js';

/**
 * Identifying the citizen by their e-ID code (居民身份证电子证照二维码) instead of the card. The ID card itself is
 * read through devices.idCard.read; the e-ID is verified by the platform, so it is a call of its own.
 */
export const identityMethods = {
  'identity.verifyEId': defineMethod({
    summary:
      'The person behind a scanned e-ID code, as the platform verifies it (valid 3 minutes, once). notFound: unknown or forged; expired; alreadyUsed; unavailable: the platform cannot be reached.',
    request: z.object({ code: eIdCodeSchema }).strict(),
    response: eIdIdentitySchema,
    errors: ['notFound', 'expired', 'alreadyUsed', 'unavailable', ...platformLinkErrorCodes],
  }),
} as const;
