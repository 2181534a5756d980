import type { ItemInput } from '../schema.js';
import { acceptanceReceipt, applicantFields, hallChannel, idCardMaterial, t, truthfulDeclaration } from './common.js';

/** 公积金: 阳泉市住房公积金管理中心郊区管理部. Codes GJJ-001…. */
const dept = t(
  '阳泉市住房公积金管理中心郊区管理部',
  'Jiaoqu Office of the Yangquan Housing Provident Fund Management Center',
);
const fundRegulation = t('《住房公积金管理条例》', 'Regulations on the Administration of Housing Provident Funds');
const fundApp = {
  kind: 'app' as const,
  name: t('阳泉住房公积金 App、“三晋通”App', 'Yangquan Housing Fund app, Sanjintong app'),
};
const fundHotline = '12329';

export const housingFundItems: ItemInput[] = [
  {
    code: 'GJJ-001',
    name: t('住房公积金缴存证明打印', 'Print a housing provident fund certificate'),
    summary: t(
      '打印本人住房公积金缴存证明或近 12 个月缴存明细，用于贷款、购房资格审核等。',
      'Print proof of your housing fund contributions or the last 12 months of them, for loans or home-purchase checks.',
    ),
    department: 'housingFund',
    category: 'housingFund',
    audience: 'citizen',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['公积金证明', '缴存证明', '公积金打印', '公积金明细'],
      en: ['housing fund certificate', 'provident fund proof'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'depositCertificate',
        name: t('住房公积金缴存证明', 'Housing provident fund certificate'),
        kind: 'printout',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'housingFund.depositCertificate',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        fundRegulation,
        t(
          '《住房公积金管理条例》第三十二条',
          'Regulations on the Administration of Housing Provident Funds, Article 32',
        ),
      ],
      conditions: [
        t('在阳泉市缴存住房公积金的职工本人', 'Employees contributing to the housing fund in Yangquan, in person'),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择证明内容', 'Choose what the certificate shows'),
        t('预览并打印', 'Preview and print'),
      ],
      otherChannels: [hallChannel(dept), fundApp],
      consultationPhone: fundHotline,
    },
    situations: [
      {
        id: 'content',
        question: t('证明需要包含什么？', 'What should the certificate show?'),
        options: [
          { value: 'status', label: t('缴存状态和账户余额', 'Contribution status and balance') },
          { value: 'details', label: t('近 12 个月缴存明细', 'Contributions of the last 12 months') },
        ],
      },
    ],
  },
  {
    code: 'GJJ-002',
    name: t('住房公积金个人账户明细查询', 'Look up your housing provident fund account'),
    summary: t(
      '查询住房公积金账户余额、缴存基数、每月缴存额和历年明细。',
      'See your housing fund balance, contribution base, monthly amount and history.',
    ),
    department: 'housingFund',
    category: 'housingFund',
    audience: 'citizen',
    lifeEvents: ['housing', 'work'],
    keywords: {
      'zh-CN': ['公积金余额', '公积金查询', '公积金账户'],
      en: ['housing fund balance', 'provident fund account'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'housingFund.accountDetail',
    guide: {
      itemType: 'publicService',
      legalBasis: [fundRegulation],
      conditions: [t('缴存职工本人', 'The contributing employee, in person')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择查询年度', 'Choose the year'),
        t('在屏幕上查看', 'Read it on screen'),
      ],
      otherChannels: [
        hallChannel(dept),
        fundApp,
        { kind: 'phone', name: t('12329 热线语音查询', 'Voice service on the 12329 hotline') },
      ],
      consultationPhone: fundHotline,
    },
    situations: [
      {
        id: 'period',
        question: t('查看哪段时间的明细？', 'Which period do you want to see?'),
        options: [
          { value: 'thisYear', label: t('今年', 'This year') },
          { value: 'otherYear', label: t('其他年度', 'Another year') },
        ],
      },
    ],
    fields: [
      {
        id: 'year',
        type: 'number',
        label: t('查询年度', 'Year'),
        min: 1999,
        max: 2100,
        when: [{ question: 'period', in: ['otherYear'] }],
        messages: {
          invalid: t('请输入 1999 年以后的 4 位年份，如 2023', 'Enter a four-digit year from 1999 on, like 2023'),
        },
      },
    ],
  },
  {
    code: 'GJJ-003',
    name: t('住房公积金租房提取', 'Withdraw housing fund savings to pay rent'),
    summary: t(
      '在阳泉市无自有住房、租房自住的缴存职工，可每年提取住房公积金支付房租，钱打到本人银行卡。',
      'Employees who own no home in Yangquan and rent one to live in can withdraw housing fund savings once a year to pay rent, paid into their own bank card.',
    ),
    department: 'housingFund',
    category: 'housingFund',
    audience: 'citizen',
    lifeEvents: ['housing', 'work'],
    keywords: {
      'zh-CN': ['租房提取', '公积金提取', '取公积金', '付房租', '公积金取现'],
      en: ['withdraw housing fund', 'rent withdrawal', 'provident fund rent'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 3,
    legalDays: 3,
    fee: { kind: 'free' },
    results: [acceptanceReceipt],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《住房公积金管理条例》第二十四条',
          'Regulations on the Administration of Housing Provident Funds, Article 24',
        ),
        t(
          '《关于放宽提取住房公积金支付房租条件的通知》（建金〔2015〕19号）',
          'Notice on easing rent withdrawals from the housing fund (2015 No. 19)',
        ),
      ],
      conditions: [
        t('本人及配偶在阳泉市无自有住房', 'Neither you nor your spouse owns a home in Yangquan'),
        t('住房公积金账户正常缴存满 3 个月', 'Your housing fund account has had regular contributions for 3 months'),
        t('当年未办理过租房提取', 'You have not withdrawn for rent this year'),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('回答婚姻和租赁合同备案情况', 'Answer questions on your marriage and lease registration'),
        t('签署无房承诺，填写收款银行卡', 'Sign the no-home commitment and enter the bank card to be paid to'),
        t('3 个工作日内审核并转账到银行卡', 'Checked and paid to your card within 3 working days'),
      ],
      otherChannels: [hallChannel(dept), fundApp],
      consultationPhone: fundHotline,
      notes: [
        t(
          '租赁合同已备案的，按实际月租金提取，最高不超过账户余额；未备案的，按本市租房提取限额提取',
          'With a registered lease you may withdraw the actual rent up to the balance; without, up to the city’s rent withdrawal limit',
        ),
        t(
          '收款卡须为本人名下的借记卡（含社会保障卡金融账户）',
          'The card must be a debit card in your name (the social security card’s bank account counts)',
        ),
      ],
    },
    situations: [
      {
        id: 'married',
        question: t('您是否已婚？', 'Are you married?'),
        options: [
          { value: 'no', label: t('未婚、离异或丧偶', 'Single, divorced or widowed') },
          { value: 'yes', label: t('已婚', 'Married') },
        ],
      },
      {
        id: 'leaseRegistered',
        question: t('您的房屋租赁合同在住建部门备案了吗？', 'Is your lease registered with the housing authority?'),
        options: [
          { value: 'yes', label: t('已备案', 'Yes') },
          { value: 'no', label: t('没有备案或不清楚', 'No, or I do not know') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'marriageCertificate',
        name: t('结婚证', 'Marriage certificate'),
        when: [{ question: 'married', in: ['yes'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'marriageCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'noHomeCommitment',
        name: t('无自有住房承诺', 'Commitment that you own no home'),
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '租房提取住房公积金的，本人及配偶在本市应无自有住房。',
                'To withdraw for rent, you and your spouse must own no home in the city.',
              ),
              content: t(
                '本人及配偶在阳泉市无自有住房，提取的住房公积金用于支付自住房屋租金。',
                'Neither I nor my spouse owns a home in Yangquan, and the money will pay the rent of the home I live in.',
              ),
              liability: t(
                '承诺不实的，追回已提取资金，三年内不得提取和申请住房公积金贷款，并记入失信记录。',
                'If this is untrue the money is reclaimed, I may not withdraw or borrow from the fund for three years, and it goes on my credit record.',
              ),
            },
          },
        ],
      },
      {
        id: 'leaseRecord',
        name: t('房屋租赁登记备案证明', 'Lease registration certificate'),
        when: [{ question: 'leaseRegistered', in: ['yes'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'housingLeaseRecord' },
          { kind: 'scan', maxPages: 4 },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'spouseName',
        type: 'name',
        label: t('配偶姓名', "Spouse's name"),
        when: [{ question: 'married', in: ['yes'] }],
      },
      {
        id: 'spouseIdNumber',
        type: 'idNumber',
        label: t('配偶身份证号码', "Spouse's ID number"),
        when: [{ question: 'married', in: ['yes'] }],
      },
      {
        id: 'monthlyRent',
        type: 'amount',
        label: t('每月租金', 'Monthly rent'),
        hint: t('与租赁合同一致，单位：元', 'As in the lease, in yuan'),
        minFen: 100_00,
        maxFen: 20_000_00,
        when: [{ question: 'leaseRegistered', in: ['yes'] }],
      },
      {
        id: 'bankCardNumber',
        type: 'account',
        label: t('收款银行卡号', 'Bank card to be paid to'),
        hint: t('本人名下借记卡，16 至 19 位', 'A debit card in your name, 16 to 19 digits'),
        minLength: 16,
        maxLength: 19,
        prefill: { source: 'platform', record: 'housingFund.payoutCard' },
        messages: { required: t('请输入收款银行卡号', 'Enter the bank card number to be paid to') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'GJJ-004',
    name: t('住房公积金贷款进度查询', 'Check the progress of a housing fund loan'),
    summary: t(
      '查询住房公积金贷款申请的审批、签约和放款进度，以及已放款贷款的还款情况。',
      'See where your housing fund loan application is (approval, contract, payment) and, once paid out, your repayments.',
    ),
    department: 'housingFund',
    category: 'housingFund',
    audience: 'citizen',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['公积金贷款', '贷款进度', '放款', '还款查询', '房贷'],
      en: ['housing fund loan', 'mortgage progress', 'loan status'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'housingFund.loanProgress',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《住房公积金管理条例》第二十六条',
          'Regulations on the Administration of Housing Provident Funds, Article 26',
        ),
      ],
      conditions: [t('贷款申请人或共同申请人本人', 'The applicant or co-applicant of the loan, in person')],
      steps: [t('放置身份证', 'Place your ID card'), t('在屏幕上查看进度', 'Read the progress on screen')],
      otherChannels: [hallChannel(dept), fundApp],
      consultationPhone: fundHotline,
    },
  },
];
