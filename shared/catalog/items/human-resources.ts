import type { ItemInput } from '../schema.js';
import { acceptanceReceipt, applicantFields, appChannel, hallChannel, idCardMaterial, mobileField, onlineChannel, signedFormMaterial, t, truthfulDeclaration, yesNo } from './common.js';

/** 人社: 阳泉市郊区人力资源和社会保障局. Codes RS-001…. */
const dept = t('阳泉市郊区人力资源和社会保障局', 'Human Resources and Social Security Bureau of Jiaoqu District');
const socialInsuranceLaw = t('《中华人民共和国社会保险法》', 'Social Insurance Law of the PRC');
const hotline = t('12333 人社服务热线', '12333 human resources and social security hotline');

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
        t('《社会保险个人权益记录管理办法》（人力资源和社会保障部令第14号）', 'Measures on Individual Social Insurance Rights Records (MOHRSS Order No. 14)'),
      ],
      conditions: [t('在阳泉市参加过社会保险的人员，本人办理', 'Anyone insured in Yangquan, in person')],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择证明种类和时间段', 'Choose the kind of certificate and the period'),
        t('预览后打印，取走证明', 'Check the preview, print and take the certificate'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, { kind: 'app', name: t('“民生山西”App', 'Minsheng Shanxi app') }],
      consultationPhone: '12333',
      notes: [
        t('证明上的二维码可在“民生山西”App 扫码验真，有效期 3 个月', 'The QR code can be checked in the Minsheng Shanxi app; the certificate is valid for 3 months'),
        t('当月缴费一般在次月 10 日后才能显示', "This month's contributions usually show after the 10th of next month"),
      ],
    },
    situations: [
      {
        id: 'certificateKind',
        question: t('您要打印哪种证明？', 'Which certificate do you need?'),
        options: [
          { value: 'allInsurances', label: t('各险种参保缴费证明', 'All insurances with contributions'), hint: t('购房、落户常用', 'Usual for buying a home or hukou transfer') },
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
        label: t('起始月份', 'From month'),
        when: [{ question: 'period', in: ['custom'] }],
        messages: { required: t('请选择证明的起始月份', 'Choose the first month of the certificate') },
      },
      {
        id: 'toMonth',
        type: 'date',
        range: 'past',
        label: t('截止月份', 'To month'),
        when: [{ question: 'period', in: ['custom'] }],
        messages: { required: t('请选择证明的截止月份', 'Choose the last month of the certificate') },
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
        t('《中华人民共和国社会保险法》', 'Social Insurance Law of the PRC'),
        t('《人力资源社会保障部关于建立健全社会保险待遇领取资格认证工作机制的通知》（人社部发〔2018〕70号）', 'MOHRSS notice on certifying eligibility for social insurance benefits (2018 No. 70)'),
      ],
      conditions: [t('在阳泉市领取基本养老保险待遇的人员，须本人到场刷脸', 'People drawing a basic pension in Yangquan; the pensioner must be present for the face check')],
      steps: [
        t('放置本人身份证', "Place the pensioner's ID card"),
        t('正对摄像头，按提示眨眼、张嘴', 'Look at the camera and blink or open your mouth when asked'),
        t('屏幕显示认证结果', 'The screen shows the result'),
      ],
      otherChannels: [hallChannel(dept), { kind: 'app', name: t('“民生山西”App 刷脸认证', 'Face check in the Minsheng Shanxi app') }, appChannel],
      consultationPhone: '12333',
      notes: [
        t('每 12 个月认证一次；逾期未认证的，暂停发放养老金，认证后补发', 'Certify every 12 months; if you miss it the pension pauses and is paid back after you certify'),
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
];

void [acceptanceReceipt, applicantFields, signedFormMaterial, truthfulDeclaration, yesNo, socialInsuranceLaw, hotline];
