import type { ItemInput, MaterialInput } from '../schema.js';
import { applicantFields, appChannel, hallChannel, idCardMaterial, mobileField, t } from './common.js';

/** 不动产: 阳泉市不动产登记中心郊区分中心. Codes BDC-001…. */
const dept = t('阳泉市不动产登记中心郊区分中心', 'Jiaoqu Branch of the Yangquan Real Estate Registration Center');
const registrationRegulation = t('《不动产登记暂行条例》', 'Interim Regulations on Real Estate Registration');
const registrationPhone = '0353-5110635';

const bring = (id: string, name: ReturnType<typeof t>, when?: MaterialInput['when']): MaterialInput => ({
  id,
  name,
  ...(when ? { when } : {}),
  satisfiedBy: [
    { kind: 'bringLater', note: t('预约当天带原件到窗口', 'Bring the original to the counter on the day') },
  ],
});

export const realEstateItems: ItemInput[] = [
  {
    code: 'BDC-001',
    name: t(
      '不动产登记信息查询证明打印（有无房产）',
      'Print a real estate record certificate (whether you own property)',
    ),
    summary: t(
      '打印本人（及配偶）在阳泉市名下有无不动产的查询结果证明，用于购房、子女入学、申请公租房等。',
      'Print an official result showing whether you (and your spouse) own property in Yangquan, for buying a home, school places or public housing.',
    ),
    department: 'realEstate',
    category: 'realEstate',
    audience: 'citizen',
    lifeEvents: ['housing', 'school'],
    keywords: {
      'zh-CN': ['有无房产', '无房证明', '房产证明', '名下房产', '不动产查询', '房产查询'],
      en: ['property ownership certificate', 'no property proof', 'home ownership check'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'recordCertificate',
        name: t('不动产登记信息查询结果证明', 'Real estate record certificate'),
        kind: 'printout',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'realEstate.ownershipRecord',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《不动产登记暂行条例》第二十七条', 'Interim Regulations on Real Estate Registration, Article 27'),
        t(
          '《不动产登记资料查询暂行办法》（国土资源部令第80号）第十四条',
          'Interim Measures on Searching Real Estate Registration Records (MLR Order No. 80), Article 14',
        ),
      ],
      conditions: [
        t(
          '权利人本人查询本人名下不动产；查询配偶的须提供结婚证并由配偶授权',
          'Owners search their own records; to include your spouse provide the marriage certificate and their consent',
        ),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择查询范围和用途', 'Choose whose records and what the certificate is for'),
        t('预览并打印证明', 'Preview and print the certificate'),
      ],
      otherChannels: [hallChannel(dept), appChannel],
      consultationPhone: registrationPhone,
      notes: [
        t(
          '证明反映打印时点的登记信息，二维码可扫码验真',
          'The certificate shows the register at the time of printing; its QR code can be scanned to check it',
        ),
      ],
    },
    situations: [
      {
        id: 'scope',
        question: t('查询谁名下的不动产？', 'Whose property should be searched?'),
        options: [
          { value: 'self', label: t('仅本人', 'Only me') },
          { value: 'withSpouse', label: t('本人和配偶', 'Me and my spouse') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'marriageCertificate',
        name: t('结婚证', 'Marriage certificate'),
        when: [{ question: 'scope', in: ['withSpouse'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'marriageCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'spouseConsent',
        name: t('配偶授权查询', "Spouse's consent to the search"),
        when: [{ question: 'scope', in: ['withSpouse'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '查询他人不动产登记资料的，应当取得其授权。',
                "Searching another person's real estate records requires their consent.",
              ),
              content: t(
                '本人已取得配偶同意，代其查询名下不动产登记信息。',
                'My spouse has agreed that I search their real estate records.',
              ),
              liability: t(
                '未经授权查询的，依法承担侵犯个人信息的法律责任。',
                'Searching without consent is a breach of personal information law and I bear the consequences.',
              ),
            },
          },
        ],
      },
    ],
    fields: [
      {
        id: 'spouseName',
        type: 'name',
        label: t('配偶姓名', "Spouse's name"),
        when: [{ question: 'scope', in: ['withSpouse'] }],
      },
      {
        id: 'spouseIdNumber',
        type: 'idNumber',
        label: t('配偶身份证号码', "Spouse's ID number"),
        when: [{ question: 'scope', in: ['withSpouse'] }],
      },
      {
        id: 'purpose',
        type: 'choice',
        label: t('证明用途', 'What the certificate is for'),
        hint: t('将打印在证明上', 'It is printed on the certificate'),
        options: [
          { value: 'homePurchase', label: t('购房', 'Buying a home') },
          { value: 'schoolEnrolment', label: t('子女入学', "A child's school place") },
          { value: 'publicHousing', label: t('申请保障性住房', 'Applying for public housing') },
          { value: 'other', label: t('其他', 'Other') },
        ],
      },
    ],
  },
  {
    code: 'BDC-002',
    name: t('不动产登记办理进度查询', 'Check the progress of a real estate registration'),
    summary: t(
      '凭身份证或受理编号查询不动产登记申请的受理、审核、登簿和领证进度。',
      'Use your ID card or the case number to see where your real estate registration is: accepted, checked, registered or ready to collect.',
    ),
    department: 'realEstate',
    category: 'realEstate',
    audience: 'both',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['房产证进度', '不动产进度', '领证', '登记进度', '办证进度'],
      en: ['property registration progress', 'title deed status'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'realEstate.caseProgress',
    guide: {
      itemType: 'publicService',
      legalBasis: [registrationRegulation],
      conditions: [t('登记申请人或代理人', 'The applicant of the registration or their agent')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择查询方式', 'Choose how to look it up'),
        t('在屏幕上查看进度', 'Read the progress on screen'),
      ],
      otherChannels: [hallChannel(dept), appChannel],
      consultationPhone: registrationPhone,
    },
    situations: [
      {
        id: 'lookupBy',
        question: t('您想怎么查？', 'How do you want to look it up?'),
        options: [
          { value: 'idCard', label: t('查我名下的所有申请', 'All applications in my name') },
          { value: 'caseNumber', label: t('输入受理编号', 'Enter a case number') },
        ],
      },
    ],
    materials: [idCardMaterial],
    fields: [
      {
        id: 'caseNumber',
        type: 'text',
        label: t('受理编号', 'Case number'),
        hint: t('在受理通知书上，如 BDC20250601001', 'On your acceptance notice, like BDC20250601001'),
        minLength: 8,
        maxLength: 24,
        pattern: '^[A-Za-z0-9-]+$',
        when: [{ question: 'lookupBy', in: ['caseNumber'] }],
        messages: {
          required: t('请输入受理编号', 'Enter the case number'),
          invalid: t(
            '受理编号由字母和数字组成，请对照受理通知书输入',
            'The case number has letters and digits; copy it from the acceptance notice',
          ),
        },
      },
    ],
  },
  {
    code: 'BDC-003',
    name: t('不动产登记预约', 'Book a real estate registration appointment'),
    summary: t(
      '预约到不动产登记窗口办理二手房过户、抵押、继承等登记的时间，到时直接办理，不用排队。',
      'Book a time at the real estate registration counter for a resale transfer, mortgage, inheritance and more, and be served without queuing.',
    ),
    department: 'realEstate',
    category: 'realEstate',
    audience: 'both',
    lifeEvents: ['housing', 'death'],
    keywords: {
      'zh-CN': ['过户', '房产过户', '抵押登记', '预约', '二手房', '继承房产', '办房产证'],
      en: ['property transfer', 'mortgage registration', 'appointment', 'inheritance of property'],
    },
    flow: 'book',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      { id: 'appointmentTicket', name: t('预约凭条', 'Appointment slip'), kind: 'ticket', delivery: 'printOnSite' },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    booking: {
      place: t(
        '郊区政务服务中心二楼不动产登记窗口',
        'Real estate counters, first floor, Jiaoqu Government Service Center',
      ),
      slotMinutes: 30,
      daysAhead: 7,
      workingDaysOnly: true,
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        registrationRegulation,
        t(
          '《不动产登记暂行条例实施细则》',
          'Implementing Rules of the Interim Regulations on Real Estate Registration',
        ),
      ],
      conditions: [t('登记申请人之一或其代理人', 'One of the applicants or their agent')],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择登记业务', 'Choose the registration you need'),
        t('选择日期和时段', 'Choose a day and time'),
        t('打印预约凭条，按时带齐材料到窗口', 'Print the slip and bring the listed papers on time'),
      ],
      otherChannels: [
        hallChannel(dept),
        appChannel,
        { kind: 'phone', name: t('电话预约 0353-5110635', 'Book by phone on 0353-5110635') },
      ],
      consultationPhone: registrationPhone,
      notes: [
        t('请提前 10 分钟到达；迟到 15 分钟以上预约作废', 'Arrive 10 minutes early; a booking lapses after 15 minutes'),
        t(
          '登记费：住宅每件 80 元，非住宅每件 550 元，到窗口缴纳',
          'Registration fee at the counter: 80 yuan for a home, 550 yuan for other property',
        ),
      ],
    },
    situations: [
      {
        id: 'business',
        question: t('您要办理哪种登记？', 'Which registration do you need?'),
        options: [
          { value: 'resaleTransfer', label: t('二手房买卖过户', 'Resale of a home') },
          { value: 'newHomeTransfer', label: t('新建商品房转移登记（办新房产证）', 'New home from a developer') },
          { value: 'mortgage', label: t('抵押登记', 'Mortgage') },
          { value: 'mortgageRelease', label: t('抵押注销登记', 'Release of a mortgage') },
          { value: 'inheritance', label: t('继承、受遗赠', 'Inheritance or bequest') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      bring(
        'propertyCertificate',
        t('不动产权证书或房屋所有权证', 'Property certificate or old house ownership certificate'),
        [{ question: 'business', in: ['resaleTransfer', 'mortgage', 'mortgageRelease', 'inheritance'] }],
      ),
      bring('saleContract', t('房屋买卖合同（网签备案）', 'Sale contract (registered online)'), [
        { question: 'business', in: ['resaleTransfer', 'newHomeTransfer'] },
      ]),
      bring('taxReceipt', t('契税完税凭证', 'Deed tax receipt'), [
        { question: 'business', in: ['resaleTransfer', 'newHomeTransfer'] },
      ]),
      bring('loanContract', t('借款合同和抵押合同', 'Loan contract and mortgage contract'), [
        { question: 'business', in: ['mortgage'] },
      ]),
      bring('releaseProof', t('银行出具的还清贷款证明', "The bank's letter that the loan is repaid"), [
        { question: 'business', in: ['mortgageRelease'] },
      ]),
      bring(
        'inheritanceProof',
        t(
          '死亡证明、亲属关系证明和继承公证书（或全体继承人到场）',
          'Death certificate, proof of kinship and notarised inheritance deed (or all heirs present)',
        ),
        [{ question: 'business', in: ['inheritance'] }],
      ),
    ],
    fields: [
      ...applicantFields.filter((f) => f.id !== 'mobile'),
      {
        ...mobileField,
        hint: t('预约成功和提醒短信发到这个号码', 'The booking and a reminder are texted to this number'),
      },
      {
        id: 'propertyAddress',
        type: 'address',
        inDistrict: true,
        label: t('不动产坐落', 'Address of the property'),
        messages: { required: t('请输入房屋所在的地址', 'Enter the address of the property') },
      },
    ],
  },
];
