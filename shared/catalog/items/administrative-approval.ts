import type { ItemInput } from '../schema.js';
import { applicantFields, appChannel, hallChannel, mobileField, onlineChannel, t } from './common.js';

/** 综合: 阳泉市郊区行政审批服务管理局 (郊区政务服务中心). Codes ZH-001…. */
const dept = t('阳泉市郊区行政审批服务管理局', 'Administrative Approval Service Bureau of Jiaoqu District');
const onlineServiceRules = t(
  '《国务院关于在线政务服务的若干规定》（国务院令第 716 号）',
  'State Council Provisions on Online Government Services (State Council Order No. 716)',
);

export const administrativeApprovalItems: ItemInput[] = [
  {
    code: 'ZH-001',
    name: t('电子证照查询与打印', 'Look up and print your e-licences'),
    summary: t(
      '查询本人或本人经营的市场主体名下的电子证照，打印带电子印章和二维码的证照打印件，办事时可扫码核验。',
      'Look up the e-licences held for you or for a business you run, and print copies with an electronic seal and a QR code that offices can scan to check.',
    ),
    department: 'administrativeApproval',
    category: 'general',
    audience: 'both',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['电子证照', '证照打印', '电子证件', '亮证', '结婚证打印', '营业执照打印', '证件复印件'],
      en: ['e-licence', 'electronic certificate', 'print certificate', 'digital documents'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'licencePrintout',
        name: t('电子证照打印件', 'Printed copy of an e-licence'),
        kind: 'printout',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'eLicense.holdings',
    guide: {
      itemType: 'publicService',
      legalBasis: [onlineServiceRules, t('《中华人民共和国电子签名法》', 'Electronic Signature Law of the PRC')],
      conditions: [
        t(
          '证照已由发证部门归集到山西省电子证照库',
          'The issuing office has put the licence in the Shanxi e-licence library',
        ),
        t(
          '个人证照由持证人本人办理；市场主体的证照由登记的法定代表人或经营者本人办理',
          "Personal licences: the holder in person. A business's licences: its registered legal representative or operator in person",
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t(
          '选择本人证照或市场主体证照，再选择证照种类',
          "Choose your own licences or your business's, then the kind of licence",
        ),
        t('预览后打印', 'Check the preview and print'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      notes: [
        t(
          '打印件带电子印章和二维码，收件单位可扫码核验，与纸质证照一样使用',
          'The copy has an electronic seal and a QR code; offices can scan it and accept it like the paper licence',
        ),
        t(
          '查不到证照或信息有误的，请联系发证部门',
          'If a licence is missing or wrong, contact the office that issued it',
        ),
      ],
    },
    situations: [
      {
        id: 'holder',
        question: t('您要打印谁的证照？', 'Whose licence do you want to print?'),
        options: [
          { value: 'personal', label: t('本人的证照', 'My own') },
          { value: 'business', label: t('本人经营的企业或个体工商户的证照', 'A company or shop I run') },
        ],
      },
    ],
    fields: [
      {
        id: 'personalLicence',
        type: 'choice',
        label: t('打印哪一个证照？', 'Which licence?'),
        when: [{ question: 'holder', in: ['personal'] }],
        options: [
          { value: 'householdRegister', label: t('居民户口簿', 'Household register') },
          { value: 'marriageCertificate', label: t('结婚证', 'Marriage certificate') },
          { value: 'realEstateCertificate', label: t('不动产权证书', 'Property certificate') },
          { value: 'residencePermit', label: t('居住证', 'Residence permit') },
          { value: 'disabilityCertificate', label: t('残疾人证', 'Disability certificate') },
          { value: 'elderlyPreferentialCard', label: t('老年人优待证', 'Senior citizen card') },
          { value: 'healthCertificate', label: t('从业人员健康证明', 'Health certificate for work') },
          { value: 'driverLicense', label: t('机动车驾驶证', 'Driving licence') },
        ],
        messages: { required: t('请选择要打印的证照', 'Choose the licence to print') },
      },
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        hint: t('营业执照上的 18 位代码', 'The 18-character code on the business licence'),
        when: [{ question: 'holder', in: ['business'] }],
        messages: { required: t('请输入统一社会信用代码', 'Enter the unified social credit code') },
      },
      {
        id: 'businessLicence',
        type: 'choice',
        label: t('打印哪一个证照？', 'Which licence?'),
        when: [{ question: 'holder', in: ['business'] }],
        options: [
          { value: 'businessLicense', label: t('营业执照', 'Business licence') },
          { value: 'foodBusinessRecord', label: t('食品小经营店备案证', 'Small food shop filing certificate') },
          { value: 'foodBusinessLicense', label: t('食品经营许可证', 'Food business licence') },
        ],
        messages: { required: t('请选择要打印的证照', 'Choose the licence to print') },
      },
    ],
  },
  {
    code: 'ZH-002',
    name: t('政务服务大厅预约取号', 'Book a time at the government service center'),
    summary: t(
      '预约到郊区政务服务中心窗口办事的日期和时段，到时刷身份证签到，优先叫号。',
      'Book a date and time for the counters at the Jiaoqu Government Service Center. When you arrive, check in with your ID card and you are called first.',
    ),
    department: 'administrativeApproval',
    category: 'general',
    audience: 'both',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['预约', '取号', '排号', '政务大厅', '办事预约', '窗口预约', '叫号'],
      en: ['appointment', 'queue number', 'service center', 'book a counter'],
    },
    flow: 'book',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'bookingSlip',
        name: t('预约凭条', 'Appointment slip'),
        kind: 'ticket',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    booking: {
      place: t('阳泉市郊区政务服务中心', 'Jiaoqu District Government Service Center, Yangquan'),
      slotMinutes: 30,
      daysAhead: 7,
      workingDaysOnly: true,
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        onlineServiceRules,
        t(
          '《国务院办公厅关于加快推进政务服务标准化规范化便利化的指导意见》（国办发〔2022〕5 号）',
          'General Office of the State Council guidance on standard, consistent and convenient government services (Guobanfa [2022] No. 5)',
        ),
      ],
      conditions: [
        t(
          '需要到政务服务中心窗口办理事项的个人和企业',
          'Anyone, person or business, who needs to go to a counter at the center',
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择办事类别，再选择日期和时段', 'Choose the kind of business, then a date and time'),
        t('确认预约，打印预约凭条', 'Confirm and print the appointment slip'),
        t(
          '按时到大厅，在取号机刷身份证签到取号',
          'Arrive on time and check in with your ID card at the ticket machine',
        ),
      ],
      otherChannels: [onlineChannel, appChannel],
      notes: [
        t(
          '请在预约时段开始前后 15 分钟内签到，超时需现场重新取号',
          'Check in within 15 minutes either side of the start of your slot; after that, take a normal ticket',
        ),
        t('无法按时到达的，请提前取消，把时段留给别人', 'If you cannot come, cancel so someone else can have the slot'),
        t(
          '老年人、残疾人、孕妇等可走绿色通道，无需预约',
          'Older people, people with disabilities and pregnant women can use the priority lane without booking',
        ),
      ],
    },
    fields: [
      applicantFields[0]!,
      applicantFields[1]!,
      {
        id: 'serviceArea',
        type: 'choice',
        label: t('您要办理哪一类事情？', 'What kind of business do you have?'),
        options: [
          { value: 'business', label: t('企业开办、个体工商户登记', 'Starting a company or registering a shop') },
          { value: 'socialInsurance', label: t('社保、就业', 'Social insurance or jobs') },
          { value: 'medicalInsurance', label: t('医保', 'Medical insurance') },
          { value: 'housingFund', label: t('住房公积金', 'Housing provident fund') },
          { value: 'realEstate', label: t('不动产登记', 'Real estate registration') },
          { value: 'tax', label: t('税务', 'Tax') },
          { value: 'householdRegistration', label: t('户籍、证件', 'Hukou and ID documents') },
          { value: 'investment', label: t('投资项目、工程建设审批', 'Investment projects and construction approvals') },
          { value: 'other', label: t('其他事项', 'Something else') },
        ],
        messages: { required: t('请选择要办理的事情类别', 'Choose the kind of business') },
      },
      {
        id: 'matterName',
        type: 'text',
        label: t('具体办什么事？', 'What exactly do you need to do?'),
        hint: t('方便窗口提前准备', 'It helps the counter prepare'),
        optional: true,
        maxLength: 50,
      },
      mobileField,
    ],
  },
];
