import type { ItemInput, MaterialInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  idCardMaterial,
  onlineChannel,
  t,
  truthfulDeclaration,
} from './common.js';

/** 市场监管: 阳泉市郊区市场监督管理局. Codes SC-001…. */
const dept = t('阳泉市郊区市场监督管理局', 'Market Regulation Administration of Jiaoqu District');
const foodSafetyLaw = t('《中华人民共和国食品安全法》第三十六条', 'Food Safety Law of the PRC, Article 36');
const shanxiSmallFoodRegulation = t(
  '《山西省食品小作坊小经营店小摊点管理条例》',
  'Regulations of Shanxi Province on Small Food Workshops, Small Food Shops and Food Stalls',
);

/** 您已经领取营业执照了吗: answered by the business picked at identification (record "business.licensed"). */
const businessLicensedAnswer = { record: 'business.licensed', map: { yes: 'yes', no: 'together' } };

/** The shop name's hint follows the licence answer: nobody without a licence can copy a name from one. */
const shopNameHintsWhen = [
  {
    when: [{ question: 'hasLicense', in: ['together'] }],
    hint: t(
      '与一并申请的营业执照上的名称一致，如“阳泉市郊区××小吃店”',
      'The name you are registering on the business licence, like “Jiaoqu ... Snack Bar”',
    ),
  },
];

const healthCertificatesMaterial: MaterialInput = {
  id: 'healthCertificates',
  name: t('从业人员健康证明', 'Health certificates of food handlers'),
  description: t('每位从事食品经营的人员一份，在有效期内', 'One valid certificate for each person handling food'),
  satisfiedBy: [
    { kind: 'eLicense', licenseType: 'healthCertificate' },
    { kind: 'scan', maxPages: 6 },
    {
      kind: 'commitment',
      commitment: {
        obligation: t(
          '从事接触直接入口食品工作的人员应当每年进行健康检查，取得健康证明后方可上岗。',
          'People who handle ready-to-eat food must have a health check every year and hold a health certificate before working.',
        ),
        content: t(
          '本店全部从业人员已取得有效健康证明，开业后随时接受查验。',
          'Everyone working in my shop holds a valid health certificate, which I will show on request.',
        ),
        liability: t(
          '承诺不实的，撤销备案，并依照《食品安全法》第一百二十六条予以处罚。',
          'If this is untrue the filing is cancelled and penalties apply under Article 126 of the Food Safety Law.',
        ),
      },
    },
  ],
};

const premisesOwnedMaterial: MaterialInput = {
  id: 'premisesOwnership',
  name: t('经营场所产权证明', 'Proof of ownership of the premises'),
  when: [{ question: 'premises', in: ['owned'] }],
  satisfiedBy: [
    { kind: 'eLicense', licenseType: 'realEstateCertificate' },
    {
      kind: 'commitment',
      commitment: {
        obligation: t(
          '经营者应当有合法使用的固定经营场所。',
          'A business must have fixed premises it may lawfully use.',
        ),
        content: t(
          '本人对填报的经营场所拥有合法产权，场所用途符合规定。',
          'I lawfully own the premises I have entered, and their use is permitted.',
        ),
        liability: t(
          '承诺不实的，撤销相关登记或备案，后果由本人承担。',
          'If this is untrue the registration or filing is cancelled and I bear the consequences.',
        ),
      },
    },
    { kind: 'scan', maxPages: 2 },
  ],
};

const leaseContractMaterial: MaterialInput = {
  id: 'leaseContract',
  name: t('租赁合同', 'Lease contract'),
  when: [{ question: 'premises', in: ['rented'] }],
  satisfiedBy: [
    { kind: 'eLicense', licenseType: 'housingLeaseRecord' },
    { kind: 'scan', maxPages: 6 },
    { kind: 'bringLater', note: t('现场检查时交检查人员核对', 'Show it to the inspector at the on-site check') },
  ],
};

const foodSafetyRulesMaterial: MaterialInput = {
  id: 'foodSafetyRules',
  name: t('食品安全管理制度', 'Food safety rules of the shop'),
  description: t(
    '进货查验、从业人员健康管理、清洗消毒等制度',
    'Rules for checking supplies, staff health, cleaning and disinfection',
  ),
  satisfiedBy: [
    {
      kind: 'commitment',
      commitment: {
        obligation: t(
          '食品经营者应当建立食品安全管理制度并严格执行。',
          'A food business must set up food safety rules and follow them.',
        ),
        content: t(
          '本店已建立进货查验记录、从业人员健康管理、清洗消毒等制度，并张贴上墙。',
          'My shop has rules for recording supplies, staff health, cleaning and disinfection, and they are displayed on the wall.',
        ),
        liability: t(
          '未建立或未执行的，依照《食品安全法》责令改正并处罚。',
          'If not, I must correct it and penalties apply under the Food Safety Law.',
        ),
      },
    },
  ],
};

const layoutPlanMaterial: MaterialInput = {
  id: 'layoutPlan',
  name: t('经营场所平面布局图', 'Floor plan of the premises'),
  description: t(
    '标明加工操作区、就餐区和清洗消毒设施位置',
    'Mark the preparation area, dining area and washing facilities',
  ),
  when: [{ question: 'businessKind', in: ['catering', 'both'] }],
  satisfiedBy: [
    { kind: 'scan', maxPages: 1 },
    { kind: 'bringLater', note: t('现场检查时提供', 'Hand it over at the on-site check') },
  ],
};

