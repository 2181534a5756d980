import { type DemoCitizen, demoCitizens } from '../../shared/demo/demo-citizens.js';
import {
  chinaMonth,
  type ELicense,
  lastMonthsPeriod,
  type PersonalRecord,
  type RecordPeriod,
  periodMonths,
  periodText,
  type ShownTable,
} from '../../shared/platform/index.js';
import { chinaIsoDate } from '../../shared/platform/china-time.js';
import { makeUscc } from '../../electron/services/platform/codes.js';

/**
 * Seeded demo data of the embedded platform: e-licenses and records for the demo citizens of
 * shared/demo/demo-citizens.ts and two small businesses. All of it is marked sample and is computed, not
 * stored, so a reset of the platform never loses it and every kiosk shows the same people.
 */
export interface DemoBusiness {
  readonly key: string;
  readonly ownerKey: string;
  readonly name: string;
  readonly kind: '个体工商户' | '有限责任公司';
  readonly creditCode: string;
  readonly address: string;
  readonly scope: string;
  readonly registeredOn: string;
  readonly foodLicenseNumber?: string;
}

export const demoBusinesses: readonly DemoBusiness[] = [
  {
    key: 'jianguo-restaurant',
    ownerKey: 'wang-jianguo',
    name: '阳泉市郊区建国家常菜馆',
    kind: '个体工商户',
    creditCode: makeUscc('92', '140311', 'MA0K3J8P'),
    address: '山西省阳泉市郊区河底镇河底村中街23号',
    scope: '餐饮服务（不含冷食、生食）；食品销售',
    registeredOn: '2019-04-16',
    foodLicenseNumber: 'JY21403110012345',
  },
  {
    key: 'liren-flowers',
    ownerKey: 'zhao-li',
    name: '阳泉市郊区丽人花艺工作室',
    kind: '个体工商户',
    creditCode: makeUscc('92', '140311', 'MA0L7Q2R'),
    address: '山西省阳泉市郊区平坦镇平坦村西街9号',
    scope: '鲜花、绿植零售；花艺设计服务',
    registeredOn: '2023-09-08',
  },
];

const SAMPLE = true;
const iso = (ymd: string) => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;

function license(partial: Omit<ELicense, 'status' | 'sample'> & { status?: ELicense['status'] }): ELicense {
  return { status: 'valid', sample: SAMPLE, ...partial };
}

