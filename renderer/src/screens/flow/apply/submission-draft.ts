import type { FieldValue } from '../../../../../shared/catalog/schema.js';
import type { MaterialSatisfaction, SubmissionDraftInput } from '../../../../../shared/platform/submission.js';
import { isMainlandMobile } from '../../../../../shared/validation/phone.js';
import type { FlowState } from '../../../flows/flow-state.js';
import type { FlowTarget, TargetResolution } from '../../../flows/flow-target.js';
import { chosenBusiness, committedAt, identifiedBy } from '../steps/apply-outcome.js';
import { parseLicenseId, uniqueMaterials } from './materials-logic.js';

export interface DraftInputs {
  readonly target: FlowTarget;
  readonly state: FlowState;
  readonly resolution: TargetResolution;
  readonly known: Readonly<Record<string, FieldValue>>;
  readonly locale: 'zh-CN' | 'en';
}

/** Why a draft cannot be built: each is a screen the citizen has to go back to (never expected after 核对). */
export type DraftProblem =
  | { readonly kind: 'notIdentified' }
  | { readonly kind: 'material'; readonly materialId: string }
  | { readonly kind: 'notSigned' }
  | { readonly kind: 'notCommitted' };

export type DraftResult =
  | { readonly ok: true; readonly draft: Omit<SubmissionDraftInput, 'idempotencyKey'> }
  | { readonly ok: false; readonly problem: DraftProblem };

const ADDRESS_MAX = 120;

/**
 * The application as the platform receives it, from what the flow gathered: the applicant from the ID card
 * (and the chosen business), the answers to the questions that apply, one satisfaction per material, the
 * form values (known ones included) and the signature. Without the idempotency key, which the submit page
 * chooses once per draft.
 */
export function buildDraft({ target, state, resolution, known, locale }: DraftInputs): DraftResult {
  const card = state.idCard;
  if (!card) return { ok: false, problem: { kind: 'notIdentified' } };

  const form: Record<string, string | string[]> = {};
  for (const field of resolution.fields) {
    const value = Object.hasOwn(known, field.id) ? known[field.id] : state.values[field.id];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') form[field.id] = value;
    } else if (value.length > 0) form[field.id] = [...value];
  }

  const situationAnswers: Record<string, string> = {};
  for (const question of resolution.questions) {
    const answer = state.answers[question.id];
    if (answer !== undefined) situationAnswers[question.id] = answer;
  }

  const signatureRef = state.signatureId;
  const materials: MaterialSatisfaction[] = [];
  for (const material of uniqueMaterials(resolution.materials)) {
    const choice = state.materials[material.id];
    if (!choice) {
      if (material.optional) continue;
      return { ok: false, problem: { kind: 'material', materialId: material.id } };
    }
    switch (choice.kind) {
      case 'eLicense': {
        const license = parseLicenseId(choice.licenseId);
        if (!license) return { ok: false, problem: { kind: 'material', materialId: material.id } };
        materials.push({
          materialId: material.id,
          satisfiedBy: 'eLicense',
          licenseType: license.licenseType,
          licenseNumber: license.licenseNumber,
        });
        break;
      }
      case 'commitment': {
        const at = committedAt(state);
        if (!state.committed || !at) return { ok: false, problem: { kind: 'notCommitted' } };
        if (!signatureRef) return { ok: false, problem: { kind: 'notSigned' } };
        materials.push({ materialId: material.id, satisfiedBy: 'commitment', commitmentAcceptedAt: at, signatureRef });
        break;
      }
      case 'scan':
        if (choice.attachmentIds.length === 0)
          return { ok: false, problem: { kind: 'material', materialId: material.id } };
        materials.push({ materialId: material.id, satisfiedBy: 'scan', pages: [...choice.attachmentIds] });
        break;
      case 'signature':
        if (!signatureRef) return { ok: false, problem: { kind: 'notSigned' } };
        materials.push({ materialId: material.id, satisfiedBy: 'signature', signatureRef });
        break;
      case 'bringLater':
        materials.push({ materialId: material.id, satisfiedBy: 'later' });
        break;
    }
  }
  if (target.screens.includes('commitment') && !state.committed)
    return { ok: false, problem: { kind: 'notCommitted' } };
  // The signing page, or the commitment page that takes the signature.
  const signs = target.screens.includes('sign') || target.screens.includes('commitment');
  if (signs && !signatureRef) return { ok: false, problem: { kind: 'notSigned' } };

  const phone = phoneOf(resolution, known, state);
  const business = chosenBusiness(state);
  return {
    ok: true,
    draft: {
      target:
        target.kind === 'item'
          ? { kind: 'item', itemCode: target.code }
          : { kind: 'package', packageCode: target.code },
      applicant: {
        name: card.name,
        idNumber: card.idNumber,
        ...(phone ? { phone } : {}),
        ...(card.address ? { address: card.address.slice(0, ADDRESS_MAX) } : {}),
        identifiedBy: identifiedBy(state),
        ...(business
          ? { business: { name: business.name, ...(business.creditCode ? { creditCode: business.creditCode } : {}) } }
          : {}),
      },
      situationAnswers,
      materials,
      form,
      ...(signatureRef ? { signatureRef } : {}),
      locale,
    },
  };
}

/** The applicant's mobile number: the "mobile" field, else the first phone field that holds a valid one. */
function phoneOf(
  resolution: TargetResolution,
  known: Readonly<Record<string, FieldValue>>,
  state: FlowState,
): string | undefined {
  const phones = resolution.fields.filter((f) => f.type === 'phone');
  // The applicant's own number is the field "mobile" where an item has one; other phone fields may be a relative's.
  phones.sort((a, b) => Number(b.id === 'mobile') - Number(a.id === 'mobile'));
  for (const field of phones) {
    const value = Object.hasOwn(known, field.id) ? known[field.id] : state.values[field.id];
    if (typeof value === 'string' && isMainlandMobile(value)) return value.trim();
  }
  return undefined;
}

/** A stable text of a draft: the same draft keeps its idempotency key, a changed one gets a new key. */
export function draftFingerprint(draft: unknown): string {
  return JSON.stringify(draft, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}
