import type { ItemInput } from '../schema.js';
import {
  applicantFields,
  appChannel,
  hallChannel,
  idCardMaterial,
  mobileField,
  onlineChannel,
  t,
  truthfulDeclaration,
} from './common.js';

/** 卫健: 阳泉市郊区卫生健康局. Codes WJ-001…. */
const dept = t('阳泉市郊区卫生健康局', 'Health Commission of Jiaoqu District');
const townshipChannel = {
  kind: 'hall' as const,
  name: t('乡镇（街道）便民服务中心', 'Service center of your township or street office'),
};

export const healthItems: ItemInput[] = [
  {
    code: 'WJ-001',
    name: t('生育登记', 'Register a pregnancy or new baby'),
    summary: t(
      '怀孕后或孩子出生后进行生育登记，一孩、二孩、三孩都只需登记、不需审批，当场打印生育登记服务单。',
      'Register your pregnancy or newborn. First, second and third children only need registering, not approval, and the registration slip prints on the spot.',
    ),
    department: 'health',
    category: 'marriageBirth',
    audience: 'citizen',
    lifeEvents: ['birth'],
    keywords: {
      'zh-CN': ['准生证', '生育服务证', '生育登记', '怀孕登记', '二孩', '三孩', '生小孩'],
      en: ['birth registration', 'pregnancy registration', 'birth permit', 'second child', 'third child'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'birthRegistrationSlip',
        name: t('生育登记服务单', 'Birth registration slip'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国人口与计划生育法》', 'Population and Family Planning Law of the PRC'),
        t('《山西省人口和计划生育条例》', 'Regulations of Shanxi Province on Population and Family Planning'),
      ],
      conditions: [
        t(
          '夫妻双方或一方户籍在郊区，或女方在郊区居住并持有居住证',
          'One or both of you have a Jiaoqu hukou, or the mother lives in Jiaoqu with a residence permit',
        ),
        t('怀孕期间或孩子出生后均可登记', 'Register during pregnancy or after the birth'),
      ],
      steps: [
        t('放置夫妻一方的身份证', "Place either parent's ID card"),
        t('回答户籍和孩子情况的问题', 'Answer questions about your hukou and the child'),
        t(
          '调取结婚证等电子证照，填写配偶信息',
          "Fetch e-licences such as your marriage certificate and give your spouse's details",
        ),
        t('签名提交，当场打印生育登记服务单', 'Sign and submit; the registration slip prints on the spot'),
      ],
      otherChannels: [townshipChannel, hallChannel(dept), onlineChannel, appChannel],
      notes: [
        t(
          '生育登记服务单可用于办理生育医疗费用报销、产假等',
          'The slip is used to claim maternity medical costs, maternity leave and similar',
        ),
        t(
          '孩子出生后，可通过“婚育一件事”一并办理出生医学证明、户口登记和医保参保',
          'After the birth, the marriage-and-birth package handles the birth certificate, hukou registration and medical insurance together',
        ),
      ],
    },
    situations: [
      {
        id: 'hukouLocal',
        question: t('夫妻双方中有人的户口在郊区吗？', 'Does either of you have a hukou in Jiaoqu?'),
        options: [
          { value: 'yes', label: t('有', 'Yes') },
          { value: 'no', label: t('没有，但女方在郊区居住', 'No, but the mother lives in Jiaoqu') },
        ],
      },
      {
        id: 'stage',
        question: t('孩子现在出生了吗？', 'Has the baby been born yet?'),
        options: [
          { value: 'pregnant', label: t('还没有，正在怀孕', 'No, we are expecting') },
          { value: 'born', label: t('已经出生', 'Yes, the baby has been born') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'marriageCertificate',
        name: t('结婚证', 'Marriage certificate'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'marriageCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'residencePermit',
        name: t('女方的阳泉市居住证', "The mother's Yangquan residence permit"),
        when: [{ question: 'hukouLocal', in: ['no'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'birthCertificate',
        name: t('孩子的出生医学证明', "The baby's medical birth certificate"),
        when: [{ question: 'stage', in: ['born'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'birthMedicalCertificate' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'spouseName',
        type: 'name',
        label: t('配偶姓名', "Your spouse's name"),
        messages: { required: t('请输入配偶的姓名', "Enter your spouse's name") },
      },
      {
        id: 'spouseIdNumber',
        type: 'idNumber',
        label: t('配偶身份证号码', "Your spouse's ID number"),
        messages: { required: t('请输入配偶的身份证号码', "Enter your spouse's ID number") },
      },
      {
        id: 'childOrder',
        type: 'choice',
        label: t('这是你们共同生育的第几个孩子？', 'Which child is this for the two of you?'),
        options: [
          { value: 'first', label: t('第一个', 'The first') },
          { value: 'second', label: t('第二个', 'The second') },
          { value: 'thirdOrMore', label: t('第三个及以上', 'The third or later') },
        ],
        messages: { required: t('请选择这是第几个孩子', 'Choose which child this is') },
      },
      {
        id: 'dueDate',
        type: 'date',
        range: 'future',
        label: t('预产期', 'Due date'),
        when: [{ question: 'stage', in: ['pregnant'] }],
        messages: { required: t('请选择预产期', 'Choose the due date') },
      },
      {
        id: 'childName',
        type: 'name',
        label: t('孩子姓名', "The baby's name"),
        when: [{ question: 'stage', in: ['born'] }],
        messages: { required: t('请输入孩子的姓名', "Enter the baby's name") },
      },
      {
        id: 'childBirthDate',
        type: 'date',
        range: 'past',
        label: t('孩子出生日期', "The baby's date of birth"),
        when: [{ question: 'stage', in: ['born'] }],
        messages: { required: t('请选择孩子的出生日期', "Choose the baby's date of birth") },
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
    code: 'WJ-002',
    name: t('老年人优待证申领', 'Apply for the senior citizen card'),
    summary: t(
      '年满 60 周岁的老年人申领老年人优待证，凭证享受乘车、游园、就医等优待。审核即时完成，当场打印。',
      'People aged 60 or over get the senior citizen card for free or cheaper buses, parks, museums and priority in hospitals. It is approved at once and printed here.',
    ),
    department: 'health',
    category: 'elderly',
    audience: 'citizen',
    lifeEvents: ['retirement'],
    keywords: {
      'zh-CN': ['老年证', '老人证', '敬老卡', '优待证', '老年卡', '60岁', '免费乘车'],
      en: ['senior card', 'elderly card', 'old age card', 'over 60', 'free bus'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'seniorCard',
        name: t('老年人优待证（电子证）', 'Senior citizen card (electronic)'),
        kind: 'license',
        delivery: 'electronic',
        verifiable: true,
      },
      {
        id: 'seniorCardPrint',
        name: t('老年人优待证打印件', 'Printed senior citizen card'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《中华人民共和国老年人权益保障法》第五章“社会优待”',
          'Law of the PRC on the Protection of the Rights and Interests of Older People, Chapter 5 (Preferential Treatment)',
        ),
        t('山西省老年人优待有关规定', 'Shanxi rules on preferential treatment for older people'),
      ],
      conditions: [
        t('年满 60 周岁', 'Aged 60 or over'),
        t(
          '户籍在郊区，或持阳泉市居住证在郊区居住',
          'Hukou in Jiaoqu, or living in Jiaoqu with a Yangquan residence permit',
        ),
      ],
      steps: [
        t(
          '放置老人的身份证（家属可持老人身份证代办）',
          "Place the older person's ID card (a relative can do this for them)",
        ),
        t('确认信息，签名提交', 'Confirm the details, sign and submit'),
        t(
          '当场打印优待证，电子证同时存入电子证照库',
          'The card prints on the spot and an e-card is stored with your other e-licences',
        ),
      ],
      otherChannels: [townshipChannel, hallChannel(dept), appChannel],
      notes: [
        t(
          '优待证照片使用身份证登记照片，无需另交',
          'The photo comes from the ID card record; you do not need to bring one',
        ),
        t(
          '具体优待项目以阳泉市公布的老年人优待目录为准',
          'The benefits are those in the list Yangquan publishes for older people',
        ),
      ],
    },
    situations: [
      {
        id: 'hukouLocal',
        question: t('老人的户口在郊区吗？', "Is the older person's hukou in Jiaoqu?"),
        options: [
          { value: 'yes', label: t('是', 'Yes') },
          { value: 'no', label: t('不是，但在郊区居住', 'No, but they live in Jiaoqu') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'residencePermit',
        name: t('阳泉市居住证', 'Yangquan residence permit'),
        when: [{ question: 'hukouLocal', in: ['no'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
    ],
    fields: [
      applicantFields[0]!,
      applicantFields[1]!,
      {
        ...mobileField,
        label: t('联系电话', 'Contact number'),
        hint: t('可以填写子女的手机号码', "You can give a son's or daughter's mobile number"),
        optional: true,
      },
      {
        id: 'emergencyContactName',
        type: 'name',
        label: t('紧急联系人姓名', 'Emergency contact name'),
        optional: true,
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'WJ-003',
    name: t('从业人员健康证明查询打印', 'Look up and print a health certificate for work'),
    summary: t(
      '食品、公共场所等行业从业人员体检合格后，查询并打印本人的健康证明，有效期一年。',
      'After passing the health check for food, hospitality and similar jobs, look up and print your health certificate. It is valid for one year.',
    ),
    department: 'health',
    category: 'health',
    audience: 'both',
    lifeEvents: ['work', 'business'],
    keywords: {
      'zh-CN': ['健康证', '健康证明', '从业人员体检', '食品健康证', '餐饮健康证'],
      en: ['health certificate', 'food handler certificate', 'work health check'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'healthCertificate',
        name: t('从业人员健康证明', 'Health certificate for work'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'health.employeeHealthCertificate',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国食品安全法》第四十五条', 'Food Safety Law of the PRC, Article 45'),
        t('《公共场所卫生管理条例》', 'Regulations on Hygiene in Public Places'),
      ],
      conditions: [
        t(
          '已在郊区指定的体检机构完成从业人员健康体检，结论为合格',
          'You had the work health check at a designated clinic in Jiaoqu and passed',
        ),
        t('只能打印本人的健康证明', 'You can only print your own certificate'),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('查看体检结论和有效期', 'See the result and how long it is valid'),
        t('预览后打印', 'Check the preview and print'),
      ],
      otherChannels: [
        {
          kind: 'hall',
          name: t('郊区疾病预防控制中心及指定体检机构', 'Jiaoqu Center for Disease Control and the designated clinics'),
        },
        appChannel,
      ],
      notes: [
        t(
          '体检后一般 3 个工作日出结果，出结果后才能打印',
          'Results usually come 3 working days after the check; you can print once they are in',
        ),
        t(
          '健康证明有效期 1 年，到期前请重新体检',
          'The certificate is valid for one year; have a new check before it runs out',
        ),
        t(
          '办理食品经营备案时，健康证明可作为电子证照直接调用',
          'When you file a food business, the certificate can be used directly as an e-licence',
        ),
      ],
    },
  },
];