function personLicenses(c: DemoCitizen): ELicense[] {
  const out: ELicense[] = [
    license({
      licenseType: 'householdRegister',
      licenseNumber: `HJ${c.idNumber.slice(0, 6)}${c.birthDate.slice(2)}`,
      title: '居民户口簿',
      holderName: c.name,
      issuer: '阳泉市公安局郊区分局',
      issuedOn: iso(c.validFrom),
      fields: [
        { label: '姓名', value: c.name },
        { label: '户别', value: '家庭户' },
        { label: '住址', value: c.address },
      ],
    }),
    license({
      licenseType: 'socialSecurityCard',
      licenseNumber: `SB${c.idNumber.slice(6, 14)}${c.idNumber.slice(-2)}`,
      title: '社会保障卡',
      holderName: c.name,
      issuer: '阳泉市人力资源和社会保障局',
      issuedOn: '2017-06-01',
      fields: [
        { label: '姓名', value: c.name },
        { label: '卡类型', value: '第三代社会保障卡' },
      ],
    }),
  ];
  switch (c.key) {
    case 'li-xiuying':
      out.push(
        license({
          licenseType: 'elderlyPreferentialCard',
          licenseNumber: 'LY1403112023000318',
          title: '山西省老年人优待证',
          holderName: c.name,
          issuer: '阳泉市郊区卫生健康和体育局',
          issuedOn: '2023-03-20',
          fields: [{ label: '姓名', value: c.name }],
        }),
        license({
          licenseType: 'realEstateCertificate',
          licenseNumber: '晋(2016)阳泉市郊区不动产权第0002871号',
          title: '不动产权证书',
          holderName: c.name,
          issuer: '阳泉市规划和自然资源局郊区分局',
          issuedOn: '2016-08-11',
          fields: [
            { label: '坐落', value: '郊区荫营镇荫营村东街12号' },
            { label: '用途', value: '住宅' },
            { label: '面积', value: '86.40平方米' },
          ],
        }),
      );
      break;
    case 'zhang-xiaoming':
      out.push(
        license({
          licenseType: 'degreeCertificate',
          licenseNumber: '101121200805003417',
          title: '普通高等学校毕业证书',
          holderName: c.name,
          issuer: '太原理工大学',
          issuedOn: '2008-07-01',
          fields: [
            { label: '专业', value: '机械设计制造及其自动化' },
            { label: '层次', value: '本科' },
          ],
        }),
        license({
          licenseType: 'realEstateCertificate',
          licenseNumber: '晋(2020)阳泉市郊区不动产权第0011536号',
          title: '不动产权证书',
          holderName: c.name,
          issuer: '阳泉市规划和自然资源局郊区分局',
          issuedOn: '2020-11-03',
          fields: [
            { label: '坐落', value: '郊区义井镇义井村南街8号3单元502室' },
            { label: '用途', value: '住宅' },
            { label: '面积', value: '112.35平方米' },
          ],
        }),
      );
      break;
    case 'zhao-li':
      out.push(
        license({
          licenseType: 'marriageCertificate',
          licenseNumber: 'J140311-2025-000562',
          title: '结婚证',
          holderName: c.name,
          issuer: '阳泉市郊区民政局',
          issuedOn: '2025-10-18',
          fields: [
            { label: '持证人', value: c.name },
            { label: '登记日期', value: '2025年10月18日' },
          ],
        }),
      );
      break;
    case 'liu-zhiqiang':
      out.push(
        license({
          licenseType: 'veteranDischargeCertificate',
          licenseNumber: 'TY1403110000427',
          title: '中华人民共和国退役军人证',
          holderName: c.name,
          issuer: '阳泉市郊区退役军人事务局',
          issuedOn: '2025-12-02',
          fields: [
            { label: '姓名', value: c.name },
            { label: '退役时间', value: '2025年11月' },
          ],
        }),
      );
      break;
    case 'chen-siyu':
      out.push(
        license({
          licenseType: 'degreeCertificate',
          licenseNumber: '101121202505001928',
          title: '普通高等学校毕业证书',
          holderName: c.name,
          issuer: '山西大学',
          issuedOn: '2025-06-30',
          fields: [
            { label: '专业', value: '汉语言文学' },
            { label: '层次', value: '本科' },
          ],
        }),
      );
      break;
    default:
      break;
  }
  return out;
}

function businessLicenses(b: DemoBusiness, owner: DemoCitizen): ELicense[] {
  const out: ELicense[] = [
    license({
      licenseType: 'businessLicense',
      licenseNumber: b.creditCode,
      title: '营业执照',
      holderName: b.name,
      issuer: '阳泉市郊区市场监督管理局',
      issuedOn: b.registeredOn,
      fields: [
        { label: '统一社会信用代码', value: b.creditCode },
        { label: '名称', value: b.name },
        { label: '类型', value: b.kind },
        { label: '经营者', value: owner.name },
        { label: '经营场所', value: b.address },
        { label: '经营范围', value: b.scope },
        { label: '注册日期', value: b.registeredOn },
      ],
    }),
  ];
  if (b.foodLicenseNumber) {
    out.push(
      license({
        licenseType: 'foodBusinessLicense',
        licenseNumber: b.foodLicenseNumber,
        title: '食品经营许可证',
        holderName: b.name,
        issuer: '阳泉市郊区市场监督管理局',
        issuedOn: '2021-05-10',
        validUntil: '2026-05-09',
        fields: [
          { label: '经营者名称', value: b.name },
          { label: '社会信用代码', value: b.creditCode },
          { label: '经营场所', value: b.address },
          { label: '主体业态', value: '餐饮服务经营者（小型餐馆）' },
          { label: '经营项目', value: '热食类食品制售' },
        ],
      }),
    );
  }
  return out;
}

export function demoCitizenByIdNumber(idNumber: string): DemoCitizen | undefined {
  return demoCitizens.find((c) => c.idNumber === idNumber.toUpperCase());
}

export function businessesOf(citizen: DemoCitizen): DemoBusiness[] {
  return demoBusinesses.filter((b) => b.ownerKey === citizen.key);
}

