import { z } from 'zod';
import { deviceClassSchema } from '../devices/device-class.js';
import { catalogReferenceProblems, checkItemReferences } from './references.js';

/**
 * The service catalog as data. Every screen a citizen sees is driven by these records: an item names its
 * flow kind (which screens it goes through, see flow-kinds.ts) and adds only data — its guide, the
 * questions that split it into situations, the materials and form fields those answers select, and the
 * documents it produces.
 *
 * This file holds the shapes. The cross-reference checks (a condition naming an unknown question or option, a
 * prefill from an unknown field, departments, categories, package items, duplicate codes) are in
 * references.ts: `itemSchema` and `catalogSchema` run them as refinements, and validateCatalog() in
 * validate-catalog.ts lists every problem, also for items that fail to parse.
 *
 * Authors write `ItemInput` / `PackageInput` (defaults may be omitted); code reads `Item` / `Package`.
 */

// ————————————————————————————————————————————————————— text

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

const translation = (locale: 'zh-CN' | 'en') =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing translation (${locale})` : `translation (${locale}) must be text`,
    })
    .trim()
    .min(1, `empty translation (${locale})`);

/** A user-visible string in both kiosk languages. The English text must really be English (no Han characters). */
export const localizedTextSchema = z.strictObject({
  'zh-CN': translation('zh-CN'),
  en: translation('en').refine((s) => !HAN.test(s), 'untranslated Chinese in the English text (en)'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Locale = keyof LocalizedText;
export const locales = ['zh-CN', 'en'] as const satisfies readonly Locale[];

/** Search keywords per language (synonyms, colloquial names, abbreviations). */
export const keywordsSchema = z.strictObject({
  'zh-CN': z.array(z.string().trim().min(1)).default([]),
  en: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .refine((s) => !HAN.test(s), 'untranslated Chinese in an English keyword'),
    )
    .default([]),
});

// ————————————————————————————————————————————————————— identifiers

/** Item codes: department prefix + 3 digits, e.g. "RS-001" (人社), "SC-005" (市场监管). Stable forever. */
export const itemCodeSchema = z.string().regex(/^[A-Z]{2,4}-\d{3}$/, 'item code must look like RS-001');
/** Package codes: "YJS-001" (一件事). */
export const packageCodeSchema = z.string().regex(/^YJS-\d{3}$/, 'package code must look like YJS-001');
/** Ids of questions, options, materials, fields, results: camelCase, unique within their item. */
export const localIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,47}$/, 'id must be camelCase letters and digits');
/** Department and category ids: camelCase. */
export const recordIdSchema = localIdSchema;

/** Hotlines (12345, 12333, 95598), landlines with area code (0353-1234567) and 400 numbers. */
export const phoneNumberSchema = z
  .string()
  .regex(
    /^(0\d{2,3}-\d{7,8}|1\d{4}|9\d{4}|400-\d{3}-\d{4})$/,
    'phone must be 0353-1234567, a 5-digit hotline or 400-xxx-xxxx',
  );

// ————————————————————————————————————————————————————— enumerations

export const flowKindSchema = z.enum(['print', 'query', 'apply', 'book', 'pay', 'certify']);
export type FlowKind = z.infer<typeof flowKindSchema>;
export const flowKinds = flowKindSchema.options;

export const audienceSchema = z.enum(['citizen', 'business', 'both']);
export type Audience = z.infer<typeof audienceSchema>;

export const lifeEventSchema = z.enum(['birth', 'school', 'work', 'business', 'housing', 'retirement', 'death']);
export type LifeEvent = z.infer<typeof lifeEventSchema>;
export const lifeEvents = lifeEventSchema.options;

/** The legal nature of an item (事项类型), one of the standard guide elements. */
export const itemTypeSchema = z.enum([
  'publicService', // 公共服务
  'administrativeLicensing', // 行政许可
  'administrativeConfirmation', // 行政确认
  'administrativePayment', // 行政给付
  'administrativeRecord', // 备案（其他行政权力）
  'otherPower', // 其他行政权力
]);
export type ItemType = z.infer<typeof itemTypeSchema>;

/** E-licenses (电子证照) the platform can fetch for the applicant instead of an upload. */
export const licenseTypeSchema = z.enum([
  'residentIdCard', // 居民身份证
  'householdRegister', // 居民户口簿
  'residencePermit', // 居住证
  'marriageCertificate', // 结婚证
  'birthMedicalCertificate', // 出生医学证明
  'deathMedicalCertificate', // 居民死亡医学证明（推断）书
  'cremationCertificate', // 火化证明
  'socialSecurityCard', // 社会保障卡
  'employmentCertificate', // 就业创业证
  'retirementCertificate', // 退休证
  'businessLicense', // 营业执照
  'foodBusinessRecord', // 食品小经营店备案证
  'foodBusinessLicense', // 食品经营许可证
  'healthCertificate', // 健康证明
  'realEstateCertificate', // 不动产权证书
  'housingLeaseRecord', // 房屋租赁登记备案证明
  'veteranDischargeCertificate', // 退出现役证
  'veteranPreferentialCard', // 退役军人优待证
  'disabilityCertificate', // 残疾人证
  'elderlyPreferentialCard', // 老年人优待证
  'subsistenceAllowanceCertificate', // 最低生活保障证
  'driverLicense', // 机动车驾驶证
  'vehicleLicense', // 机动车行驶证
  'noCriminalRecordCertificate', // 无犯罪记录证明
]);
export type LicenseType = z.infer<typeof licenseTypeSchema>;

/** Fields of the resident ID card that can prefill a form (read by the ID card reader or the e-ID). */
export const idCardFieldSchema = z.enum([
  'name',
  'gender',
  'nation',
  'birthDate',
  'address',
  'idNumber',
  'issuingAuthority',
  'validTo',
]);
export type IdCardField = z.infer<typeof idCardFieldSchema>;

// ————————————————————————————————————————————————————— conditions

/**
 * When a question, material or field applies: every clause must hold (AND); a clause holds when the answer
 * to `question` is one of `in` (OR). Absent = always. Only earlier questions may be named.
 */
export const conditionClauseSchema = z.strictObject({
  question: localIdSchema,
  in: z.array(localIdSchema).min(1),
});
export const conditionSchema = z.array(conditionClauseSchema).min(1);
export type Condition = z.infer<typeof conditionSchema>;

/** Answers to the situation questions: question id → option value. */
export type Answers = Readonly<Record<string, string>>;

// ————————————————————————————————————————————————————— situations

export const optionSchema = z.strictObject({
  value: localIdSchema,
  label: localizedTextSchema,
  /** Shown under the option: who should choose it. */
  hint: localizedTextSchema.optional(),
});
export type Option = z.infer<typeof optionSchema>;
export type OptionInput = z.input<typeof optionSchema>;

/** A platform record path, e.g. "businessLicense.name", "business.licensed". */
const recordPathSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, 'record must look like area.name');

/**
 * A question the kiosk can answer itself from what it already knows of the person: the value of a record
 * (the platform's records, or the business picked at identification) mapped to an option. When the record
 * has a mapped value the question gets no page; its answer shows on the check page.
 */
export const answeredBySchema = z.strictObject({
  record: recordPathSchema,
  /** Record value → option value; a value not listed leaves the question to be asked. */
  map: z.record(z.string(), localIdSchema),
});
export type AnsweredBy = z.infer<typeof answeredBySchema>;

/** A situation question (办事情形): one per page or two short ones together (renderer flow-steps); answers select materials and fields. */
export const situationSchema = z.strictObject({
  id: localIdSchema,
  question: localizedTextSchema,
  help: localizedTextSchema.optional(),
  options: z.array(optionSchema).min(2, 'a question needs at least two options'),
  /** Asked only when these earlier answers hold. */
  when: conditionSchema.optional(),
  /** Not asked when the kiosk already knows the answer (see answeredBySchema). */
  answeredBy: answeredBySchema.optional(),
});
export type Situation = z.infer<typeof situationSchema>;
export type SituationInput = z.input<typeof situationSchema>;

// ————————————————————————————————————————————————————— materials

/** 告知承诺: what the applicant commits to instead of providing the material. */
export const commitmentSchema = z.strictObject({
  /** The obligation the law sets (what would otherwise be proven). */
  obligation: localizedTextSchema,
  /** What the applicant declares. */
  content: localizedTextSchema,
  /** What happens if the declaration is false. */
  liability: localizedTextSchema,
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** One way a material can be satisfied; the kiosk offers them in the order listed. */
export const satisfactionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('eLicense'), licenseType: licenseTypeSchema }),
  z.strictObject({ kind: z.literal('commitment'), commitment: commitmentSchema }),
  z.strictObject({ kind: z.literal('scan'), maxPages: z.number().int().min(1).max(50).default(2) }),
  z.strictObject({ kind: z.literal('signature') }),
  z.strictObject({ kind: z.literal('bringLater'), note: localizedTextSchema.optional() }),
]);
export type Satisfaction = z.infer<typeof satisfactionSchema>;
export type SatisfactionKind = Satisfaction['kind'];

export const materialSchema = z.strictObject({
  id: localIdSchema,
  name: localizedTextSchema,
  /** What exactly is needed: original or copy, who issues it, which pages. */
  description: localizedTextSchema.optional(),
  /** Optional materials are listed with "（选填）" and never block a submission. */
  optional: z.boolean().default(false),
  when: conditionSchema.optional(),
  satisfiedBy: z.array(satisfactionSchema).min(1, 'a material needs at least one way to satisfy it'),
});
export type Material = z.infer<typeof materialSchema>;
export type MaterialInput = z.input<typeof materialSchema>;

// ————————————————————————————————————————————————————— form fields

/** Where a field's value comes from before the citizen sees it (they can still correct it unless locked). */
export const prefillSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('idCard'), field: idCardFieldSchema }),
  /** A record the platform holds for the identified person, e.g. "socialSecurity.cardNumber". */
  z.strictObject({ source: z.literal('platform'), record: recordPathSchema }),
  /** The answer to an earlier situation question (option value). */
  z.strictObject({ source: z.literal('answer'), question: localIdSchema }),
  /** The value of an earlier field of the same form. */
  z.strictObject({ source: z.literal('field'), field: localIdSchema }),
]);
export type Prefill = z.infer<typeof prefillSchema>;

/** Specific messages; when absent, field-validation.ts builds them from the label ("请输入经营场所地址"). */
export const fieldMessagesSchema = z.strictObject({
  required: localizedTextSchema.optional(),
  invalid: localizedTextSchema.optional(),
});

const fieldBase = {
  id: localIdSchema,
  label: localizedTextSchema,
  /** One line under the label: format, example, where to find the value. */
  hint: localizedTextSchema.optional(),
  /** Hints that depend on earlier answers: the first whose condition holds is shown instead of `hint`. */
  hintsWhen: z.array(z.strictObject({ when: conditionSchema, hint: localizedTextSchema })).optional(),
  optional: z.boolean().default(false),
  when: conditionSchema.optional(),
  prefill: prefillSchema.optional(),
  /** A prefilled value that must not be changed (it comes from the ID card or a register). */
  locked: z.boolean().default(false),
  messages: fieldMessagesSchema.optional(),
};

export const fieldTypes = [
  'text',
  'name',
  'idNumber',
  'phone',
  'date',
  'choice',
  'address',
  'amount',
  'number',
  'creditCode',
  'account',
] as const;

export const formFieldSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      ...fieldBase,
      type: z.literal('text'),
      minLength: z.number().int().min(0).default(1),
      maxLength: z.number().int().min(1).max(500).default(50),
      /** An extra format rule; its message is `messages.invalid`. */
      pattern: z.string().optional(),
    }),
    /** A person's name: 2–30 characters, Chinese or Latin letters and "·". */
    z.strictObject({ ...fieldBase, type: z.literal('name') }),
    /** Resident ID number, GB 11643 with checksum. */
    z.strictObject({ ...fieldBase, type: z.literal('idNumber') }),
    /** Mainland mobile number (11 digits starting 13–19). */
    z.strictObject({ ...fieldBase, type: z.literal('phone') }),
    z.strictObject({
      ...fieldBase,
      type: z.literal('date'),
      /** 'past' = not after today, 'future' = not before today. */
      range: z.enum(['any', 'past', 'future']).default('any'),
      /** 'day' = YYYY-MM-DD; 'month' = YYYY-MM (periods of certificates and statements). */
      precision: z.enum(['day', 'month']).default('day'),
      /** An earlier date field this one may not come before (截止月份 after 起始月份): checked where either is typed. */
      notBefore: localIdSchema.optional(),
    }),
    z.strictObject({
      ...fieldBase,
      type: z.literal('choice'),
      options: z.array(optionSchema).min(2),
      multiple: z.boolean().default(false),
    }),
    /** A postal address; `inDistrict` asks for one inside the kiosk's district (郊区). */
    z.strictObject({ ...fieldBase, type: z.literal('address'), inDistrict: z.boolean().default(false) }),
    /** Money in yuan with at most 2 decimals; limits in fen. */
    z.strictObject({
      ...fieldBase,
      type: z.literal('amount'),
      minFen: z.number().int().min(0).default(1),
      maxFen: z.number().int().min(1).max(100_000_000_00).default(1_000_000_00),
    }),
    z.strictObject({
      ...fieldBase,
      type: z.literal('number'),
      min: z.number().default(0),
      max: z.number().default(1_000_000),
      integer: z.boolean().default(true),
      unit: localizedTextSchema.optional(),
    }),
    /** 统一社会信用代码 (GB 32100), 18 characters with checksum. */
    z.strictObject({ ...fieldBase, type: z.literal('creditCode') }),
    /** A utility or fund account number: digits only, with a length range. */
    z.strictObject({
      ...fieldBase,
      type: z.literal('account'),
      minLength: z.number().int().min(1).default(6),
      maxLength: z.number().int().min(1).max(40).default(20),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `bad field type: must be one of ${fieldTypes.join(', ')}` : undefined,
  },
);
export type FormField = z.infer<typeof formFieldSchema>;
export type FormFieldInput = z.input<typeof formFieldSchema>;
export type FieldType = FormField['type'];
/** A form value as the kiosk keeps it: text, or the chosen values of a multiple choice. */
export type FieldValue = string | readonly string[];

// ————————————————————————————————————————————————————— results, fee, guide

export const resultDocumentSchema = z.strictObject({
  id: localIdSchema,
  name: localizedTextSchema,
  kind: z.enum(['certificate', 'printout', 'receipt', 'license', 'card', 'notice', 'ticket']),
  /** printOnSite: printed at the kiosk; electronic: an e-license or e-document; mail / counter: later. */
  delivery: z.enum(['printOnSite', 'electronic', 'mail', 'counter']),
  /** Carries a QR and verification code the platform can check. */
  verifiable: z.boolean().default(false),
});
export type ResultDocument = z.infer<typeof resultDocumentSchema>;
export type ResultDocumentInput = z.input<typeof resultDocumentSchema>;

export const feeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('free') }),
  z.strictObject({ kind: z.literal('fixed'), amountFen: z.number().int().min(1), basis: localizedTextSchema }),
  /** The citizen pays a bill or a contribution whose amount the platform tells (pay items). */
  z.strictObject({ kind: z.literal('byBill'), description: localizedTextSchema }),
]);
export type Fee = z.infer<typeof feeSchema>;

export const channelSchema = z.strictObject({
  kind: z.enum(['hall', 'online', 'app', 'miniProgram', 'phone']),
  name: localizedTextSchema,
  detail: localizedTextSchema.optional(),
});
export type Channel = z.infer<typeof channelSchema>;
export type ChannelInput = z.input<typeof channelSchema>;

/**
 * The standard guide (办事指南). Materials, time limit, fee and result are the item's structured fields; the
 * guide holds the rest. Consultation and complaint phones default to the department's.
 */
export const guideSchema = z.strictObject({
  itemType: itemTypeSchema,
  /** Laws and regulations, each one line with article numbers where they matter. */
  legalBasis: z.array(localizedTextSchema).min(1, 'a guide needs its legal basis'),
  /** Who may apply and under what conditions (受理条件). */
  conditions: z.array(localizedTextSchema).min(1, 'a guide needs its conditions'),
  /** What happens, in order, from the citizen's view (办理流程). */
  steps: z.array(localizedTextSchema).min(1, 'a guide needs its steps'),
  /** Where else it can be done (other channels). */
  otherChannels: z.array(channelSchema).default([]),
  consultationPhone: phoneNumberSchema.optional(),
  complaintPhone: phoneNumberSchema.optional(),
  /** Anything else a citizen must know (办理须知). */
  notes: z.array(localizedTextSchema).default([]),
});
export type Guide = z.infer<typeof guideSchema>;

export const bookingSchema = z.strictObject({
  /** Where the appointment takes place. */
  place: localizedTextSchema,
  slotMinutes: z.number().int().min(5).max(240),
  /** How many days ahead can be booked (from tomorrow). */
  daysAhead: z.number().int().min(1).max(60),
  /** Working days only. */
  workingDaysOnly: z.boolean().default(true),
});
export type Booking = z.infer<typeof bookingSchema>;

export const paymentSchema = z.strictObject({
  payee: localizedTextSchema,
  /** platform: the bill is looked up from the account or ID; entered: the citizen chooses the amount (e.g. contribution grade). */
  billSource: z.enum(['platform', 'entered']),
  methods: z.array(z.enum(['wechat', 'alipay', 'unionPay', 'socialSecurityCard'])).min(1),
});
export type Payment = z.infer<typeof paymentSchema>;

export const certificationSchema = z.strictObject({
  method: z.literal('face'),
  /** How long a successful certification is valid. */
  validMonths: z.number().int().min(1).max(24),
});

// ————————————————————————————————————————————————————— item

export const itemObjectSchema = z.strictObject({
  code: itemCodeSchema,
  name: localizedTextSchema,
  /** One or two sentences: what the item does, for the start page and search results. */
  summary: localizedTextSchema,
  department: recordIdSchema,
  category: recordIdSchema,
  audience: audienceSchema,
  lifeEvents: z.array(lifeEventSchema).default([]),
  keywords: keywordsSchema.default({ 'zh-CN': [], en: [] }),
  flow: flowKindSchema,
  /** Who must identify: the applicant by ID card or e-ID, or nobody (anonymous lookups and bill payment). */
  identity: z.enum(['required', 'none']).default('required'),
  /** 即办件: decided and, where there is a document, printed on the spot. */
  instant: z.boolean(),
  /** Promised working days for items processed later (承诺办结时限); 0 for instant items. */
  promisedDays: z.number().int().min(0).max(180),
  /** Statutory working days (法定办结时限), when the law sets one. */
  legalDays: z.number().int().min(0).max(365).optional(),
  fee: feeSchema,
  results: z.array(resultDocumentSchema).default([]),
  requiredDevices: z.array(deviceClassSchema).default([]),
  guide: guideSchema,
  situations: z.array(situationSchema).default([]),
  materials: z.array(materialSchema).default([]),
  fields: z.array(formFieldSchema).default([]),
  /** The applicant's overall declaration on the commitment page (apply items). */
  declaration: localizedTextSchema.optional(),
  /** The platform record a print / query / certify item reads, e.g. "socialInsurance.enrolment". */
  platformRecord: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, 'record must look like area.name')
    .optional(),
  booking: bookingSchema.optional(),
  payment: paymentSchema.optional(),
  certification: certificationSchema.optional(),
});

export const itemSchema = itemObjectSchema.superRefine(checkItemReferences);
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;

// ————————————————————————————————————————————————————— packages (一件事)

/** How a package answers one question of a member item: from a package question (values mapped) or fixed. */
export const answerSourceSchema = z.union([
  z.strictObject({
    fromQuestion: localIdSchema,
    /** Package option value → item option value; values not listed pass unchanged. */
    map: z.record(z.string(), localIdSchema).optional(),
  }),
  z.strictObject({ fixed: localIdSchema }),
]);
export type AnswerSource = z.infer<typeof answerSourceSchema>;

export const packageMemberSchema = z.strictObject({
  item: itemCodeSchema,
  /** The member is part of the package only when these package answers hold. */
  when: conditionSchema.optional(),
  /** Every situation question of the member item, answered from the package's own questions. */
  answers: z.record(localIdSchema, answerSourceSchema).default({}),
  /**
   * Materials of this item that another member produces within the package (the business licence from
   * the registration, the marriage certificate from the marriage registration): not asked for when that
   * member is part of the package and `when` holds.
   */
  provided: z
    .array(z.strictObject({ material: localIdSchema, by: itemCodeSchema, when: conditionSchema.optional() }))
    .default([]),
});
export type PackageMember = z.infer<typeof packageMemberSchema>;

/** Fields with different ids in different items that mean the same thing, asked once. */
export const fieldMergeSchema = z.strictObject({
  /** The id of the merged field in the package form. */
  id: localIdSchema,
  fields: z
    .array(z.strictObject({ item: itemCodeSchema, field: localIdSchema }))
    .min(2, 'a merge joins at least two fields'),
});

export const packageSchema = z.strictObject({
  code: packageCodeSchema,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  /** 牵头部门: the department that accepts the one submission. */
  leadDepartment: recordIdSchema,
  audience: audienceSchema,
  lifeEvents: z.array(lifeEventSchema).default([]),
  keywords: keywordsSchema.default({ 'zh-CN': [], en: [] }),
  /** 一次告知: the one notice shown before starting, in paragraphs. */
  notice: z.array(localizedTextSchema).min(1),
  legalBasis: z.array(localizedTextSchema).min(1),
  promisedDays: z.number().int().min(0).max(180),
  situations: z.array(situationSchema).default([]),
  members: z.array(packageMemberSchema).min(2, 'a package joins at least two items'),
  merges: z.array(fieldMergeSchema).default([]),
  declaration: localizedTextSchema,
  consultationPhone: phoneNumberSchema.optional(),
  complaintPhone: phoneNumberSchema.optional(),
});
export type Package = z.infer<typeof packageSchema>;
export type PackageInput = z.input<typeof packageSchema>;

// ————————————————————————————————————————————————————— departments, categories, catalog

export const departmentSchema = z.strictObject({
  id: recordIdSchema,
  /** The prefix of its item codes, e.g. "RS". */
  codePrefix: z.string().regex(/^[A-Z]{2,4}$/),
  name: localizedTextSchema,
  shortName: localizedTextSchema,
  address: localizedTextSchema,
  hours: localizedTextSchema,
  consultationPhone: phoneNumberSchema,
  complaintPhone: phoneNumberSchema,
});
export type Department = z.infer<typeof departmentSchema>;
export type DepartmentInput = z.input<typeof departmentSchema>;

export const categorySchema = z.strictObject({ id: recordIdSchema, name: localizedTextSchema });
export type Category = z.infer<typeof categorySchema>;

export const catalogVersionSchema = z
  .string()
  .regex(/^\d{4}\.\d{2}\.\d{2}(-[0-9A-Za-z.]+)?$/, 'version must look like 2025.06.01 or 2025.06.01-2');

const catalogObjectSchema = z.strictObject({
  version: catalogVersionSchema,
  /** Administrative region the catalog is for (GB/T 2260 code and name). */
  region: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: localizedTextSchema }),
  departments: z.array(departmentSchema).min(1),
  categories: z.array(categorySchema).min(1),
  items: z.array(itemSchema).min(1),
  packages: z.array(packageSchema).default([]),
});
export type CatalogShape = z.output<typeof catalogObjectSchema>;
/**
 * The catalog's structure without the cross-record checks: for replies that carry a catalog already
 * validated (the contract's catalog.get), where re-running every reference check would only cost time.
 * Items still run their own reference checks.
 */
export const catalogShapeSchema = catalogObjectSchema;

export const catalogSchema = catalogObjectSchema.superRefine((catalog, ctx) => {
  for (const problem of catalogReferenceProblems(catalog))
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
});
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogInput = z.input<typeof catalogSchema>;
