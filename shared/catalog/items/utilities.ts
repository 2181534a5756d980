import type { ChannelInput, ItemInput, ResultDocumentInput } from '../schema.js';
import { t } from './common.js';

/**
 * 便民缴费: water, power and gas bills. The supplier is found from the account number, so these items need no
 * identity: anyone can pay a bill for their home, their parents' or a shop. Codes BM-001….
 */
const lifePaymentChannel: ChannelInput = {
  kind: 'miniProgram',
  name: t('微信、支付宝“生活缴费”', 'WeChat or Alipay utility payments'),
};
const bankChannel: ChannelInput = { kind: 'hall', name: t('银行网点和自助设备', 'Bank branches and bank machines') };

const paymentSlip = (id: string, zh: string, en: string): ResultDocumentInput => ({
  id,
  name: t(zh, en),
  kind: 'receipt',
  delivery: 'printOnSite',
  verifiable: true,
});

const prepayAmountField = {
  id: 'prepayAmount',
  type: 'amount' as const,
  label: t('预存金额', 'Amount to pay in advance'),
  hint: t('10 元至 2000 元', '10 to 2,000 yuan'),
  minFen: 10_00,
  maxFen: 2000_00,
  messages: {
    required: t('请输入预存金额', 'Enter the amount to pay in advance'),
    invalid: t('预存金额应在 10 元至 2000 元之间', 'Pay between 10 and 2,000 yuan'),
  },
};

