import type { ItemInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  householdRegisterMaterial,
  idCardMaterial,
  mobileField,
  onlineChannel,
  signedFormMaterial,
  t,
  truthfulDeclaration,
  yesNo,
} from './common.js';

/** 人社: 阳泉市郊区人力资源和社会保障局. Codes RS-001…. */
const dept = t('阳泉市郊区人力资源和社会保障局', 'Human Resources and Social Security Bureau of Jiaoqu District');
const socialInsuranceLaw = t('《中华人民共和国社会保险法》', 'Social Insurance Law of the PRC');
const employmentPromotionLaw = t('《中华人民共和国就业促进法》', 'Employment Promotion Law of the PRC');
const minshengApp = { kind: 'app' as const, name: t('“民生山西”App', 'Minsheng Shanxi app') };
const residenceAddressField = {
  id: 'residenceAddress',
  type: 'address' as const,
  label: t('现居住地址', 'Current home address'),
  prefill: { source: 'idCard' as const, field: 'address' as const },
  messages: { required: t('请输入现居住地址', 'Enter your current home address') },
};
const educationField = {
  id: 'education',
  type: 'choice' as const,
  label: t('最高学历', 'Highest education'),
  // The same options as TY-001, so a package asks it once.
  options: [
    { value: 'juniorOrBelow', label: t('初中及以下', 'Junior secondary or below') },
    { value: 'senior', label: t('高中、中专、技校', 'Senior secondary or vocational school') },
    { value: 'college', label: t('大专', 'Junior college') },
    { value: 'bachelorOrAbove', label: t('本科及以上', "Bachelor's degree or higher") },
  ],
  messages: { required: t('请选择最高学历', 'Choose your highest education') },
};

