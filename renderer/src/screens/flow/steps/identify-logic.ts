import type { LocalizedText } from '../../../../../shared/catalog/schema.js';
import type { CallErrorCode } from '../../../../../shared/contract/index.js';
import { describeDeviceFailure } from '../../../../../shared/devices/device-failure.js';
import type { IdCard } from '../../../../../shared/devices/id-card.js';
import { type EIdIdentity, looksLikeEIdCode } from '../../../../../shared/platform/eid.js';
import type { ELicense } from '../../../../../shared/platform/licenses.js';
import type { Result } from '../../../../../shared/result.js';
import type { FlowTarget } from '../../../flows/flow-target.js';
import type { ChosenBusiness } from './apply-outcome.js';

/** How long one devices.idCard.read waits for a card before the screen asks again (the wait simply goes on). */
export const ID_CARD_WAIT_MS = 30_000;

/** What the identify screen does with one answer of devices.idCard.read. */
export type ReadStep =
  /** A card was read: show the masked name and ask the citizen to confirm. */
  | { readonly kind: 'card'; readonly card: IdCard }
  /** Nothing yet (no card within the wait, or the wait was canceled while the screen is still open): wait again. */
  | { readonly kind: 'wait' }
  /** The citizen must do something (lift and place the card again, use another card): say so, keep waiting. */
  | { readonly kind: 'replace'; readonly message: LocalizedText }
  /** The reader cannot read now (offline, SAM fault, no reader): say so with a next step, stop, offer a retry. */
  | { readonly kind: 'fault'; readonly message: LocalizedText };

export function readStep(result: Result<IdCard>): ReadStep {
  if (result.ok) return { kind: 'card', card: result.value };
  const failure = describeDeviceFailure(result.error.code);
  if (failure.completion === 'canceled') return { kind: 'wait' };
  if (failure.completion === 'timeOut' && failure.reason === 'noCard') return { kind: 'wait' };
  if (failure.errorClass === 'user') return { kind: 'replace', message: failure.citizenMessage };
  return { kind: 'fault', message: failure.citizenMessage };
}

/** What the identify screen does with a code the scanner read while it waits. */
export type ScanStep =
  /** Meant as an e-ID code (even if damaged): the platform verifies it. */
  | { readonly kind: 'eId'; readonly code: string }
  /** Some other code (a receipt, a payment code): say this is not an e-ID, keep waiting. */
  | { readonly kind: 'notEId' };

export function scanStep(code: string): ScanStep {
  return looksLikeEIdCode(code) ? { kind: 'eId', code: code.trim() } : { kind: 'notEId' };
}

/** Why an e-ID code did not identify anyone, as the citizen is told (apply.identify.eId.<problem>). */
export type EIdProblem = 'notRecognised' | 'expired' | 'used' | 'unavailable';

/** What the identify screen does with one answer of identity.verifyEId. */
export type EIdStep =
  { readonly kind: 'person'; readonly card: IdCard } | { readonly kind: 'problem'; readonly problem: EIdProblem };

export function eIdStep(result: Result<EIdIdentity, CallErrorCode<'identity.verifyEId'>>): EIdStep {
  // The person as the rest of the flow knows a card holder (prefill, applicant); there is no photo.
  if (result.ok) return { kind: 'person', card: { ...result.value.person } };
  switch (result.error.code) {
    case 'notFound':
    case 'invalidRequest':
      return { kind: 'problem', problem: 'notRecognised' };
    case 'expired':
      return { kind: 'problem', problem: 'expired' };
    case 'alreadyUsed':
      return { kind: 'problem', problem: 'used' };
    default:
      return { kind: 'problem', problem: 'unavailable' };
  }
}

/** True when the item or package is done for a business (营业执照 holder), so the screen asks which one. */
export function asksForBusiness(target: FlowTarget): boolean {
  return (target.item?.audience ?? target.package?.audience) === 'business';
}

export interface BusinessChoice extends ChosenBusiness {
  /** Stable key for the choice list (the license number). */
  readonly key: string;
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

function field(license: ELicense, ...labels: string[]): string | undefined {
  for (const label of labels) {
    const value = license.fields.find((f) => f.label === label)?.value.trim();
    if (value) return value;
  }
  return undefined;
}

/** The businesses a person may apply for: their valid business licences (营业执照), one per credit code. */
export function businessChoices(licenses: readonly ELicense[]): BusinessChoice[] {
  const seen = new Set<string>();
  const out: BusinessChoice[] = [];
  for (const license of licenses) {
    if (license.licenseType !== 'businessLicense' || license.status !== 'valid') continue;
    const fromFields = field(license, '统一社会信用代码', '社会信用代码');
    const creditCode =
      fromFields && CREDIT_CODE.test(fromFields)
        ? fromFields
        : CREDIT_CODE.test(license.licenseNumber)
          ? license.licenseNumber
          : undefined;
    const key = creditCode ?? license.licenseNumber;
    if (seen.has(key)) continue;
    seen.add(key);
    const address = field(license, '经营场所', '住所');
    out.push({
      key,
      name: field(license, '名称', '企业名称') ?? license.holderName,
      ...(creditCode ? { creditCode } : {}),
      ...(address ? { address } : {}),
    });
  }
  return out;
}

/** The records identification gives a business item: the business picked, or none ("新开办的"). */
export const businessRecordKeys = [
  'businessLicense.name',
  'businessLicense.creditCode',
  'businessLicense.address',
  'business.licensed',
] as const;

/**
 * The platform records a business choice gives (catalog prefill paths "businessLicense.*") and whether the
 * applicant holds a business licence ("business.licensed", which answers 您已经领取营业执照了吗 through the
 * catalog's `answeredBy`): yes for a licensed business; no for "新开办的" or a person the platform knows no
 * licence of; nothing when the licences could not be looked up (then the question is asked).
 */
export type BusinessOutcome = ChosenBusiness | 'new' | 'unknown';

export function businessRecords(business: BusinessOutcome): Record<string, string> {
  if (business === 'unknown') return {};
  if (business === 'new') return { 'business.licensed': 'no' };
  return {
    'businessLicense.name': business.name,
    ...(business.creditCode ? { 'businessLicense.creditCode': business.creditCode } : {}),
    ...(business.address ? { 'businessLicense.address': business.address } : {}),
    'business.licensed': 'yes',
  };
}

/** The records after a (new) business choice: those of an earlier choice are gone, whatever else is kept. */
export function withBusinessRecords(
  records: Readonly<Record<string, string>>,
  business: BusinessOutcome,
): Record<string, string> {
  const kept = Object.fromEntries(
    Object.entries(records).filter(([key]) => !(businessRecordKeys as readonly string[]).includes(key)),
  );
  return { ...kept, ...businessRecords(business) };
}

/** True when a form of the target fills a field from the person's contact record ("person.mobile"). */
export function wantsContact(target: FlowTarget): boolean {
  const fields = target.item?.fields ?? target.resolve({}).fields;
  return fields.some((f) => f.prefill?.source === 'platform' && f.prefill.record.startsWith('person.'));
}

/** The records after identification: the person's contact replaces any earlier person's. */
export function withContactRecords(
  records: Readonly<Record<string, string>>,
  mobile: string | undefined,
): Record<string, string> {
  const kept = Object.fromEntries(Object.entries(records).filter(([key]) => !key.startsWith('person.')));
  return mobile ? { ...kept, 'person.mobile': mobile } : kept;
}