export const utilitiesItems: ItemInput[] = [
  {
    code: 'BM-001',
    name: t('水费缴纳', 'Pay a water bill'),
    summary: t(
      '输入水费账单上的户号，查询并缴纳欠费，或预存水费。',
      'Enter the account number from your water bill to see and pay what is owed, or pay in advance.',
    ),
    department: 'utilities',
    category: 'utilities',
    audience: 'both',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['水费', '自来水', '交水费', '缴水费', '供水', '欠费'],
      en: ['water bill', 'water charges', 'pay water'],
    },
    flow: 'pay',
    identity: 'none',
    instant: true,
    promisedDays: 0,
    fee: {
      kind: 'byBill',
      description: t(
        '按供水单位账单或您选择的预存金额缴纳，不收手续费',
        'The amount on the bill, or what you choose to pay in advance; no service charge',
      ),
    },
    results: [paymentSlip('paymentSlip', '水费缴费凭条', 'Water bill payment slip')],
    requiredDevices: ['receiptPrinter'],
    payment: {
      payee: t('供水单位（按户号自动识别）', 'Your water supplier, found from the account number'),
      billSource: 'platform',
      methods: ['wechat', 'alipay', 'unionPay'],
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《城市供水条例》（国务院令第 158 号）', 'Regulations on Urban Water Supply (State Council Order No. 158)'),
      ],
      conditions: [
        t(
          '供水单位为阳泉市区域内已接入本平台的供水企业',
          'Your supplier is a Yangquan water company connected to this service',
        ),
      ],
      steps: [
        t('输入水费户号', 'Enter the water account number'),
        t(
          '核对户名和欠费金额，或输入预存金额',
          'Check the account name and amount owed, or enter an amount to pay in advance',
        ),
        t('用手机扫码支付', 'Pay with your phone'),
        t('打印缴费凭条', 'Print the payment slip'),
      ],
      otherChannels: [
        { kind: 'hall', name: t('供水营业厅', 'Water company service office') },
        lifePaymentChannel,
        bankChannel,
      ],
      notes: [
        t(
          '户号在水费账单或缴费卡片上；户名只显示部分文字，请核对后再支付',
          'The account number is on your bill or payment card. Only part of the account name is shown; check it before paying',
        ),
        t(
          '缴费一般即时到账，电子发票可向供水单位申请开具',
          'Payments usually arrive at once; ask the water company for an e-invoice',
        ),
        t(
          '插卡式（IC 卡）水表请到供水营业厅购水写卡',
          'For a prepaid card meter, buy water and load the card at the water company office',
        ),
      ],
    },
    situations: [
      {
        id: 'payKind',
        question: t('您要缴哪种费用？', 'What do you want to pay?'),
        options: [
          { value: 'bill', label: t('缴纳账单欠费', 'The amount owed') },
          { value: 'prepay', label: t('预存水费', 'Pay in advance') },
        ],
      },
    ],
    fields: [
      {
        id: 'waterAccount',
        type: 'account',
        label: t('水费户号', 'Water account number'),
        hint: t('在水费账单或缴费卡上', 'On your water bill or payment card'),
        minLength: 6,
        maxLength: 16,
        messages: {
          required: t('请输入水费户号', 'Enter the water account number'),
          invalid: t(
            '户号是 6 至 16 位数字，请对照账单输入',
            'The account number is 6 to 16 digits; copy it from your bill',
          ),
        },
      },
      { ...prepayAmountField, when: [{ question: 'payKind', in: ['prepay'] }] },
    ],
  },
  {
    code: 'BM-002',
    name: t('电费缴纳', 'Pay an electricity bill'),
    summary: t(
      '输入电费户号，查询并缴纳电费或预存电费，欠费停电的缴费后自动恢复供电。',
      'Enter your electricity account number to pay what is owed or pay in advance. If the power was cut for non-payment, it comes back on automatically after you pay.',
    ),
    department: 'utilities',
    category: 'utilities',
    audience: 'both',
    lifeEvents: ['housing', 'business'],
    keywords: {
      'zh-CN': ['电费', '交电费', '缴电费', '供电', '电卡', '停电', '国家电网'],
      en: ['electricity bill', 'power bill', 'pay electricity', 'State Grid'],
    },
    flow: 'pay',
    identity: 'none',
    instant: true,
    promisedDays: 0,
    fee: {
      kind: 'byBill',
      description: t(
        '按电费账单或您选择的预存金额缴纳，不收手续费',
        'The amount on the bill, or what you choose to pay in advance; no service charge',
      ),
    },
    results: [paymentSlip('paymentSlip', '电费缴费凭条', 'Electricity payment slip')],
    requiredDevices: ['receiptPrinter'],
    payment: {
      payee: t('国网山西省电力公司阳泉供电公司', 'State Grid Yangquan Power Supply Company'),
      billSource: 'platform',
      methods: ['wechat', 'alipay', 'unionPay'],
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国电力法》', 'Electric Power Law of the PRC'),
        t('《电力供应与使用条例》', 'Regulations on Electricity Supply and Use'),
      ],
      conditions: [
        t('由国网阳泉供电公司供电的居民和非居民用户', 'Homes and businesses supplied by State Grid Yangquan'),
      ],
      steps: [
        t('输入电费户号', 'Enter the electricity account number'),
        t(
          '核对户名和应缴金额，或输入预存金额',
          'Check the account name and the amount due, or enter an amount to pay in advance',
        ),
        t('用手机扫码支付', 'Pay with your phone'),
        t('打印缴费凭条', 'Print the payment slip'),
      ],
      otherChannels: [
        { kind: 'app', name: t('“网上国网”App', 'State Grid Online app') },
        { kind: 'hall', name: t('供电营业厅', 'Power company service office') },
        lifePaymentChannel,
      ],
      consultationPhone: '95598',
      complaintPhone: '95598',
      notes: [
        t(
          '户号是 10 位数字，在电费通知单或“网上国网”App 中可以查到',
          'The account number is 10 digits, on your electricity notice or in the State Grid app',
        ),
        t(
          '欠费停电的，缴费成功后将自动恢复供电；长时间未恢复请拨打 95598',
          'If the power was cut for non-payment it comes back on automatically; if it does not, call 95598',
        ),
      ],
    },
    situations: [
      {
        id: 'payKind',
        question: t('您要缴哪种费用？', 'What do you want to pay?'),
        options: [
          { value: 'bill', label: t('缴纳欠费', 'The amount owed') },
          { value: 'prepay', label: t('预存电费', 'Pay in advance') },
        ],
      },
    ],
    fields: [
      {
        id: 'electricityAccount',
        type: 'account',
        label: t('电费户号', 'Electricity account number'),
        hint: t('10 位数字，在电费通知单上', '10 digits, on your electricity notice'),
        minLength: 10,
        maxLength: 10,
        messages: {
          required: t('请输入电费户号', 'Enter the electricity account number'),
          invalid: t('电费户号是 10 位数字', 'The electricity account number is 10 digits'),
        },
      },
      { ...prepayAmountField, when: [{ question: 'payKind', in: ['prepay'] }] },
    ],
  },
  {
    code: 'BM-003',
    name: t('燃气费缴纳', 'Pay a gas bill'),
    summary: t(
      '输入燃气户号，缴纳燃气费或预存气费。插卡式燃气表缴费后需要写卡。',
      'Enter your gas account number to pay what is owed or pay in advance. With a prepaid card meter you then need to load the card.',
    ),
    department: 'utilities',
    category: 'utilities',
    audience: 'both',
    lifeEvents: ['housing'],
    keywords: {
      'zh-CN': ['燃气费', '天然气', '煤气费', '交燃气费', '气费', '燃气卡', '充气'],
      en: ['gas bill', 'natural gas', 'pay gas', 'gas card'],
    },
    flow: 'pay',
    identity: 'none',
    instant: true,
    promisedDays: 0,
    fee: {
      kind: 'byBill',
      description: t(
        '按燃气账单或您选择的预存金额缴纳，不收手续费',
        'The amount on the bill, or what you choose to pay in advance; no service charge',
      ),
    },
    results: [paymentSlip('paymentSlip', '燃气费缴费凭条', 'Gas payment slip')],
    requiredDevices: ['receiptPrinter'],
    payment: {
      payee: t('燃气供应单位（按户号自动识别）', 'Your gas supplier, found from the account number'),
      billSource: 'platform',
      methods: ['wechat', 'alipay', 'unionPay'],
    },
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《城镇燃气管理条例》（国务院令第 583 号）',
          'Regulations on Urban Gas Administration (State Council Order No. 583)',
        ),
      ],
      conditions: [
        t(
          '燃气供应单位为阳泉市区域内已接入本平台的燃气企业',
          'Your supplier is a Yangquan gas company connected to this service',
        ),
      ],
      steps: [
        t('选择燃气表类型，输入燃气户号', 'Choose your meter type and enter the gas account number'),
        t('核对户名和金额', 'Check the account name and the amount'),
        t('用手机扫码支付', 'Pay with your phone'),
        t(
          '打印缴费凭条；插卡表请按凭条提示写卡',
          'Print the slip; for a card meter, load the card as the slip explains',
        ),
      ],
      otherChannels: [
        { kind: 'hall', name: t('燃气营业厅', 'Gas company service office') },
        lifePaymentChannel,
        bankChannel,
      ],
      notes: [
        t(
          '插卡式燃气表：缴费后请持燃气卡到燃气营业厅或带写卡功能的缴费终端写卡，写卡后气量才会到表',
          'Card meters: after paying, load your gas card at the gas office or a machine that can write cards; the gas only reaches the meter then',
        ),
        t(
          '物联网智能表：缴费后气量自动下发到表，一般几分钟内到账',
          'Smart (IoT) meters: the credit goes to the meter automatically, usually within minutes',
        ),
        t(
          '闻到燃气味请立即关闭阀门、开窗通风，到室外拨打燃气抢修电话',
          'If you smell gas, turn off the valve, open the windows, and call the gas emergency line from outside',
        ),
      ],
    },
    situations: [
      {
        id: 'meterType',
        question: t('您家用的是哪种燃气表？', 'What kind of gas meter do you have?'),
        help: t('看燃气表上有没有插卡口', 'Check whether the meter has a card slot'),
        options: [
          {
            value: 'card',
            label: t('插卡式燃气表（IC 卡表）', 'Prepaid card meter'),
            hint: t('表上有插卡口', 'The meter has a card slot'),
          },
          {
            value: 'smart',
            label: t('物联网智能表', 'Smart (IoT) meter'),
            hint: t('无需插卡，远程充值', 'No card; topped up remotely'),
          },
          { value: 'billed', label: t('普通燃气表（按月抄表缴费）', 'Ordinary meter, read and billed monthly') },
        ],
      },
    ],
    fields: [
      {
        id: 'gasAccount',
        type: 'account',
        label: t('燃气户号', 'Gas account number'),
        hint: t('在燃气缴费卡、账单或开户资料上', 'On your gas card, bill or account papers'),
        minLength: 6,
        maxLength: 16,
        messages: {
          required: t('请输入燃气户号', 'Enter the gas account number'),
          invalid: t(
            '户号是 6 至 16 位数字，请对照燃气卡或账单输入',
            'The account number is 6 to 16 digits; copy it from your card or bill',
          ),
        },
      },
      { ...prepayAmountField, when: [{ question: 'meterType', in: ['card', 'smart'] }] },
    ],
  },
];
