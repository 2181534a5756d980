import type {
  Answers,
  Catalog,
  Condition,
  FieldValue,
  FormField,
  Item,
  Material,
  Package,
  Situation,
} from './schema.js';

/**
 * Situations (办事情形) → what applies. Given the answers so far, which questions are still to be asked and
 * which materials and form fields apply. Pure functions over catalog data; the renderer walks them page by
 * page, the platform re-checks a submission with them.
 */

/** True when every clause holds; a clause naming an unanswered question does not hold. */
export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  return condition.every((clause) => {
    const answer = Object.hasOwn(answers, clause.question) ? answers[clause.question] : undefined;
    return answer !== undefined && clause.in.includes(answer);
  });
}

export interface SituationResolution {
  /** Questions that apply, given the answers (in order). */
  readonly questions: readonly Situation[];
  /** Applicable questions not yet (validly) answered; the first is the next page. */
  readonly unanswered: readonly Situation[];
  /** Answers that name an unknown or non-applicable question or an unknown option (ignored). */
  readonly ignoredAnswers: readonly string[];
  /** True when every applicable question is answered: materials and fields are final. */
  readonly complete: boolean;
  readonly materials: readonly Material[];
  readonly fields: readonly FormField[];
  /** The valid answers to applicable questions only. */
  readonly answers: Answers;
}

/** What applies to one item for the given answers. */
export function resolveSituation(
  item: Pick<Item, 'situations' | 'materials' | 'fields'>,
  answers: Answers,
): SituationResolution {
  const kept: Record<string, string> = {};
  const questions: Situation[] = [];
  const unanswered: Situation[] = [];
  for (const question of item.situations) {
    if (!conditionHolds(question.when, kept)) continue;
    questions.push(question);
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (answer !== undefined && question.options.some((o) => o.value === answer)) kept[question.id] = answer;
    else unanswered.push(question);
  }
  const ignoredAnswers = Object.keys(answers).filter((id) => !Object.hasOwn(kept, id));
  return {
    questions,
    unanswered,
    ignoredAnswers,
    complete: unanswered.length === 0,
    materials: item.materials.filter((m) => conditionHolds(m.when, kept)),
    fields: item.fields.filter((f) => conditionHolds(f.when, kept)),
    answers: kept,
  };
}

// ————————————————————————————————————————————————————— packages

export interface PackageMemberResolution {
  readonly item: Item;
  /** The member item's answers, derived from the package answers. */
  readonly answers: Answers;
  readonly resolution: SituationResolution;
}

/** A material of the one set of materials, with the items that need it. */
export interface MergedMaterial {
  /** Unique within the package: the material id, or "CODE:id" when another member has a different material of that id. */
  readonly key: string;
  readonly material: Material;
  readonly usedBy: readonly { readonly item: string; readonly material: string }[];
}

/**
 * Two members' materials are one material when they fetch the same e-license first, or have the same id
 * and the same name. Signed forms of different items ("applicationForm") are never merged, since their
 * names differ.
 */
function sameMaterial(a: Material, b: Material): boolean {
  const la = a.satisfiedBy[0]?.kind === 'eLicense' ? a.satisfiedBy[0].licenseType : undefined;
  const lb = b.satisfiedBy[0]?.kind === 'eLicense' ? b.satisfiedBy[0].licenseType : undefined;
  if (la !== undefined && la === lb) return true;
  return a.id === b.id && a.name['zh-CN'] === b.name['zh-CN'];
}

/** A field of the one merged form (asked once), with the item fields it fills. */
export interface MergedField {
  /** The field as asked; its id is the package-wide id (a merge id or the shared field id). */
  readonly field: FormField;
  readonly usedBy: readonly { readonly item: string; readonly field: string }[];
}

/** A member's material that another member produces within the package, so nobody is asked for it. */
export interface ProvidedMaterial {
  readonly item: string;
  readonly material: Material;
  readonly by: string;
}

export interface PackageResolution {
  readonly questions: readonly Situation[];
  readonly unanswered: readonly Situation[];
  readonly complete: boolean;
  readonly members: readonly PackageMemberResolution[];
  readonly materials: readonly MergedMaterial[];
  readonly fields: readonly MergedField[];
  /** Materials left out because another member produces them. */
  readonly provided: readonly ProvidedMaterial[];
  readonly answers: Answers;
}

/** The item answers a package member gets from the package answers (unanswered package questions give none). */
export function memberAnswers(member: Package['members'][number], packageAnswers: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [question, source] of Object.entries(member.answers)) {
    if ('fixed' in source) out[question] = source.fixed;
    else {
      const value = Object.hasOwn(packageAnswers, source.fromQuestion)
        ? packageAnswers[source.fromQuestion]
        : undefined;
      if (value !== undefined) out[question] = source.map?.[value] ?? value;
    }
  }
  return out;
}

/**
 * What applies to a package (一件事): its questions, the member items that apply, one set of materials
 * (deduplicated by material id) and one form (fields deduplicated by id or by the package's merges).
 */
