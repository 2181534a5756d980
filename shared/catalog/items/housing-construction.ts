import type { ItemInput } from '../schema.js';
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
} from './common.js';

/** 住建: 阳泉市郊区住房和城乡建设管理局 (住房保障). Codes ZJ-001…. */
const dept = t('阳泉市郊区住房和城乡建设管理局', 'Housing and Urban-Rural Development Bureau of Jiaoqu District');
const publicRentalMeasures = t(
  '《公共租赁住房管理办法》（住房和城乡建设部令第 11 号）',
  'Measures for the Administration of Public Rental Housing (MOHURD Order No. 11)',
);

export const housingConstructionItems: ItemInput[] = [
  {
    code: 'ZJ-001',
    name: t('公共租赁住房申请', 'Apply for public rental housing'),
    summary: t(
      '在郊区无房或住房困难、收入和财产符合条件的家庭，以及新就业无房职工、稳定就业的外来务工人员，申请公共租赁住房。',
      'Households in Jiaoqu with no home or poor housing whose income and assets are within the limits, newly employed workers without a home, and workers from elsewhere with steady jobs here can apply for public rental housing.',
    ),
    department: 'housingConstruction',
    category: 'housingSecurity',
    audience: 'citizen',
    lifeEvents: ['housing', 'work'],
    keywords: {
      'zh-CN': ['公租房', '廉租房', '保障房', '住房困难', '租房补贴', '住房保障'],
      en: ['public housing', 'social housing', 'affordable housing', 'council flat', 'low-rent housing'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 30,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'qualificationNotice',
        name: t('公共租赁住房资格审核结果通知', 'Notice of the public rental housing decision'),
        kind: 'notice',
        delivery: 'electronic',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeConfirmation',
      legalBasis: [
        publicRentalMeasures,
        t('阳泉市公共租赁住房管理有关规定', 'Yangquan rules on public rental housing'),
      ],
      conditions: [
        t(
          '申请人及共同申请的家庭成员在郊区无自有住房，或人均住房面积低于规定标准',
          'You and the family applying with you own no home in Jiaoqu, or your floor space per person is below the standard',
        ),
        t('家庭收入、财产低于阳泉市公布的标准', 'Household income and assets are below the limits Yangquan publishes'),
        t(
          '新就业职工、外来务工人员须在郊区稳定就业并按规定缴纳社会保险',
          'Newly employed and non-local workers must have a steady job in Jiaoqu and pay social insurance',
        ),
      ],
      steps: [
        t('放置身份证，选择申请类别', 'Place your ID card and choose which group you apply as'),
        t('提供材料，如实申报住房和收入', 'Provide the materials and declare your housing and income truthfully'),
        t('签名授权核查，提交申请', 'Sign to allow checks, then submit'),
        t(
          '审核合格的公示，公示无异议后纳入轮候，按轮候顺序配租',
          'If you qualify, the result is posted publicly; with no objections you join the waiting list and are offered a home in turn',
        ),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      notes: [
        t(
          '可在本机“不动产登记信息查询证明打印”中先查询本人名下房产情况',
          'You can first check which homes are registered in your name with the real estate record service on this kiosk',
        ),
        t(
          '审核进度和轮候情况可在“住房保障资格查询”中查看',
          'Follow your case and waiting-list place in "Check your housing assistance status"',
        ),
        t(
          '租住期间家庭住房、收入发生变化的，应如实申报',
          'Report any change in your housing or income while you are a tenant',
        ),
      ],
    },
    situations: [
      {
        id: 'applicantGroup',
        question: t('您按哪一类申请？', 'Which group are you applying as?'),
        options: [
          {
            value: 'lowIncome',
            label: t('郊区户籍的住房困难家庭', 'A household with a Jiaoqu hukou and poor housing'),
          },
          {
            value: 'newEmployee',
            label: t('新就业无房职工', 'A newly employed worker without a home'),
            hint: t('大中专院校毕业不满 5 年', 'Graduated from college or vocational school less than 5 years ago'),
          },
          {
            value: 'migrantWorker',
            label: t('在郊区稳定就业的外来务工人员', 'A worker from elsewhere with a steady job in Jiaoqu'),
          },
        ],
      },
      {
        id: 'maritalStatus',
        question: t('您现在的婚姻状况是？', 'What is your marital status?'),
        options: [
          { value: 'married', label: t('已婚', 'Married') },
          { value: 'single', label: t('未婚、离异或丧偶', 'Single, divorced or widowed') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      householdRegisterMaterial,
      {
        id: 'marriageCertificate',
        name: t('结婚证', 'Marriage certificate'),
        when: [{ question: 'maritalStatus', in: ['married'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'marriageCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'residencePermit',
        name: t('阳泉市居住证', 'Yangquan residence permit'),
        when: [{ question: 'applicantGroup', in: ['migrantWorker'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'employmentContract',
        name: t('劳动合同', 'Employment contract'),
        description: t('与郊区用人单位签订的劳动合同', 'Your contract with an employer in Jiaoqu'),
        when: [{ question: 'applicantGroup', in: ['newEmployee', 'migrantWorker'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 6 }, { kind: 'bringLater' }],
      },
      {
        id: 'housingAndIncomeDeclaration',
        name: t('家庭住房、收入和财产状况声明', 'Declaration of household housing, income and assets'),
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '申请人应如实申报家庭成员的住房、收入和财产状况，并接受审核和公示。',
                "You must truthfully declare your household's housing, income and assets, and accept checks and public posting.",
              ),
              content: t(
                '本人承诺所申报的家庭成员、住房、收入和财产情况真实完整，本人及家庭成员在郊区无其他自有住房（或住房面积如实申报）。',
                'I promise that the family members, housing, income and assets I declare are true and complete, and that we own no other home in Jiaoqu (or that our floor space is declared truthfully).',
              ),
              liability: t(
                '以虚假材料骗取公共租赁住房的，取消资格、收回住房，5 年内不得再次申请，并记入信用记录。',
                'Anyone who obtains public rental housing with false information loses it, cannot apply again for 5 years, and has it entered on their credit record.',
              ),
            },
          },
        ],
      },
      {
        id: 'checkAuthorisation',
        name: t('家庭住房和经济状况核查授权书', 'Consent to check household housing and finances'),
        description: t(
          '授权查询不动产、车辆、存款、社保、公积金等信息',
          'Allows checks of property, vehicles, savings, social insurance and housing fund records',
        ),
        satisfiedBy: [{ kind: 'signature' }],
      },
      signedFormMaterial('applicationForm', t('公共租赁住房申请表', 'Public rental housing application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'householdMembers',
        type: 'number',
        label: t('共同申请的家庭人口数（含本人）', 'People applying together, including you'),
        min: 1,
        max: 10,
        unit: t('人', 'people'),
        messages: { required: t('请输入共同申请的家庭人口数', 'Enter how many people are applying together') },
      },
      {
        id: 'annualIncome',
        type: 'amount',
        label: t('全家上一年度总收入', "The household's total income last year"),
        hint: t('包括工资、经营收入、养老金等，税前', 'Wages, business income, pensions and other income, before tax'),
        minFen: 0,
        messages: { required: t('请输入全家上一年度总收入', "Enter the household's total income last year") },
      },
      {
        id: 'currentHousing',
        type: 'choice',
        label: t('您现在住在哪里？', 'Where do you live now?'),
        options: [
          { value: 'renting', label: t('租房', 'In a rented home') },
          { value: 'withRelatives', label: t('借住在亲友家', 'With relatives or friends') },
          { value: 'dormitory', label: t('单位宿舍', 'In a workplace dormitory') },
          { value: 'ownedSmall', label: t('自有住房，但面积不足', 'In my own home, but it is too small') },
        ],
        messages: { required: t('请选择现在的居住情况', 'Choose where you live now') },
      },
      {
        id: 'employer',
        type: 'text',
        label: t('工作单位名称', 'Name of your employer'),
        when: [{ question: 'applicantGroup', in: ['newEmployee', 'migrantWorker'] }],
        maxLength: 60,
        messages: { required: t('请输入工作单位名称', 'Enter the name of your employer') },
      },
      {
        id: 'residenceAddress',
        type: 'address',
        label: t('现居住地址', 'Where you live now'),
        messages: { required: t('请输入现居住地址', 'Enter where you live now') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'ZJ-002',
    name: t('住房保障资格查询', 'Check your housing assistance status'),
    summary: t(
      '查询本人公共租赁住房申请的审核进度、资格有效期、轮候序号和配租情况。',
      'See where your public rental housing application has got, how long your eligibility lasts, your place on the waiting list and any home offered.',
    ),
    department: 'housingConstruction',
    category: 'housingSecurity',
    audience: 'citizen',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['公租房查询', '轮候', '保障房资格', '配租', '排队号'],
      en: ['public housing status', 'waiting list', 'housing eligibility', 'allocation'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'housing.securityQualification',
    guide: {
      itemType: 'publicService',
      legalBasis: [publicRentalMeasures],
      conditions: [t('已申请公共租赁住房的申请人本人', 'The person who applied for public rental housing')],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('查看审核进度、轮候序号和配租情况', 'See the progress, your waiting-list place and any home offered'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel],
      notes: [
        t('轮候序号会随他人退出、配租而变化', 'Your place on the list moves as others are housed or leave the list'),
        t(
          '资格到期前请按通知参加年度复核',
          'Take part in the yearly review when notified, before your eligibility runs out',
        ),
      ],
    },
  },
];
