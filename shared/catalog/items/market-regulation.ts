import type { ItemInput } from '../schema.js';
import { acceptanceReceipt, applicantFields, appChannel, hallChannel, idCardMaterial, onlineChannel, t, truthfulDeclaration } from './common.js';

/** 市场监管: 阳泉市郊区市场监督管理局. Codes SC-001…. */
const dept = t('阳泉市郊区市场监督管理局', 'Market Regulation Administration of Jiaoqu District');
const foodSafetyLaw = t('《中华人民共和国食品安全法》第三十六条', 'Food Safety Law of the PRC, Article 36');
const shanxiSmallFoodRegulation = t(
  '《山西省食品小作坊小经营店小摊点管理条例》',
  'Regulations of Shanxi Province on Small Food Workshops, Small Food Shops and Food Stalls',
);

export const marketRegulationItems: ItemInput[] = [
  {
    code: 'SC-005',
    name: t('食品小经营店备案', 'File a small food shop'),
    summary: t(
      '从业人员少、经营条件简单的小食杂店、小餐饮店在郊区开业前备案，材料齐全当场办结，备案证当场打印。',
      'Small grocery and food shops with few staff and simple premises in Jiaoqu file before opening. With complete materials it is done on the spot and the filing certificate prints here.',
    ),
    department: 'marketRegulation',
    category: 'marketEntry',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['小经营店', '食品备案', '小食杂店', '小餐馆', '小吃店', '备案证', '食品经营'],
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
        t('已取得营业执照（个体工商户或企业）', 'You hold a business licence (sole proprietor or company)'),
        t('有固定经营场所，与有毒有害场所保持规定距离', 'You have fixed premises at the required distance from toxic or hazardous places'),
        t('从业人员持有有效健康证明', 'Everyone handling food holds a valid health certificate'),
        t('不经营婴幼儿配方食品、特殊医学用途配方食品等特殊食品', 'You do not sell infant formula, foods for special medical purposes or other special foods'),
      ],
      steps: [
        t('阅读告知，放置经营者身份证', "Read the notice and place the operator's ID card"),
        t('回答经营类别和场所问题', 'Answer questions about what you sell and your premises'),
        t('调取营业执照、健康证明等电子证照，或签署承诺', 'Use e-licences for the business licence and health certificates, or sign a commitment'),
        t('核对信息并签名提交', 'Check your details, sign and submit'),
        t('当场打印备案证和回执', 'The filing certificate and the receipt print on the spot'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      consultationPhone: '0353-5110646',
      complaintPhone: '12315',
      notes: [
        t('备案后 30 日内，市场监管所将进行现场检查；与承诺不符的，撤销备案', 'Within 30 days the market supervision office inspects the shop; if it differs from what you declared the filing is cancelled'),
        t('备案证应悬挂在经营场所醒目位置', 'Display the filing certificate where customers can see it'),
        t('经营项目、场所或经营者变化的，应重新备案', 'File again if the business, premises or operator change'),
      ],
    },
    situations: [
      {
        id: 'businessKind',
        question: t('您的店主要经营什么？', 'What does your shop mainly do?'),
        options: [
          { value: 'retail', label: t('食品销售（预包装、散装食品）', 'Sell food (packaged or loose)'), hint: t('小卖部、便利店、小食杂店', 'Corner shops, convenience stores') },
          { value: 'catering', label: t('餐饮服务（现场制作售卖）', 'Prepare and serve food'), hint: t('小餐馆、小吃店、早点铺', 'Small restaurants, snack bars, breakfast stalls') },
          { value: 'both', label: t('两者都有', 'Both') },
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
        id: 'businessLicense',
        name: t('营业执照', 'Business licence'),
        satisfiedBy: [{ kind: 'eLicense', licenseType: 'businessLicense' }, { kind: 'scan', maxPages: 1 }],
      },
      {
        id: 'healthCertificates',
        name: t('从业人员健康证明', 'Health certificates of food handlers'),
        description: t('每位从事食品经营的人员一份，在有效期内', 'One valid certificate for each person handling food'),
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'healthCertificate' },
          { kind: 'scan', maxPages: 6 },
          {
            kind: 'commitment',
            commitment: {
              obligation: t('从事接触直接入口食品工作的人员应当每年进行健康检查，取得健康证明后方可上岗。', 'People who handle ready-to-eat food must have a health check every year and hold a health certificate before working.'),
              content: t('本店全部从业人员已取得有效健康证明，开业后随时接受查验。', 'Everyone working in my shop holds a valid health certificate, which I will show on request.'),
              liability: t('承诺不实的，撤销备案，并依照《食品安全法》第一百二十六条予以处罚。', 'If this is untrue the filing is cancelled and penalties apply under Article 126 of the Food Safety Law.'),
            },
          },
        ],
      },
      {
        id: 'premisesOwnership',
        name: t('经营场所产权证明', 'Proof of ownership of the premises'),
        when: [{ question: 'premises', in: ['owned'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'realEstateCertificate' },
          {
            kind: 'commitment',
            commitment: {
              obligation: t('经营者应当有合法使用的固定经营场所。', 'A food business must have fixed premises it may lawfully use.'),
              content: t('本人对填报的经营场所拥有合法产权，场所用途符合规定。', 'I lawfully own the premises I have entered, and their use is permitted.'),
              liability: t('承诺不实的，撤销备案，相关后果由本人承担。', 'If this is untrue the filing is cancelled and I bear the consequences.'),
            },
          },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'leaseContract',
        name: t('租赁合同', 'Lease contract'),
        when: [{ question: 'premises', in: ['rented'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'housingLeaseRecord' },
          { kind: 'scan', maxPages: 6 },
          { kind: 'bringLater', note: t('现场检查时交检查人员核对', 'Show it to the inspector at the on-site check') },
        ],
      },
      {
        id: 'foodSafetyRules',
        name: t('食品安全管理制度', 'Food safety rules of the shop'),
        description: t('进货查验、从业人员健康管理、清洗消毒等制度', 'Rules for checking supplies, staff health, cleaning and disinfection'),
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t('食品经营者应当建立食品安全管理制度并严格执行。', 'A food business must set up food safety rules and follow them.'),
              content: t('本店已建立进货查验记录、从业人员健康管理、清洗消毒等制度，并张贴上墙。', 'My shop has rules for recording supplies, staff health, cleaning and disinfection, and they are displayed on the wall.'),
              liability: t('未建立或未执行的，依照《食品安全法》责令改正并处罚。', 'If not, I must correct it and penalties apply under the Food Safety Law.'),
            },
          },
        ],
      },
      {
        id: 'layoutPlan',
        name: t('经营场所平面布局图', 'Floor plan of the premises'),
        description: t('标明加工操作区、就餐区和清洗消毒设施位置', 'Mark the preparation area, dining area and washing facilities'),
        when: [{ question: 'businessKind', in: ['catering', 'both'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 1 }, { kind: 'bringLater', note: t('现场检查时提供', 'Hand it over at the on-site check') }],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'shopName',
        type: 'text',
        label: t('店铺名称（与营业执照一致）', 'Shop name (as on the business licence)'),
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
        max: 200,
        messages: { invalid: t('食品小经营店面积应在 1 至 200 平方米之间', 'A small food shop has 1 to 200 square metres') },
      },
      {
        id: 'staffCount',
        type: 'number',
        label: t('从业人员人数', 'Number of staff'),
        unit: t('人', 'people'),
        min: 1,
        max: 10,
        messages: { invalid: t('食品小经营店从业人员应为 1 至 10 人', 'A small food shop has 1 to 10 staff') },
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
];