export const marketRegulationItems: ItemInput[] = [
  {
    code: 'SC-001',
    name: t('营业执照自助打印', 'Print your business licence'),
    summary: t(
      '新设立或变更登记核准后，经营者或法定代表人刷身份证自助打印营业执照正本、副本，不用再到窗口领取。',
      'Once a new business or a change is approved, the operator or legal representative prints the original and copy of the business licence here instead of collecting it at a counter.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['打印执照', '营业执照打印', '领执照', '执照副本', '自助打照'],
      en: ['print business licence', 'collect licence', 'licence copy'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'businessLicense',
        name: t('营业执照（正本、副本）', 'Business licence (original and copy)'),
        kind: 'license',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'marketEntity.businessLicense',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《中华人民共和国市场主体登记管理条例》第二十一条、第二十二条',
          'Regulations on the Registration of Market Entities, Articles 21 and 22',
        ),
        t('《电子营业执照管理办法（试行）》', 'Measures on Electronic Business Licences (trial)'),
      ],
      conditions: [
        t(
          '登记已核准、执照尚未领取或需要补打的市场主体',
          'A business whose registration is approved and whose licence is not yet collected or must be printed again',
        ),
        t(
          '由经营者或法定代表人本人刷身份证打印',
          'Printed by the operator or legal representative with their own ID card',
        ),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择要打印的执照和正本或副本', 'Choose the licence and whether to print the original or a copy'),
        t('预览后打印，取走执照', 'Preview, print and take the licence'),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'miniProgram', name: t('“电子营业执照”微信小程序', 'Electronic Business Licence WeChat mini program') },
      ],
      consultationPhone: '0353-5110646',
      notes: [
        t(
          '营业执照专用纸由终端提供；副本可打印多份',
          'The kiosk supplies the official licence paper; several copies can be printed',
        ),
      ],
    },
    situations: [
      {
        id: 'copyKind',
        question: t('您要打印正本还是副本？', 'Do you want the original or a copy?'),
        options: [
          { value: 'original', label: t('正本（悬挂在经营场所）', 'Original (displayed at the premises)') },
          { value: 'duplicate', label: t('副本', 'Copy') },
        ],
      },
    ],
    materials: [idCardMaterial],
    fields: [
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        hint: t(
          '您名下有多个市场主体时，核对是否为要打印的这一个',
          'If you have several businesses, check that this is the one to print',
        ),
        prefill: { source: 'platform', record: 'businessLicense.creditCode' },
      },
      {
        id: 'copies',
        type: 'number',
        label: t('打印份数', 'Number of copies'),
        unit: t('份', 'copies'),
        min: 1,
        max: 5,
        when: [{ question: 'copyKind', in: ['duplicate'] }],
        messages: { invalid: t('副本一次可打印 1 至 5 份', 'You can print 1 to 5 copies at a time') },
      },
    ],
  },
  {
    code: 'SC-002',
    name: t('个体工商户设立登记', 'Register as a sole proprietor'),
    summary: t(
      '在郊区从事工商业经营的自然人或家庭申请个体工商户营业执照。材料齐全、符合法定形式的，1 个工作日内办结，可领取电子营业执照并自助打印纸质执照。',
      'A person or family doing business in Jiaoqu applies for a sole proprietor business licence. With complete, correct materials it is done within 1 working day; you get the electronic licence and can print the paper one here.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['个体户', '办营业执照', '个体执照', '开店', '个体工商户注册', '开业登记'],
      en: ['sole proprietor', 'business licence', 'open a shop', 'self-employed registration'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 1,
    legalDays: 3,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'businessLicense',
        name: t('营业执照（电子营业执照）', 'Business licence (electronic)'),
        kind: 'license',
        delivery: 'electronic',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeConfirmation',
      legalBasis: [
        t(
          '《促进个体工商户发展条例》',
          'Regulations on Promoting the Development of Individual Industrial and Commercial Households',
        ),
        t(
          '《中华人民共和国市场主体登记管理条例》及其实施细则',
          'Regulations on the Registration of Market Entities and their implementing rules',
        ),
      ],
      conditions: [
        t('有经营能力的自然人或家庭', 'A person or family able to run a business'),
        t('有固定的经营场所（住所）', 'Fixed premises'),
        t(
          '经营范围属于法律法规允许个体经营的项目',
          'Business activities that the law allows sole proprietors to carry out',
        ),
      ],
      steps: [
        t('放置经营者身份证', "Place the operator's ID card"),
        t('回答名称、经营方式和场所问题', 'Answer questions about the name, who runs it and the premises'),
        t('填写经营范围等信息，签名提交', 'Enter the business activities and other details, sign and submit'),
        t(
          '1 个工作日内核准，短信通知；凭身份证在终端打印营业执照',
          'Approved within 1 working day and texted to you; print the licence at a kiosk with your ID card',
        ),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [
        t(
          '经营食品、烟草、药品等许可项目的，取得营业执照后还须办理相应许可或备案',
          'For food, tobacco, medicines and other licensed activities you also need the matching permit or filing',
        ),
        t(
          '每年 1 月 1 日至 6 月 30 日报送上一年度年度报告',
          'File the annual report for the previous year between 1 January and 30 June',
        ),
      ],
    },
    situations: [
      {
        id: 'useName',
        question: t('您的个体户要起字号名称吗？', 'Will your business have a trade name?'),
        help: t(
          '个体工商户可以不使用名称，执照上显示经营者姓名',
          'A sole proprietor may do without a name; the licence then shows your own name',
        ),
        options: [
          { value: 'yes', label: t('要，使用名称', 'Yes, use a name') },
          { value: 'no', label: t('不用名称', 'No name') },
        ],
      },
      {
        id: 'operatorForm',
        question: t('由谁经营？', 'Who runs the business?'),
        options: [
          { value: 'individual', label: t('个人经营', 'I run it myself') },
          { value: 'family', label: t('家庭经营', 'My family runs it together') },
        ],
      },
      {
        id: 'premises',
        question: t('经营场所是自有的还是租用的？', 'Do you own or rent the premises?'),
        options: [
          { value: 'owned', label: t('自有房产', 'I own them') },
          { value: 'rented', label: t('租用', 'I rent them') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'familyRelation',
        name: t('家庭成员关系证明', 'Proof of family relationship'),
        description: t('户口簿或结婚证等', 'Household register, marriage certificate or similar'),
        when: [{ question: 'operatorForm', in: ['family'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'householdRegister' },
          { kind: 'eLicense', licenseType: 'marriageCertificate' },
          { kind: 'scan', maxPages: 4 },
        ],
      },
      premisesOwnedMaterial,
      leaseContractMaterial,
      {
        id: 'registrationForm',
        name: t('个体工商户登记（备案）申请书', 'Application form for sole proprietor registration'),
        description: t(
          '由终端根据您填写的信息自动生成，在屏幕上签名确认',
          'Generated by the kiosk from your answers; sign it on the screen',
        ),
        satisfiedBy: [{ kind: 'signature' }],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'shopName',
        type: 'text',
        label: t('个体户名称', 'Trade name'),
        hint: t(
          '如 阳泉市郊区荫营老王面馆；须先通过名称自主申报',
          'For example “Lao Wang Noodles, Yinying”; check it first with the name self-declaration',
        ),
        minLength: 4,
        maxLength: 60,
        when: [{ question: 'useName', in: ['yes'] }],
        messages: { required: t('请输入个体户名称', 'Enter the trade name') },
      },
      {
        id: 'businessAddress',
        type: 'address',
        inDistrict: true,
        label: t('经营场所地址', 'Address of the premises'),
        messages: { required: t('请输入经营场所地址', 'Enter the address of the premises') },
      },
      {
        id: 'familyMemberName',
        type: 'name',
        label: t('参加经营的家庭成员姓名', 'Name of the family member who works in it'),
        when: [{ question: 'operatorForm', in: ['family'] }],
      },
      {
        id: 'familyMemberIdNumber',
        type: 'idNumber',
        label: t('参加经营的家庭成员身份证号码', 'ID number of the family member who works in it'),
        when: [{ question: 'operatorForm', in: ['family'] }],
      },
      {
        id: 'businessScope',
        type: 'choice',
        multiple: true,
        label: t('经营范围', 'Business activities'),
        hint: t('可多选；许可项目须另办许可', 'Choose one or more; licensed activities need a permit too'),
        options: [
          { value: 'foodRetail', label: t('食品销售（许可项目）', 'Food sales (licensed)') },
          { value: 'catering', label: t('餐饮服务（许可项目）', 'Food service (licensed)') },
          { value: 'generalRetail', label: t('日用百货零售', 'General retail') },
          { value: 'hairBeauty', label: t('理发及美容服务', 'Hairdressing and beauty') },
          { value: 'repair', label: t('家用电器、电动车修理', 'Repair of appliances and e-bikes') },
          { value: 'laundry', label: t('洗染服务', 'Laundry and dyeing') },
          { value: 'transport', label: t('道路普通货物运输（许可项目）', 'Road freight (licensed)') },
        ],
        messages: { required: t('请至少选择一项经营范围', 'Choose at least one business activity') },
      },
      {
        id: 'capital',
        type: 'amount',
        label: t('资金数额', 'Capital'),
        hint: t('单位：元，如 50000', 'In yuan, for example 50000'),
        minFen: 100_00,
        maxFen: 100_000_000_00,
      },
      {
        id: 'staffCount',
        type: 'number',
        label: t('从业人员人数', 'Number of staff'),
        unit: t('人', 'people'),
        min: 1,
        max: 500,
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'SC-003',
    name: t('个体工商户变更登记', 'Change the registration of a sole proprietor'),
    summary: t(
      '个体工商户的名称、经营者、经营场所、经营范围等登记事项发生变化的，申请变更登记并换发营业执照。',
      "When a sole proprietor's name, operator, premises or activities change, apply for a change and a new licence.",
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['变更', '个体户变更', '换经营者', '改名称', '搬店', '增加经营范围'],
      en: ['change registration', 'new operator', 'move shop', 'change business scope'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 1,
    legalDays: 3,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'businessLicense',
        name: t('变更后的营业执照（电子营业执照）', 'Updated business licence (electronic)'),
        kind: 'license',
        delivery: 'electronic',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeConfirmation',
      legalBasis: [
        t(
          '《促进个体工商户发展条例》第十二条',
          'Regulations on Promoting the Development of Individual Industrial and Commercial Households, Article 12',
        ),
        t(
          '《中华人民共和国市场主体登记管理条例》第二十四条',
          'Regulations on the Registration of Market Entities, Article 24',
        ),
      ],
      conditions: [t('登记事项变更之日起 30 日内申请', 'Apply within 30 days of the change')],
      steps: [
        t('放置经营者身份证', "Place the operator's ID card"),
        t('选择要变更的事项', 'Choose what changes'),
        t('填写变更后的内容，签名提交', 'Enter the new details, sign and submit'),
        t('1 个工作日内核准，打印新执照', 'Approved within 1 working day; print the new licence'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [
        t(
          '变更经营者的，原经营者和新经营者都要签字确认',
          'When the operator changes, both the old and the new operator must sign',
        ),
      ],
    },
    situations: [
      {
        id: 'change',
        question: t('要变更什么？', 'What changes?'),
        help: t('一次变更多项的，请到窗口办理', 'For several changes at once, please go to a counter'),
        options: [
          { value: 'name', label: t('名称', 'Name') },
          { value: 'operator', label: t('经营者（转让给他人经营）', 'Operator (passing the business on)') },
          { value: 'premises', label: t('经营场所', 'Premises') },
          { value: 'scope', label: t('经营范围', 'Business activities') },
        ],
      },
      {
        id: 'premises',
        question: t('新经营场所是自有的还是租用的？', 'Do you own or rent the new premises?'),
        when: [{ question: 'change', in: ['premises'] }],
        options: [
          { value: 'owned', label: t('自有房产', 'I own them') },
          { value: 'rented', label: t('租用', 'I rent them') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'businessLicense',
        name: t('原营业执照', 'Current business licence'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'businessLicense' },
          {
            kind: 'bringLater',
            note: t('领取新执照时交回正副本', 'Hand in the original and copies when you collect the new licence'),
          },
        ],
      },
      {
        id: 'transferAgreement',
        name: t('经营者变更协议', 'Agreement on the change of operator'),
        description: t('原经营者与新经营者签订', 'Signed by the old and the new operator'),
        when: [{ question: 'change', in: ['operator'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 4 }, { kind: 'bringLater' }],
      },
      { ...premisesOwnedMaterial, when: [{ question: 'premises', in: ['owned'] }] },
      { ...leaseContractMaterial, when: [{ question: 'premises', in: ['rented'] }] },
      {
        id: 'changeForm',
        name: t('个体工商户变更登记申请书', 'Application form for the change'),
        description: t(
          '由终端根据您填写的信息自动生成，在屏幕上签名确认',
          'Generated by the kiosk from your answers; sign it on the screen',
        ),
        satisfiedBy: [{ kind: 'signature' }],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        prefill: { source: 'platform', record: 'businessLicense.creditCode' },
      },
      {
        id: 'newName',
        type: 'text',
        label: t('变更后的名称', 'New name'),
        minLength: 4,
        maxLength: 60,
        when: [{ question: 'change', in: ['name'] }],
        messages: { required: t('请输入变更后的名称', 'Enter the new name') },
      },
      {
        id: 'newOperatorName',
        type: 'name',
        label: t('新经营者姓名', 'Name of the new operator'),
        when: [{ question: 'change', in: ['operator'] }],
      },
      {
        id: 'newOperatorIdNumber',
        type: 'idNumber',
        label: t('新经营者身份证号码', 'ID number of the new operator'),
        when: [{ question: 'change', in: ['operator'] }],
      },
      {
        id: 'newOperatorMobile',
        type: 'phone',
        label: t('新经营者手机号码', 'Mobile number of the new operator'),
        when: [{ question: 'change', in: ['operator'] }],
      },
      {
        id: 'businessAddress',
        type: 'address',
        inDistrict: true,
        label: t('新经营场所地址', 'Address of the new premises'),
        when: [{ question: 'change', in: ['premises'] }],
        messages: { required: t('请输入新经营场所地址', 'Enter the address of the new premises') },
      },
      {
        id: 'newScope',
        type: 'text',
        label: t('变更后的经营范围', 'New business activities'),
        hint: t('如 日用百货零售；食品销售', 'For example general retail; food sales'),
        maxLength: 200,
        when: [{ question: 'change', in: ['scope'] }],
        messages: { required: t('请输入变更后的经营范围', 'Enter the new business activities') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'SC-004',
    name: t('个体工商户注销登记', 'Close a sole proprietorship'),
    summary: t(
      '个体工商户不再经营的，申请注销营业执照。未发生债权债务或已将债权债务清偿完结的，可适用简易注销，当场承诺即可。',
      'When a sole proprietor stops trading, apply to close the business licence. With no debts outstanding you can use simplified closure with a commitment on the spot.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['注销', '个体户注销', '关店', '不干了', '简易注销', '注销执照'],
      en: ['close business', 'deregister sole proprietor', 'simplified closure'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 1,
    legalDays: 3,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'closureNotice',
        name: t('准予注销登记通知书', 'Notice of approved closure'),
        kind: 'notice',
        delivery: 'electronic',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeConfirmation',
      legalBasis: [
        t(
          '《中华人民共和国市场主体登记管理条例》第三十一条至第三十四条',
          'Regulations on the Registration of Market Entities, Articles 31–34',
        ),
        t(
          '《促进个体工商户发展条例》',
          'Regulations on Promoting the Development of Individual Industrial and Commercial Households',
        ),
      ],
      conditions: [
        t('已结清税款、社保费，已办理完涉税事项', 'Taxes and social insurance are paid and tax matters settled'),
        t('简易注销：未发生债权债务或已清偿完结', 'Simplified closure: no debts, or all debts settled'),
      ],
      steps: [
        t('放置经营者身份证', "Place the operator's ID card"),
        t('选择注销方式', 'Choose how to close'),
        t('签署承诺，签名提交', 'Sign the commitment and submit'),
        t('1 个工作日内办结，营业执照作废', 'Done within 1 working day; the licence becomes void'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [t('有食品经营许可、备案等的，一并注销', 'Food permits and filings are closed at the same time')],
    },
    situations: [
      {
        id: 'procedure',
        question: t('您的个体户还有没有未结清的债权债务？', 'Does your business still owe or is it owed money?'),
        options: [
          {
            value: 'simple',
            label: t('没有，或已全部结清', 'No, or everything is settled'),
            hint: t('适用简易注销', 'Simplified closure'),
          },
          { value: 'normal', label: t('有，或需要清算', 'Yes, or it needs winding up') },
        ],
      },
      {
        id: 'licenseAvailable',
        question: t('营业执照正副本还在吗？', 'Do you still have the licence original and copies?'),
        options: [
          { value: 'yes', label: t('在', 'Yes') },
          { value: 'lost', label: t('遗失了', 'They are lost') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'noDebtCommitment',
        name: t('简易注销承诺书', 'Simplified closure commitment'),
        when: [{ question: 'procedure', in: ['simple'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '适用简易注销的，应未发生债权债务或已将债权债务清偿完结，不存在未结清的税款和社保费。',
                'Simplified closure requires no debts, or all debts settled, and no unpaid taxes or social insurance.',
              ),
              content: t(
                '本个体工商户未发生债权债务或已清偿完结，无未结清的清偿费用、职工工资、社会保险费、法定补偿金和应缴税款。',
                'This business has no debts or has settled them, and owes no wages, social insurance, statutory compensation or taxes.',
              ),
              liability: t(
                '承诺不实的，依法撤销注销登记，恢复主体资格，并由本人承担相应法律责任。',
                'If this is untrue the closure is revoked, the business is restored, and I bear the legal consequences.',
              ),
            },
          },
        ],
      },
      {
        id: 'liquidationReport',
        name: t('债权债务清理情况说明', 'Statement on settling debts'),
        when: [{ question: 'procedure', in: ['normal'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 6 }, { kind: 'bringLater' }],
      },
      {
        id: 'originalLicense',
        name: t('营业执照正本、副本', 'Licence original and copies'),
        when: [{ question: 'licenseAvailable', in: ['yes'] }],
        satisfiedBy: [
          {
            kind: 'bringLater',
            note: t('交回窗口或邮寄至市场监管局', 'Hand them in at a counter or post them to the bureau'),
          },
        ],
      },
      {
        id: 'lossDeclaration',
        name: t('营业执照遗失声明', 'Declaration that the licence is lost'),
        when: [{ question: 'licenseAvailable', in: ['lost'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '注销登记时应当缴回营业执照正本、副本；遗失的应当声明作废。',
                'On closure the licence must be returned; a lost one must be declared void.',
              ),
              content: t(
                '本个体工商户营业执照正本、副本已遗失，现声明作废。',
                "This business's licence original and copies are lost and I declare them void.",
              ),
              liability: t(
                '因执照遗失被他人冒用产生的责任由本人承担。',
                'I am responsible for any misuse of the lost licence.',
              ),
            },
          },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        prefill: { source: 'platform', record: 'businessLicense.creditCode' },
      },
      {
        id: 'closureReason',
        type: 'choice',
        label: t('注销原因', 'Reason for closing'),
        options: [
          { value: 'stopTrading', label: t('决定停止经营', 'I decided to stop trading') },
          { value: 'relocate', label: t('迁往其他地区重新登记', 'Moving away and registering elsewhere') },
          {
            value: 'operatorDeceased',
            label: t('经营者死亡或丧失经营能力', 'The operator has died or can no longer work'),
          },
          { value: 'other', label: t('其他原因', 'Other reason') },
        ],
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'SC-005',
    name: t('食品小经营店备案', 'File a small food shop'),
    summary: t(
      '经营面积 60 平方米以下、从业人员少的小食杂店、小吃店等食品小经营店开业前备案，材料齐全当场办结，备案证当场打印。',
      'Small grocery and snack shops of up to 60 square metres with few staff file before opening. With complete materials it is done on the spot and the filing certificate prints here.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['小经营店', '食品备案', '食品办证', '食品备案证', '小食杂店', '小卖部', '小吃店', '食品经营'],
      en: ['food shop filing', 'small food business', 'grocery', 'snack shop', 'food registration'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    legalDays: 5,
    fee: { kind: 'free' },
    results: [
      {
        id: 'filingCertificate',
        name: t('食品小经营店备案证', 'Small food shop filing certificate'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
      { ...acceptanceReceipt, id: 'filingReceipt', name: t('备案回执', 'Filing receipt') },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeRecord',
      legalBasis: [foodSafetyLaw, shanxiSmallFoodRegulation],
      conditions: [
        t(
          '已取得营业执照，或与营业执照一并申请',
          'You hold a business licence, or apply for it together with this filing',
        ),
        t(
          '有固定经营场所，经营面积不超过 60 平方米，从业人员不超过 5 人',
          'Fixed premises of at most 60 square metres and at most 5 staff',
        ),
        t(
          '经营场所与有毒有害场所保持规定距离',
          'The premises are at the required distance from toxic or hazardous places',
        ),
        t('从业人员持有有效健康证明', 'Everyone handling food holds a valid health certificate'),
        t(
          '不经营婴幼儿配方食品、特殊医学用途配方食品等特殊食品',
          'You do not sell infant formula, foods for special medical purposes or other special foods',
        ),
      ],
      steps: [
        t('阅读告知，放置经营者身份证', "Read the notice and place the operator's ID card"),
        t('回答经营类别和场所问题', 'Answer questions about what you sell and your premises'),
        t(
          '调取营业执照、健康证明等电子证照，或签署承诺',
          'Use e-licences for the business licence and health certificates, or sign a commitment',
        ),
        t('核对信息并签名提交', 'Check your details, sign and submit'),
        t('当场打印备案证和回执', 'The filing certificate and the receipt print on the spot'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [
        t(
          '备案后 30 日内，市场监管所将进行现场检查；与承诺不符的，撤销备案',
          'Within 30 days the market supervision office inspects the shop; if it differs from what you declared the filing is cancelled',
        ),
        t('备案证应悬挂在经营场所醒目位置', 'Display the filing certificate where customers can see it'),
        t('经营项目、场所或经营者变化的，应重新备案', 'File again if the business, premises or operator change'),
      ],
    },
    situations: [
      {
        id: 'businessKind',
        question: t('您的店主要经营什么？', 'What does your shop mainly do?'),
        options: [
          {
            value: 'retail',
            label: t('食品销售（预包装、散装食品）', 'Sell food (packaged or loose)'),
            hint: t('小卖部、便利店、小食杂店', 'Corner shops, convenience stores'),
          },
          {
            value: 'catering',
            label: t('餐饮服务（现场制作售卖）', 'Prepare and serve food'),
            hint: t('小餐馆、小吃店、早点铺', 'Small restaurants, snack bars, breakfast stalls'),
          },
          { value: 'both', label: t('两者都有', 'Both') },
        ],
      },
      {
        id: 'hasLicense',
        question: t('您已经领取营业执照了吗？', 'Do you already have a business licence?'),
        options: [
          { value: 'yes', label: t('已领取', 'Yes') },
          { value: 'together', label: t('还没有，与营业执照一并申请', 'No, I am applying for it together with this') },
        ],
        // The business picked at identification answers it: a licensed one, or 新开办的（还没有营业执照）.
        answeredBy: businessLicensedAnswer,
      },
      {
        id: 'premises',
        question: t('经营场所是自有的还是租用的？', 'Do you own or rent the premises?'),
        options: [
          { value: 'owned', label: t('自有房产', 'I own them') },
          { value: 'rented', label: t('租用', 'I rent them') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'businessLicense',
        name: t('营业执照', 'Business licence'),
        when: [{ question: 'hasLicense', in: ['yes'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'businessLicense' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
      healthCertificatesMaterial,
      premisesOwnedMaterial,
      leaseContractMaterial,
      foodSafetyRulesMaterial,
      layoutPlanMaterial,
    ],
    fields: [
      ...applicantFields,
      {
        id: 'shopName',
        type: 'text',
        label: t('店铺名称', 'Shop name'),
        hint: t('与营业执照一致', 'As on the business licence'),
        hintsWhen: shopNameHintsWhen,
        prefill: { source: 'platform', record: 'businessLicense.name' },
        maxLength: 60,
        messages: { required: t('请输入店铺名称', 'Enter the shop name') },
      },
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        hint: t('营业执照上 18 位代码', 'The 18-character code on the business licence'),
        prefill: { source: 'platform', record: 'businessLicense.creditCode' },
        when: [{ question: 'hasLicense', in: ['yes'] }],
      },
      {
        id: 'businessAddress',
        type: 'address',
        inDistrict: true,
        label: t('经营场所地址', 'Address of the premises'),
        prefill: { source: 'platform', record: 'businessLicense.address' },
        messages: { required: t('请输入经营场所地址', 'Enter the address of the premises') },
      },
      {
        id: 'floorArea',
        type: 'number',
        label: t('经营面积', 'Floor area'),
        unit: t('平方米', 'square metres'),
        min: 1,
        max: 60,
        messages: {
          invalid: t(
            '食品小经营店经营面积应在 1 至 60 平方米之间；更大的请办理小餐饮店登记',
            'A small food shop has 1 to 60 square metres; larger shops register as a small restaurant',
          ),
        },
      },
      {
        id: 'staffCount',
        type: 'number',
        label: t('从业人员人数', 'Number of staff'),
        unit: t('人', 'people'),
        min: 1,
        max: 5,
        messages: { invalid: t('食品小经营店从业人员应为 1 至 5 人', 'A small food shop has 1 to 5 staff') },
      },
      {
        id: 'retailItems',
        type: 'choice',
        multiple: true,
        label: t('食品销售项目', 'Foods you sell'),
        when: [{ question: 'businessKind', in: ['retail', 'both'] }],
        options: [
          { value: 'packaged', label: t('预包装食品（不含冷藏冷冻）', 'Packaged food (not chilled or frozen)') },
          { value: 'packagedChilled', label: t('预包装食品（含冷藏冷冻）', 'Packaged food incl. chilled or frozen') },
          { value: 'loose', label: t('散装食品', 'Loose food') },
        ],
        messages: { required: t('请至少选择一个食品销售项目', 'Choose at least one kind of food you sell') },
      },
      {
        id: 'cateringItems',
        type: 'choice',
        multiple: true,
        label: t('餐饮服务项目', 'Food you prepare'),
        when: [{ question: 'businessKind', in: ['catering', 'both'] }],
        options: [
          { value: 'hot', label: t('热食类食品制售', 'Hot dishes') },
          { value: 'cold', label: t('冷食类食品制售', 'Cold dishes') },
          { value: 'pastry', label: t('糕点类食品制售', 'Pastries') },
          { value: 'drinks', label: t('自制饮品制售', 'Home-made drinks') },
        ],
        messages: { required: t('请至少选择一个餐饮服务项目', 'Choose at least one kind of food you prepare') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'SC-006',
    name: t('小餐饮店登记', 'Register a small restaurant'),
    summary: t(
      '经营面积 60 至 200 平方米、有堂食的小餐馆、小吃店，开业前申请小餐饮店登记。市场监管所现场核查合格后发放登记证。',
      'Small restaurants and snack bars with seating and 60 to 200 square metres register before opening. After an on-site check the registration certificate is issued.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['小餐饮', '小餐馆', '饭店', '开饭馆', '餐饮登记', '登记证'],
      en: ['small restaurant', 'eatery registration', 'catering registration'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 10,
    legalDays: 15,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'registrationCertificate',
        name: t('小餐饮店登记证', 'Small restaurant registration certificate'),
        kind: 'certificate',
        delivery: 'electronic',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'administrativeRecord',
      legalBasis: [foodSafetyLaw, shanxiSmallFoodRegulation],
      conditions: [
        t(
          '已取得营业执照，或与营业执照一并申请',
          'You hold a business licence, or apply for it together with this registration',
        ),
        t(
          '经营面积 60 至 200 平方米，加工操作区与就餐区分开',
          '60 to 200 square metres with the kitchen separate from the dining area',
        ),
        t(
          '有给排水、冷藏、清洗消毒和油烟净化设施',
          'Running water and drainage, refrigeration, washing and disinfection, and fume extraction',
        ),
        t('从业人员持有有效健康证明', 'Everyone handling food holds a valid health certificate'),
      ],
      steps: [
        t('放置经营者身份证', "Place the operator's ID card"),
        t('回答营业执照、场所和燃料问题', 'Answer questions on the licence, premises and fuel'),
        t('提供材料或签署承诺，签名提交', 'Provide materials or sign commitments, then sign and submit'),
        t(
          '10 个工作日内现场核查，合格后发证',
          'An on-site check within 10 working days; the certificate follows if it passes',
        ),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [
        t(
          '经营面积 60 平方米以下的，可办理“食品小经营店备案”，当场取证',
          'Under 60 square metres you can use “File a small food shop” and get the certificate on the spot',
        ),
      ],
    },
    situations: [
      {
        id: 'hasLicense',
        question: t('您已经领取营业执照了吗？', 'Do you already have a business licence?'),
        options: [
          { value: 'yes', label: t('已领取', 'Yes') },
          { value: 'together', label: t('还没有，与营业执照一并申请', 'No, I am applying for it together with this') },
        ],
        // The business picked at identification answers it: a licensed one, or 新开办的（还没有营业执照）.
        answeredBy: businessLicensedAnswer,
      },
      {
        id: 'premises',
        question: t('经营场所是自有的还是租用的？', 'Do you own or rent the premises?'),
        options: [
          { value: 'owned', label: t('自有房产', 'I own them') },
          { value: 'rented', label: t('租用', 'I rent them') },
        ],
      },
      {
        id: 'fuel',
        question: t('后厨用什么燃料？', 'What does the kitchen cook with?'),
        options: [
          { value: 'gas', label: t('燃气（天然气、液化气）', 'Gas (natural gas or LPG)') },
          { value: 'electric', label: t('只用电', 'Electricity only') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'businessLicense',
        name: t('营业执照', 'Business licence'),
        when: [{ question: 'hasLicense', in: ['yes'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'businessLicense' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
      healthCertificatesMaterial,
      premisesOwnedMaterial,
      leaseContractMaterial,
      foodSafetyRulesMaterial,
      {
        ...layoutPlanMaterial,
        when: undefined,
        satisfiedBy: [
          { kind: 'scan', maxPages: 2 },
          { kind: 'bringLater', note: t('现场核查时提供', 'Hand it over at the on-site check') },
        ],
      },
      {
        id: 'gasSafety',
        name: t('燃气使用安全承诺', 'Gas safety commitment'),
        when: [{ question: 'fuel', in: ['gas'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '餐饮场所使用燃气的，应安装可燃气体报警装置并使用合格的燃气具。',
                'Restaurants using gas must fit a gas alarm and use approved appliances.',
              ),
              content: t(
                '本店已安装燃气泄漏报警和自动切断装置，使用的燃气具和连接管合格，并与有资质的燃气公司签订供气合同。',
                'My restaurant has a gas leak alarm with automatic shut-off, approved appliances and hoses, and a supply contract with a licensed gas company.',
              ),
              liability: t(
                '承诺不实的，不予登记；已登记的依法撤销，并依照《城镇燃气管理条例》处理。',
                'If this is untrue the registration is refused or revoked, and the Urban Gas Regulations apply.',
              ),
            },
          },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'shopName',
        type: 'text',
        label: t('店铺名称', 'Shop name'),
        hint: t('与营业执照一致', 'As on the business licence'),
        hintsWhen: shopNameHintsWhen,
        prefill: { source: 'platform', record: 'businessLicense.name' },
        maxLength: 60,
        messages: { required: t('请输入店铺名称', 'Enter the shop name') },
      },
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        prefill: { source: 'platform', record: 'businessLicense.creditCode' },
        when: [{ question: 'hasLicense', in: ['yes'] }],
      },
      {
        id: 'businessAddress',
        type: 'address',
        inDistrict: true,
        label: t('经营场所地址', 'Address of the premises'),
        messages: { required: t('请输入经营场所地址', 'Enter the address of the premises') },
      },
      {
        id: 'floorArea',
        type: 'number',
        label: t('经营面积', 'Floor area'),
        unit: t('平方米', 'square metres'),
        min: 60,
        max: 200,
        messages: {
          invalid: t('小餐饮店经营面积应在 60 至 200 平方米之间', 'A small restaurant has 60 to 200 square metres'),
        },
      },
      {
        id: 'seats',
        type: 'number',
        label: t('就餐座位数', 'Number of seats'),
        unit: t('个', 'seats'),
        min: 1,
        max: 150,
      },
      {
        id: 'cateringItems',
        type: 'choice',
        multiple: true,
        label: t('餐饮服务项目', 'Food you prepare'),
        options: [
          { value: 'hot', label: t('热食类食品制售', 'Hot dishes') },
          { value: 'cold', label: t('冷食类食品制售', 'Cold dishes') },
          { value: 'pastry', label: t('糕点类食品制售', 'Pastries') },
          { value: 'drinks', label: t('自制饮品制售', 'Home-made drinks') },
        ],
        messages: { required: t('请至少选择一个餐饮服务项目', 'Choose at least one kind of food you prepare') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'SC-007',
    name: t('企业名称自主申报', 'Declare a business name'),
    summary: t(
      '开办企业或个体工商户前，自行选择并申报名称，系统当场比对是否与已有名称相同或近似，通过后保留 30 天。',
      'Before starting a company or sole proprietorship, choose and declare a name. The system checks at once for identical or similar names; an accepted name is kept for you for 30 days.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['起名', '名称申报', '企业名称', '核名', '字号', '名称预先核准'],
      en: ['company name', 'name check', 'trade name', 'name reservation'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'nameNotice',
        name: t('名称自主申报告知书', 'Notice of the declared name'),
        kind: 'notice',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《企业名称登记管理规定》（国务院令第734号）',
          'Provisions on the Administration of Enterprise Name Registration (State Council Order No. 734)',
        ),
        t(
          '《企业名称登记管理规定实施办法》（市场监管总局令第82号）',
          'Implementing Measures of the Provisions on Enterprise Names (SAMR Order No. 82)',
        ),
      ],
      conditions: [
        t(
          '拟设立企业的投资人或个体工商户的经营者',
          'An investor of a company to be set up, or the operator of a sole proprietorship',
        ),
      ],
      steps: [
        t('放置身份证', 'Place your ID card'),
        t('选择组织形式', 'Choose the kind of business'),
        t('输入字号和行业，系统比对', 'Enter the trade name and industry; the system checks them'),
        t(
          '确认后打印告知书，30 天内办理设立登记',
          'Confirm and print the notice; register the business within 30 days',
        ),
      ],
      otherChannels: [hallChannel(dept), onlineChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [
        t(
          '名称一般由行政区划、字号、行业、组织形式依次组成，如“阳泉市郊区 + 荫香 + 餐饮 + 有限公司”',
          'A name is made of place, trade name, industry and legal form, e.g. “Yangquan Jiaoqu + Yinxiang + Catering + Co., Ltd.”',
        ),
        t(
          '申请人对名称的合法性负责；与他人在先权利冲突的，依法纠正',
          'You are responsible for the name being lawful; a name that conflicts with earlier rights must be changed',
        ),
      ],
    },
    situations: [
      {
        id: 'entityType',
        question: t('您要开办哪种市场主体？', 'What kind of business are you starting?'),
        options: [
          { value: 'company', label: t('有限责任公司', 'Limited liability company') },
          { value: 'soleProprietor', label: t('个体工商户', 'Sole proprietorship (getihu)') },
          { value: 'partnership', label: t('合伙企业', 'Partnership') },
          { value: 'soleInvestment', label: t('个人独资企业', 'Sole-investor enterprise') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'nameCommitment',
        name: t('名称自主申报承诺', 'Commitment on the declared name'),
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '申请人应当依法自主申报企业名称，并对其真实性、合法性负责。',
                'Applicants declare business names themselves and are responsible for them being true and lawful.',
              ),
              content: t(
                '本人申报的名称不含法律法规禁止的内容，不侵犯他人在先权利。',
                'The name I declare contains nothing the law forbids and infringes no earlier rights of others.',
              ),
              liability: t(
                '名称不适宜的，由登记机关依法纠正，由此造成的损失由本人承担。',
                'If the name is unsuitable the registry corrects it and I bear any loss.',
              ),
            },
          },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'region',
        type: 'choice',
        label: t('名称中的行政区划', 'Place in the name'),
        options: [
          { value: 'jiaoqu', label: t('阳泉市郊区', 'Jiaoqu, Yangquan') },
          { value: 'yangquan', label: t('阳泉市', 'Yangquan') },
        ],
      },
      {
        id: 'tradeName',
        type: 'text',
        label: t('字号', 'Trade name'),
        hint: t('2 个以上汉字，如 荫香', 'Two or more Chinese characters, like Yinxiang'),
        minLength: 2,
        maxLength: 10,
        pattern: '^\\p{Script=Han}{2,10}$',
        messages: {
          required: t('请输入字号', 'Enter the trade name'),
          invalid: t(
            '字号应为 2 至 10 个汉字，不含数字、字母和符号',
            'A trade name has 2 to 10 Chinese characters, with no digits, letters or symbols',
          ),
        },
      },
      {
        id: 'industry',
        type: 'text',
        label: t('行业或经营特点', 'Industry'),
        hint: t('如 餐饮、商贸、汽车维修', 'For example catering, trading, car repair'),
        maxLength: 20,
        messages: { required: t('请输入行业或经营特点', 'Enter the industry') },
      },
      {
        id: 'companyForm',
        type: 'choice',
        label: t('组织形式', 'Legal form'),
        when: [{ question: 'entityType', in: ['company'] }],
        options: [
          { value: 'coLtd', label: t('有限公司', 'Co., Ltd.') },
          { value: 'limitedLiability', label: t('有限责任公司', 'Limited Liability Company') },
        ],
      },
      {
        id: 'shopSuffix',
        type: 'choice',
        label: t('名称结尾', 'Ending of the name'),
        when: [{ question: 'entityType', in: ['soleProprietor'] }],
        options: [
          { value: 'dian', label: t('店', 'Shop (dian)') },
          { value: 'guan', label: t('馆', 'House (guan)') },
          { value: 'bu', label: t('部', 'Department (bu)') },
          { value: 'fang', label: t('坊', 'Workshop (fang)') },
        ],
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'SC-008',
    name: t('个体工商户年度报告', 'File the annual report of a sole proprietor'),
    summary: t(
      '个体工商户每年 1 月 1 日至 6 月 30 日报送上一年度年度报告，提交后即向社会公示。逾期未报的将被标记为经营异常状态。',
      'Every sole proprietor files the previous year’s report between 1 January and 30 June; it is published when filed. A late report gets the business marked as abnormal.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['年报', '年检', '个体户年报', '年度报告', '经营异常'],
      en: ['annual report', 'yearly filing', 'abnormal operation'],
    },
    flow: 'apply',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [{ ...acceptanceReceipt, id: 'reportReceipt', name: t('年度报告回执', 'Annual report receipt') }],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《个体工商户年度报告办法》（国家工商行政管理总局令第69号）',
          'Measures on Annual Reports of Individual Industrial and Commercial Households (SAIC Order No. 69)',
        ),
        t(
          '《促进个体工商户发展条例》第十五条',
          'Regulations on Promoting the Development of Individual Industrial and Commercial Households, Article 15',
        ),
      ],
      conditions: [
        t(
          '上一年度 12 月 31 日前已登记的个体工商户',
          'Sole proprietors registered before 31 December of the previous year',
        ),
      ],
      steps: [
        t('放置经营者身份证', "Place the operator's ID card"),
        t('回答员工和网店情况', 'Answer questions on employees and online shops'),
        t('填写经营情况，核对后签名提交', 'Enter how the business did, check and sign'),
        t('提交即公示，打印回执', 'Published at once; print the receipt'),
      ],
      otherChannels: [
        {
          kind: 'online',
          name: t(
            '国家企业信用信息公示系统（山西）',
            'National Enterprise Credit Information Publicity System (Shanxi)',
          ),
        },
        hallChannel(dept),
      ],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [t('营业额、纳税额可选择是否公示', 'You may choose whether turnover and tax paid are published')],
    },
    situations: [
      {
        id: 'hasEmployees',
        question: t('上一年度是否雇用了员工？', 'Did you employ anyone last year?'),
        options: [
          { value: 'yes', label: t('有雇员', 'Yes') },
          { value: 'no', label: t('只有经营者本人或家庭成员', 'Only me or my family') },
        ],
      },
      {
        id: 'hasOnlineShop',
        question: t('是否开设了网店或通过平台经营？', 'Do you also sell online or through a platform?'),
        options: [
          { value: 'yes', label: t('有', 'Yes') },
          { value: 'no', label: t('没有', 'No') },
        ],
      },
    ],
    materials: [idCardMaterial],
    fields: [
      ...applicantFields,
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        prefill: { source: 'platform', record: 'businessLicense.creditCode' },
      },
      {
        id: 'reportYear',
        type: 'number',
        label: t('报告年度', 'Year reported'),
        min: 2013,
        max: 2100,
        prefill: { source: 'platform', record: 'annualReport.dueYear' },
      },
      {
        id: 'operatingStatus',
        type: 'choice',
        label: t('经营状态', 'Trading status'),
        options: [
          { value: 'open', label: t('开业', 'Trading') },
          { value: 'suspended', label: t('歇业', 'Suspended') },
        ],
      },
      {
        id: 'turnover',
        type: 'amount',
        label: t('全年营业额', 'Turnover for the year'),
        minFen: 0,
        maxFen: 10_000_000_000,
      },
      {
        id: 'taxPaid',
        type: 'amount',
        label: t('全年纳税总额', 'Tax paid for the year'),
        minFen: 0,
        maxFen: 1_000_000_000,
        optional: true,
      },
      {
        id: 'employeeCount',
        type: 'number',
        label: t('雇员人数', 'Number of employees'),
        unit: t('人', 'people'),
        min: 1,
        max: 500,
        when: [{ question: 'hasEmployees', in: ['yes'] }],
      },
      {
        id: 'onlineShopAddress',
        type: 'text',
        label: t('网店名称或网址', 'Online shop name or address'),
        maxLength: 120,
        when: [{ question: 'hasOnlineShop', in: ['yes'] }],
        messages: { required: t('请输入网店名称或网址', 'Enter the name or address of the online shop') },
      },
      {
        id: 'publishFinancials',
        type: 'choice',
        label: t('是否公示营业额和纳税额', 'Publish turnover and tax paid?'),
        options: [
          { value: 'yes', label: t('公示', 'Publish') },
          { value: 'no', label: t('不公示', 'Do not publish') },
        ],
      },
    ],
    declaration: t(
      '本人承诺年度报告内容真实、及时、完整，并对其真实性负责；隐瞒真实情况、弄虚作假的，愿接受标记经营异常状态等处理。',
      'I declare that this annual report is true, timely and complete and I am responsible for it; if it hides or falsifies anything I accept being marked as abnormal and other measures.',
    ),
  },
  {
    code: 'SC-009',
    name: t('市场主体登记信息查询', 'Look up a registered business'),
    summary: t(
      '按名称或统一社会信用代码查询个体工商户、企业的登记状态、经营者、经营范围和是否被列入经营异常名录，无需身份证。',
      'Look up a sole proprietor or company by name or credit code: registration status, operator, activities and whether it is listed as abnormal. No ID card needed.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'both',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['企业查询', '查执照', '查公司', '信用代码查询', '经营异常名录', '工商信息'],
      en: ['company search', 'business lookup', 'credit code lookup', 'registration status'],
    },
    flow: 'query',
    identity: 'none',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: [],
    platformRecord: 'marketEntity.publicInfo',
    guide: {
      itemType: 'publicService',
      legalBasis: [t('《企业信息公示暂行条例》', 'Interim Regulations on Enterprise Information Disclosure')],
      conditions: [t('任何人均可查询公示信息', 'Anyone may look up published information')],
      steps: [
        t('选择查询方式', 'Choose how to search'),
        t('输入名称或代码', 'Enter the name or the code'),
        t('在屏幕上查看结果', 'Read the result on screen'),
      ],
      otherChannels: [
        {
          kind: 'online',
          name: t('国家企业信用信息公示系统', 'National Enterprise Credit Information Publicity System'),
        },
      ],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
    },
    situations: [
      {
        id: 'searchBy',
        question: t('您想怎么查？', 'How do you want to search?'),
        options: [
          { value: 'name', label: t('按名称', 'By name') },
          { value: 'creditCode', label: t('按统一社会信用代码', 'By unified social credit code') },
        ],
      },
    ],
    fields: [
      {
        id: 'entityName',
        type: 'text',
        label: t('市场主体名称', 'Business name'),
        hint: t('输入名称中的关键字即可，如 荫香', 'A key word of the name is enough, like Yinxiang'),
        minLength: 2,
        maxLength: 60,
        when: [{ question: 'searchBy', in: ['name'] }],
        messages: { required: t('请输入要查询的名称', 'Enter the name to search for') },
      },
      {
        id: 'creditCode',
        type: 'creditCode',
        label: t('统一社会信用代码', 'Unified social credit code'),
        when: [{ question: 'searchBy', in: ['creditCode'] }],
      },
    ],
  },
];