/** Every e-license the demo platform holds for a person and the businesses they run. */
export function demoLicenses(idNumber: string, asOfMs: number): ELicense[] {
  const citizen = demoCitizenByIdNumber(idNumber);
  if (!citizen) return [];
  const today = chinaIsoDate(asOfMs);
  return [...personLicenses(citizen), ...businessesOf(citizen).flatMap((b) => businessLicenses(b, citizen))].map((l) =>
    l.validUntil && l.validUntil < today ? { ...l, status: 'expired' as const } : l,
  );
}

const yuan = (n: number) => n.toFixed(2);
/** "3,905.12" with its currency, as the platform writes an amount in each language. */
const money = (text: string) => ({ zh: `${text}元`, en: `${text} yuan` });

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-06" → "Jun 2025". */
const monthEn = (m: string) => `${MONTHS_EN[Number(m.slice(5, 7)) - 1] ?? ''} ${m.slice(0, 4)}`;
/** The English of periodText: "Dec 2025 – Nov 2026". */
function periodTextEn(period: RecordPeriod): string {
  return period.from === period.to ? monthEn(period.from) : `${monthEn(period.from)} – ${monthEn(period.to)}`;
}

/** A summary row with its English (value English only where the value is words, not a name or a number). */
function row(
  label: string,
  labelEn: string,
  value: string,
  valueEn?: string,
): { label: string; labelEn: string; value: string; valueEn?: string } {
  return valueEn === undefined ? { label, labelEn, value } : { label, labelEn, value, valueEn };
}

/** Departments of the demo records, in both languages. */
const departments = {
  socialInsurance: {
    department: '阳泉市社会保险中心郊区分中心',
    departmentEn: 'Jiaoqu Branch of the Yangquan Social Insurance Center',
  },
  medical: {
    department: '阳泉市医疗保障局郊区分局',
    departmentEn: 'Jiaoqu Branch of the Yangquan Medical Security Bureau',
  },
  housingFund: {
    department: '阳泉市住房公积金管理中心郊区管理部',
    departmentEn: 'Jiaoqu Office of the Yangquan Housing Provident Fund Management Center',
  },
  tax: {
    department: '国家税务总局阳泉市郊区税务局',
    departmentEn: 'Jiaoqu District Taxation Bureau, State Taxation Administration',
  },
  realEstate: {
    department: '阳泉市不动产登记中心郊区分中心',
    departmentEn: 'Jiaoqu Branch of the Yangquan Real Estate Registration Center',
  },
  police: { department: '阳泉市公安局郊区分局', departmentEn: 'Jiaoqu Branch of the Yangquan Public Security Bureau' },
  market: {
    department: '阳泉市郊区市场监督管理局',
    departmentEn: 'Market Regulation Administration of Jiaoqu District',
  },
  approval: {
    department: '阳泉市郊区行政审批服务管理局',
    departmentEn: 'Administrative Approval Service Bureau of Jiaoqu District',
  },
  disease: {
    department: '阳泉市郊区疾病预防控制中心',
    departmentEn: 'Jiaoqu District Center for Disease Control and Prevention',
  },
  hall: { department: '阳泉市郊区政务服务中心', departmentEn: 'Jiaoqu District Government Service Center, Yangquan' },
} as const;

interface Employment {
  readonly employer: string;
  readonly employerEn: string;
  readonly base: number;
  readonly since: string;
}

const employment: Readonly<Record<string, Employment>> = {
  'zhang-xiaoming': {
    employer: '阳泉市晋阳机械制造有限公司',
    employerEn: 'Yangquan Jinyang Machinery Co., Ltd.',
    base: 5680,
    since: '2009-07',
  },
  'wang-jianguo': {
    employer: '灵活就业人员（个体工商户）',
    employerEn: 'Flexible employment (sole proprietor)',
    base: 4120,
    since: '2012-03',
  },
  'liu-zhiqiang': {
    employer: '阳泉市郊区退役军人事务局（接续）',
    employerEn: 'Jiaoqu Veterans Affairs Bureau (continued)',
    base: 4120,
    since: '2025-12',
  },
};

/**
 * What the citizen chose that shapes a record: the period it covers (undefined: the record's default, the last
 * 12 whole months) and the answers that pick its kind (certificateKind, content).
 */
export interface RecordShape {
  readonly period?: RecordPeriod;
  readonly answers?: Readonly<Record<string, string>>;
}

