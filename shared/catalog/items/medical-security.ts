import type { ItemInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  idCardMaterial,
  signedFormMaterial,
  t,
  truthfulDeclaration,
} from './common.js';

/** 医保: 阳泉市郊区医疗保障局. Codes YB-001…. */
const dept = t('阳泉市郊区医疗保障局', 'Medical Security Bureau of Jiaoqu District');
const socialInsuranceLaw = t('《中华人民共和国社会保险法》', 'Social Insurance Law of the PRC');
const nationalMedicalApp = {
  kind: 'app' as const,
  name: t('“国家医保服务平台”App', 'National Medical Insurance Service app'),
};

export const medicalSecurityItems: ItemInput[] = [
  {
    code: 'YB-001',
    name: t('医保参保凭证打印', 'Print a certificate of medical insurance'),
    summary: t(
      '打印本人参加职工医保或城乡居民医保的参保凭证，用于异地就医、入学入托、办理居住证等。',
      'Print proof that you are covered by employee or resident medical insurance, for treatment elsewhere, school or nursery places, or a residence permit.',
    ),
    department: 'medicalSecurity',
    category: 'medicalInsurance',
    audience: 'citizen',
    lifeEvents: ['work', 'school'],
    keywords: {
      'zh-CN': ['医保证明', '参保凭证', '医疗保险证明', '医保打印'],
      en: ['medical insurance certificate', 'health insurance proof'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'enrolmentCertificate',
        name: t('基本医疗保险参保凭证', 'Certificate of basic medical insurance'),
        kind: 'printout',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'medicalInsurance.enrolment',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《医疗保障经办政务服务事项清单》（医保发〔2020〕18号）',
          'List of medical security service items (NHSA 2020 No. 18)',
        ),
      ],
      conditions: [
        t('在阳泉市参加基本医疗保险的人员，本人办理', 'Anyone with basic medical insurance in Yangquan, in person'),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择凭证内容', 'Choose what the certificate shows'),
        t('预览并打印', 'Preview and print'),
      ],
      otherChannels: [hallChannel(dept), nationalMedicalApp, appChannel],
      consultationPhone: '0353-5110612',
      notes: [t('凭证上的二维码可扫码验真', 'The QR code on the certificate can be scanned to check it')],
    },
    situations: [
      {
        id: 'content',
        question: t('凭证需要包含什么？', 'What should the certificate show?'),
        options: [
          { value: 'status', label: t('当前参保状态', 'Current coverage only') },
          {
            value: 'history',
            label: t('参保状态和近 12 个月缴费记录', 'Coverage and contributions of the last 12 months'),
          },
        ],
      },
    ],
  },
  {
    code: 'YB-002',
    name: t('医保个人账户及缴费查询', 'Look up your medical insurance account and contributions'),
    summary: t(
      '查询医保个人账户余额、收支明细和历年缴费记录。',
      'See the balance and transactions of your medical insurance account and your contributions year by year.',
    ),
    department: 'medicalSecurity',
    category: 'medicalInsurance',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['医保余额', '个人账户', '医保卡余额', '医保缴费记录', '统筹'],
      en: ['medical account balance', 'insurance contributions', 'health insurance account'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'medicalInsurance.account',
    guide: {
      itemType: 'publicService',
      legalBasis: [socialInsuranceLaw],
      conditions: [t('参保人本人查询', 'The insured person, in person')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择查询内容', 'Choose what to see'),
        t('在屏幕上查看', 'Read it on screen'),
      ],
      otherChannels: [hallChannel(dept), nationalMedicalApp],
      consultationPhone: '0353-5110612',
      notes: [
        t(
          '职工医保个人账户可用于支付本人及家庭成员在定点医药机构的费用',
          'The employee account can pay for you and your family at designated hospitals and pharmacies',
        ),
      ],
    },
    situations: [
      {
        id: 'lookup',
        question: t('您想查什么？', 'What do you want to see?'),
        options: [
          { value: 'account', label: t('个人账户余额和收支明细', 'Account balance and transactions') },
          { value: 'contributions', label: t('历年缴费记录', 'Contributions by year') },
        ],
      },
    ],
    fields: [
      {
        id: 'year',
        type: 'number',
        label: t('查询年度', 'Year'),
        min: 1998,
        max: 2100,
        when: [{ question: 'lookup', in: ['contributions'] }],
        messages: {
          invalid: t('请输入 1998 年以后的 4 位年份，如 2024', 'Enter a four-digit year from 1998 on, like 2024'),
        },
      },
    ],
  },
  {
    code: 'YB-003',
    name: t('异地就医备案', 'Register for medical treatment outside Yangquan'),
    summary: t(
      '长期在外地居住、工作，或需转外地治疗的参保人，备案后在外地定点医院看病可直接结算，不用先垫钱。',
      'If you live or work elsewhere, or are referred to a hospital outside Yangquan, register here so bills at designated hospitals there are settled directly without you paying first.',
    ),
    department: 'medicalSecurity',
    category: 'medicalInsurance',
    audience: 'citizen',
    lifeEvents: ['work', 'retirement'],
    keywords: {
      'zh-CN': ['异地就医', '跨省就医', '异地备案', '转诊', '直接结算', '外地看病'],
      en: ['treatment elsewhere', 'out-of-province medical care', 'referral', 'direct settlement'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [{ ...acceptanceReceipt, id: 'filingReceipt', name: t('异地就医备案回执', 'Registration receipt') }],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）',
          'NHSA notice on direct settlement of inter-provincial medical care (2022 No. 22)',
        ),
      ],
      conditions: [t('在阳泉市参加基本医疗保险且状态正常', 'Insured in Yangquan with contributions up to date')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择备案类型', 'Choose the kind of registration'),
        t('填写就医地，签署承诺', 'Enter where you will be treated and sign the commitment'),
        t('备案即时生效，打印回执', 'The registration takes effect at once; print the receipt'),
      ],
      otherChannels: [
        hallChannel(dept),
        nationalMedicalApp,
        {
          kind: 'miniProgram',
          name: t('“国家异地就医备案”微信小程序', 'National cross-region medical care WeChat mini program'),
        },
      ],
      consultationPhone: '0353-5110612',
      notes: [
        t(
          '长期居住和常驻工作备案长期有效，变更时重新备案；临时外出就医备案有效期 6 个月',
          'Registration for living or working elsewhere lasts until it changes; temporary registration lasts 6 months',
        ),
        t(
          '临时外出就医的个人先行支付比例比长期备案高 10 个百分点',
          'For temporary treatment your own share is 10 percentage points higher',
        ),
      ],
    },
    situations: [
      {
        id: 'filingType',
        question: t('您为什么要在外地就医？', 'Why will you be treated outside Yangquan?'),
        options: [
          {
            value: 'livingElsewhere',
            label: t('长期在外地居住（含退休异地安置）', 'I live elsewhere (incl. retirement)'),
          },
          { value: 'workingElsewhere', label: t('单位派驻外地常驻工作', 'My employer posted me elsewhere') },
          { value: 'referral', label: t('本地医院转诊到外地', 'A local hospital referred me') },
          { value: 'temporary', label: t('临时外出期间看病', 'Treatment while away for a while') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'residenceCommitment',
        name: t('异地长期居住或常驻工作承诺', 'Commitment on living or working elsewhere'),
        when: [{ question: 'filingType', in: ['livingElsewhere', 'workingElsewhere'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '异地长期居住人员、常驻异地工作人员应实际在备案地居住或工作。',
                'People registered as living or working elsewhere must really live or work there.',
              ),
              content: t(
                '本人确实在所填地区长期居住或常驻工作，如有变化及时变更备案。',
                'I really live or work long-term at the place I entered and will update the registration when that changes.',
              ),
              liability: t(
                '承诺不实的，取消备案，追回违规结算的医保基金，并依法处理。',
                'If this is untrue the registration is cancelled, wrongly settled funds are reclaimed and the law is applied.',
              ),
            },
          },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'referralNote',
        name: t('转诊转院证明', 'Referral letter'),
        description: t(
          '由郊区二级及以上定点医院开具',
          'Issued by a designated hospital of level 2 or higher in Jiaoqu',
        ),
        when: [{ question: 'filingType', in: ['referral'] }],
        satisfiedBy: [
          { kind: 'scan', maxPages: 2 },
          {
            kind: 'bringLater',
            note: t('3 个工作日内交医保窗口', 'Bring it to the medical insurance counter within 3 working days'),
          },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'destination',
        type: 'text',
        label: t('就医地（省、市）', 'Where you will be treated (province, city)'),
        hint: t('如 北京市、河北省石家庄市', 'For example Beijing, or Shijiazhuang, Hebei'),
        maxLength: 40,
        messages: { required: t('请输入就医地的省和市', 'Enter the province and city where you will be treated') },
      },
      {
        id: 'addressElsewhere',
        type: 'address',
        label: t('外地居住或工作地址', 'Your address there'),
        when: [{ question: 'filingType', in: ['livingElsewhere', 'workingElsewhere'] }],
      },
      {
        id: 'hospital',
        type: 'text',
        label: t('转入医院名称', 'Hospital you are referred to'),
        maxLength: 60,
        when: [{ question: 'filingType', in: ['referral'] }],
        messages: { required: t('请输入转入医院的名称', 'Enter the name of the hospital you are referred to') },
      },
      {
        id: 'startDate',
        type: 'date',
        range: 'future',
        label: t('备案开始日期', 'Start date'),
        messages: { required: t('请选择备案开始日期', 'Choose the start date') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'YB-004',
    name: t('城乡居民医保缴费', 'Pay the residents’ medical insurance contribution'),
    summary: t(
      '为本人或家人缴纳下一年度城乡居民基本医疗保险费，扫码支付，当场打印缴费凭证。',
      "Pay next year's residents' basic medical insurance for yourself or a family member by QR code and print the receipt here.",
    ),
    department: 'medicalSecurity',
    category: 'medicalInsurance',
    audience: 'citizen',
    lifeEvents: ['birth', 'school'],
    keywords: {
      'zh-CN': ['交医保', '居民医保', '医疗保险缴费', '新农合', '城乡医保'],
      en: ['pay medical insurance', 'resident health insurance', 'contribution'],
    },
    flow: 'pay',
    instant: true,
    promisedDays: 0,
    fee: {
      kind: 'byBill',
      description: t(
        '2025 年度个人缴费标准 400 元/人；特困、低保等人员由财政资助',
        '400 yuan per person for 2025; the government pays for people in extreme hardship or on subsistence allowance',
      ),
    },
    results: [
      {
        id: 'paymentReceipt',
        name: t('医保缴费凭证', 'Medical insurance payment receipt'),
        kind: 'receipt',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    payment: {
      payee: t(
        '国家税务总局阳泉市郊区税务局（代征医保费）',
        'Jiaoqu District Taxation Bureau (collecting for medical insurance)',
      ),
      billSource: 'platform',
      methods: ['wechat', 'alipay', 'unionPay'],
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《关于做好 2025 年城乡居民基本医疗保障工作的通知》',
          'Notice on basic medical security for urban and rural residents in 2025',
        ),
      ],
      conditions: [
        t(
          '户籍或居住证在郊区、未参加职工医保的居民（含学生、儿童）',
          'Residents registered or holding a residence permit in Jiaoqu without employee insurance, including pupils and children',
        ),
      ],
      steps: [
        t('放置缴费人身份证', "Place the payer's ID card"),
        t('选择为谁缴费', 'Choose who you are paying for'),
        t('核对金额，用手机扫码支付', 'Check the amount and pay by scanning the QR code with your phone'),
        t('打印缴费凭证', 'Print the receipt'),
      ],
      otherChannels: [
        appChannel,
        { kind: 'miniProgram', name: t('“山西税务”微信小程序', 'Shanxi Tax WeChat mini program') },
        { kind: 'hall', name: t('村（社区）代收点', 'Collection point in your village or community') },
      ],
      consultationPhone: '0353-5110612',
      notes: [
        t(
          '集中缴费期一般为每年 9 月至 12 月，缴费后次年 1 月 1 日起享受待遇',
          'Payment usually runs from September to December; cover starts on 1 January',
        ),
      ],
    },
    situations: [
      {
        id: 'payFor',
        question: t('为谁缴费？', 'Who are you paying for?'),
        options: [
          { value: 'self', label: t('本人', 'Myself') },
          { value: 'familyMember', label: t('家人（如孩子、老人）', 'A family member (such as a child or parent)') },
        ],
      },
    ],
    materials: [idCardMaterial],
    fields: [
      {
        id: 'insuredName',
        type: 'name',
        label: t('参保人姓名', 'Name of the insured person'),
        when: [{ question: 'payFor', in: ['familyMember'] }],
      },
      {
        id: 'insuredIdNumber',
        type: 'idNumber',
        label: t('参保人身份证号码', 'ID number of the insured person'),
        hint: t('孩子的号码在户口簿上', "A child's number is in the household register"),
        when: [{ question: 'payFor', in: ['familyMember'] }],
      },
    ],
  },
  {
    code: 'YB-005',
    name: t('门诊慢特病待遇认定申请', 'Apply for outpatient cover of a chronic or special disease'),
    summary: t(
      '患有高血压、糖尿病、恶性肿瘤等门诊慢特病的参保人，经认定后门诊费用按住院标准报销。',
      'If you have hypertension, diabetes, cancer or another listed chronic or special disease, once it is confirmed your outpatient costs are reimbursed at inpatient rates.',
    ),
    department: 'medicalSecurity',
    category: 'medicalInsurance',
    audience: 'citizen',
    lifeEvents: ['retirement'],
    keywords: {
      'zh-CN': ['慢特病', '慢性病', '门慢', '特殊病', '两病', '高血压', '糖尿病'],
      en: ['chronic disease', 'special disease', 'outpatient reimbursement', 'diabetes', 'hypertension'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 15,
    legalDays: 20,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'decisionNotice',
        name: t('门诊慢特病认定结果通知', 'Decision on your chronic disease cover'),
        kind: 'notice',
        delivery: 'electronic',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeConfirmation',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《山西省基本医疗保险门诊慢特病管理办法》',
          'Shanxi measures on outpatient chronic and special diseases in basic medical insurance',
        ),
      ],
      conditions: [
        t('在阳泉市参加基本医疗保险且状态正常', 'Insured in Yangquan with contributions up to date'),
        t(
          '经二级及以上定点医院确诊患有山西省门诊慢特病病种目录内的疾病',
          'Diagnosed by a designated hospital of level 2 or higher with a disease on the Shanxi list',
        ),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择病种', 'Choose the disease'),
        t(
          '扫描病历和检查报告，或稍后交到窗口',
          'Scan your medical records and test reports, or bring them to the counter later',
        ),
        t('签名提交，医保部门组织专家评审', 'Sign and submit; medical experts review your case'),
        t('15 个工作日内短信通知结果', 'You get a text with the decision within 15 working days'),
      ],
      otherChannels: [
        hallChannel(dept),
        {
          kind: 'hall',
          name: t('二级及以上定点医院医保办', 'Medical insurance office of a designated hospital of level 2 or higher'),
        },
        nationalMedicalApp,
      ],
      consultationPhone: '0353-5110612',
      notes: [
        t(
          '高血压、糖尿病门诊用药（“两病”）在基层医疗机构可直接享受，不需认定',
          'Medicines for hypertension and diabetes at community clinics need no application',
        ),
      ],
    },
    situations: [
      {
        id: 'diseaseGroup',
        question: t('您申请的是哪一类病种？', 'Which kind of disease is it?'),
        options: [
          {
            value: 'chronic',
            label: t('慢性病', 'Chronic disease'),
            hint: t(
              '如 高血压三级、糖尿病伴并发症、冠心病、慢阻肺',
              'e.g. grade 3 hypertension, diabetes with complications, coronary heart disease, COPD',
            ),
          },
          {
            value: 'special',
            label: t('特殊疾病', 'Special disease'),
            hint: t(
              '如 恶性肿瘤门诊治疗、尿毒症透析、器官移植术后',
              'e.g. outpatient cancer treatment, dialysis, after an organ transplant',
            ),
          },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'medicalRecords',
        name: t('近一年门诊病历或出院记录', 'Outpatient records or discharge summaries of the last year'),
        satisfiedBy: [
          { kind: 'scan', maxPages: 20 },
          {
            kind: 'bringLater',
            note: t('5 个工作日内交医保窗口', 'Bring them to the medical insurance counter within 5 working days'),
          },
        ],
      },
      {
        id: 'testReports',
        name: t('相关检查、化验报告', 'Test and examination reports'),
        when: [{ question: 'diseaseGroup', in: ['chronic'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 20 }, { kind: 'bringLater' }],
      },
      {
        id: 'pathologyReport',
        name: t('病理诊断报告或透析、移植记录', 'Pathology report, or dialysis or transplant records'),
        when: [{ question: 'diseaseGroup', in: ['special'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 10 }, { kind: 'bringLater' }],
      },
      signedFormMaterial(
        'applicationForm',
        t('门诊慢特病待遇认定申请表', 'Application form for chronic disease cover'),
      ),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'chronicDisease',
        type: 'choice',
        label: t('病种', 'Disease'),
        when: [{ question: 'diseaseGroup', in: ['chronic'] }],
        options: [
          { value: 'hypertension', label: t('高血压（三级）', 'Hypertension (grade 3)') },
          { value: 'diabetes', label: t('糖尿病（伴并发症）', 'Diabetes with complications') },
          { value: 'coronary', label: t('冠心病', 'Coronary heart disease') },
          { value: 'copd', label: t('慢性阻塞性肺疾病', 'Chronic obstructive pulmonary disease') },
          { value: 'stroke', label: t('脑血管病后遗症', 'After-effects of a stroke') },
        ],
      },
      {
        id: 'specialDisease',
        type: 'choice',
        label: t('病种', 'Disease'),
        when: [{ question: 'diseaseGroup', in: ['special'] }],
        options: [
          { value: 'cancer', label: t('恶性肿瘤门诊放化疗', 'Outpatient chemotherapy or radiotherapy for cancer') },
          { value: 'uremia', label: t('尿毒症透析', 'Dialysis for kidney failure') },
          {
            value: 'transplant',
            label: t('器官移植术后抗排异治疗', 'Anti-rejection treatment after an organ transplant'),
          },
        ],
      },
      {
        id: 'diagnosingHospital',
        type: 'text',
        label: t('确诊医院', 'Hospital that made the diagnosis'),
        maxLength: 60,
        messages: { required: t('请输入确诊医院的名称', 'Enter the name of the hospital that made the diagnosis') },
      },
    ],
    declaration: truthfulDeclaration,
  },
];
