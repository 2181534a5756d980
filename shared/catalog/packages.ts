import { t } from './items/common.js';
import type { PackageInput } from './schema.js';

/**
 * "One thing" packages (一件事一次办): several items from several departments with one notice, one set of
 * questions, one set of materials, one merged form and one submission. Every situation question of every
 * member is answered from the package's own questions (validated), fields with the same id are asked once,
 * and a material one member produces (the business licence, the marriage certificate) is not asked for by
 * another.
 */
const premisesQuestion = {
  id: 'premises',
  question: t('经营场所是自有的还是租用的？', 'Do you own or rent the premises?'),
  options: [
    { value: 'owned', label: t('自有房产', 'I own them') },
    { value: 'rented', label: t('租用', 'I rent them') },
  ],
};
const operatorQuestion = {
  id: 'operatorForm',
  question: t('由谁经营？', 'Who runs the business?'),
  options: [
    { value: 'individual', label: t('个人经营', 'I run it myself') },
    { value: 'family', label: t('家庭经营', 'My family runs it together') },
  ],
};
const useNameQuestion = {
  id: 'useName',
  question: t('店铺要起字号名称吗？', 'Will the business have a trade name?'),
  help: t(
    '个体工商户可以不使用名称，执照上显示经营者姓名',
    'A sole proprietor may do without a name; the licence then shows your own name',
  ),
  options: [
    { value: 'yes', label: t('要，使用名称', 'Yes, use a name') },
    { value: 'no', label: t('不用名称', 'No name') },
  ],
};
const together = t(
  '本人承诺所填写的信息和提交的材料真实、准确、完整，同意各部门共享本次提交的信息和材料用于办理本“一件事”，如有虚假，愿承担相应的法律责任。',
  'I declare that the information and materials I provide are true, accurate and complete, I agree that the departments share them to handle this package, and I accept legal responsibility for anything false.',
);