/** The whole months of the period that have records: not the current month, which is not yet settled. */
function settledMonths(period: RecordPeriod, asOfMs: number): string[] {
  const current = chinaMonth(asOfMs);
  return periodMonths(period).filter((m) => m < current);
}

const answer = (shape: RecordShape, id: string) =>
  shape.answers && Object.hasOwn(shape.answers, id) ? shape.answers[id] : undefined;

/** 参保证明 for 基本养老保险 only (certificateKind = pensionOnly), else for every insurance. */
export function socialInsuranceTitle(shape: RecordShape): string {
  return answer(shape, 'certificateKind') === 'pensionOnly' ? '基本养老保险个人参保证明' : '社会保险个人参保证明';
}

function socialInsuranceTitleEn(shape: RecordShape): string {
  return answer(shape, 'certificateKind') === 'pensionOnly'
    ? 'Basic pension insurance enrolment certificate'
    : 'Social insurance enrolment certificate';
}

function socialInsurance(c: DemoCitizen, asOfMs: number, shape: RecordShape = {}): RecordBody {
  const pensionOnly = answer(shape, 'certificateKind') === 'pensionOnly';
  const period = shape.period ?? lastMonthsPeriod(asOfMs, 12);
  const base = {
    title: socialInsuranceTitle(shape),
    titleEn: socialInsuranceTitleEn(shape),
    ...departments.socialInsurance,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  const periodRow = row('缴费期间', 'Contribution period', periodText(period), periodTextEn(period));
  if (c.key === 'li-xiuying') {
    const pension = money('3,186.50');
    return {
      ...base,
      summary: [
        row('参保险种', 'Insurance', '企业职工基本养老保险', "Employees' basic pension insurance"),
        row('参保状态', 'Status', '退休（领取待遇）', 'Retired (receiving a pension)'),
        row('首次参保', 'First enrolled', '1978年09月', 'Sep 1978'),
        row('累计缴费月数', 'Months contributed', '414个月', '414 months'),
        row('退休时间', 'Retired', '2013年03月', 'Mar 2013'),
        row('月基本养老金', 'Monthly basic pension', pension.zh, pension.en),
        periodRow,
        row(
          '期间缴费',
          'Contributions in the period',
          '已退休，期间内无缴费',
          'Retired: no contributions in the period',
        ),
      ],
    };
  }
  const job = employment[c.key];
  if (!job) {
    return {
      ...base,
      summary: [periodRow, row('参保状态', 'Status', '暂无参保缴费记录', 'No enrolment or contributions on record')],
    };
  }
  const months = settledMonths(period, asOfMs).filter((m) => m >= job.since);
  const flexible = c.key === 'wang-jianguo';
  // Contribution rates of the demo: pension 16% + 8%; all five insurances add medical, unemployment, injury, maternity.
  const unitRate = flexible ? 0 : pensionOnly ? 0.16 : 0.16 + 0.08 + 0.007 + 0.004 + 0.008;
  const personalRate = flexible ? 0.2 : pensionOnly ? 0.08 : 0.08 + 0.02 + 0.003;
  const rows = months.map((m) => [
    m,
    job.employer.slice(0, 30),
    yuan(job.base),
    flexible ? '—' : yuan(job.base * unitRate),
    yuan(job.base * personalRate),
    '已到账',
  ]);
  const rowsEn = rows.map(([m, , ...amounts]) => [m ?? '', job.employerEn, ...amounts.slice(0, 3), 'Received']);
  const table: ShownTable = {
    columns: ['缴费年月', '缴费单位', '缴费基数', '单位缴纳', '个人缴纳', '状态'],
    columnsEn: ['Month', 'Paid by', 'Base', 'Employer share', 'Personal share', 'Status'],
    rows,
    rowsEn,
  };
  return {
    ...base,
    summary: [
      row(
        '参保险种',
        'Insurance',
        flexible
          ? '企业职工基本养老保险（灵活就业）'
          : pensionOnly
            ? '企业职工基本养老保险'
            : '养老、医疗、失业、工伤、生育保险',
        flexible
          ? "Employees' basic pension insurance (flexible employment)"
          : pensionOnly
            ? "Employees' basic pension insurance"
            : 'Pension, medical, unemployment, work injury and maternity insurance',
      ),
      // Status with first enrolment, and the period with its count: a year of months still fits on one page with the seal.
      row(
        '参保状态',
        'Status',
        `正常参保缴费（${job.since.replace('-', '年')}月首次参保）`,
        `Enrolled and contributing (first enrolled ${monthEn(job.since)})`,
      ),
      row('当前缴费单位', 'Current employer', job.employer, job.employerEn),
      row(
        '缴费期间',
        'Contribution period',
        `${periodText(period)}（缴费${rows.length}个月）`,
        `${periodTextEn(period)} (${rows.length} months paid)`,
      ),
    ],
    ...(rows.length > 0 ? { table } : {}),
  };
}

function medicalInsurance(c: DemoCitizen, asOfMs: number): RecordBody {
  const job = employment[c.key];
  const retired = c.key === 'li-xiuying';
  const resident = !job && !retired;
  const balance = resident ? { zh: '—', en: '—' } : money(retired ? '2,416.80' : '3,905.12');
  return {
    title: '医疗保障参保凭证',
    titleEn: 'Medical insurance enrolment record',
    ...departments.medical,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
    summary: [
      row(
        '险种',
        'Insurance',
        resident ? '城乡居民基本医疗保险' : '职工基本医疗保险',
        resident ? "Residents' basic medical insurance" : "Employees' basic medical insurance",
      ),
      row(
        '人员类别',
        'Category',
        retired ? '退休人员' : resident ? '城乡居民' : '在职人员',
        retired ? 'Retired' : resident ? 'Urban or rural resident' : 'Employed',
      ),
      row('参保状态', 'Status', '参保缴费', 'Enrolled and contributing'),
      row('参保地', 'Insured in', '山西省阳泉市郊区', 'Jiaoqu District, Yangquan, Shanxi'),
      row('个人账户余额', 'Personal account balance', balance.zh, balance.en),
    ],
  };
}

function housingFund(c: DemoCitizen, asOfMs: number, shape: RecordShape = {}): RecordBody {
  const base = {
    title: '住房公积金缴存证明',
    titleEn: 'Housing provident fund contribution certificate',
    ...departments.housingFund,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  if (c.key !== 'zhang-xiaoming') {
    const retired = c.key === 'li-xiuying';
    return {
      ...base,
      summary: [
        row(
          '账户状态',
          'Account status',
          retired ? '已销户（2013年退休提取）' : '未开立住房公积金账户',
          retired ? 'Closed (withdrawn on retirement in 2013)' : 'No housing provident fund account',
        ),
      ],
    };
  }
  const monthly = 5680 * 0.12;
  const summary = [
    row('个人账号', 'Account number', '140311******3417', '140311******3417'),
    row('账户状态', 'Account status', '正常缴存', 'Contributing'),
    row('缴存基数', 'Contribution base', money('5,680.00').zh, money('5,680.00').en),
    row('缴存比例', 'Contribution rate', '单位12%  个人12%', 'Employer 12%, personal 12%'),
    row('账户余额', 'Balance', money('61,352.40').zh, money('61,352.40').en),
    row('贷款情况', 'Loan', '公积金贷款正常还款中', 'Provident fund loan, repaying normally'),
  ];
  // 缴存状态 only (content = status): no monthly details.
  if (answer(shape, 'content') === 'status') return { ...base, summary };
  const period = shape.period ?? lastMonthsPeriod(asOfMs, 12);
  const months = settledMonths(period, asOfMs).filter((m) => m >= '2014-07');
  const rows = months.map((m) => [
    m,
    '阳泉市晋阳机械制造有限公司',
    yuan(monthly),
    yuan(monthly),
    yuan(monthly * 2),
    '正常',
  ]);
  const rowsEn = months.map((m) => [
    m,
    'Yangquan Jinyang Machinery Co., Ltd.',
    yuan(monthly),
    yuan(monthly),
    yuan(monthly * 2),
    'Normal',
  ]);
  return {
    ...base,
    summary: [...summary, row('缴存期间', 'Contribution period', periodText(period), periodTextEn(period))],
    ...(rows.length > 0
      ? {
          table: {
            columns: ['缴存年月', '缴存单位', '单位缴存', '个人缴存', '合计', '状态'],
            columnsEn: ['Month', 'Employer', 'Employer share', 'Personal share', 'Total', 'Status'],
            rows,
            rowsEn,
          },
        }
      : {}),
  };
}

function tax(c: DemoCitizen, asOfMs: number, shape: RecordShape = {}): RecordBody {
  const base = {
    title: '个人所得税纳税记录',
    titleEn: 'Individual income tax record',
    ...departments.tax,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  const period = shape.period ?? lastMonthsPeriod(asOfMs, 12);
  const periodRow = row('记录期间', 'Period', periodText(period), periodTextEn(period));
  if (c.key === 'zhang-xiaoming') {
    const months = settledMonths(period, asOfMs).filter((m) => m >= '2009-07');
    const rows = months.map((m) => [m, '工资薪金所得', '8,200.00', '46.50', '阳泉市晋阳机械制造有限公司']);
    const rowsEn = months.map((m) => [
      m,
      'Wages and salaries',
      '8,200.00',
      '46.50',
      'Yangquan Jinyang Machinery Co., Ltd.',
    ]);
    return {
      ...base,
      summary: [
        row('纳税人识别号', 'Taxpayer number', '1403************17', '1403************17'),
        row(
          '记录期间',
          'Period',
          `${periodText(period)}（${rows.length}条）`,
          `${periodTextEn(period)} (${rows.length} entries)`,
        ),
      ],
      ...(rows.length > 0
        ? {
            table: {
              columns: ['所属期', '所得项目', '收入额', '实缴税额', '扣缴义务人'],
              columnsEn: ['Month', 'Kind of income', 'Income', 'Tax paid', 'Withheld by'],
              rows,
              rowsEn,
            },
          }
        : {}),
    };
  }
  if (c.key === 'wang-jianguo') {
    return {
      ...base,
      summary: [
        row('纳税人识别号', 'Taxpayer number', '1403************32', '1403************32'),
        row(
          '经营所得',
          'Business income',
          '个体工商户定期定额征收，月销售额未达起征点',
          'Sole proprietor taxed at a fixed quota; monthly sales below the tax threshold',
        ),
        periodRow,
      ],
    };
  }
  return {
    ...base,
    summary: [
      periodRow,
      row('纳税记录', 'Tax record', '无个人所得税缴纳记录', 'No individual income tax paid on record'),
    ],
  };
}

function realEstate(c: DemoCitizen, asOfMs: number): RecordBody {
  const base = {
    title: '不动产登记信息查询结果证明',
    titleEn: 'Real estate registration search result',
    ...departments.realEstate,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  const owned: Record<string, string[][]> = {
    'li-xiuying': [['晋(2016)阳泉市郊区不动产权第0002871号', '郊区荫营镇荫营村东街12号', '住宅', '86.40', '无']],
    'zhang-xiaoming': [
      ['晋(2020)阳泉市郊区不动产权第0011536号', '郊区义井镇义井村南街8号3单元502室', '住宅', '112.35', '抵押'],
    ],
    'wang-jianguo': [['晋(2018)阳泉市郊区不动产权第0007204号', '郊区河底镇河底村中街21号', '住宅', '95.10', '无']],
  };
  const rows = owned[c.key] ?? [];
  const words: Readonly<Record<string, string>> = { 住宅: 'Residential', 无: 'None', 抵押: 'Mortgaged' };
  // Certificate numbers and addresses stay as registered; the words around them are translated.
  const rowsEn = rows.map((r) => r.map((cell) => words[cell] ?? cell));
  return {
    ...base,
    summary: [
      row('查询范围', 'Searched in', '阳泉市郊区', 'Jiaoqu District, Yangquan'),
      row(
        '查询结果',
        'Result',
        rows.length > 0 ? `登记有不动产${rows.length}处` : '未查询到该权利人名下的不动产登记信息（无房）',
        rows.length > 0
          ? `${rows.length} registered ${rows.length === 1 ? 'property' : 'properties'}`
          : 'No real estate is registered to this person (no home owned)',
      ),
    ],
    ...(rows.length > 0
      ? {
          table: {
            columns: ['不动产权证号', '坐落', '用途', '面积（平方米）', '抵押/查封'],
            columnsEn: ['Certificate number', 'Location', 'Use', 'Area (m²)', 'Mortgage or seizure'],
            rows,
            rowsEn,
          },
        }
      : {}),
  };
}

function household(c: DemoCitizen, asOfMs: number): RecordBody {
  return {
    title: '户口登记信息证明',
    titleEn: 'Household registration record',
    ...departments.police,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
    summary: [
      row('姓名', 'Name', c.name),
      row('性别', 'Sex', c.gender, c.gender === '女' ? 'Female' : c.gender === '男' ? 'Male' : undefined),
      row('民族', 'Ethnic group', c.nation, c.nation === '汉' || c.nation === '汉族' ? 'Han' : undefined),
      row(
        '出生日期',
        'Date of birth',
        `${c.birthDate.slice(0, 4)}年${c.birthDate.slice(4, 6)}月${c.birthDate.slice(6)}日`,
        `${c.birthDate.slice(0, 4)}-${c.birthDate.slice(4, 6)}-${c.birthDate.slice(6)}`,
      ),
      // An address is shown as registered, in Chinese.
      row('户籍地址', 'Registered address', c.address),
      row(
        '与户主关系',
        'Relation to head of household',
        c.key === 'zhao-li' || c.key === 'chen-siyu' ? '女' : '户主',
        c.key === 'zhao-li' || c.key === 'chen-siyu' ? 'Daughter' : 'Head of household',
      ),
    ],
  };
}

type RecordBody = Omit<PersonalRecord, 'record'>;
type RecordBuilder = (c: DemoCitizen, asOfMs: number, shape?: RecordShape) => RecordBody;

function pensionEligibility(c: DemoCitizen, asOfMs: number): RecordBody {
  const retired = c.key === 'li-xiuying';
  return {
    title: '养老保险待遇领取资格认证信息',
    titleEn: 'Pension eligibility certification',
    ...departments.socialInsurance,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
    summary: retired
      ? [
          row('待遇类别', 'Benefit', '企业职工基本养老金', "Employees' basic pension"),
          row('上次认证', 'Last certified', '2025年03月12日（人脸识别）', '2025-03-12 (face recognition)'),
          row('认证有效期至', 'Valid until', '2026年03月11日', '2026-03-11'),
        ]
      : [row('认证状态', 'Status', '未领取养老保险待遇，无需认证', 'Not receiving a pension: no certification needed')],
  };
}

function paymentCertificate(c: DemoCitizen, asOfMs: number, shape: RecordShape = {}): RecordBody {
  return {
    ...tax(c, asOfMs, shape),
    title: '中华人民共和国税收完税证明',
    titleEn: 'Tax payment certificate of the P.R. China',
  };
}

function nothingOnRecord(
  title: { title: string; titleEn: string },
  department: { department: string; departmentEn: string },
): RecordBuilder {
  return (c, asOfMs) => ({
    ...title,
    ...department,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
    summary: [row('查询结果', 'Result', '暂无相关记录', 'Nothing on record')],
  });
}

function businessLicenseRecord(c: DemoCitizen, asOfMs: number): RecordBody {
  const business = businessesOf(c)[0];
  const base = {
    title: '营业执照',
    titleEn: 'Business license',
    ...departments.market,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  if (!business)
    return {
      ...base,
      summary: [
        row(
          '查询结果',
          'Result',
          '未查询到以本人为经营者或法定代表人的市场主体',
          'No business is registered with this person as operator or legal representative',
        ),
      ],
    };
  const license = businessLicenses(business, c)[0];
  const labelsEn: Readonly<Record<string, string>> = {
    统一社会信用代码: 'Unified social credit code',
    名称: 'Name',
    类型: 'Type',
    经营者: 'Operator',
    经营场所: 'Premises',
    经营范围: 'Business scope',
    注册日期: 'Registered on',
  };
  const valuesEn: Readonly<Record<string, string>> = {
    个体工商户: 'Sole proprietorship',
    有限责任公司: 'Limited liability company',
    [business.registeredOn]: business.registeredOn,
    [business.creditCode]: business.creditCode,
  };
  const summary = (license?.fields ?? []).map((f) =>
    row(f.label, labelsEn[f.label] ?? f.label, f.value, valuesEn[f.value]),
  );
  return { ...base, holderName: business.name, summary };
}

function licenseHoldings(c: DemoCitizen, asOfMs: number): RecordBody {
  const licenses = demoLicenses(c.idNumber, asOfMs);
  return {
    title: '电子证照目录',
    titleEn: 'E-licenses held',
    ...departments.approval,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
    summary: [row('证照数量', 'Number of licenses', `${licenses.length}项`, String(licenses.length))],
    table: {
      columns: ['证照名称', '证照编号', '持证主体', '发证机关', '状态'],
      columnsEn: ['License', 'Number', 'Holder', 'Issued by', 'Status'],
      rows: licenses.map((l) => [
        l.title,
        l.licenseNumber.slice(0, 100),
        l.holderName,
        l.issuer,
        l.status === 'valid' ? '有效' : l.status === 'expired' ? '已过期' : '已注销',
      ]),
      // Titles and issuers are the licenses' own names, shown as issued; the status is translated.
      rowsEn: licenses.map((l) => [
        l.title,
        l.licenseNumber.slice(0, 100),
        l.holderName,
        l.issuer,
        l.status === 'valid' ? 'Valid' : l.status === 'expired' ? 'Expired' : 'Revoked',
      ]),
    },
  };
}

function healthCertificate(c: DemoCitizen, asOfMs: number): RecordBody {
  const base = {
    title: '食品从业人员健康证明',
    titleEn: 'Food handler health certificate',
    ...departments.disease,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  if (c.key !== 'wang-jianguo')
    return {
      ...base,
      summary: [
        row('查询结果', 'Result', '未查询到有效的从业人员健康证明', 'No valid food handler health certificate found'),
      ],
    };
  return {
    ...base,
    summary: [
      row('姓名', 'Name', c.name),
      row('从业类别', 'Work', '餐饮服务', 'Catering'),
      row('体检日期', 'Examined on', '2025年08月20日', '2025-08-20'),
      row('体检结论', 'Result', '合格', 'Fit to work'),
      row('有效期至', 'Valid until', '2026年08月19日', '2026-08-19'),
    ],
  };
}

function loanProgress(c: DemoCitizen, asOfMs: number): RecordBody {
  const base = {
    title: '住房公积金贷款办理进度',
    titleEn: 'Housing provident fund loan progress',
    ...departments.housingFund,
    holderName: c.name,
    asOf: new Date(asOfMs).toISOString(),
    sample: SAMPLE,
  };
  if (c.key !== 'zhang-xiaoming')
    return {
      ...base,
      summary: [row('查询结果', 'Result', '无住房公积金贷款申请', 'No provident fund loan application')],
    };
  return {
    ...base,
    summary: [
      row('贷款状态', 'Loan status', '已放款，正常还款', 'Paid out, repaying normally'),
      row('贷款金额', 'Loan amount', money('400,000.00').zh, money('400,000.00').en),
      row('贷款期限', 'Term', '240个月', '240 months'),
      row('剩余本金', 'Principal outstanding', money('318,664.27').zh, money('318,664.27').en),
    ],
  };
}

/** Records by full name first, then by area ("socialInsurance.*"). */
const byName: Readonly<Record<string, RecordBuilder>> = {
  'socialInsurance.pensionEligibility': pensionEligibility,
  'tax.paymentRecords': paymentCertificate,
  'publicSecurity.householdRegistration': household,
  'marketEntity.businessLicense': businessLicenseRecord,
  'eLicense.holdings': licenseHoldings,
  'health.employeeHealthCertificate': healthCertificate,
  'housingFund.loanProgress': loanProgress,
  'realEstate.caseProgress': nothingOnRecord(
    { title: '不动产登记办理进度', titleEn: 'Real estate registration progress' },
    departments.realEstate,
  ),
};
const byArea: Readonly<Record<string, RecordBuilder>> = {
  socialInsurance,
  medicalInsurance,
  medicalSecurity: medicalInsurance,
  housingFund,
  tax,
  realEstate,
};

/**
 * The record a print or query item reads, for a demo person, covering the chosen period and kind (shape);
 * any other record name answers "nothing on record".
 */
export function demoRecord(
  idNumber: string,
  record: string,
  asOfMs: number,
  shape: RecordShape = {},
): PersonalRecord | undefined {
  const citizen = demoCitizenByIdNumber(idNumber);
  if (!citizen) return undefined;
  const area = record.split('.')[0] ?? '';
  const build =
    byName[record] ??
    byArea[area] ??
    nothingOnRecord({ title: '信息查询结果', titleEn: 'Search result' }, departments.hall);
  return { record, ...build(citizen, asOfMs, shape) };
}
