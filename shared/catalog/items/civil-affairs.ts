import type { FormFieldInput, ItemInput, MaterialInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  householdRegisterMaterial,
  idCardMaterial,
  onlineChannel,
  signedFormMaterial,
  t,
  truthfulDeclaration,
  yesNo,
} from './common.js';

/** 民政: 阳泉市郊区民政局. Codes MZ-001…. Assistance items are accepted by the township (street) offices. */
const dept = t('阳泉市郊区民政局', 'Civil Affairs Bureau of Jiaoqu District');
const socialAssistanceMeasures = t(
  '《社会救助暂行办法》（国务院令第 649 号）',
  'Interim Measures for Social Assistance (State Council Order No. 649)',
);
const townshipChannel = {
  kind: 'hall' as const,
  name: t('户籍所在地乡镇（街道）便民服务中心', 'Service center of your township or street office'),
  detail: t('社会救助窗口', 'Social assistance counter'),
};
/** Assistance payments go to the beneficiary's social security card (its bank account). */
const paidToCardNote = t(
  '补贴按月发放到本人社会保障卡的金融账户，请确保社保卡已激活金融功能',
  "Payments go monthly to the bank account of the person's social security card; make sure its banking function is activated",
);

const residenceAddressField: FormFieldInput = {
  id: 'residenceAddress',
  type: 'address',
  inDistrict: true,
  label: t('现居住地址', 'Where you live now'),
  hint: t('写到门牌号，工作人员可能上门核实', 'Down to the house number; staff may visit'),
  messages: { required: t('请输入现居住地址', 'Enter where you live now') },
};

const relationshipOptions = [
  { value: 'spouse', label: t('配偶', 'Husband or wife') },
  { value: 'child', label: t('子女', 'Son or daughter') },
  { value: 'parent', label: t('父母', 'Parent') },
  { value: 'grandchild', label: t('孙子女、外孙子女', 'Grandchild') },
  { value: 'sibling', label: t('兄弟姐妹', 'Brother or sister') },
  { value: 'other', label: t('其他亲属或监护人', 'Another relative or guardian') },
];

const agentCommitment: MaterialInput = {
  id: 'agentAuthorisation',
  name: t('代办委托说明', 'Authority to apply on their behalf'),
  description: t(
    '代办人与本人的关系及本人同意代办的说明',
    'How you are related and that they agree to you applying for them',
  ),
  satisfiedBy: [
    {
      kind: 'commitment',
      commitment: {
        obligation: t(
          '代为申请的，应取得本人同意，或为本人的法定监护人。',
          "Someone applying for another person must have that person's consent or be their legal guardian.",
        ),
        content: t(
          '本人承诺已取得被代办人同意（或为其法定监护人），所填关系真实，补贴仅用于被代办人。',
          'I promise that the person I am applying for has agreed (or that I am their legal guardian), that the relationship I give is true, and that the payments are for that person only.',
        ),
        liability: t(
          '承诺不实的，停止发放并追回已发放资金，本人依法承担相应责任。',
          'If this is untrue, payments stop, money already paid is recovered, and I bear the legal consequences.',
        ),
      },
    },
    { kind: 'scan', maxPages: 2 },
  ],
};