export const humanResourcesItems: ItemInput[] = [
  {
    code: 'RS-001',
    name: t('社会保险个人参保证明打印', 'Print a certificate of social insurance enrolment'),
    summary: t(
      '打印本人在阳泉参加养老、医疗、失业、工伤保险的参保缴费证明，带二维码，可用于购房、入学、落户、招投标等。',
      'Print a certificate of your pension, medical, unemployment and work-injury insurance in Yangquan, with a QR code for checking. Used for buying a home, school places, residence registration and tenders.',
    ),
    department: 'humanResources',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: ['work', 'housing', 'school'],
    keywords: {
      'zh-CN': ['社保证明', '参保证明', '社保缴费证明', '养老保险证明', '社保打印'],
      en: ['social security certificate', 'proof of insurance', 'pension contributions'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'enrolmentCertificate',
        name: t('社会保险个人参保证明', 'Certificate of social insurance enrolment'),
        kind: 'printout',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'socialInsurance.enrolment',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国社会保险法》第七十四条', 'Social Insurance Law of the PRC, Article 74'),
        t(
          '《社会保险个人权益记录管理办法》（人力资源和社会保障部令第14号）',
          'Measures on Individual Social Insurance Rights Records (MOHRSS Order No. 14)',
        ),
      ],
      conditions: [t('在阳泉市参加过社会保险的人员，本人办理', 'Anyone insured in Yangquan, in person')],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择证明种类和时间段', 'Choose the kind of certificate and the period'),
        t('预览后打印，取走证明', 'Check the preview, print and take the certificate'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, minshengApp],
      consultationPhone: '12333',
      notes: [
        t(
          '证明上的二维码可在“民生山西”App 扫码验真，有效期 3 个月',
          'The QR code can be checked in the Minsheng Shanxi app; the certificate is valid for 3 months',
        ),
        t('当月缴费一般在次月 10 日后才能显示', "This month's contributions usually show after the 10th of next month"),
      ],
    },
    situations: [
      {
        id: 'certificateKind',
        question: t('您要打印哪种证明？', 'Which certificate do you need?'),
        options: [
          {
            value: 'allInsurances',
            label: t('各险种参保缴费证明', 'All insurances with contributions'),
            hint: t('购房、落户常用', 'Usual for buying a home or hukou transfer'),
          },
          { value: 'pensionOnly', label: t('仅养老保险缴费证明', 'Pension contributions only') },
        ],
      },
      {
        id: 'period',
        question: t('证明要包含哪段时间？', 'Which period should it cover?'),
        options: [
          { value: 'last12', label: t('最近 12 个月', 'The last 12 months') },
          { value: 'last60', label: t('最近 60 个月', 'The last 60 months') },
          { value: 'custom', label: t('自己选择起止月份', 'Choose the months myself') },
        ],
      },
    ],
    fields: [
      {
        id: 'fromMonth',
        type: 'date',
        range: 'past',
        precision: 'month',
        label: t('起始月份', 'From month'),
        when: [{ question: 'period', in: ['custom'] }],
        messages: { required: t('请选择证明的起始月份', 'Choose the first month of the certificate') },
      },
      {
        id: 'toMonth',
        type: 'date',
        range: 'past',
        precision: 'month',
        notBefore: 'fromMonth',
        label: t('截止月份', 'To month'),
        when: [{ question: 'period', in: ['custom'] }],
        messages: { required: t('请选择证明的截止月份', 'Choose the last month of the certificate') },
      },
    ],
  },
  {
    code: 'RS-002',
    name: t('社会保险个人权益记录查询打印', 'Look up and print your social insurance record'),
    summary: t(
      '查询并打印本人历年社会保险缴费明细或养老保险个人账户对账单，核对单位是否足额缴费。',
      'Look up and print your social insurance contributions year by year, or your pension account statement, to check that your employer paid in full.',
    ),
    department: 'humanResources',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: ['work', 'retirement'],
    keywords: {
      'zh-CN': ['社保明细', '缴费明细', '权益单', '对账单', '社保查询', '养老账户'],
      en: ['contribution history', 'pension account statement', 'social security record'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'rightsRecord',
        name: t('社会保险个人权益记录', 'Social insurance rights record'),
        kind: 'printout',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'socialInsurance.rightsRecord',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国社会保险法》第七十四条', 'Social Insurance Law of the PRC, Article 74'),
        t(
          '《社会保险个人权益记录管理办法》第十四条',
          'Measures on Individual Social Insurance Rights Records, Article 14',
        ),
      ],
      conditions: [t('本人查询本人的记录', 'You look up your own record')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择记录种类和年度', 'Choose the kind of record and the year'),
        t('在屏幕上查看，需要时打印', 'Read it on screen and print it if you need it'),
      ],
      otherChannels: [hallChannel(dept), minshengApp],
      consultationPhone: '12333',
      notes: [
        t(
          '对记录有异议的，可持本人身份证到人社窗口申请核查',
          'If a record looks wrong, bring your ID card to a social security counter and ask for a check',
        ),
      ],
    },
    situations: [
      {
        id: 'recordKind',
        question: t('您要查看哪种记录？', 'Which record do you need?'),
        options: [
          { value: 'contributions', label: t('社保缴费明细（按年度）', 'Contributions, by year') },
          { value: 'pensionAccount', label: t('养老保险个人账户对账单', 'Pension account statement') },
        ],
      },
    ],
    fields: [
      {
        id: 'year',
        type: 'number',
        label: t('查询年度', 'Year'),
        hint: t('如 2024', 'For example 2024'),
        min: 1993,
        max: 2100,
        when: [{ question: 'recordKind', in: ['contributions'] }],
        messages: {
          invalid: t('请输入 1993 年以后的 4 位年份，如 2024', 'Enter a four-digit year from 1993 on, like 2024'),
        },
      },
    ],
  },
  {
    code: 'RS-003',
    name: t('养老保险待遇领取资格认证', 'Certify eligibility to keep receiving a pension'),
    summary: t(
      '领取养老金的人员每年刷脸认证一次，证明本人健在，养老金才能继续按月发放。',
      'Once a year, pensioners confirm by a face check that they are alive, so the monthly pension keeps being paid.',
    ),
    department: 'humanResources',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: ['retirement'],
    keywords: {
      'zh-CN': ['生存认证', '刷脸认证', '养老金认证', '退休认证', '年审'],
      en: ['proof of life', 'face check', 'pension certification', 'annual check'],
    },
    flow: 'certify',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader', 'faceCamera'],
    platformRecord: 'socialInsurance.pensionEligibility',
    certification: { method: 'face', validMonths: 12 },
    guide: {
      itemType: 'administrativeConfirmation',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《人力资源社会保障部关于建立健全社会保险待遇领取资格认证工作机制的通知》（人社部发〔2018〕70号）',
          'MOHRSS notice on certifying eligibility for social insurance benefits (2018 No. 70)',
        ),
      ],
      conditions: [
        t(
          '在阳泉市领取基本养老保险待遇的人员，须本人到场刷脸',
          'People drawing a basic pension in Yangquan; the pensioner must be present for the face check',
        ),
      ],
      steps: [
        t('放置本人身份证', "Place the pensioner's ID card"),
        t('正对摄像头，按提示眨眼、张嘴', 'Look at the camera and blink or open your mouth when asked'),
        t('屏幕显示认证结果', 'The screen shows the result'),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'app', name: t('“民生山西”App 刷脸认证', 'Face check in the Minsheng Shanxi app') },
        appChannel,
      ],
      consultationPhone: '12333',
      notes: [
        t(
          '每 12 个月认证一次；逾期未认证的，暂停发放养老金，认证后补发',
          'Certify every 12 months; if you miss it the pension pauses and is paid back after you certify',
        ),
        t('行动不便的老人可拨打 12333 申请工作人员上门认证', 'If you cannot come, call 12333 and staff will visit you'),
      ],
    },
    situations: [
      {
        id: 'pensionScheme',
        question: t('您领取的是哪种养老金？', 'Which pension do you receive?'),
        help: t('不清楚可选“企业职工”，系统会自动识别', 'If unsure, choose “employee”; the system will recognise it'),
        options: [
          { value: 'employee', label: t('企业职工基本养老保险', 'Basic pension for employees') },
          { value: 'resident', label: t('城乡居民基本养老保险', 'Basic pension for urban and rural residents') },
          { value: 'publicSector', label: t('机关事业单位养老保险', 'Public-sector pension') },
        ],
      },
    ],
    materials: [idCardMaterial],
    fields: [{ ...mobileField, optional: true }],
  },
  {
    code: 'RS-004',
    name: t('城乡居民基本养老保险参保登记', 'Join the basic pension scheme for urban and rural residents'),
    summary: t(
      '没有参加职工养老保险的郊区户籍居民，年满 16 周岁（不含在校学生）可以参加城乡居民养老保险，选择缴费档次，60 周岁起按月领取养老金。',
      'Residents registered in Jiaoqu aged 16 or over (not students) without an employee pension can join the residents’ pension, choose a yearly contribution level and draw a monthly pension from age 60.',
    ),
    department: 'humanResources',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: ['work', 'retirement'],
    keywords: {
      'zh-CN': ['居民养老', '城乡养老', '新农保', '养老参保', '交养老保险'],
      en: ['residents pension', 'rural pension', 'join pension scheme'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [{ ...acceptanceReceipt, id: 'enrolmentReceipt', name: t('参保登记回执', 'Enrolment receipt') }],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国社会保险法》第二十条至第二十二条', 'Social Insurance Law of the PRC, Articles 20–22'),
        t(
          '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
          'State Council opinion on a unified basic pension for urban and rural residents (2014 No. 8)',
        ),
      ],
      conditions: [
        t('年满 16 周岁（不含在校学生）', 'Aged 16 or over, not a student'),
        t('户籍在阳泉市郊区', 'Household registration in Jiaoqu District, Yangquan'),
        t('未参加职工基本养老保险或机关事业单位养老保险', 'Not covered by the employee or public-sector pension'),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('回答是否属于缴费困难群体', 'Say whether you belong to a group the government pays for'),
        t('选择缴费档次，签名确认', 'Choose a contribution level and sign'),
        t('打印回执，之后通过“三晋通”或银行缴费', 'Print the receipt; pay later through the Sanjintong app or a bank'),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'hall', name: t('户籍所在乡镇（街道）便民服务中心', 'Service center of your town or sub-district') },
        minshengApp,
      ],
      consultationPhone: '12333',
      notes: [
        t(
          '每年缴费一次，多缴多得；政府按档次给予缴费补贴',
          'Pay once a year; the more you pay the more you get, and the government adds a subsidy by level',
        ),
        t(
          '重度残疾人、低保对象、特困人员等由政府代缴最低档次保费',
          'For people with severe disabilities, subsistence allowance recipients and others in extreme hardship, the government pays the lowest level',
        ),
      ],
    },
    situations: [
      {
        id: 'hardshipGroup',
        question: t('您是否属于以下缴费困难群体？', 'Do you belong to one of these groups?'),
        help: t('属于的，政府为您代缴最低档次保费', 'If so, the government pays the lowest level for you'),
        options: [
          { value: 'none', label: t('都不属于', 'None of these') },
          { value: 'severeDisability', label: t('重度残疾人（一、二级）', 'Severe disability (grade 1 or 2)') },
          { value: 'lowIncome', label: t('低保对象或特困人员', 'Subsistence allowance or extreme hardship support') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      householdRegisterMaterial,
      {
        id: 'disabilityCertificate',
        name: t('残疾人证', 'Disability certificate'),
        when: [{ question: 'hardshipGroup', in: ['severeDisability'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'disabilityCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'subsistenceCertificate',
        name: t('低保证或特困人员证明', 'Subsistence allowance or extreme hardship certificate'),
        when: [{ question: 'hardshipGroup', in: ['lowIncome'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'subsistenceAllowanceCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      signedFormMaterial(
        'enrolmentForm',
        t('城乡居民基本养老保险参保登记表', 'Enrolment form for the residents’ pension'),
      ),
    ],
    fields: [
      ...applicantFields,
      residenceAddressField,
      {
        id: 'contributionLevel',
        type: 'choice',
        label: t('每年缴费档次', 'Yearly contribution level'),
        hint: t('以后每年可以调整一次', 'You can change it once a year'),
        when: [{ question: 'hardshipGroup', in: ['none'] }],
        options: [200, 300, 500, 700, 1000, 1500, 2000, 3000, 5000].map((yuan) => ({
          value: `yuan${yuan}`,
          label: t(`${yuan} 元`, `${yuan} yuan`),
        })),
        messages: { required: t('请选择每年缴费档次', 'Choose a yearly contribution level') },
      },
    ],
    declaration: t(
      '本人承诺未参加职工基本养老保险或机关事业单位养老保险，所填信息真实；如重复参保，愿意退还多领的待遇。',
      'I declare that I am not in the employee or public-sector pension scheme and that my details are true; if I am insured twice I will repay any benefits paid in excess.',
    ),
  },
  {
    code: 'RS-005',
    name: t('失业登记', 'Register as unemployed'),
    summary: t(
      '在法定劳动年龄内、有劳动能力和就业愿望但没有工作的人员，登记后可以享受职业介绍、技能培训和就业补贴等服务。',
      'People of working age who can and want to work but have no job register here to get job matching, training and employment subsidies.',
    ),
    department: 'humanResources',
    category: 'employment',
    audience: 'citizen',
    lifeEvents: ['work'],
    keywords: {
      'zh-CN': ['失业', '登记失业', '找工作', '就业服务', '失业证'],
      en: ['unemployment registration', 'out of work', 'job seeker'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      { ...acceptanceReceipt, id: 'registrationReceipt', name: t('失业登记回执', 'Unemployment registration receipt') },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国就业促进法》第四十二条', 'Employment Promotion Law of the PRC, Article 42'),
        t(
          '《就业服务与就业管理规定》（劳动和社会保障部令第28号）第六章',
          'Provisions on Employment Services and Management (MOLSS Order No. 28), Chapter 6',
        ),
      ],
      conditions: [
        t(
          '男 16 至 60 周岁、女 16 至 55 周岁，有劳动能力和就业要求',
          'Men aged 16–60 and women aged 16–55 who can work and want to',
        ),
        t('目前处于无业状态', 'You currently have no work'),
        t('户籍或常住地在郊区', 'Registered or living in Jiaoqu'),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('回答户籍和上一份工作的情况', 'Answer questions on your registration and last job'),
        t('填写求职意向，签名提交', 'Enter the work you are looking for, sign and submit'),
        t(
          '打印回执；就业服务人员 5 个工作日内联系您',
          'Print the receipt; an employment adviser will contact you within 5 working days',
        ),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'hall', name: t('乡镇（街道）劳动保障服务站', 'Labour service station of your town or sub-district') },
        minshengApp,
      ],
      consultationPhone: '12333',
      notes: [
        t(
          '登记失业期间应每月与就业服务机构联系一次；找到工作后及时告知',
          'While registered, contact the employment office once a month and tell them when you find work',
        ),
      ],
    },
    situations: [
      {
        id: 'residence',
        question: t('您的户口在郊区吗？', 'Is your household registration in Jiaoqu?'),
        options: yesNo(t('是，郊区户口', 'Yes'), t('不是，在郊区居住', 'No, I live in Jiaoqu')),
      },
      {
        id: 'lastWork',
        question: t('您目前没有工作的原因是？', 'Why are you out of work?'),
        options: [
          { value: 'contractEnded', label: t('劳动合同解除或终止', 'My employment contract ended') },
          { value: 'businessClosed', label: t('个体经营或开办的企业已停业', 'My own business closed') },
          { value: 'neverEmployed', label: t('毕业后或一直未就业', 'I have not worked since leaving school') },
          {
            value: 'veteranDischarged',
            label: t('退出现役后尚未就业', 'I left the armed forces and have not found work yet'),
          },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'residencePermit',
        name: t('居住证', 'Residence permit'),
        when: [{ question: 'residence', in: ['no'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'terminationProof',
        name: t('解除或终止劳动合同证明', 'Proof that the employment contract ended'),
        when: [{ question: 'lastWork', in: ['contractEnded'] }],
        satisfiedBy: [
          { kind: 'scan', maxPages: 2 },
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '失业登记人员应当与原单位解除或终止劳动关系。',
                'A person registering as unemployed must no longer be employed by the former employer.',
              ),
              content: t(
                '本人已与原单位解除或终止劳动合同，目前无任何劳动关系。',
                'My contract with my former employer has ended and I have no employment now.',
              ),
              liability: t(
                '承诺不实的，撤销失业登记，追回已享受的补贴，并记入个人信用记录。',
                'If this is untrue the registration is cancelled, subsidies are reclaimed and it goes on your credit record.',
              ),
            },
          },
        ],
      },
      {
        id: 'businessClosure',
        name: t('营业执照注销或停业证明', 'Proof that the business is closed'),
        when: [{ question: 'lastWork', in: ['businessClosed'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '失业登记人员不得从事个体经营或持有正常经营的企业。',
                'A person registering as unemployed may not run a business.',
              ),
              content: t(
                '本人经营的个体工商户或企业已注销或停止经营。',
                'My sole proprietorship or company has been deregistered or has stopped trading.',
              ),
              liability: t(
                '承诺不实的，撤销失业登记，并承担相应法律责任。',
                'If this is untrue the registration is cancelled and I bear the legal consequences.',
              ),
            },
          },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'dischargeCertificate',
        name: t('退出现役证', 'Discharge certificate'),
        when: [{ question: 'lastWork', in: ['veteranDischarged'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'veteranDischargeCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      signedFormMaterial('unemploymentForm', t('失业登记表', 'Unemployment registration form')),
    ],
    fields: [
      ...applicantFields,
      residenceAddressField,
      educationField,
      {
        id: 'jobWanted',
        type: 'text',
        label: t('希望从事的工作', 'The work you are looking for'),
        hint: t('如 司机、保洁、电工', 'For example driver, cleaner, electrician'),
        maxLength: 40,
        optional: true,
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'RS-006',
    name: t('就业创业证申领', 'Apply for the employment and entrepreneurship certificate'),
    summary: t(
      '就业创业证记录就业、失业和享受扶持政策的情况，是申请创业担保贷款、社保补贴和税收优惠的凭证。',
      'The employment and entrepreneurship certificate records your jobs, unemployment and support received. You need it for start-up guaranteed loans, social insurance subsidies and tax relief.',
    ),
    department: 'humanResources',
    category: 'employment',
    audience: 'citizen',
    lifeEvents: ['work', 'business'],
    keywords: {
      'zh-CN': ['就业创业证', '就业证', '失业证', '创业贷款', '创业补贴'],
      en: ['employment certificate', 'start-up loan', 'entrepreneurship'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 3,
    legalDays: 5,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'employmentCertificate',
        name: t('就业创业证（电子证）', 'Employment and entrepreneurship certificate (electronic)'),
        kind: 'certificate',
        delivery: 'electronic',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        employmentPromotionLaw,
        t(
          '《人力资源社会保障部关于印发〈就业创业证管理暂行办法〉的通知》（人社部发〔2015〕11号）',
          'MOHRSS interim measures on the employment and entrepreneurship certificate (2015 No. 11)',
        ),
      ],
      conditions: [
        t(
          '在法定劳动年龄内，属于登记失业人员、毕业年度高校毕业生、创业人员或农村转移就业劳动者',
          'Of working age and registered unemployed, a graduate in the year of graduation, starting a business, or a rural worker moving into work',
        ),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择您的人员类别', 'Choose which group you belong to'),
        t('提供对应材料，签名提交', 'Provide the matching material, sign and submit'),
        t(
          '3 个工作日内审核，电子证发到“民生山西”App',
          'Checked within 3 working days; the electronic certificate appears in the Minsheng Shanxi app',
        ),
      ],
      otherChannels: [hallChannel(dept), minshengApp, onlineChannel],
      consultationPhone: '12333',
    },
    situations: [
      {
        id: 'applicantGroup',
        question: t('您属于哪一类人员？', 'Which group do you belong to?'),
        options: [
          { value: 'unemployed', label: t('已办理失业登记的人员', 'Registered as unemployed') },
          { value: 'graduate', label: t('毕业年度内高校毕业生', 'University graduate in the year of graduation') },
          {
            value: 'entrepreneur',
            label: t('自主创业人员（已办营业执照）', 'Running my own business (with a business licence)'),
          },
          { value: 'ruralWorker', label: t('农村转移就业劳动者', 'Rural worker taking up work in town') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'graduationCertificate',
        name: t('毕业证书', 'Graduation certificate'),
        description: t(
          '毕业年度内可用学籍在线验证报告代替',
          'In the year of graduation, the online student status report will do',
        ),
        when: [{ question: 'applicantGroup', in: ['graduate'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 2 }, { kind: 'bringLater' }],
      },
      {
        id: 'businessLicense',
        name: t('营业执照', 'Business licence'),
        when: [{ question: 'applicantGroup', in: ['entrepreneur'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'businessLicense' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
      {
        id: 'householdRegister',
        name: t('居民户口簿（农业户口页）', 'Household register (page showing rural registration)'),
        when: [{ question: 'applicantGroup', in: ['ruralWorker'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'householdRegister' },
          { kind: 'scan', maxPages: 4 },
        ],
      },
    ],
    fields: [...applicantFields, residenceAddressField, educationField],
    declaration: truthfulDeclaration,
  },
  {
    code: 'RS-007',
    name: t('社会保障卡挂失', 'Report a social security card lost'),
    summary: t(
      '社会保障卡丢失或被盗时立即挂失，停止卡的医保结算和金融功能，防止被他人冒用。家属也可为已故持卡人挂失。',
      'If your social security card is lost or stolen, report it at once: medical payments and banking on the card stop so nobody else can use it. Relatives can also report the card of a person who has died.',
    ),
    department: 'humanResources',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: ['death'],
    keywords: {
      'zh-CN': ['社保卡丢了', '社保卡挂失', '卡丢失', '正式挂失', '社会保障卡'],
      en: ['lost social security card', 'stolen card', 'block card'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [{ ...acceptanceReceipt, id: 'lossReceipt', name: t('挂失回执', 'Loss report receipt') }],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《社会保障卡管理办法》（人社部发〔2011〕47号）第二十一条',
          'Measures on Social Security Cards (MOHRSS 2011 No. 47), Article 21',
        ),
      ],
      conditions: [
        t('持卡人本人，或已故持卡人的近亲属', 'The cardholder, or a close relative of a cardholder who has died'),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择为谁挂失', 'Choose whose card it is'),
        t(
          '确认卡号，签名提交，挂失立即生效',
          'Confirm the card number, sign and submit; the block takes effect at once',
        ),
        t('打印挂失回执', 'Print the receipt'),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'phone', name: t('12333 电话临时挂失', 'Temporary block by phone on 12333') },
        minshengApp,
      ],
      consultationPhone: '12333',
      notes: [
        t(
          '挂失后请办理“社会保障卡补换申请”领取新卡',
          'After the block, use “Replace a social security card” to get a new one',
        ),
        t('卡内医保个人账户余额不受影响', 'The money in the medical insurance account on the card is not affected'),
      ],
    },
    situations: [
      {
        id: 'cardOwner',
        question: t('您要为谁的卡挂失？', 'Whose card are you reporting?'),
        options: [
          { value: 'self', label: t('我本人的卡', 'My own card') },
          { value: 'deceasedRelative', label: t('已故亲属的卡（办理身后事）', 'The card of a relative who has died') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'deathCertificate',
        name: t('居民死亡医学证明（推断）书', 'Medical certificate of death'),
        when: [{ question: 'cardOwner', in: ['deceasedRelative'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'deathMedicalCertificate' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
      {
        id: 'relationshipProof',
        name: t('与逝者的亲属关系证明', 'Proof of your relationship to the deceased'),
        description: t(
          '户口簿、结婚证或出生医学证明等',
          'Household register, marriage certificate, birth certificate or similar',
        ),
        when: [{ question: 'cardOwner', in: ['deceasedRelative'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'householdRegister' },
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '为已故持卡人挂失的，应为其近亲属。',
                'Only a close relative may report the card of a person who has died.',
              ),
              content: t(
                '本人是逝者的近亲属（配偶、父母、子女或兄弟姐妹）。',
                'I am a close relative of the deceased (spouse, parent, child or sibling).',
              ),
              liability: t(
                '承诺不实的，挂失无效，由本人承担由此造成的损失和法律责任。',
                'If this is untrue the report is void and I bear any loss and legal responsibility.',
              ),
            },
          },
          { kind: 'scan', maxPages: 2 },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'cardNumber',
        type: 'account',
        label: t('社会保障卡卡号', 'Social security card number'),
        hint: t('已为您查出，核对即可', 'We have looked it up; please check it'),
        minLength: 9,
        maxLength: 19,
        prefill: { source: 'platform', record: 'socialSecurity.cardNumber' },
        when: [{ question: 'cardOwner', in: ['self'] }],
      },
      {
        id: 'deceasedName',
        type: 'name',
        label: t('逝者姓名', 'Name of the deceased'),
        when: [{ question: 'cardOwner', in: ['deceasedRelative'] }],
      },
      {
        id: 'deceasedIdNumber',
        type: 'idNumber',
        label: t('逝者身份证号码', 'ID number of the deceased'),
        when: [{ question: 'cardOwner', in: ['deceasedRelative'] }],
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'RS-008',
    name: t('社会保障卡补换申请', 'Replace a social security card'),
    summary: t(
      '社会保障卡遗失、损坏、信息变更或到期的，申请补办或换发新卡，可到银行网点领取或邮寄到家。',
      'If your social security card is lost, damaged, out of date or your details changed, apply for a new card and collect it at a bank branch or have it posted home.',
    ),
    department: 'humanResources',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['补办社保卡', '换社保卡', '社保卡坏了', '第三代社保卡', '补卡'],
      en: ['replace social security card', 'new card', 'damaged card'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 7,
    legalDays: 15,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      { id: 'newCard', name: t('社会保障卡', 'Social security card'), kind: 'card', delivery: 'counter' },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        socialInsuranceLaw,
        t(
          '《社会保障卡管理办法》（人社部发〔2011〕47号）第二十二条',
          'Measures on Social Security Cards (MOHRSS 2011 No. 47), Article 22',
        ),
      ],
      conditions: [t('持卡人本人；遗失的须先挂失', 'The cardholder; a lost card must be reported first')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择补换原因和领卡方式', 'Choose why you need a new card and how to receive it'),
        t('提供照片，签名提交', 'Provide a photo, sign and submit'),
        t('7 个工作日内制卡，短信通知领取', 'The card is made within 7 working days; we text you when it is ready'),
      ],
      otherChannels: [
        hallChannel(dept),
        {
          kind: 'hall',
          name: t('社保卡合作银行网点（可即时制卡）', 'Partner bank branches (cards made while you wait)'),
        },
        minshengApp,
      ],
      consultationPhone: '12333',
      notes: [
        t(
          '新卡启用后旧卡作废；损坏的旧卡在领新卡时交回',
          'The old card stops working when the new one starts; hand in a damaged card when you collect the new one',
        ),
      ],
    },
    situations: [
      {
        id: 'reason',
        question: t('为什么要补换社保卡？', 'Why do you need a new card?'),
        options: [
          { value: 'lost', label: t('遗失或被盗（已挂失）', 'Lost or stolen (already reported)') },
          { value: 'damaged', label: t('卡片损坏、无法使用', 'Damaged or not working') },
          { value: 'detailsChanged', label: t('姓名或身份证号码变更', 'My name or ID number changed') },
          { value: 'expired', label: t('卡片到期', 'The card has expired') },
        ],
      },
      {
        id: 'delivery',
        question: t('新卡怎么领取？', 'How do you want to receive the new card?'),
        options: [
          { value: 'branch', label: t('到银行网点领取', 'Collect it at a bank branch') },
          { value: 'post', label: t('邮寄到家（免费）', 'Post it to me (free)') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'photo',
        name: t('本人近期免冠彩色证件照', 'A recent colour passport-style photo'),
        description: t(
          '白色背景；也可到银行网点现场拍照',
          'White background; you can also have it taken at the bank branch',
        ),
        satisfiedBy: [{ kind: 'scan', maxPages: 1 }, { kind: 'bringLater' }],
      },
      {
        id: 'changedDetailsProof',
        name: t('户口簿变更页', 'Household register page showing the change'),
        when: [{ question: 'reason', in: ['detailsChanged'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'householdRegister' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'oldCard',
        name: t('原社会保障卡', 'The old card'),
        when: [{ question: 'reason', in: ['damaged', 'detailsChanged', 'expired'] }],
        satisfiedBy: [{ kind: 'bringLater', note: t('领取新卡时交回', 'Hand it in when you collect the new card') }],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'bankBranch',
        type: 'choice',
        label: t('领卡银行网点', 'Bank branch to collect from'),
        when: [{ question: 'delivery', in: ['branch'] }],
        options: [
          { value: 'icbcJiaoqu', label: t('工商银行阳泉郊区支行', 'ICBC Jiaoqu sub-branch') },
          { value: 'ccbYinying', label: t('建设银行阳泉荫营支行', 'China Construction Bank Yinying sub-branch') },
          { value: 'bocYangquan', label: t('中国银行阳泉分行营业部', 'Bank of China Yangquan branch') },
          {
            value: 'ruralBankJiaoqu',
            label: t('山西农商银行郊区支行', 'Shanxi Rural Commercial Bank Jiaoqu sub-branch'),
          },
        ],
      },
      {
        id: 'postalAddress',
        type: 'address',
        label: t('邮寄地址', 'Postal address'),
        prefill: { source: 'idCard', field: 'address' },
        when: [{ question: 'delivery', in: ['post'] }],
        messages: { required: t('请输入新卡的邮寄地址', 'Enter the address to post the new card to') },
      },
    ],
    declaration: truthfulDeclaration,
  },
];
