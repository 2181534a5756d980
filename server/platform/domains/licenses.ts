import { type Certificate, chinaIsoDate, type ELicense } from '../../../shared/platform/index.js';
import { ok } from '../../../shared/result.js';
import { demoLicenses } from '../demo-data.js';
import type { PlatformHandlers } from '../validating-gateway.js';
import type { PlatformContext } from './platform-context.js';

/** A certificate issued on a case, as the e-licence it becomes (so later items can reuse it). */
function licenseOf(ctx: PlatformContext, c: Certificate): ELicense {
  return {
    licenseType: (ctx.catalog().item(c.itemCode)?.certificateLicenseType ?? c.itemCode).slice(0, 64),
    licenseNumber: c.certificateNumber,
    title: c.title,
    holderName: c.holderName,
    issuer: c.department,
    issuedOn: chinaIsoDate(Date.parse(c.issuedAt)),
    ...(c.validUntil ? { validUntil: c.validUntil } : {}),
    status: 'valid' as const,
    fields: c.fields.slice(0, 20),
    sample: c.sample,
  };
}

/** A person's e-licences (电子证照): the demo people's seeded ones, then those issued on their cases here. */
export function licenseHandlers(ctx: PlatformContext): Pick<PlatformHandlers, 'licenses'> {
  return {
    licenses(query) {
      const seeded = demoLicenses(query.idNumber, ctx.clock.now());
      const issued = ctx.tables.caseCertificatesOf(query.idNumber).map((c) => licenseOf(ctx, c));
      const all = [...seeded, ...issued];
      return ok({ licenses: query.licenseType ? all.filter((l) => l.licenseType === query.licenseType) : all });
    },
  };
}