export const packages: PackageInput[] = [
  {
    code: 'YJS-001',
    name: t('开餐饮店一件事', 'Open a small restaurant: one application'),
    summary: t(
      '开小餐馆、小吃店，一次办好个体工商户营业执照和食品小经营店备案（或小餐饮店登记）。',
      'Open a small restaurant or snack bar: get the sole proprietor licence and the small food shop filing (or small restaurant registration) in one go.',
    ),
    leadDepartment: 'marketRegulation',
    audience: 'business',
    lifeEvents: ['business'],
    keywords: {
      'zh-CN': ['开饭店', '开餐馆', '开小吃店', '餐饮一件事', '开店'],
      en: ['open a restaurant', 'start a food business', 'snack bar'],
    },
    notice: [
      t(
        '本事项将个体工商户设立登记与食品小经营店备案（经营面积 60 平方米以下）或小餐饮店登记（60 至 200 平方米）合并办理，只需填一张表、交一套材料。',
        'This package combines the sole proprietor registration with the small food shop filing (up to 60 m²) or the small restaurant registration (60–200 m²): one form and one set of materials.',
      ),
      t(
        '请准备好经营场所地址、面积，从业人员的健康证明；租用场所的请准备租赁合同。',
        'Have the address and size of the premises and the health certificates of your staff ready; if you rent, have the lease.',
      ),
      t(
        '营业执照 1 个工作日内核准；备案证随后发放，小餐饮店须经现场核查。',
        'The licence is approved within 1 working day; the food filing follows, and a small restaurant is inspected on site first.',
      ),
    ],
    legalBasis: [
      t(
        '《促进个体工商户发展条例》',
        'Regulations on Promoting the Development of Individual Industrial and Commercial Households',
      ),
      t('《中华人民共和国食品安全法》', 'Food Safety Law of the PRC'),
      t(
        '《山西省食品小作坊小经营店小摊点管理条例》',
        'Regulations of Shanxi Province on Small Food Workshops, Small Food Shops and Food Stalls',
      ),
    ],
    promisedDays: 10,
    situations: [
      {
        id: 'size',
        question: t('店的经营面积有多大？', 'How large are the premises?'),
        options: [
          { value: 'small', label: t('60 平方米以下，从业人员不超过 5 人', 'Up to 60 m² and at most 5 staff') },
          { value: 'medium', label: t('60 至 200 平方米，有堂食', '60 to 200 m² with seating') },
        ],
      },
      useNameQuestion,
      operatorQuestion,
      premisesQuestion,
      {
        id: 'fuel',
        question: t('后厨用什么燃料？', 'What does the kitchen cook with?'),
        when: [{ question: 'size', in: ['medium'] }],
        options: [
          { value: 'gas', label: t('燃气（天然气、液化气）', 'Gas (natural gas or LPG)') },
          { value: 'electric', label: t('只用电', 'Electricity only') },
        ],
      },
    ],
    members: [
      {
        item: 'SC-002',
        answers: {
          useName: { fromQuestion: 'useName' },
          operatorForm: { fromQuestion: 'operatorForm' },
          premises: { fromQuestion: 'premises' },
        },
      },
      {
        item: 'SC-005',
        when: [{ question: 'size', in: ['small'] }],
        answers: {
          businessKind: { fixed: 'catering' },
          hasLicense: { fixed: 'together' },
          premises: { fromQuestion: 'premises' },
        },
      },
      {
        item: 'SC-006',
        when: [{ question: 'size', in: ['medium'] }],
        answers: {
          hasLicense: { fixed: 'together' },
          premises: { fromQuestion: 'premises' },
          fuel: { fromQuestion: 'fuel' },
        },
      },
    ],
    declaration: together,
  },
  {
    code: 'YJS-002',
    name: t('个体工商户开办一件事', 'Start a sole proprietorship: one application'),
    summary: t(
      '名称自主申报、个体工商户设立登记一次办；需要创业扶持的，同时申领就业创业证，用于申请创业担保贷款。',
      'Declare the name and register the sole proprietorship at once; if you want start-up support, also get the employment and entrepreneurship certificate for a guaranteed start-up loan.',
    ),
    leadDepartment: 'marketRegulation',
    audience: 'business',
    lifeEvents: ['business', 'work'],
    keywords: {
      'zh-CN': ['开办个体户', '个体户一件事', '开店', '创业', '办执照'],
      en: ['start a business', 'sole proprietor package', 'self-employment'],
    },
    notice: [
      t(
        '使用字号名称的，先自主申报名称，再办理设立登记；创业扶持（就业创业证）可一并申请。',
        'With a trade name, the name is declared first, then the business registered; start-up support can be requested together.',
      ),
      t(
        '经营食品等许可项目的，取得营业执照后还须办理许可或备案，可选择“开餐饮店一件事”。',
        'For food and other licensed activities you also need a permit or filing; see “Open a small restaurant”.',
      ),
    ],
    legalBasis: [
      t(
        '《促进个体工商户发展条例》',
        'Regulations on Promoting the Development of Individual Industrial and Commercial Households',
      ),
      t('《企业名称登记管理规定》', 'Provisions on the Administration of Enterprise Name Registration'),
      t('《中华人民共和国就业促进法》', 'Employment Promotion Law of the PRC'),
    ],
    promisedDays: 3,
    situations: [
      useNameQuestion,
      operatorQuestion,
      premisesQuestion,
      {
        id: 'startupSupport',
        question: t(
          '是否需要申请创业扶持（创业担保贷款、创业补贴）？',
          'Do you want start-up support (guaranteed loan, start-up subsidy)?',
        ),
        options: [
          {
            value: 'yes',
            label: t('需要，同时申领就业创业证', 'Yes, also apply for the employment and entrepreneurship certificate'),
          },
          { value: 'no', label: t('不需要', 'No') },
        ],
      },
    ],
    members: [
      {
        item: 'SC-007',
        when: [{ question: 'useName', in: ['yes'] }],
        answers: { entityType: { fixed: 'soleProprietor' } },
      },
      {
        item: 'SC-002',
        answers: {
          useName: { fromQuestion: 'useName' },
          operatorForm: { fromQuestion: 'operatorForm' },
          premises: { fromQuestion: 'premises' },
        },
      },
      {
        item: 'RS-006',
        when: [{ question: 'startupSupport', in: ['yes'] }],
        answers: { applicantGroup: { fixed: 'entrepreneur' } },
        provided: [{ material: 'businessLicense', by: 'SC-002' }],
      },
    ],
    declaration: together,
  },
  {
    code: 'YJS-003',
    name: t('婚育一件事', 'Marriage and birth: one application'),
    summary: t(
      '准备结婚、生育的夫妻，一次预约结婚登记并办理生育登记；已婚的直接办理生育登记。',
      'Couples planning to marry and have a child book the marriage registration and register the birth plan in one go; married couples register the birth directly.',
    ),
    leadDepartment: 'health',
    audience: 'citizen',
    lifeEvents: ['birth'],
    keywords: {
      'zh-CN': ['结婚生孩子', '婚育', '生育服务', '结婚登记', '准生证'],
      en: ['marriage and birth', 'getting married', 'having a baby'],
    },
    notice: [
      t(
        '未婚的，本事项为您预约结婚登记，双方须按预约时间持身份证、户口簿到婚姻登记处；生育登记在领取结婚证后自动生效，不用再跑。',
        'If you are not married yet, this books your marriage registration; both of you attend with ID cards and household registers. The birth registration takes effect once the marriage certificate is issued.',
      ),
      t('已婚的，直接办理生育登记，当场办结。', 'If you are married, the birth registration is done on the spot.'),
    ],
    legalBasis: [
      t('《中华人民共和国民法典》婚姻家庭编', 'Civil Code of the PRC, Book on Marriage and Family'),
      t('《婚姻登记条例》', 'Regulations on Marriage Registration'),
      t('《山西省人口和计划生育条例》', 'Shanxi Regulations on Population and Family Planning'),
    ],
    promisedDays: 0,
    situations: [
      {
        id: 'married',
        question: t('你们已经领取结婚证了吗？', 'Are you already married?'),
        options: [
          { value: 'yes', label: t('已领取', 'Yes') },
          { value: 'no', label: t('还没有，要预约结婚登记', 'No, we want to book the marriage registration') },
        ],
      },
      {
        id: 'hukouLocal',
        question: t('夫妻双方中有人的户口在郊区吗？', 'Is either of you registered in Jiaoqu?'),
        options: [
          { value: 'yes', label: t('有', 'Yes') },
          { value: 'no', label: t('没有，但女方在郊区居住', 'No, but the woman lives in Jiaoqu') },
        ],
      },
      {
        id: 'stage',
        question: t('孩子现在出生了吗？', 'Has the child been born?'),
        options: [
          { value: 'pregnant', label: t('还没有，正在怀孕或计划怀孕', 'Not yet: pregnant or planning') },
          { value: 'born', label: t('已经出生', 'Yes') },
        ],
      },
    ],
    members: [
      {
        item: 'MZ-001',
        when: [{ question: 'married', in: ['no'] }],
        answers: { registrationKind: { fixed: 'marriage' } },
      },
      {
        item: 'WJ-001',
        answers: { hukouLocal: { fromQuestion: 'hukouLocal' }, stage: { fromQuestion: 'stage' } },
        provided: [{ material: 'marriageCertificate', by: 'MZ-001' }],
      },
    ],
    merges: [
      {
        id: 'spouseName',
        fields: [
          { item: 'MZ-001', field: 'partnerName' },
          { item: 'WJ-001', field: 'spouseName' },
        ],
      },
      {
        id: 'spouseIdNumber',
        fields: [
          { item: 'MZ-001', field: 'partnerIdNumber' },
          { item: 'WJ-001', field: 'spouseIdNumber' },
        ],
      },
    ],
    declaration: together,
  },
  {
    code: 'YJS-004',
    name: t('退役军人服务一件事', 'Veterans coming home: one application'),
    summary: t(
      '退役军人返乡报到、优待证申领一次办；自主就业需要帮扶的，同时办理失业登记和就业创业证。',
      'Report home as a veteran and apply for the preferential treatment card at once; if you need help finding work, register as unemployed and get the employment certificate too.',
    ),
    leadDepartment: 'veterans',
    audience: 'citizen',
    lifeEvents: ['work'],
    keywords: {
      'zh-CN': ['退伍', '退役报到', '返乡', '优待证', '退役军人一件事'],
      en: ['veteran', 'leaving the army', 'return home', 'preferential card'],
    },
    notice: [
      t(
        '退出现役后 30 日内到户籍地退役军人事务部门报到；本事项一次提交报到、优待证申领和就业帮扶的申请。',
        'Report to the veterans office of your home district within 30 days of discharge; this package submits the report, the card application and job support together.',
      ),
      t(
        '请准备退出现役证、安置介绍信和近期免冠照片。',
        'Have your discharge certificate, placement letter and a recent photo ready.',
      ),
    ],
    legalBasis: [
      t('《中华人民共和国退役军人保障法》', 'Law of the PRC on the Protection of Veterans'),
      t('《退役士兵安置条例》', 'Regulations on the Placement of Discharged Soldiers'),
      t('《中华人民共和国就业促进法》', 'Employment Promotion Law of the PRC'),
    ],
    promisedDays: 5,
    situations: [
      {
        id: 'placement',
        question: t('您的安置方式是哪种？', 'How are you being placed?'),
        options: [
          { value: 'selfEmployment', label: t('自主就业', 'Finding my own work') },
          { value: 'assignedJob', label: t('安排工作', 'An assigned job') },
          { value: 'retirementOrSupport', label: t('退休或供养', 'Retirement or state support') },
        ],
      },
      {
        id: 'hukouMoved',
        question: t('入伍时户口是否迁出了郊区？', 'Did your household registration leave Jiaoqu when you enlisted?'),
        options: [
          { value: 'yes', label: t('迁出了，需要重新落户', 'Yes, it must be moved back') },
          { value: 'no', label: t('没有迁出', 'No') },
        ],
      },
      {
        id: 'preferentialCard',
        question: t('是否同时申领退役军人优待证？', 'Apply for the veteran preferential treatment card as well?'),
        options: [
          { value: 'yes', label: t('申领', 'Yes') },
          { value: 'no', label: t('暂不申领', 'Not now') },
        ],
      },
      {
        id: 'jobHelp',
        question: t(
          '是否需要就业帮扶（失业登记、就业创业证）？',
          'Do you want help finding work (unemployment registration and employment certificate)?',
        ),
        when: [{ question: 'placement', in: ['selfEmployment'] }],
        options: [
          { value: 'yes', label: t('需要', 'Yes') },
          { value: 'no', label: t('不需要', 'No') },
        ],
      },
    ],
    members: [
      {
        item: 'TY-001',
        answers: { placement: { fromQuestion: 'placement' }, hukouMoved: { fromQuestion: 'hukouMoved' } },
      },
      {
        item: 'TY-002',
        when: [{ question: 'preferentialCard', in: ['yes'] }],
        answers: { applicantType: { fixed: 'veteran' } },
      },
      {
        item: 'RS-005',
        when: [{ question: 'jobHelp', in: ['yes'] }],
        answers: { residence: { fixed: 'yes' }, lastWork: { fixed: 'veteranDischarged' } },
      },
      {
        item: 'RS-006',
        when: [{ question: 'jobHelp', in: ['yes'] }],
        answers: { applicantGroup: { fixed: 'unemployed' } },
      },
    ],
    declaration: together,
  },
  {
    code: 'YJS-005',
    name: t('身后一件事', 'After a death: one application'),
    summary: t(
      '家人去世后，一次办理基本殡葬服务费用减免、逝者社会保障卡挂失，并预约不动产继承登记。',
      "After a family member dies, apply for the refund of basic funeral fees, block the deceased's social security card and book the property inheritance registration in one go.",
    ),
    leadDepartment: 'civilAffairs',
    audience: 'citizen',
    lifeEvents: ['death'],
    keywords: {
      'zh-CN': ['身后事', '去世', '死亡', '丧葬', '殡葬', '继承', '老人走了'],
      en: ['after a death', 'bereavement', 'funeral', 'inheritance'],
    },
    notice: [
      t(
        '我们深表哀悼。本事项由近亲属办理，一次提交，相关部门共享逝者的死亡和火化信息，您不必重复提交。',
        'We are sorry for your loss. A close relative applies once; the departments share the death and cremation records so you need not provide them again.',
      ),
      t(
        '逝者的养老金停发、户口注销等由相关部门依据死亡信息主动办理。',
        'Pension payments stop and the household registration is closed by the departments themselves from the death record.',
      ),
      t('请准备殡葬服务收费票据和收款银行卡。', 'Have the funeral fee receipts and a bank card for the refund ready.'),
    ],
    legalBasis: [
      t('《殡葬管理条例》', 'Regulations on Funeral and Interment Administration'),
      t('《中华人民共和国社会保险法》', 'Social Insurance Law of the PRC'),
      t('《中华人民共和国民法典》继承编', 'Civil Code of the PRC, Book on Succession'),
      t('《不动产登记暂行条例》', 'Interim Regulations on Real Estate Registration'),
    ],
    promisedDays: 10,
    situations: [
      {
        id: 'sameHousehold',
        question: t('您和逝者在同一个户口簿上吗？', 'Were you on the same household register as the deceased?'),
        options: [
          { value: 'yes', label: t('是', 'Yes') },
          { value: 'no', label: t('不是', 'No') },
        ],
      },
      {
        id: 'hardship',
        question: t(
          '逝者生前是否享受低保或特困人员供养？',
          'Did the deceased receive subsistence allowance or extreme hardship support?',
        ),
        options: [
          { value: 'yes', label: t('是', 'Yes') },
          { value: 'no', label: t('否', 'No') },
        ],
      },
      {
        id: 'hasCard',
        question: t('逝者有社会保障卡吗？', 'Did the deceased have a social security card?'),
        options: [
          { value: 'yes', label: t('有，要挂失停用', 'Yes, block it') },
          { value: 'no', label: t('没有或已处理', 'No, or already done') },
        ],
      },
      {
        id: 'hasProperty',
        question: t('逝者在郊区名下有房产需要继承吗？', 'Did the deceased own property in Jiaoqu to be inherited?'),
        options: [
          { value: 'yes', label: t('有，预约继承登记', 'Yes, book the inheritance registration') },
          { value: 'no', label: t('没有或暂不办理', 'No, or not now') },
        ],
      },
    ],
    members: [
      {
        item: 'MZ-005',
        answers: { sameHousehold: { fromQuestion: 'sameHousehold' }, hardship: { fromQuestion: 'hardship' } },
      },
      {
        item: 'RS-007',
        when: [{ question: 'hasCard', in: ['yes'] }],
        answers: { cardOwner: { fixed: 'deceasedRelative' } },
      },
      {
        item: 'BDC-003',
        when: [{ question: 'hasProperty', in: ['yes'] }],
        answers: { business: { fixed: 'inheritance' } },
      },
    ],
    declaration: together,
  },
];