export function resolvePackage(pkg: Package, catalog: Pick<Catalog, 'items'>, answers: Answers): PackageResolution {
  const own = resolveSituation({ situations: pkg.situations, materials: [], fields: [] }, answers);
  const byCode = new Map(catalog.items.map((i) => [i.code, i]));
  const mergeIdOf = new Map<string, string>();
  for (const merge of pkg.merges) for (const ref of merge.fields) mergeIdOf.set(`${ref.item}:${ref.field}`, merge.id);

  const included = pkg.members.filter((member) => byCode.has(member.item) && conditionHolds(member.when, own.answers));
  const includedCodes = new Set(included.map((m) => m.item));
  const members: PackageMemberResolution[] = [];
  const provided: ProvidedMaterial[] = [];
  for (const member of included) {
    const item = byCode.get(member.item) as Item;
    const itemAnswers = memberAnswers(member, own.answers);
    const full = resolveSituation(item, itemAnswers);
    const providedHere = member.provided.filter((p) => includedCodes.has(p.by) && conditionHolds(p.when, own.answers));
    const materialsLeft = full.materials.filter((material) => {
      const by = providedHere.find((p) => p.material === material.id)?.by;
      if (by) provided.push({ item: item.code, material, by });
      return by === undefined;
    });
    members.push({ item, answers: itemAnswers, resolution: { ...full, materials: materialsLeft } });
  }

  const materials: { key: string; material: Material; usedBy: { item: string; material: string }[] }[] = [];
  const fields = new Map<string, { field: FormField; usedBy: { item: string; field: string }[] }>();
  for (const { item, resolution } of members) {
    for (const material of resolution.materials) {
      const seen = materials.find((m) => sameMaterial(m.material, material));
      if (seen) {
        seen.usedBy.push({ item: item.code, material: material.id });
        // Required by one member = required for the package.
        if (seen.material.optional && !material.optional) seen.material = { ...seen.material, optional: false };
      } else {
        const key = materials.some((m) => m.key === material.id) ? `${item.code}:${material.id}` : material.id;
        materials.push({ key, material, usedBy: [{ item: item.code, material: material.id }] });
      }
    }
    const renamed = (id: string) => mergeIdOf.get(`${item.code}:${id}`) ?? id;
    for (const field of resolution.fields) {
      const id = renamed(field.id);
      const seen = fields.get(id);
      if (seen) {
        seen.usedBy.push({ item: item.code, field: field.id });
        seen.field = stricterField(seen.field, field);
      } else {
        const prefill =
          field.prefill?.source === 'field' ? { ...field.prefill, field: renamed(field.prefill.field) } : field.prefill;
        const asked = { ...field, id, prefill, when: undefined } as FormField;
        fields.set(id, { field: asked, usedBy: [{ item: item.code, field: field.id }] });
      }
    }
  }
  const complete = own.complete && members.every((m) => m.resolution.complete);
  return {
    questions: own.questions,
    unanswered: own.unanswered,
    complete,
    members,
    materials,
    fields: [...fields.values()],
    provided,
    answers: own.answers,
  };
}

/**
 * One field asked for two items: the value must satisfy both, so keep the narrower limits (and the
 * messages that go with them), and require it if either item does.
 */
function stricterField(asked: FormField, other: FormField): FormField {
  const optional = asked.optional && other.optional;
  if (asked.type === 'number' && other.type === 'number') {
    const narrower = other.max - other.min < asked.max - asked.min;
    return {
      ...asked,
      optional,
      min: Math.max(asked.min, other.min),
      max: Math.min(asked.max, other.max),
      messages: narrower ? (other.messages ?? asked.messages) : asked.messages,
    };
  }
  if (asked.type === 'amount' && other.type === 'amount') {
    const narrower = other.maxFen - other.minFen < asked.maxFen - asked.minFen;
    return {
      ...asked,
      optional,
      minFen: Math.max(asked.minFen, other.minFen),
      maxFen: Math.min(asked.maxFen, other.maxFen),
      messages: narrower ? (other.messages ?? asked.messages) : asked.messages,
    };
  }
  if (asked.type === 'text' && other.type === 'text') {
    return {
      ...asked,
      optional,
      minLength: Math.max(asked.minLength, other.minLength),
      maxLength: Math.min(asked.maxLength, other.maxLength),
      pattern: asked.pattern ?? other.pattern,
    };
  }
  if (asked.type === 'account' && other.type === 'account') {
    return {
      ...asked,
      optional,
      minLength: Math.max(asked.minLength, other.minLength),
      maxLength: Math.min(asked.maxLength, other.maxLength),
    };
  }
  if (asked.type === 'address' && other.type === 'address')
    return { ...asked, optional, inDistrict: asked.inDistrict || other.inDistrict };
  return { ...asked, optional };
}

/** Splits the merged form's values into each member item's own field values (for one submission per item). */
export function splitPackageValues(
  resolution: PackageResolution,
  values: Readonly<Record<string, FieldValue>>,
): Record<string, Record<string, FieldValue>> {
  const out: Record<string, Record<string, FieldValue>> = {};
  for (const m of resolution.members) out[m.item.code] = {};
  for (const { field, usedBy } of resolution.fields) {
    const value = Object.hasOwn(values, field.id) ? values[field.id] : undefined;
    if (value === undefined) continue;
    for (const ref of usedBy) {
      const target = out[ref.item];
      if (target) target[ref.field] = value;
    }
  }
  return out;
}
