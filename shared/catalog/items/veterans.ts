import type { ChannelInput, ItemInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  idCardMaterial,
  onlineChannel,
  signedFormMaterial,
  t,
  truthfulDeclaration,
  yesNo,
} from './common.js';

/** 退役军人: 阳泉市郊区退役军人事务局. Codes TY-001…. */
const dept = t('阳泉市郊区退役军人事务局', 'Veterans Affairs Bureau of Jiaoqu District');
const veteransLaw = t('《中华人民共和国退役军人保障法》', 'Law of the PRC on the Protection of Veterans');
const serviceCenterChannel: ChannelInput = {
  kind: 'hall',
  name: t(
    '郊区退役军人服务中心、乡镇（街道）退役军人服务站',
    'Jiaoqu veterans service center, or the veterans service station of your township',
  ),
};

export const veteransItems: ItemInput[] = [
  {
    code: 'TY-001',
    name: t('退役军人返乡报到', 'Report home after leaving the armed forces'),
    summary: t(
      '安置地为郊区的退役军人，退出现役后 30 日内报到登记，一次填表，办理安置、优待、就业服务等后续事项。',
      'Veterans placed in Jiaoqu report here within 30 days of leaving active service. One form starts your placement, benefits and employment support.',
    ),
    department: 'veterans',
    category: 'veterans',
    audience: 'citizen',
    lifeEvents: ['work'],
    keywords: {
      'zh-CN': ['退伍', '退役报到', '复员', '返乡', '退役士兵', '安置', '老兵'],
      en: ['veteran', 'discharge', 'leaving the army', 'demobilisation', 'veteran registration'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 5,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'registrationNotice',
        name: t('退役军人报到登记确认', 'Confirmation of your veteran registration'),
        kind: 'notice',
        delivery: 'electronic',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        veteransLaw,
        t(
          '《退役士兵安置条例》（国务院、中央军委令第 608 号）',
          'Regulations on the Placement of Discharged Soldiers (State Council and Central Military Commission Order No. 608)',
        ),
      ],
      conditions: [
        t(
          '经批准退出现役，安置地为阳泉市郊区',
          'You have been approved to leave active service and your place of settlement is Jiaoqu District',
        ),
        t('自被批准退出现役之日起 30 日内报到', 'Report within 30 days of the approval'),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择安置方式，说明户口情况', 'Choose your placement and tell us about your hukou'),
        t('调取退出现役证，拍摄安置介绍信', 'Fetch your discharge certificate and photograph your placement letter'),
        t('填写报到信息，签名提交', 'Fill in your details, sign and submit'),
        t(
          '区退役军人事务局审核档案后，通知您办理后续事项',
          'Once your file is checked, the bureau tells you what comes next',
        ),
      ],
      otherChannels: [serviceCenterChannel, hallChannel(dept), onlineChannel],
      notes: [
        t(
          '个人档案由部队通过机要渠道移交，本人不得携带',
          'Your personnel file is sent by the military through confidential channels; do not carry it yourself',
        ),
        t(
          '报到后可一并办理户口登记、社会保险接续、优待证申领等，详见“退役军人服务一件事”',
          'After reporting you can also register your hukou, transfer social insurance and apply for the preferential card: see the veterans "one thing" package',
        ),
        t(
          '自主就业的，一次性经济补助在报到审核通过后发放',
          'If you take care of your own employment, the one-off allowance is paid once your registration is approved',
        ),
      ],
    },
    situations: [
      {
        id: 'placement',
        question: t('您的安置方式是哪种？', 'How are you being placed?'),
        help: t('看退役士兵安置介绍信或行政介绍信上的写法', 'See your placement or transfer letter'),
        options: [
          { value: 'selfEmployment', label: t('自主就业', 'Taking care of my own employment') },
          { value: 'assignedJob', label: t('安排工作', 'A job assigned by the government') },
          { value: 'retirementOrSupport', label: t('退休或供养', 'Retirement or state support') },
        ],
      },
      {
        id: 'hukouMoved',
        question: t('入伍时户口是否迁出了郊区？', 'Was your hukou moved out of Jiaoqu when you enlisted?'),
        options: yesNo(t('迁出了，需要重新落户', 'Yes, I need to register it again'), t('没有迁出', 'No')),
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'dischargeCertificate',
        name: t('退出现役证', 'Certificate of discharge from active service'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'veteranDischargeCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'placementLetter',
        name: t('退役士兵安置介绍信或行政介绍信', 'Placement letter or transfer letter'),
        description: t('部队开具的介绍信原件', 'The original letter issued by your unit'),
        satisfiedBy: [{ kind: 'scan', maxPages: 2 }, { kind: 'bringLater' }],
      },
      {
        id: 'hukouLetter',
        name: t('户口登记介绍信', 'Letter for household registration'),
        description: t(
          '入伍时户口迁出的，凭此信到派出所办理户口登记',
          'If your hukou was moved out, take this letter to the police station to register again',
        ),
        when: [{ question: 'hukouMoved', in: ['yes'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 1 }, { kind: 'bringLater' }],
      },
      {
        id: 'photo',
        name: t('近期 2 寸免冠彩色照片', 'A recent 2-inch colour photo without a hat'),
        satisfiedBy: [
          { kind: 'scan', maxPages: 1 },
          {
            kind: 'bringLater',
            note: t('交到区退役军人服务中心', 'Hand it in at the district veterans service center'),
          },
        ],
      },
      signedFormMaterial('registrationForm', t('退役军人报到登记表', 'Veteran registration form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'enlistmentDate',
        type: 'date',
        range: 'past',
        label: t('入伍时间', 'Date you enlisted'),
        messages: { required: t('请选择入伍时间', 'Choose the date you enlisted') },
      },
      {
        id: 'dischargeDate',
        type: 'date',
        range: 'past',
        label: t('退出现役时间', 'Date you left active service'),
        hint: t('以退出现役证上的日期为准', 'As on your discharge certificate'),
        messages: { required: t('请选择退出现役时间', 'Choose the date you left active service') },
      },
      {
        id: 'residenceAddress',
        type: 'address',
        inDistrict: true,
        label: t('现居住地址', 'Where you live now'),
        messages: { required: t('请输入现居住地址', 'Enter where you live now') },
      },
      {
        id: 'education',
        type: 'choice',
        label: t('最高学历', 'Highest education'),
        options: [
          { value: 'juniorOrBelow', label: t('初中及以下', 'Junior secondary or below') },
          { value: 'senior', label: t('高中、中专、技校', 'Senior secondary or vocational school') },
          { value: 'college', label: t('大专', 'Junior college') },
          { value: 'bachelorOrAbove', label: t('本科及以上', "Bachelor's degree or higher") },
        ],
        messages: { required: t('请选择最高学历', 'Choose your highest education') },
      },
      {
        id: 'employmentWish',
        type: 'choice',
        label: t('接下来的打算', 'What you plan to do next'),
        hint: t('我们据此为您推荐岗位、培训或创业扶持', 'We use this to suggest jobs, training or start-up support'),
        optional: true,
        multiple: true,
        when: [{ question: 'placement', in: ['selfEmployment'] }],
        options: [
          { value: 'job', label: t('找工作', 'Find a job') },
          { value: 'training', label: t('参加职业技能培训', 'Vocational training') },
          { value: 'business', label: t('自主创业', 'Start a business') },
          { value: 'study', label: t('继续上学', 'Go back to study') },
        ],
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'TY-002',
    name: t('退役军人优待证申领', 'Apply for the veteran preferential treatment card'),
    summary: t(
      '户籍在郊区的退役军人和烈士遗属、因公牺牲军人遗属、病故军人遗属申领优待证，凭证享受交通、文旅、医疗等优待。',
      'Veterans with a Jiaoqu hukou, and families of martyrs and of service members who died on duty or of illness, apply for the preferential treatment card for benefits in transport, culture, tourism and health care.',
    ),
    department: 'veterans',
    category: 'veterans',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['优待证', '退役军人优待', '军人优待', '烈属', '优抚对象'],
      en: ['preferential card', 'veteran card', 'veteran benefits', 'martyr family'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 60,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'preferentialCard',
        name: t('退役军人、其他优抚对象优待证', 'Preferential treatment card for veterans and other entitled groups'),
        kind: 'card',
        delivery: 'counter',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        veteransLaw,
        t(
          '《退役军人、其他优抚对象优待证管理办法（试行）》',
          'Measures for the Preferential Treatment Card for Veterans and Other Entitled Groups (trial)',
        ),
      ],
      conditions: [
        t(
          '户籍在阳泉市郊区，已完成退役军人信息采集',
          'Your hukou is in Jiaoqu and your veteran information has been recorded',
        ),
        t(
          '退役军人；或烈士遗属、因公牺牲军人遗属、病故军人遗属',
          'You are a veteran, or the family of a martyr or of a service member who died on duty or of illness',
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择申领人身份，提供照片和证明材料', 'Say who you are applying as and provide the photo and proof'),
        t('签名提交，区退役军人事务局审核', 'Sign and submit; the district bureau checks it'),
        t('审核通过后统一制证，短信通知领取', 'Cards are made in batches; we text you when yours is ready'),
      ],
      otherChannels: [serviceCenterChannel, hallChannel(dept), appChannel],
      notes: [
        t(
          '制证需要一定周期，一般在审核通过后 2 个月左右可以领取',
          'Making the card takes time; it is usually ready about two months after approval',
        ),
        t('优待证限本人使用，不得转借', 'The card is for your use only; do not lend it to anyone'),
      ],
    },
    situations: [
      {
        id: 'applicantType',
        question: t('您以什么身份申领？', 'Who are you applying as?'),
        options: [
          { value: 'veteran', label: t('退役军人', 'A veteran') },
          {
            value: 'survivor',
            label: t(
              '烈士、因公牺牲军人或病故军人的遗属',
              'Family of a martyr, or of a service member who died on duty or of illness',
            ),
          },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'dischargeCertificate',
        name: t('退出现役证', 'Certificate of discharge from active service'),
        when: [{ question: 'applicantType', in: ['veteran'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'veteranDischargeCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'survivorCertificate',
        name: t(
          '烈士证明书、因公牺牲军人证明书或病故军人证明书',
          "Certificate of the martyr's or service member's death",
        ),
        when: [{ question: 'applicantType', in: ['survivor'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 2 }, { kind: 'bringLater' }],
      },
      {
        id: 'photo',
        name: t('近期白底免冠彩色证件照', 'A recent colour ID photo on a white background, without a hat'),
        description: t('用于印制优待证', 'It is printed on the card'),
        satisfiedBy: [{ kind: 'scan', maxPages: 1 }, { kind: 'bringLater' }],
      },
      signedFormMaterial('applicationForm', t('优待证申领表', 'Preferential treatment card application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'survivorRelationship',
        type: 'choice',
        label: t('您与烈士（军人）的关系', 'How you are related to the martyr or service member'),
        when: [{ question: 'applicantType', in: ['survivor'] }],
        options: [
          { value: 'spouse', label: t('配偶', 'Husband or wife') },
          { value: 'parent', label: t('父母（抚养人）', 'Parent or the person who raised them') },
          { value: 'child', label: t('子女', 'Son or daughter') },
          { value: 'sibling', label: t('兄弟姐妹（由其供养的）', 'Brother or sister they supported') },
        ],
        messages: { required: t('请选择您与烈士（军人）的关系', 'Choose how you are related') },
      },
      {
        id: 'cardPickUp',
        type: 'choice',
        label: t('到哪里领取优待证？', 'Where will you collect the card?'),
        options: [
          { value: 'districtCenter', label: t('郊区退役军人服务中心', 'Jiaoqu veterans service center') },
          {
            value: 'townshipStation',
            label: t('户籍所在乡镇（街道）退役军人服务站', 'Veterans service station of your township'),
          },
        ],
        messages: { required: t('请选择领取地点', 'Choose where to collect it') },
      },
    ],
    declaration: truthfulDeclaration,
  },
];
