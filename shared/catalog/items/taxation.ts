import type { ChannelInput, ItemInput } from '../schema.js';
import { appChannel, hallChannel, t } from './common.js';

/** 税务: 国家税务总局阳泉市郊区税务局. Codes SW-001…. */
const dept = t('国家税务总局阳泉市郊区税务局', 'Jiaoqu District Taxation Bureau, State Taxation Administration');
const taxAdministrationLaw = t(
  '《中华人民共和国税收征收管理法》',
  'Law of the PRC on the Administration of Tax Collection',
);

const etaxChannel: ChannelInput = {
  kind: 'online',
  name: t('山西省电子税务局', 'Shanxi e-tax bureau'),
  detail: t('登录后在“证明开具”或“社保业务”中办理', 'Sign in and use "Certificates" or "Social insurance"'),
};
const iitAppChannel: ChannelInput = {
  kind: 'app',
  name: t('“个人所得税”App', 'Individual Income Tax app'),
  detail: t('“办&查”—“纳税记录开具”', '"Services & records" › "Tax record"'),
};

export const taxationItems: ItemInput[] = [
  {
    code: 'SW-001',
    name: t('个人所得税纳税记录开具', 'Print your individual income tax record'),
    summary: t(
      '打印本人 2019 年以来的《个人所得税纳税记录》，带验证码，购房、落户、贷款、子女入学时常用。',
      'Print your official record of individual income tax since 2019, with a verification code. Often asked for when you buy a home, move your hukou, take out a loan or enrol a child in school.',
    ),
    department: 'taxation',
    category: 'tax',
    audience: 'citizen',
    lifeEvents: ['work', 'housing', 'school'],
    keywords: {
      'zh-CN': ['个税', '个税证明', '纳税证明', '个税记录', '完税证明', '收入证明', '个人所得税'],
      en: ['income tax certificate', 'proof of tax paid', 'tax record', 'IIT'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'taxRecord',
        name: t('中华人民共和国个人所得税纳税记录', 'Individual Income Tax Record of the PRC'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'tax.individualIncomeTaxRecord',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国个人所得税法》', 'Individual Income Tax Law of the PRC'),
        taxAdministrationLaw,
        t(
          '《国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈中华人民共和国个人所得税纳税记录〉有关事项的公告》（国家税务总局公告 2018 年第 55 号）',
          'STA Announcement No. 55 of 2018, which replaced the paper income tax payment certificate with the Individual Income Tax Record',
        ),
      ],
      conditions: [
        t(
          '2019 年 1 月 1 日以后取得应税所得，并由扣缴单位办理了扣缴申报或本人办理了纳税申报（不论是否实际缴税）',
          'You had taxable income on or after 1 January 2019, and your employer filed withholding returns for you or you filed a return yourself, whether or not any tax was due',
        ),
        t('只能开具本人的纳税记录', 'You can only print your own record'),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择要包含的时间段', 'Choose the period to include'),
        t('预览后打印，取走纳税记录', 'Check the preview, print and take the record'),
      ],
      otherChannels: [
        iitAppChannel,
        { kind: 'online', name: t('自然人电子税务局（网页端）', 'STA website for individual taxpayers') },
        hallChannel(dept),
      ],
      consultationPhone: '12366',
      complaintPhone: '12366',
      notes: [
        t(
          '纳税记录上的验证码可在“个人所得税”App 或自然人电子税务局查验真伪',
          'Anyone can check the verification code in the Individual Income Tax app or on the STA website',
        ),
        t(
          '纳税记录只反映已申报的信息，不作为收入证明',
          'The record shows what was declared for tax; it is not proof of income',
        ),
        t(
          '本月的扣缴申报一般在次月 15 日后才能查到',
          "This month's withholding usually shows after the 15th of next month",
        ),
      ],
    },
    situations: [
      {
        id: 'period',
        question: t('纳税记录要包含哪段时间？', 'Which period should the record cover?'),
        options: [
          { value: 'last12', label: t('最近 12 个月', 'The last 12 months') },
          { value: 'lastYear', label: t('上一年度全年', 'All of last year') },
          {
            value: 'custom',
            label: t('自己选择起止月份', 'Choose the months myself'),
            hint: t('最早从 2019 年 1 月开始', 'No earlier than January 2019'),
          },
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
        hint: t('输入年份和月份，最早 2019 年 1 月', 'Enter the year and the month; January 2019 at the earliest'),
        when: [{ question: 'period', in: ['custom'] }],
        messages: { required: t('请选择纳税记录的起始月份', 'Choose the first month of the record') },
      },
      {
        id: 'toMonth',
        type: 'date',
        range: 'past',
        precision: 'month',
        notBefore: 'fromMonth',
        label: t('截止月份', 'To month'),
        when: [{ question: 'period', in: ['custom'] }],
        messages: { required: t('请选择纳税记录的截止月份', 'Choose the last month of the record') },
      },
    ],
  },
  {
    code: 'SW-002',
    name: t('完税证明打印', 'Print a tax payment certificate'),
    summary: t(
      '为已缴纳的契税、车船税、房产税等税款打印《税收完税证明》。个人所得税请用“个人所得税纳税记录开具”。',
      'Print a tax payment certificate for taxes you have already paid, such as deed tax, vehicle and vessel tax or property tax. For income tax, use "Print your individual income tax record".',
    ),
    department: 'taxation',
    category: 'tax',
    audience: 'citizen',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['完税凭证', '契税证明', '车船税证明', '房产税', '税收完税证明', '缴税证明'],
      en: ['tax receipt', 'deed tax', 'vehicle tax', 'property tax', 'proof of payment'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'paymentCertificate',
        name: t('中华人民共和国税收完税证明（表格式）', 'Tax payment certificate of the PRC'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'tax.paymentRecords',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        taxAdministrationLaw,
        t(
          '《税收票证管理办法》（国家税务总局令第 28 号）',
          'Measures for the Administration of Tax Receipts (STA Order No. 28)',
        ),
      ],
      conditions: [
        t('税款已经缴纳入库', 'The tax has been paid and received by the treasury'),
        t(
          '个人为本人缴纳的税款；单位纳税人请通过电子税务局或办税服务厅开具',
          'Taxes you paid as an individual; organisations use the e-tax bureau or a tax office',
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择税种和缴款时间段', 'Choose the tax and when it was paid'),
        t('预览缴款记录后打印', 'Check the payments in the preview and print'),
      ],
      otherChannels: [etaxChannel, hallChannel(dept)],
      consultationPhone: '12366',
      complaintPhone: '12366',
      notes: [
        t('银行端缴款的，一般次日才能开具', 'Payments made at a bank can usually be certified from the next day'),
        t(
          '同一笔税款已开具过完税证明的，再次打印会标注“重复打印”',
          'A certificate printed again for the same payment is marked as a reprint',
        ),
      ],
    },
    situations: [
      {
        id: 'taxKind',
        question: t('您要开具哪类税款的完税证明？', 'Which tax is the certificate for?'),
        options: [
          {
            value: 'property',
            label: t('房屋、土地相关税款', 'Taxes on a home or land'),
            hint: t(
              '契税、房产税、城镇土地使用税、耕地占用税',
              'Deed tax, property tax, urban land use tax, farmland occupation tax',
            ),
          },
          { value: 'vehicle', label: t('车船税', 'Vehicle and vessel tax') },
          { value: 'other', label: t('其他税款', 'Another tax') },
        ],
      },
    ],
    fields: [
      {
        id: 'paidFrom',
        type: 'date',
        range: 'past',
        label: t('缴款起始日期', 'Paid on or after'),
        messages: { required: t('请选择缴款起始日期', 'Choose the first date of payment') },
      },
      {
        id: 'paidTo',
        type: 'date',
        range: 'past',
        label: t('缴款截止日期', 'Paid on or before'),
        messages: { required: t('请选择缴款截止日期', 'Choose the last date of payment') },
      },
      {
        id: 'plateNumber',
        type: 'text',
        label: t('车牌号码', 'Number plate'),
        hint: t(
          '只打印这辆车的车船税，例如 晋C12345',
          "Only this vehicle's tax; enter the whole plate, starting with the province character",
        ),
        optional: true,
        when: [{ question: 'taxKind', in: ['vehicle'] }],
        maxLength: 8,
        pattern: '^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$',
        messages: {
          invalid: t(
            '请输入完整的车牌号码，如 晋C12345',
            'Enter the full number plate, starting with the province character',
          ),
        },
      },
    ],
  },
  {
    code: 'SW-003',
    name: t('发票真伪查验', 'Check whether an invoice is genuine'),
    summary: t(
      '输入发票信息，查验发票是否由税务机关系统开具、票面信息是否一致。',
      "Enter an invoice's details to check that it was issued through the tax authority's system and that what is printed on it matches the record.",
    ),
    department: 'taxation',
    category: 'tax',
    audience: 'both',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['发票查询', '发票验真', '假发票', '数电发票', '增值税发票', '专票', '普票'],
      en: ['invoice check', 'fapiao', 'fake invoice', 'VAT invoice', 'e-invoice'],
    },
    flow: 'query',
    identity: 'none',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'verificationResult',
        name: t('发票查验结果', 'Invoice check result'),
        kind: 'printout',
        delivery: 'electronic',
      },
    ],
    requiredDevices: [],
    platformRecord: 'tax.invoiceVerification',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国发票管理办法》', 'Measures of the PRC for the Administration of Invoices'),
        t(
          '《中华人民共和国发票管理办法实施细则》',
          'Implementing Rules of the Measures for the Administration of Invoices',
        ),
      ],
      conditions: [
        t(
          '可查验全面数字化的电子发票、增值税专用发票、增值税普通发票（含电子普通发票）等',
          'Fully digital e-invoices, VAT special invoices and ordinary VAT invoices (paper or electronic) can be checked',
        ),
        t('同一张发票每天最多查验 5 次', 'Each invoice can be checked at most five times a day'),
      ],
      steps: [
        t('选择发票种类', 'Choose the kind of invoice'),
        t('按票面输入发票信息', 'Type in the details as printed on the invoice'),
        t('查看查验结果', 'See the result'),
      ],
      otherChannels: [
        { kind: 'online', name: t('国家税务总局全国增值税发票查验平台', 'STA national invoice verification website') },
        etaxChannel,
      ],
      consultationPhone: '12366',
      complaintPhone: '12366',
      notes: [
        t(
          '结果显示“不一致”或“查无此票”的，请向开票方核实，或拨打 12366',
          'If the result says "does not match" or "no such invoice", ask the issuer or call 12366',
        ),
        t(
          '查验结果仅反映票面信息，不代表交易真实',
          'The check covers the invoice data only, not whether the deal behind it is genuine',
        ),
      ],
    },
    situations: [
      {
        id: 'invoiceKind',
        question: t('您要查验哪种发票？', 'What kind of invoice is it?'),
        help: t(
          '看发票左上角的名称和发票号码的位数',
          'Look at the title in the top left corner and the length of the invoice number',
        ),
        options: [
          {
            value: 'digital',
            label: t('电子发票（发票号码 20 位）', 'E-invoice with a 20-digit number'),
            hint: t('全面数字化的电子发票，没有发票代码', 'Fully digital e-invoice; it has no invoice code'),
          },
          { value: 'special', label: t('增值税专用发票', 'VAT special invoice') },
          {
            value: 'ordinary',
            label: t('增值税普通发票（含电子普通发票）', 'Ordinary VAT invoice, paper or electronic'),
          },
        ],
      },
    ],
    fields: [
      {
        id: 'invoiceCode',
        type: 'text',
        label: t('发票代码', 'Invoice code'),
        hint: t('10 位或 12 位数字，在发票右上角', '10 or 12 digits, top right of the invoice'),
        when: [{ question: 'invoiceKind', in: ['special', 'ordinary'] }],
        maxLength: 12,
        pattern: '^(\\d{10}|\\d{12})$',
        messages: {
          required: t('请输入发票代码', 'Enter the invoice code'),
          invalid: t('发票代码是 10 位或 12 位数字', 'The invoice code is 10 or 12 digits'),
        },
      },
      {
        id: 'invoiceNumber',
        type: 'text',
        label: t('发票号码', 'Invoice number'),
        hint: t('8 位数字，在发票代码下方', '8 digits, under the invoice code'),
        when: [{ question: 'invoiceKind', in: ['special', 'ordinary'] }],
        maxLength: 8,
        pattern: '^\\d{8}$',
        messages: {
          required: t('请输入发票号码', 'Enter the invoice number'),
          invalid: t('发票号码是 8 位数字', 'The invoice number is 8 digits'),
        },
      },
      {
        id: 'digitalInvoiceNumber',
        type: 'text',
        label: t('发票号码', 'Invoice number'),
        hint: t('20 位数字，在发票右上角', '20 digits, top right of the invoice'),
        when: [{ question: 'invoiceKind', in: ['digital'] }],
        maxLength: 20,
        pattern: '^\\d{20}$',
        messages: {
          required: t('请输入 20 位发票号码', 'Enter the 20-digit invoice number'),
          invalid: t('电子发票的号码是 20 位数字', 'An e-invoice number is 20 digits'),
        },
      },
      {
        id: 'issueDate',
        type: 'date',
        range: 'past',
        label: t('开票日期', 'Date of issue'),
        messages: { required: t('请选择开票日期', 'Choose the date of issue') },
      },
      {
        id: 'amountBeforeTax',
        type: 'amount',
        label: t('金额（不含税）', 'Amount before tax'),
        hint: t('发票“合计”行的金额，不含税额', 'The amount on the "Total" line, without the tax'),
        when: [{ question: 'invoiceKind', in: ['special'] }],
        messages: { required: t('请输入不含税金额', 'Enter the amount before tax') },
      },
      {
        id: 'totalAmount',
        type: 'amount',
        label: t('价税合计', 'Total including tax'),
        when: [{ question: 'invoiceKind', in: ['digital'] }],
        messages: { required: t('请输入价税合计金额', 'Enter the total including tax') },
      },
      {
        id: 'checkCode',
        type: 'text',
        label: t('校验码后 6 位', 'Last 6 digits of the check code'),
        hint: t(
          '校验码在发票右上角，只输入最后 6 位',
          'The check code is at the top right; enter only its last 6 digits',
        ),
        when: [{ question: 'invoiceKind', in: ['ordinary'] }],
        maxLength: 6,
        pattern: '^\\d{6}$',
        messages: {
          required: t('请输入校验码后 6 位', 'Enter the last 6 digits of the check code'),
          invalid: t('请输入校验码的最后 6 位数字', 'Enter the last 6 digits of the check code'),
        },
      },
    ],
  },
  {
    code: 'SW-004',
    name: t('灵活就业人员社会保险费缴纳', 'Pay social insurance as a self-employed or flexible worker'),
    summary: t(
      '已参保的灵活就业人员按自己选择的档次缴纳职工养老保险费、职工医疗保险费，缴费后打印凭证。',
      'If you are registered as a flexible worker, pay your employee pension and medical insurance at the level you choose, then print a receipt.',
    ),
    department: 'taxation',
    category: 'socialInsurance',
    audience: 'citizen',
    lifeEvents: ['work', 'retirement'],
    keywords: {
      'zh-CN': ['社保费', '灵活就业', '个体社保', '自由职业', '养老保险缴费', '医疗保险缴费', '交社保'],
      en: ['social insurance', 'self-employed', 'freelancer', 'pension contributions', 'medical insurance'],
    },
    flow: 'pay',
    instant: true,
    promisedDays: 0,
    fee: {
      kind: 'byBill',
      description: t(
        '按所选缴费基数和费率计算（养老保险 20%，医疗保险按本市灵活就业人员费率），不收手续费',
        'Worked out from the contribution base and rate you choose (20% for pension; the Yangquan flexible-worker rate for medical insurance); no service charge',
      ),
    },
    results: [
      {
        id: 'paymentReceipt',
        name: t('社会保险费缴费凭证', 'Social insurance payment receipt'),
        kind: 'receipt',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    payment: {
      payee: dept,
      billSource: 'entered',
      methods: ['wechat', 'alipay', 'unionPay'],
    },
    guide: {
      itemType: 'otherPower',
      legalBasis: [
        t('《中华人民共和国社会保险法》第十条、第二十三条', 'Social Insurance Law of the PRC, Articles 10 and 23'),
        t('《社会保险费征缴暂行条例》', 'Interim Regulations on the Collection of Social Insurance Contributions'),
        t(
          '《国税地税征管体制改革方案》（社会保险费由税务部门统一征收）',
          'Plan for Reforming the Tax Collection System (social insurance contributions collected by the tax authority)',
        ),
      ],
      conditions: [
        t(
          '已在阳泉市社会保险经办机构办理灵活就业人员参保登记',
          'You have registered as a flexible worker with the Yangquan social insurance agency',
        ),
        t(
          '可按月、按季或按年缴纳；缴费基数在全省统一公布的上下限内自选',
          'Pay monthly, quarterly or yearly, on a base you choose within the limits Shanxi publishes',
        ),
      ],
      steps: [
        t('放置身份证，查看您的参保险种', 'Place your ID card to see what you are insured for'),
        t('选择险种、缴费档次和缴费期间', 'Choose the insurance, the level and the period'),
        t('确认金额后用手机扫码支付', 'Confirm the amount and pay with your phone'),
        t('打印缴费凭证', 'Print the receipt'),
      ],
      otherChannels: [etaxChannel, appChannel, hallChannel(dept)],
      consultationPhone: '12366',
      complaintPhone: '12366',
      notes: [
        t(
          '缴费记录一般 1 至 3 个工作日后可在社保查到',
          'The payment usually shows in your social insurance record within 1 to 3 working days',
        ),
        t(
          '补缴以前年度的费用，请到税务或社保窗口办理',
          'For arrears from earlier years, go to a tax or social insurance counter',
        ),
        t(
          '还未参保的，请先到人社窗口办理灵活就业人员参保登记',
          'If you are not registered yet, register as a flexible worker at a social insurance counter first',
        ),
      ],
    },
    situations: [
      {
        id: 'insurance',
        question: t('您要缴纳哪项保险？', 'Which insurance are you paying for?'),
        options: [
          { value: 'pension', label: t('职工基本养老保险', 'Employee basic pension') },
          { value: 'medical', label: t('职工基本医疗保险', 'Employee basic medical insurance') },
          { value: 'both', label: t('两项都缴', 'Both') },
        ],
      },
    ],
    fields: [
      {
        id: 'pensionLevel',
        type: 'choice',
        label: t('养老保险缴费档次', 'Pension contribution level'),
        hint: t(
          '按全省城镇就业人员平均工资的百分比计算，档次越高，将来养老金越多',
          'A percentage of the Shanxi average wage; a higher level means a bigger pension later',
        ),
        when: [{ question: 'insurance', in: ['pension', 'both'] }],
        options: [
          { value: 'p60', label: t('60%（最低档）', '60% (lowest)') },
          { value: 'p80', label: t('80%', '80%') },
          { value: 'p100', label: t('100%', '100%') },
          { value: 'p150', label: t('150%', '150%') },
          { value: 'p200', label: t('200%', '200%') },
          { value: 'p300', label: t('300%（最高档）', '300% (highest)') },
        ],
        messages: { required: t('请选择养老保险缴费档次', 'Choose a pension contribution level') },
      },
      {
        id: 'medicalLevel',
        type: 'choice',
        label: t('医疗保险缴费档次', 'Medical insurance contribution level'),
        when: [{ question: 'insurance', in: ['medical', 'both'] }],
        options: [
          { value: 'p60', label: t('60%（最低档）', '60% (lowest)') },
          { value: 'p100', label: t('100%', '100%') },
        ],
        messages: { required: t('请选择医疗保险缴费档次', 'Choose a medical insurance contribution level') },
      },
      {
        id: 'payPeriod',
        type: 'choice',
        label: t('缴纳多长时间的费用？', 'How long are you paying for?'),
        options: [
          { value: 'month', label: t('本月', 'This month') },
          { value: 'quarter', label: t('本季度', 'This quarter') },
          { value: 'restOfYear', label: t('本年度剩余月份', 'The rest of this year') },
        ],
        messages: { required: t('请选择缴费期间', 'Choose how long you are paying for') },
      },
    ],
  },
];
