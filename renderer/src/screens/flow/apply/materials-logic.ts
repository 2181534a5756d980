import type { Commitment, LicenseType, LocalizedText, Material } from '../../../../../shared/catalog/schema.js';
import type { IdCard } from '../../../../../shared/devices/id-card.js';
import type { ELicense } from '../../../../../shared/platform/licenses.js';
import type { MaterialChoice } from '../../../flows/flow-state.js';

/**
 * The materials page as data: for each applicable material, the ways the citizen can satisfy it here, what is
 * done without asking (an e-license the platform holds, the ID card just read, a form signed later), and what
 * is still missing when they press 继续.
 */

export interface LicenseContext {
  /** E-licenses the platform returned for the applicant; undefined while not (yet) fetched. */
  readonly licenses?: readonly ELicense[];
  /** The card read on the identify page: it is the resident ID card e-license. */
  readonly idCard?: IdCard;
}

/** One way this kiosk can satisfy a material now. */
export type MaterialOption =
  | {
      readonly kind: 'eLicense';
      readonly licenseType: LicenseType;
      readonly licenseNumber: string;
      readonly title: string;
    }
  | { readonly kind: 'commitment'; readonly commitment: Commitment }
  | { readonly kind: 'scan'; readonly maxPages: number }
  | { readonly kind: 'signature' }
  | { readonly kind: 'bringLater'; readonly note?: LocalizedText };

/** The e-license that satisfies `licenseType` for this applicant, if the platform holds a valid one. */
export function findLicense(
  licenseType: LicenseType,
  context: LicenseContext,
): { licenseNumber: string; title: string } | undefined {
  if (licenseType === 'residentIdCard' && context.idCard)
    return { licenseNumber: context.idCard.idNumber, title: '居民身份证' };
  const license = context.licenses?.find((l) => l.licenseType === licenseType && l.status === 'valid');
  return license ? { licenseNumber: license.licenseNumber, title: license.title } : undefined;
}

/** The ways a material can be satisfied here, in the catalog's order; e-licenses only when one is held. */
export function materialOptions(material: Material, context: LicenseContext): MaterialOption[] {
  const options: MaterialOption[] = [];
  for (const way of material.satisfiedBy) {
    switch (way.kind) {
      case 'eLicense': {
        const found = findLicense(way.licenseType, context);
        if (found) options.push({ kind: 'eLicense', licenseType: way.licenseType, ...found });
        break;
      }
      case 'commitment':
        options.push({ kind: 'commitment', commitment: way.commitment });
        break;
      case 'scan':
        options.push({ kind: 'scan', maxPages: way.maxPages });
        break;
      case 'signature':
        options.push({ kind: 'signature' });
        break;
      case 'bringLater':
        options.push({ kind: 'bringLater', ...(way.note ? { note: way.note } : {}) });
        break;
    }
  }
  return options;
}

/** A held e-license is stored as "licenseType:licenseNumber" so the submission needs no second look-up. */
export function eLicenseChoice(licenseType: LicenseType, licenseNumber: string): MaterialChoice {
  return { kind: 'eLicense', licenseId: `${licenseType}:${licenseNumber}` };
}

export function parseLicenseId(licenseId: string): { licenseType: string; licenseNumber: string } | undefined {
  const at = licenseId.indexOf(':');
  if (at <= 0 || at === licenseId.length - 1) return undefined;
  return { licenseType: licenseId.slice(0, at), licenseNumber: licenseId.slice(at + 1) };
}

/**
 * What is settled without asking: the first held e-license, or a form the citizen signs on the signature page
 * when signing is the only way. Materials the citizen already chose for are left alone.
 */
export function automaticChoices(
  materials: readonly Material[],
  current: Readonly<Record<string, MaterialChoice>>,
  context: LicenseContext,
): Record<string, MaterialChoice> {
  const out: Record<string, MaterialChoice> = {};
  for (const material of materials) {
    if (Object.hasOwn(current, material.id) || Object.hasOwn(out, material.id)) continue;
    const options = materialOptions(material, context);
    const license = options.find((o) => o.kind === 'eLicense');
    if (license && license.kind === 'eLicense')
      out[material.id] = eLicenseChoice(license.licenseType, license.licenseNumber);
    else if (options.length === 1 && options[0]?.kind === 'signature') out[material.id] = { kind: 'signature' };
  }
  return out;
}

/** Required materials without a way chosen, in page order (one entry per material id). */
export function missingMaterials(
  materials: readonly Material[],
  choices: Readonly<Record<string, MaterialChoice>>,
): Material[] {
  const seen = new Set<string>();
  return materials.filter((m) => {
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return !m.optional && !Object.hasOwn(choices, m.id);
  });
}

/** The commitments the citizen chose instead of materials, for the commitment page. */
export function chosenCommitments(
  materials: readonly Material[],
  choices: Readonly<Record<string, MaterialChoice>>,
): Array<{ readonly material: Material; readonly commitment: Commitment }> {
  const seen = new Set<string>();
  const out: Array<{ material: Material; commitment: Commitment }> = [];
  for (const material of materials) {
    if (seen.has(material.id) || choices[material.id]?.kind !== 'commitment') continue;
    seen.add(material.id);
    const way = material.satisfiedBy.find((s) => s.kind === 'commitment');
    if (way && way.kind === 'commitment') out.push({ material, commitment: way.commitment });
  }
  return out;
}

/** Materials are listed once per id (a package may name the same material for two of its items). */
export function uniqueMaterials(materials: readonly Material[]): Material[] {
  const seen = new Set<string>();
  return materials.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

/** The materials the citizen will bring later, for the confirmation page. */
export function broughtLater(
  materials: readonly Material[],
  choices: Readonly<Record<string, MaterialChoice>>,
): Material[] {
  return uniqueMaterials(materials).filter((m) => choices[m.id]?.kind === 'bringLater');
}
