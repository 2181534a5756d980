import { randomUUID } from 'node:crypto';
import { type DemoCitizen, findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import { type CatalogLookup, staticCatalogLookup, type SubmissionInput } from '../../shared/platform/index.js';

/**
 * A small fixed catalog and application builders for tests, demos and the reference server's smoke runs.
 * Tests use it instead of the full catalog (shared/catalog) so they do not change when its content does.
 */
const market = { 'zh-CN': '阳泉市郊区市场监督管理局', en: 'Market Regulation Bureau, Jiaoqu District' } as const;

export const fixtureCatalog: CatalogLookup = staticCatalogLookup(
  'fixture-1',
  [
    {
      code: 'SCJG-SPXJYDBA',
      name: { 'zh-CN': '食品小经营店备案', en: 'Small food shop filing' },
      department: market,
      flow: 'apply',
      instant: true,
      certificateTitle: '食品小经营店备案证',
      certificateValidYears: 5,
      certificateLicenseType: 'foodBusinessRecord',
      consultationPhone: '0353-5110646',
      materialNames: {
        businessLicense: '营业执照',
        hygieneCommitment: '食品安全承诺书',
        layoutPlan: '经营场所平面布局图',
      },
      fields: {
        shopName: { label: '店铺名称' },
        shopAddress: { label: '经营场所' },
        foodCategory: { label: '经营项目', options: { catering: '热食类食品制售', retail: '预包装食品销售' } },
        area: { label: '经营面积（平方米）' },
        contactPhone: { label: '联系电话', personal: true },
      },
    },
    {
      code: 'SCJG-GTGSHSL',
      name: { 'zh-CN': '个体工商户设立登记', en: 'Sole proprietor registration' },
      department: market,
      flow: 'apply',
      instant: false,
      timeLimitDays: 3,
    },
    {
      code: 'GA-WFZJLZM',
      name: { 'zh-CN': '无犯罪记录证明申请', en: 'Certificate of no criminal record' },
      department: { 'zh-CN': '阳泉市公安局郊区分局', en: 'Jiaoqu Branch, Yangquan Public Security Bureau' },
      flow: 'apply',
      instant: false,
      timeLimitDays: 3,
      consultationPhone: '0353-5110688',
      materialNames: { photo: '近期免冠照片' },
    },
    {
      code: 'RS-SBCBZM',
      name: { 'zh-CN': '社会保险个人参保证明打印', en: 'Print social insurance certificate' },
      department: { 'zh-CN': '阳泉市社会保险中心郊区分中心', en: 'Social Insurance Center, Jiaoqu' },
      flow: 'print',
      instant: true,
      platformRecord: 'socialInsurance.enrolment',
    },
    {
      code: 'MZ-HYDJYY',
      name: { 'zh-CN': '婚姻登记预约', en: 'Marriage registration appointment' },
      department: { 'zh-CN': '阳泉市郊区民政局', en: 'Civil Affairs Bureau, Jiaoqu' },
      flow: 'book',
      instant: true,
    },
    {
      code: 'BM-SFJN',
      name: { 'zh-CN': '水费缴纳', en: 'Pay the water bill' },
      department: { 'zh-CN': '阳泉市供水公司', en: 'Yangquan Water Supply' },
      flow: 'pay',
      instant: true,
    },
  ],
  [
    {
      code: 'YJS-KCYD',
      name: { 'zh-CN': '开餐饮店一件事', en: 'Open a restaurant' },
      department: market,
      itemCodes: ['SCJG-GTGSHSL', 'SCJG-SPXJYDBA'],
      timeLimitDays: 5,
    },
  ],
);

export function demoCitizen(key: string): DemoCitizen {
  const citizen = findDemoCitizen(key);
  if (!citizen) throw new Error(`no demo citizen ${key}`);
  return citizen;
}

/** 王建国 files his restaurant's food shop filing (instant, certificate printed on the spot). */
export function foodShopFiling(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  const c = demoCitizen('wang-jianguo');
  return {
    idempotencyKey: randomUUID(),
    kioskId: 'DEMO-0001',
    localAcceptanceNumber: 'DEMO-0001-20260115-0001',
    queryCode: '7K3Q-M2XD-94PA',
    target: { kind: 'item', itemCode: 'SCJG-SPXJYDBA' },
    submittedAt: '2026-01-15T02:30:00.000Z',
    applicant: {
      name: c.name,
      idNumber: c.idNumber,
      phone: c.phone,
      identifiedBy: 'idCard',
      business: { name: '阳泉市郊区建国家常菜馆' },
    },
    situationAnswers: { hasPremises: true },
    // No image (scan or signature): an application naming one must have it uploaded first (attachment tests).
    materials: [
      {
        materialId: 'businessLicense',
        satisfiedBy: 'eLicense',
        licenseType: 'businessLicense',
        licenseNumber: '92140311MA0K3J8P1T',
      },
    ],
    form: {
      shopName: '建国家常菜馆',
      shopAddress: '山西省阳泉市郊区河底镇河底村中街23号',
      foodCategory: ['catering'],
      area: 45,
      contactPhone: c.phone,
    },
    ...overrides,
  };
}

/** A non-instant application that goes through review. */
export function noCriminalRecordApplication(
  citizenKey = 'chen-siyu',
  overrides: Partial<SubmissionInput> = {},
): SubmissionInput {
  const c = demoCitizen(citizenKey);
  return {
    idempotencyKey: randomUUID(),
    kioskId: 'DEMO-0001',
    localAcceptanceNumber: 'DEMO-0001-20260115-0002',
    queryCode: 'M2XD-94PA-7K3Q',
    target: { kind: 'item', itemCode: 'GA-WFZJLZM' },
    submittedAt: '2026-01-15T02:40:00.000Z',
    applicant: { name: c.name, idNumber: c.idNumber, phone: c.phone, identifiedBy: 'idCard' },
    situationAnswers: { purpose: 'employment' },
    materials: [],
    form: { purpose: '就业', receiveBy: '自助打印' },
    ...overrides,
  };
}

/**
 * 赵丽 applies for the 婚育一件事 package (YJS-003 of the bundled catalog: 婚姻登记预约 + 生育登记, both
 * instant) as one submission, with the merged form of the package (each field asked once).
 */
export function marriageBirthPackage(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  const c = demoCitizen('zhao-li');
  const spouse = demoCitizen('zhang-xiaoming');
  return {
    idempotencyKey: randomUUID(),
    kioskId: 'DEMO-0001',
    localAcceptanceNumber: 'DEMO-0001-20260115-0003',
    queryCode: '94PA-7K3Q-M2XD',
    target: { kind: 'package', packageCode: 'YJS-003' },
    submittedAt: '2026-01-15T02:30:00.000Z',
    applicant: { name: c.name, idNumber: c.idNumber, phone: c.phone, identifiedBy: 'idCard' },
    situationAnswers: { married: 'no', hukouLocal: 'yes', stage: 'pregnant' },
    materials: [{ materialId: 'idCard', satisfiedBy: 'later' }],
    form: {
      spouseName: spouse.name,
      spouseIdNumber: spouse.idNumber,
      mobile: c.phone,
      childOrder: 'first',
      dueDate: '2026-09-01',
      residenceAddress: '郊区平坦镇',
    },
    ...overrides,
  };
}