export const civilAffairsItems: ItemInput[] = [
  {
    code: 'MZ-001',
    name: t('婚姻登记预约', 'Book a marriage registration appointment'),
    summary: t(
      '预约到郊区婚姻登记处办理结婚登记、离婚登记或补领婚姻登记证的日期和时段，到时凭预约直接办理，不用排队。',
      'Book a date and time at the Jiaoqu marriage registry to marry, divorce or replace a marriage certificate. Come at your time and skip the queue.',
    ),
    department: 'civilAffairs',
    category: 'marriageBirth',
    audience: 'citizen',
    lifeEvents: ['birth'],
    keywords: {
      'zh-CN': ['结婚', '领证', '结婚证', '离婚', '婚姻登记', '补领结婚证', '民政局预约', '颁证'],
      en: ['marriage', 'wedding', 'marriage certificate', 'divorce', 'registry office'],
    },
    flow: 'book',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'bookingSlip',
        name: t('婚姻登记预约凭条', 'Marriage registration appointment slip'),
        kind: 'ticket',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    booking: {
      place: t('阳泉市郊区民政局婚姻登记处', 'Marriage Registry, Civil Affairs Bureau of Jiaoqu District'),
      slotMinutes: 30,
      daysAhead: 30,
      workingDaysOnly: true,
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《中华人民共和国民法典》第一千零四十九条、第一千零七十六条至第一千零七十八条',
          'Civil Code of the PRC, Articles 1049 and 1076 to 1078',
        ),
        t('《婚姻登记条例》', 'Regulations on Marriage Registration'),
      ],
      conditions: [
        t(
          '结婚：男方年满 22 周岁、女方年满 20 周岁，双方自愿，均无配偶，且不属于法律禁止结婚的情形',
          'To marry: the man is at least 22 and the woman at least 20, both agree freely, neither is married, and the law does not forbid the marriage',
        ),
        t(
          '离婚：双方自愿离婚，对子女抚养、财产及债务处理等事项协商一致',
          'To divorce: both agree to divorce and have agreed on the children, property and debts',
        ),
        t('由一方预约即可，办理时双方须本人同时到场', 'One of you books; you must both come in person'),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择登记类型', 'Choose what you are registering'),
        t('选择日期和时段，填写对方信息', "Choose a date and time and give your partner's details"),
        t('确认预约，打印预约凭条', 'Confirm and print the appointment slip'),
      ],
      otherChannels: [
        hallChannel(dept),
        {
          kind: 'miniProgram',
          name: t(
            '民政部“婚姻登记预约”微信小程序',
            'Ministry of Civil Affairs marriage appointment WeChat mini program',
          ),
        },
        appChannel,
      ],
      notes: [
        t(
          '结婚登记请带：双方本人有效居民身份证，3 张近期 2 寸半身免冠双人合影照片',
          'To marry, bring: both your valid ID cards and three recent 2-inch photos of the two of you, head and shoulders, without hats',
        ),
        t(
          '离婚登记请带：双方身份证、结婚证、双方签名的离婚协议书 3 份',
          'To divorce, bring: both ID cards, your marriage certificate and three copies of the divorce agreement signed by both',
        ),
        t(
          '离婚申请受理后有 30 日冷静期；期满后 30 日内，双方须再次预约并到场申请发给离婚证，逾期视为撤回申请',
          'After a divorce application there is a 30-day cooling-off period. Within the 30 days after it ends you must both book again and come to ask for the divorce certificate, or the application counts as withdrawn',
        ),
        t(
          '婚姻登记不收费。爽约请提前取消，以便他人预约',
          'Registration is free. If you cannot come, cancel so someone else can have the slot',
        ),
      ],
    },
    situations: [
      {
        id: 'registrationKind',
        question: t('您要办理哪种登记？', 'What do you want to register?'),
        options: [
          { value: 'marriage', label: t('结婚登记', 'Marriage') },
          { value: 'divorceApplication', label: t('离婚登记申请', 'Apply for a divorce') },
          {
            value: 'divorceCertificate',
            label: t('冷静期满，申请发给离婚证', 'Collect the divorce certificate after the cooling-off period'),
          },
          { value: 'reissue', label: t('补领结婚证或离婚证', 'Replace a lost marriage or divorce certificate') },
        ],
      },
    ],
    fields: [
      applicantFields[0]!,
      applicantFields[1]!,
      {
        id: 'partnerName',
        type: 'name',
        label: t('对方姓名', "Your partner's name"),
        when: [{ question: 'registrationKind', in: ['marriage', 'divorceApplication', 'divorceCertificate'] }],
        messages: { required: t('请输入对方的姓名', "Enter your partner's name") },
      },
      {
        id: 'partnerIdNumber',
        type: 'idNumber',
        label: t('对方身份证号码', "Your partner's ID number"),
        when: [{ question: 'registrationKind', in: ['marriage', 'divorceApplication', 'divorceCertificate'] }],
        messages: { required: t('请输入对方的身份证号码', "Enter your partner's ID number") },
      },
      {
        id: 'ceremony',
        type: 'choice',
        label: t('是否需要颁证仪式？', 'Would you like a certificate ceremony?'),
        hint: t(
          '在颁证厅由颁证员为新人颁发结婚证，约 15 分钟',
          'A registrar presents your certificates in the ceremony hall; about 15 minutes',
        ),
        optional: true,
        when: [{ question: 'registrationKind', in: ['marriage'] }],
        options: yesNo(t('需要', 'Yes, please'), t('不需要', 'No, thank you')),
      },
      applicantFields[2]!,
    ],
  },
  {
    code: 'MZ-002',
    name: t('最低生活保障申请', 'Apply for the minimum living allowance (dibao)'),
    summary: t(
      '家庭人均收入低于本地低保标准、家庭财产符合规定的，可申请最低生活保障，审核确认后按月发放低保金。',
      'If your household income per person is below the local minimum living standard and your assets are within the limits, apply for the minimum living allowance (dibao), paid monthly once approved.',
    ),
    department: 'civilAffairs',
    category: 'socialAssistance',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['低保', '最低生活保障', '困难救助', '生活困难', '低保金', '社会救助'],
      en: ['dibao', 'minimum living allowance', 'welfare', 'low income', 'social assistance'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 30,
    legalDays: 45,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'decisionNotice',
        name: t('最低生活保障审核确认结果通知书', 'Notice of the dibao decision'),
        kind: 'notice',
        delivery: 'counter',
      },
    ],
    requiredDevices: ['idCardReader', 'documentCamera', 'receiptPrinter'],
    guide: {
      itemType: 'administrativePayment',
      legalBasis: [
        socialAssistanceMeasures,
        t(
          '《最低生活保障审核确认办法》（民发〔2021〕57 号）',
          'Measures for Reviewing and Confirming Minimum Living Allowance (Minfa [2021] No. 57)',
        ),
      ],
      conditions: [
        t(
          '共同生活的家庭成员人均月收入低于阳泉市最低生活保障标准',
          'The monthly income per person of the household living together is below the Yangquan dibao standard',
        ),
        t(
          '家庭财产（存款、房屋、车辆等）符合阳泉市规定的条件',
          'The household’s savings, homes, vehicles and other assets are within the Yangquan limits',
        ),
        t(
          '以家庭为单位，由一名家庭成员向户籍所在地乡镇（街道）提出申请；持有阳泉市居住证的，可在居住地申请',
          'One member applies for the whole household where the hukou is; holders of a Yangquan residence permit may apply where they live',
        ),
      ],
      steps: [
        t('放置身份证，回答家庭情况问题', 'Place your ID card and answer questions about your household'),
        t('提供材料，如实申报家庭收入和财产', 'Provide the materials and declare your income and assets truthfully'),
        t('签名授权核对家庭经济状况，提交申请', 'Sign to allow a check of your household finances, then submit'),
        t(
          '乡镇（街道）入户调查、民主评议，结果公示 7 天',
          'The township visits your home and reviews the case; the result is posted publicly for 7 days',
        ),
        t(
          '区民政局审核确认，批准的次月起发放低保金',
          'The district civil affairs bureau decides; if approved, payments start the following month',
        ),
      ],
      otherChannels: [townshipChannel, hallChannel(dept), onlineChannel, appChannel],
      notes: [
        t(
          '本人确有困难无法申请的，可委托村（居）民委员会或他人代为申请',
          'If you cannot apply yourself, the village or residents’ committee or someone else can apply for you',
        ),
        t(
          '审核确认原则上 30 个工作日内完成，特殊情况可延长至 45 个工作日',
          'A decision normally takes up to 30 working days, 45 in special cases',
        ),
        t(
          '享受低保期间家庭人口、收入、财产发生变化的，应及时告知乡镇（街道）',
          'Tell the township promptly if your household, income or assets change while you receive dibao',
        ),
        paidToCardNote,
      ],
    },
    situations: [
      {
        id: 'hukouPlace',
        question: t('您的户口在阳泉市郊区吗？', 'Is your hukou registered in Jiaoqu District?'),
        options: [
          { value: 'local', label: t('是，户口在郊区', 'Yes') },
          {
            value: 'resident',
            label: t(
              '不是，但我持有阳泉市居住证、在郊区居住',
              'No, but I live in Jiaoqu with a Yangquan residence permit',
            ),
          },
        ],
      },
      {
        id: 'householdSize',
        question: t('您家里有几个人一起生活？', 'How many people live in your household?'),
        help: t(
          '包括配偶、未成年子女，以及一起生活的父母、成年子女等',
          'Count your spouse, children under 18, and parents or adult children who live with you',
        ),
        options: [
          { value: 'single', label: t('只有我一个人', 'Just me') },
          { value: 'several', label: t('两人或以上', 'Two or more') },
        ],
      },
      {
        id: 'disability',
        question: t('家庭成员中有持残疾人证的人吗？', 'Does anyone in the household hold a disability certificate?'),
        options: yesNo(t('有', 'Yes'), t('没有', 'No')),
      },
      {
        id: 'seriousIllness',
        question: t('家庭成员中有患重大疾病的人吗？', 'Does anyone in the household have a serious illness?'),
        help: t(
          '例如恶性肿瘤、尿毒症透析、器官移植等需要长期治疗的疾病',
          'Such as cancer, kidney failure needing dialysis, or an organ transplant',
        ),
        options: yesNo(t('有', 'Yes'), t('没有', 'No')),
      },
    ],
    materials: [
      idCardMaterial,
      householdRegisterMaterial,
      {
        id: 'residencePermit',
        name: t('阳泉市居住证', 'Yangquan residence permit'),
        when: [{ question: 'hukouPlace', in: ['resident'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'incomeDeclaration',
        name: t('家庭收入和财产状况声明', 'Declaration of household income and assets'),
        description: t(
          '如实申报家庭成员的工资、经营、财产性收入和存款、房屋、车辆等',
          "State every member's wages, business and investment income, savings, homes and vehicles",
        ),
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '申请人应如实申报家庭人口、收入和财产状况，并配合入户调查和信息核对。',
                'You must truthfully declare your household, income and assets, and cooperate with home visits and information checks.',
              ),
              content: t(
                '本人承诺所申报的家庭人口、收入和财产状况真实完整，没有隐瞒、虚报。',
                'I promise that the household members, income and assets I declare are true and complete, with nothing hidden or overstated.',
              ),
              liability: t(
                '以虚报、隐瞒等手段骗取低保的，停止发放、追回已领取的低保金，记入社会信用记录；构成违法的依法处理。',
                'Anyone who obtains dibao by false or hidden information loses it, must repay what was paid, and has it entered on their credit record; breaches of law are dealt with accordingly.',
              ),
            },
          },
        ],
      },
      {
        id: 'checkAuthorisation',
        name: t('家庭经济状况核对授权书', 'Consent to check household finances'),
        description: t(
          '授权民政部门查询家庭成员的存款、房产、车辆、社保等信息；申请人在屏幕上签名，其他成年家庭成员到乡镇（街道）补签',
          "Allows civil affairs to check the household's savings, property, vehicles and social insurance. You sign on the screen; other adult members sign at the township office",
        ),
        satisfiedBy: [{ kind: 'signature' }],
      },
      {
        id: 'familyMembersConsent',
        name: t('其他成年家庭成员的签名', 'Signatures of the other adult household members'),
        when: [{ question: 'householdSize', in: ['several'] }],
        satisfiedBy: [
          {
            kind: 'bringLater',
            note: t('入户调查时或到乡镇（街道）签名', 'They sign during the home visit or at the township office'),
          },
        ],
      },
      {
        id: 'disabilityCertificate',
        name: t('残疾人证', 'Disability certificate'),
        when: [{ question: 'disability', in: ['yes'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'disabilityCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'diagnosis',
        name: t('二级及以上医院出具的诊断证明', 'Diagnosis from a level-2 or higher hospital'),
        when: [{ question: 'seriousIllness', in: ['yes'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 6 }, { kind: 'bringLater' }],
      },
      signedFormMaterial('applicationForm', t('最低生活保障申请书', 'Application for minimum living allowance')),
    ],
    fields: [
      ...applicantFields,
      residenceAddressField,
      {
        id: 'householdMembers',
        type: 'number',
        label: t('共同生活的家庭人口数', 'Number of people in the household'),
        when: [{ question: 'householdSize', in: ['several'] }],
        min: 2,
        max: 20,
        unit: t('人', 'people'),
        messages: { required: t('请输入共同生活的家庭人口数', 'Enter how many people live in the household') },
      },
      {
        id: 'monthlyIncome',
        type: 'amount',
        label: t('全家每月总收入', 'Total monthly income of the household'),
        hint: t('近 12 个月的平均数，没有收入填 0', 'Average over the last 12 months; enter 0 if none'),
        minFen: 0,
        messages: { required: t('请输入全家每月总收入，没有收入填 0', 'Enter the total monthly income, or 0 if none') },
      },
      {
        id: 'reason',
        type: 'text',
        label: t('申请理由', 'Why you are applying'),
        hint: t(
          '简要说明家庭困难情况，例如失业、患病、残疾',
          'Briefly describe your difficulties, such as job loss, illness or disability',
        ),
        maxLength: 200,
        messages: { required: t('请简要写明申请理由', 'Briefly say why you are applying') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'MZ-003',
    name: t('高龄津贴申请', 'Apply for the old-age allowance (80 and over)'),
    summary: t(
      '年满 80 周岁的郊区户籍老年人申请高龄津贴，审核通过后按月发放到本人社会保障卡。',
      'People aged 80 or over with a Jiaoqu hukou can apply for the old-age allowance, paid monthly to their social security card once approved.',
    ),
    department: 'civilAffairs',
    category: 'elderly',
    audience: 'citizen',
    lifeEvents: ['retirement'],
    keywords: {
      'zh-CN': ['高龄补贴', '高龄津贴', '老人补贴', '80岁', '百岁老人', '长寿补贴'],
      en: ['old-age allowance', 'over 80', 'elderly subsidy', 'longevity allowance'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 15,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'decisionNotice',
        name: t('高龄津贴审核结果通知', 'Notice of the allowance decision'),
        kind: 'notice',
        delivery: 'electronic',
      },
    ],
    requiredDevices: ['idCardReader', 'documentCamera', 'receiptPrinter'],
    guide: {
      itemType: 'administrativePayment',
      legalBasis: [
        t(
          '《中华人民共和国老年人权益保障法》第三十三条',
          'Law of the PRC on the Protection of the Rights and Interests of Older People, Article 33',
        ),
        t('山西省、阳泉市高龄津贴发放有关规定', 'Shanxi and Yangquan rules on the old-age allowance'),
      ],
      conditions: [
        t('具有阳泉市郊区户籍', 'Hukou registered in Jiaoqu District'),
        t('年满 80 周岁（从满 80 周岁的当月起可以申请）', 'Aged 80 or over (you can apply from the month you turn 80)'),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('说明是老人本人还是家属代办', 'Say whether you are the older person or a relative'),
        t('确认材料，签名提交', 'Confirm the materials, sign and submit'),
        t(
          '乡镇（街道）初审、区民政局审核，通过后次月起发放',
          'The township checks and the district bureau approves; payments start the following month',
        ),
      ],
      otherChannels: [townshipChannel, hallChannel(dept), appChannel],
      notes: [
        t(
          '津贴标准按年龄段分档，以当年公布的标准为准',
          'The amount depends on the age band and follows the rates published each year',
        ),
        t(
          '老人去世或户口迁出的，家属应及时告知，停发津贴',
          'If the person dies or moves their hukou away, the family must tell us so payments stop',
        ),
        paidToCardNote,
      ],
    },
    situations: [
      {
        id: 'whoApplies',
        question: t('谁来申请？', 'Who is applying?'),
        options: [
          { value: 'self', label: t('老人本人', 'The older person') },
          {
            value: 'relative',
            label: t('家属代办', 'A relative, on their behalf'),
            hint: t('请放置您（代办人）的身份证', 'Place your own ID card, as the person applying for them'),
          },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'elderIdCard',
        name: t('老人的居民身份证', "The older person's ID card"),
        when: [{ question: 'whoApplies', in: ['relative'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 2 }],
      },
      { ...agentCommitment, when: [{ question: 'whoApplies', in: ['relative'] }] },
      householdRegisterMaterial,
      signedFormMaterial('applicationForm', t('高龄津贴申请表', 'Old-age allowance application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'elderName',
        type: 'name',
        label: t('老人姓名', "The older person's name"),
        when: [{ question: 'whoApplies', in: ['relative'] }],
        messages: { required: t('请输入老人的姓名', "Enter the older person's name") },
      },
      {
        id: 'elderIdNumber',
        type: 'idNumber',
        label: t('老人身份证号码', "The older person's ID number"),
        when: [{ question: 'whoApplies', in: ['relative'] }],
        messages: { required: t('请输入老人的身份证号码', "Enter the older person's ID number") },
      },
      {
        id: 'relationship',
        type: 'choice',
        label: t('您是老人的什么人？', 'How are you related to them?'),
        when: [{ question: 'whoApplies', in: ['relative'] }],
        options: relationshipOptions,
        messages: { required: t('请选择您与老人的关系', 'Choose how you are related') },
      },
      residenceAddressField,
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'MZ-004',
    name: t('困难残疾人生活补贴和重度残疾人护理补贴申请', 'Apply for disability living and care subsidies'),
    summary: t(
      '低保家庭中的残疾人可申请生活补贴；残疾等级为一级、二级且需要长期照护的重度残疾人可申请护理补贴。',
      'People with disabilities in dibao households can apply for the living subsidy; people with a grade 1 or 2 disability who need long-term care can apply for the care subsidy.',
    ),
    department: 'civilAffairs',
    category: 'disability',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['两项补贴', '残疾人补贴', '护理补贴', '生活补贴', '重度残疾', '残疾人两补'],
      en: ['disability subsidy', 'care subsidy', 'living subsidy', 'severe disability'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 20,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'decisionNotice',
        name: t('补贴审核结果通知', 'Notice of the subsidy decision'),
        kind: 'notice',
        delivery: 'electronic',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativePayment',
      legalBasis: [
        t('《中华人民共和国残疾人保障法》', 'Law of the PRC on the Protection of Persons with Disabilities'),
        t(
          '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52 号）',
          'State Council opinions on living subsidies for people with disabilities in hardship and care subsidies for people with severe disabilities (Guofa [2015] No. 52)',
        ),
      ],
      conditions: [
        t(
          '持有第二代中华人民共和国残疾人证，户籍在郊区',
          'Holds a second-generation disability certificate and has a Jiaoqu hukou',
        ),
        t(
          '生活补贴：属于最低生活保障家庭（含低保边缘家庭等本地规定的困难家庭）',
          'Living subsidy: the household receives dibao (or is another hardship household defined locally)',
        ),
        t(
          '护理补贴：残疾等级为一级、二级且需要长期照护',
          'Care subsidy: grade 1 or 2 disability and a need for long-term care',
        ),
      ],
      steps: [
        t('放置身份证，选择申请的补贴', 'Place your ID card and choose the subsidy'),
        t(
          '调取残疾人证等电子证照，签名提交',
          'Use e-licences such as the disability certificate, then sign and submit',
        ),
        t(
          '乡镇（街道）初审，区残联审核，区民政局审定',
          'The township checks, the district disabled persons’ federation reviews and the civil affairs bureau decides',
        ),
        t('审定通过的次月起按月发放', 'Payments start the month after approval'),
      ],
      otherChannels: [townshipChannel, hallChannel(dept), onlineChannel],
      notes: [
        t(
          '已享受工伤保险生活护理费等同类补贴的，不重复享受护理补贴',
          'People who already receive a similar allowance, such as the work-injury nursing allowance, cannot also receive the care subsidy',
        ),
        t(
          '残疾人证到期或等级变化的，请先办理残疾人证换领',
          'If the disability certificate has expired or the grade changed, renew the certificate first',
        ),
        paidToCardNote,
      ],
    },
    situations: [
      {
        id: 'subsidy',
        question: t('申请哪项补贴？', 'Which subsidy are you applying for?'),
        options: [
          {
            value: 'living',
            label: t('困难残疾人生活补贴', 'Living subsidy'),
            hint: t('低保家庭中的残疾人', 'For people with disabilities in dibao households'),
          },
          {
            value: 'care',
            label: t('重度残疾人护理补贴', 'Care subsidy'),
            hint: t('一级、二级残疾且需要长期照护', 'For grade 1 or 2 disabilities needing long-term care'),
          },
          { value: 'both', label: t('两项都申请', 'Both') },
        ],
      },
      {
        id: 'whoApplies',
        question: t('谁来申请？', 'Who is applying?'),
        options: [
          { value: 'self', label: t('残疾人本人', 'The person with the disability') },
          {
            value: 'guardian',
            label: t('监护人或家属代办', 'A guardian or relative, on their behalf'),
            hint: t('请放置您（代办人）的身份证', 'Place your own ID card'),
          },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'disabilityCertificate',
        name: t('第二代残疾人证', 'Second-generation disability certificate'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'disabilityCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'subsistenceProof',
        name: t('最低生活保障证明', 'Proof of dibao'),
        when: [{ question: 'subsidy', in: ['living', 'both'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'subsistenceAllowanceCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      { ...agentCommitment, when: [{ question: 'whoApplies', in: ['guardian'] }] },
      householdRegisterMaterial,
      signedFormMaterial('applicationForm', t('残疾人两项补贴申请审批表', 'Disability subsidies application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'disabledPersonName',
        type: 'name',
        label: t('残疾人姓名', 'Name of the person with the disability'),
        when: [{ question: 'whoApplies', in: ['guardian'] }],
        messages: { required: t('请输入残疾人的姓名', 'Enter the name of the person with the disability') },
      },
      {
        id: 'disabledPersonIdNumber',
        type: 'idNumber',
        label: t('残疾人身份证号码', 'ID number of the person with the disability'),
        when: [{ question: 'whoApplies', in: ['guardian'] }],
        messages: { required: t('请输入残疾人的身份证号码', 'Enter the ID number of the person with the disability') },
      },
      {
        id: 'relationship',
        type: 'choice',
        label: t('您是残疾人的什么人？', 'How are you related to them?'),
        when: [{ question: 'whoApplies', in: ['guardian'] }],
        options: relationshipOptions,
        messages: { required: t('请选择您与残疾人的关系', 'Choose how you are related') },
      },
      {
        id: 'careArrangement',
        type: 'choice',
        label: t('目前主要由谁照护？', 'Who mainly looks after them now?'),
        when: [{ question: 'subsidy', in: ['care', 'both'] }],
        options: [
          { value: 'family', label: t('家人照护', 'Family') },
          { value: 'institution', label: t('入住养老或托养机构', 'A care home or residential care') },
          { value: 'hired', label: t('聘请护理人员', 'A paid carer') },
        ],
        messages: { required: t('请选择目前的照护方式', 'Choose who looks after them') },
      },
      residenceAddressField,
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'MZ-005',
    name: t('基本殡葬服务费用减免申请', 'Apply for a refund of basic funeral service fees'),
    summary: t(
      '郊区户籍居民去世后在本市殡仪馆火化的，家属可申请减免遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用。',
      'When a Jiaoqu resident has died and been cremated at a Yangquan funeral home, the family can have the basic funeral service fees refunded: transport, storage, cremation and keeping the ashes.',
    ),
    department: 'civilAffairs',
    category: 'funeral',
    audience: 'citizen',
    lifeEvents: ['death'],
    keywords: {
      'zh-CN': ['殡葬补贴', '火化费', '丧葬费', '惠民殡葬', '殡葬费减免', '身后事'],
      en: ['funeral costs', 'cremation fee', 'funeral subsidy', 'bereavement'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 10,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'refundNotice',
        name: t('殡葬费用减免结果通知', 'Notice of the funeral fee refund'),
        kind: 'notice',
        delivery: 'electronic',
      },
    ],
    requiredDevices: ['idCardReader', 'documentCamera', 'receiptPrinter'],
    guide: {
      itemType: 'administrativePayment',
      legalBasis: [
        t('《殡葬管理条例》', 'Regulations on Funeral and Interment Administration'),
        t(
          '《关于全面推行惠民殡葬政策的指导意见》（民发〔2012〕211 号）',
          'Guiding opinions on funeral services for the benefit of the people (Minfa [2012] No. 211)',
        ),
      ],
      conditions: [
        t(
          '逝者生前为郊区户籍居民，遗体在阳泉市殡仪馆火化',
          'The person who died had a Jiaoqu hukou and was cremated at a Yangquan funeral home',
        ),
        t(
          '由逝者的配偶、子女、父母或其他近亲属申请，自火化之日起 1 年内提出',
          'A spouse, child, parent or other close relative applies within one year of the cremation',
        ),
        t('在殡仪馆已直接减免的费用，不再重复减免', 'Fees already waived at the funeral home are not refunded again'),
      ],
      steps: [
        t(
          '放置申请人身份证，说明与逝者的关系',
          'Place your ID card and say how you are related to the person who died',
        ),
        t(
          '调取死亡证明、火化证明，拍摄殡葬服务收费票据',
          'Fetch the death and cremation certificates, and photograph the funeral home receipts',
        ),
        t(
          '填写逝者信息和收款账户，签名提交',
          "Give the deceased's details and your bank account, then sign and submit",
        ),
        t('审核通过后，减免金额转入您的账户', 'Once approved, the refund is paid into your account'),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'hall', name: t('阳泉市殡仪馆服务窗口', 'Service counter of the Yangquan funeral home') },
      ],
      notes: [
        t(
          '减免项目限遗体接运、暂存、火化、骨灰寄存等基本殡葬服务，不含寿衣、骨灰盒、告别厅等选择性服务',
          'Only basic services are covered: transport, storage, cremation and keeping the ashes; not clothing, urns, farewell halls or other optional services',
        ),
        t(
          '逝者为特困、低保等困难群众的，减免范围按规定扩大',
          'For people who received dibao or support as extremely poor, more is covered',
        ),
        t(
          '本事项可与“身后一件事”一并办理',
          'This can be done together with the other affairs after a death in one package',
        ),
      ],
    },
    situations: [
      {
        id: 'sameHousehold',
        question: t('您和逝者在同一个户口簿上吗？', 'Were you on the same household register as the person who died?'),
        options: yesNo(t('是', 'Yes'), t('不是', 'No')),
      },
      {
        id: 'hardship',
        question: t(
          '逝者生前是否享受低保或特困人员供养？',
          'Did the person who died receive dibao or support as an extremely poor person?',
        ),
        options: yesNo(t('是', 'Yes'), t('否', 'No')),
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'deathCertificate',
        name: t('居民死亡医学证明（推断）书', 'Medical certificate of death'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'deathMedicalCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'cremationCertificate',
        name: t('火化证明', 'Cremation certificate'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'cremationCertificate' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
      {
        id: 'funeralReceipts',
        name: t('殡葬服务收费票据', 'Funeral home receipts'),
        description: t(
          '殡仪馆开具的收费票据原件，逐张放在高拍仪上拍摄',
          'The original receipts from the funeral home; photograph each one',
        ),
        satisfiedBy: [{ kind: 'scan', maxPages: 10 }, { kind: 'bringLater' }],
      },
      {
        id: 'relationshipProof',
        name: t('与逝者的亲属关系证明', 'Proof of your relationship to the deceased'),
        when: [{ question: 'sameHousehold', in: ['no'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '申请人应为逝者的近亲属。',
                'The applicant must be a close relative of the person who died.',
              ),
              content: t(
                '本人承诺与逝者的亲属关系真实，其他近亲属对本人申领减免费用无异议。',
                'I promise that the relationship I give is true and that no other close relative objects to my claiming the refund.',
              ),
              liability: t(
                '承诺不实或引发亲属纠纷的，退回已领取的费用，并依法承担相应责任。',
                'If this is untrue or leads to a family dispute, I repay the refund and bear the legal consequences.',
              ),
            },
          },
          { kind: 'scan', maxPages: 4 },
        ],
      },
      {
        id: 'subsistenceProof',
        name: t('逝者享受低保或特困供养的证明', 'Proof the deceased received dibao or extreme-poverty support'),
        when: [{ question: 'hardship', in: ['yes'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'subsistenceAllowanceCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      signedFormMaterial(
        'applicationForm',
        t('基本殡葬服务费用减免申请表', 'Application for a refund of basic funeral fees'),
      ),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'deceasedName',
        type: 'name',
        label: t('逝者姓名', 'Name of the person who died'),
        messages: { required: t('请输入逝者的姓名', 'Enter the name of the person who died') },
      },
      {
        id: 'deceasedIdNumber',
        type: 'idNumber',
        label: t('逝者身份证号码', 'ID number of the person who died'),
        messages: { required: t('请输入逝者的身份证号码', 'Enter the ID number of the person who died') },
      },
      {
        id: 'relationToDeceased',
        type: 'choice',
        label: t('您是逝者的什么人？', 'How were you related to the person who died?'),
        options: [
          { value: 'spouse', label: t('配偶', 'Husband or wife') },
          { value: 'child', label: t('子女', 'Son or daughter') },
          { value: 'parent', label: t('父母', 'Parent') },
          { value: 'otherRelative', label: t('其他近亲属', 'Another close relative') },
        ],
        messages: { required: t('请选择您与逝者的关系', 'Choose how you were related') },
      },
      {
        id: 'dateOfDeath',
        type: 'date',
        range: 'past',
        label: t('死亡日期', 'Date of death'),
        messages: { required: t('请选择死亡日期', 'Choose the date of death') },
      },
      {
        id: 'cremationDate',
        type: 'date',
        range: 'past',
        label: t('火化日期', 'Date of cremation'),
        messages: { required: t('请选择火化日期', 'Choose the date of cremation') },
      },
      {
        id: 'bankName',
        type: 'text',
        label: t('收款银行', 'Bank for the refund'),
        hint: t('写到支行，例如 中国工商银行阳泉郊区支行', 'Include the branch'),
        maxLength: 40,
        messages: { required: t('请输入收款银行名称', 'Enter the name of the bank') },
      },
      {
        id: 'bankAccount',
        type: 'account',
        label: t('收款银行卡号', 'Bank card number for the refund'),
        hint: t('须为申请人本人名下的银行卡', 'The card must be in your own name'),
        minLength: 12,
        maxLength: 19,
        messages: {
          required: t('请输入收款银行卡号', 'Enter the bank card number'),
          invalid: t('银行卡号是 12 至 19 位数字', 'A bank card number is 12 to 19 digits'),
        },
      },
    ],
    declaration: truthfulDeclaration,
  },
];
