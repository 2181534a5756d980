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
} from './common.js';

/** 公安: 阳泉市公安局郊区分局 (户政、治安), with exit-entry and traffic police of the city bureau. Codes GA-001…. */
const dept = t('阳泉市公安局郊区分局', 'Jiaoqu Branch of the Yangquan Public Security Bureau');
const trafficPolice = t('阳泉市公安局交通警察支队', 'Traffic Police Division of the Yangquan Public Security Bureau');

const policeStationChannel: ChannelInput = {
  kind: 'hall',
  name: t('户籍所在地或居住地派出所', 'Your local police station'),
  detail: t('户籍窗口', 'Household registration counter'),
};
const policeOnlineChannel: ChannelInput = {
  kind: 'online',
  name: t('公安部“互联网+政务服务”平台', 'Ministry of Public Security online services'),
};

export const publicSecurityItems: ItemInput[] = [
  {
    code: 'GA-001',
    name: t('户口登记信息证明打印', 'Print a household registration certificate'),
    summary: t(
      '打印本人的户籍信息证明，或本人与同户成员关系的证明，带二维码，可扫码验真。',
      'Print a certificate of your household registration (hukou) details, or of your relationship to someone in the same household. It has a QR code anyone can scan to check it.',
    ),
    department: 'publicSecurity',
    category: 'identity',
    audience: 'citizen',
    lifeEvents: ['birth', 'school', 'housing', 'death'],
    keywords: {
      'zh-CN': ['户籍证明', '户口证明', '亲属关系证明', '户口本', '同户关系', '户籍信息'],
      en: ['hukou certificate', 'household register', 'proof of relationship', 'residence record'],
    },
    flow: 'print',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    results: [
      {
        id: 'householdCertificate',
        name: t('户口登记信息证明', 'Household registration certificate'),
        kind: 'certificate',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'documentPrinter'],
    platformRecord: 'publicSecurity.householdRegistration',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国户口登记条例》', 'Regulations of the PRC on Household Registration'),
        t(
          '《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47 号）',
          'General Office of the State Council notice on clearing up certificate requirements (Guobanfa [2018] No. 47)',
        ),
      ],
      conditions: [
        t(
          '常住户口登记在阳泉市郊区的居民，本人办理',
          'Residents whose hukou is registered in Jiaoqu District, in person',
        ),
        t(
          '证明同户成员关系的，双方须在同一户口内',
          'For a relationship certificate, both people must be in the same household register',
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择证明内容', 'Choose what the certificate shows'),
        t('预览后打印，取走证明', 'Check the preview, print and take the certificate'),
      ],
      otherChannels: [policeStationChannel, policeOnlineChannel, appChannel],
      notes: [
        t('证明自打印之日起 3 个月内有效', 'The certificate is valid for 3 months from printing'),
        t(
          '不在同一户口内的亲属关系、已注销户口人员的证明，请到派出所户籍窗口办理',
          'For relatives in another household, or people whose hukou has been cancelled, go to a police station counter',
        ),
      ],
    },
    situations: [
      {
        id: 'content',
        question: t('证明上需要写明什么？', 'What does the certificate need to show?'),
        options: [
          { value: 'self', label: t('本人的户籍信息', 'My own registration details') },
          {
            value: 'relationship',
            label: t('本人与同户成员的关系', 'My relationship to someone in my household'),
            hint: t('例如父母与子女、夫妻', 'For example parent and child, or husband and wife'),
          },
        ],
      },
    ],
    fields: [
      {
        id: 'relativeIdNumber',
        type: 'idNumber',
        label: t('同户成员的身份证号码', "The household member's ID number"),
        hint: t(
          '未成年子女可填写户口簿上的公民身份号码',
          'For a child, use the citizen ID number in the household register',
        ),
        when: [{ question: 'content', in: ['relationship'] }],
        messages: { required: t('请输入同户成员的身份证号码', "Enter the household member's ID number") },
      },
    ],
  },
  {
    code: 'GA-002',
    name: t('无犯罪记录证明申请', 'Apply for a certificate of no criminal record'),
    summary: t(
      '申请开具本人的无犯罪记录证明，用于就业、入学、出国等。一般 3 个工作日内出具。',
      'Apply for a certificate saying you have no criminal record, for a job, a school place or going abroad. It is usually ready within 3 working days.',
    ),
    department: 'publicSecurity',
    category: 'identity',
    audience: 'citizen',
    lifeEvents: ['work', 'school'],
    keywords: {
      'zh-CN': ['无犯罪', '良民证', '犯罪记录查询', '政审证明', '无违法犯罪'],
      en: ['criminal record check', 'police certificate', 'background check', 'good conduct'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 3,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'noCriminalRecordCertificate',
        name: t('无犯罪记录证明', 'Certificate of no criminal record'),
        kind: 'certificate',
        delivery: 'counter',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国刑事诉讼法》', 'Criminal Procedure Law of the PRC'),
        t(
          '《公安机关办理犯罪记录查询工作规定》（公通字〔2021〕19 号）',
          'Provisions on Criminal Record Inquiries by Public Security Organs (Gongtongzi [2021] No. 19)',
        ),
      ],
      conditions: [
        t('中国公民查询本人有无犯罪记录', 'Chinese citizens asking about their own record'),
        t(
          '户籍在郊区，或户籍不在郊区但持有阳泉市居住证',
          'Your hukou is in Jiaoqu, or you live here with a Yangquan residence permit',
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('说明证明的用途', 'Say what the certificate is for'),
        t('提供材料，核对信息后签名提交', 'Provide the materials, check your answers, sign and submit'),
        t('打印受理回执，出具后凭短信通知领取', 'Print the receipt; collect the certificate when we text you'),
      ],
      otherChannels: [hallChannel(dept), policeStationChannel, policeOnlineChannel, appChannel],
      notes: [
        t(
          '不能代他人申请；单位查询本单位人员的，请到派出所窗口办理',
          'You cannot apply for someone else; employers checking staff go to a police station counter',
        ),
        t(
          '用于出国（境）的，领取后还需到公证处办理公证和领事认证',
          'For use abroad you also need a notarisation and consular legalisation after you collect it',
        ),
        t(
          '查询到有犯罪记录的，不出具证明，将书面告知您本人',
          'If there is a record, no certificate is issued and you are told in writing',
        ),
      ],
    },
    situations: [
      {
        id: 'residence',
        question: t('您的户口在阳泉市郊区吗？', 'Is your hukou registered in Jiaoqu District?'),
        options: [
          { value: 'local', label: t('是，户口在郊区', 'Yes') },
          { value: 'resident', label: t('不是，但我持有阳泉市居住证', 'No, but I have a Yangquan residence permit') },
        ],
      },
      {
        id: 'purpose',
        question: t('证明用于什么？', 'What is the certificate for?'),
        options: [
          { value: 'employment', label: t('就业、入职', 'A job') },
          { value: 'education', label: t('入学、考试', 'School or an exam') },
          { value: 'qualification', label: t('办理执业资格、驾驶资格等', 'A professional or driving qualification') },
          { value: 'abroad', label: t('出国（境）', 'Going abroad') },
          { value: 'other', label: t('其他用途', 'Something else') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'residencePermit',
        name: t('阳泉市居住证', 'Yangquan residence permit'),
        when: [{ question: 'residence', in: ['resident'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      signedFormMaterial(
        'applicationForm',
        t('无犯罪记录证明申请表', 'Application form for a certificate of no criminal record'),
      ),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'destination',
        type: 'text',
        label: t('前往的国家或地区', 'Country or region you are going to'),
        when: [{ question: 'purpose', in: ['abroad'] }],
        maxLength: 30,
        messages: { required: t('请输入前往的国家或地区', 'Enter the country or region you are going to') },
      },
      {
        id: 'otherPurpose',
        type: 'text',
        label: t('具体用途', 'What exactly it is for'),
        when: [{ question: 'purpose', in: ['other'] }],
        maxLength: 50,
        messages: { required: t('请写明证明的具体用途', 'Say what the certificate is for') },
      },
      {
        id: 'requestingOrganisation',
        type: 'text',
        label: t('要求出具证明的单位', 'Organisation that asked for it'),
        optional: true,
        maxLength: 50,
      },
      {
        id: 'certificatePickUp',
        type: 'choice',
        label: t('到哪里领取证明？', 'Where will you collect it?'),
        options: [
          { value: 'hall', label: t('郊区政务服务中心公安窗口', 'Police counter, Jiaoqu Government Service Center') },
          { value: 'station', label: t('户籍地或居住地派出所', 'My local police station') },
        ],
        messages: { required: t('请选择领取地点', 'Choose where to collect it') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'GA-003',
    name: t('居住证申领', 'Apply for a residence permit'),
    summary: t(
      '户口不在本地、在郊区居住满半年的人员，申领阳泉市居住证，凭证享受本地就业、教育、医疗等公共服务。',
      'If your hukou is elsewhere and you have lived in Jiaoqu for six months, apply for a Yangquan residence permit to use local public services such as job services, schools and health care.',
    ),
    department: 'publicSecurity',
    category: 'identity',
    audience: 'citizen',
    lifeEvents: ['housing', 'work', 'school'],
    keywords: {
      'zh-CN': ['居住证', '暂住证', '外地户口', '流动人口', '随迁', '居住登记'],
      en: ['residence permit', 'temporary residence', 'non-local hukou', 'migrant'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 10,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'residencePermit',
        name: t('阳泉市居住证', 'Yangquan residence permit'),
        kind: 'card',
        delivery: 'counter',
      },
    ],
    requiredDevices: ['idCardReader', 'documentCamera', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《居住证暂行条例》（国务院令第 663 号）第二条、第九条至第十二条',
          'Interim Regulations on Residence Permits (State Council Order No. 663), Articles 2 and 9 to 12',
        ),
      ],
      conditions: [
        t(
          '离开常住户口所在地，在郊区居住半年以上',
          'You have lived in Jiaoqu for at least six months, away from where your hukou is',
        ),
        t(
          '有合法稳定就业、合法稳定住所、连续就读条件之一',
          'You have a lawful stable job, a lawful stable home, or are continuously enrolled in a school here',
        ),
        t('已在居住地派出所办理居住登记', 'You have registered your residence at the local police station'),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('说明在本地居住的依据', 'Tell us why you live here'),
        t(
          '提供材料：能调取的证照自动调取，其余用高拍仪拍摄',
          'Provide the materials: records we hold are fetched, others are photographed',
        ),
        t(
          '填写住址和领取方式，签名提交',
          'Give your address and how you will collect the permit, then sign and submit',
        ),
        t('打印受理回执，制证完成后短信通知领取', 'Print the receipt; we text you when the permit is ready'),
      ],
      otherChannels: [hallChannel(dept), policeStationChannel, onlineChannel, appChannel],
      notes: [
        t(
          '《居住证暂行条例》规定，公安机关自受理之日起 15 日内制作发放居住证',
          'By law the police issue the permit within 15 days of accepting the application',
        ),
        t(
          '首次申领免费；换领、补领按规定收取工本费',
          'The first permit is free; a replacement costs a small production fee',
        ),
        t('居住证每年签注一次，逾期未签注的暂停使用', 'The permit must be endorsed every year, or it stops working'),
      ],
    },
    situations: [
      {
        id: 'basis',
        question: t('您凭什么条件在本地居住？', 'What is your reason for living here?'),
        help: t('符合多项的，选一项最方便证明的即可', 'If more than one applies, choose the easiest to prove'),
        options: [
          { value: 'ownHome', label: t('在本地有自己的住房', 'I own a home here') },
          { value: 'rented', label: t('在本地租房居住', 'I rent a home here') },
          { value: 'job', label: t('在本地工作或经营', 'I work or run a business here') },
          { value: 'study', label: t('在本地学校上学', 'I study at a school here') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'photo',
        name: t('本人近期免冠证件照片', 'A recent passport-style photo'),
        description: t(
          '白色背景、不戴帽子的 2 寸照片，或照相馆出具的数码照片回执',
          'A 35 × 49 mm photo on a white background without a hat, or a digital photo receipt from a studio',
        ),
        satisfiedBy: [
          { kind: 'scan', maxPages: 1 },
          {
            kind: 'bringLater',
            note: t(
              '领证前到派出所现场采集照片',
              'Have your photo taken at the police station before collecting the permit',
            ),
          },
        ],
      },
      {
        id: 'propertyCertificate',
        name: t('不动产权证书或购房合同', 'Property certificate or home purchase contract'),
        when: [{ question: 'basis', in: ['ownHome'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'realEstateCertificate' },
          { kind: 'scan', maxPages: 4 },
        ],
      },
      {
        id: 'tenancy',
        name: t('房屋租赁合同或租赁登记备案证明', 'Tenancy agreement or registered tenancy record'),
        when: [{ question: 'basis', in: ['rented'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'housingLeaseRecord' },
          { kind: 'scan', maxPages: 6 },
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '申请人应能证明在本地有合法稳定住所。',
                'You must be able to show that you have a lawful, stable home here.',
              ),
              content: t(
                '本人承诺在所填地址租房居住已满半年，租赁关系真实，并配合派出所上门核查。',
                'I promise that I have rented and lived at the address I give for at least six months, that the tenancy is genuine, and that I will let the police check it.',
              ),
              liability: t(
                '承诺不实的，居住证予以注销，并依法承担相应法律责任，失信情况记入信用记录。',
                'If this is untrue, the permit is cancelled, I bear the legal consequences and it goes on my credit record.',
              ),
            },
          },
        ],
      },
      {
        id: 'employmentProof',
        name: t('劳动合同或营业执照', 'Employment contract or business licence'),
        description: t(
          '受雇的提供劳动合同或单位出具的工作证明；经营的提供营业执照',
          'Employees: an employment contract or a letter from the employer. Business owners: the business licence',
        ),
        when: [{ question: 'basis', in: ['job'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'businessLicense' },
          { kind: 'scan', maxPages: 6 },
        ],
      },
      {
        id: 'enrolmentProof',
        name: t('学校出具的在读证明', 'Proof of enrolment from your school'),
        when: [{ question: 'basis', in: ['study'] }],
        satisfiedBy: [
          { kind: 'scan', maxPages: 2 },
          {
            kind: 'bringLater',
            note: t('领证时交派出所', 'Hand it in at the police station when you collect the permit'),
          },
        ],
      },
      signedFormMaterial('applicationForm', t('居住证申领登记表', 'Residence permit application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'residenceAddress',
        type: 'address',
        inDistrict: true,
        label: t('您在郊区的居住地址', 'Your address in Jiaoqu'),
        hint: t('写到门牌号，例如 荫营镇荫营村东街 12 号', 'Down to the house number'),
        messages: { required: t('请输入在郊区的居住地址', 'Enter your address in Jiaoqu') },
      },
      {
        id: 'livingSince',
        type: 'date',
        range: 'past',
        label: t('从什么时候开始在这里居住？', 'When did you start living there?'),
        messages: { required: t('请选择开始居住的日期', 'Choose when you started living there') },
      },
      {
        id: 'employer',
        type: 'text',
        label: t('工作单位或经营场所名称', 'Name of your employer or business'),
        when: [{ question: 'basis', in: ['job'] }],
        maxLength: 60,
        messages: { required: t('请输入工作单位或经营场所名称', 'Enter the name of your employer or business') },
      },
      {
        id: 'school',
        type: 'text',
        label: t('就读学校名称', 'Name of your school'),
        when: [{ question: 'basis', in: ['study'] }],
        maxLength: 60,
        messages: { required: t('请输入就读学校名称', 'Enter the name of your school') },
      },
    ],
    declaration: truthfulDeclaration,
  },
  {
    code: 'GA-004',
    name: t('居民身份证办理进度查询', 'Check the progress of an ID card application'),
    summary: t(
      '查询申领、换领、补领居民身份证的制证进度和领取地点。',
      'See how far your new, renewed or replacement ID card has got and where to collect it.',
    ),
    department: 'publicSecurity',
    category: 'identity',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['身份证进度', '身份证好了没', '制证', '领证', '换证', '补办身份证'],
      en: ['ID card status', 'new ID card', 'ID card replacement', 'collect ID card'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'publicSecurity.idCardApplication',
    guide: {
      itemType: 'publicService',
      legalBasis: [t('《中华人民共和国居民身份证法》', 'Resident Identity Card Law of the PRC')],
      conditions: [
        t(
          '已在公安机关受理居民身份证申领、换领或补领',
          'The police have accepted your application for a new, renewed or replacement ID card',
        ),
      ],
      steps: [
        t(
          '放置旧身份证或临时身份证，也可扫描“三晋通”电子身份码',
          'Place your old or temporary ID card, or scan your Sanjintong e-ID code',
        ),
        t('查看办理进度和领取地点', 'See the progress and where to collect the card'),
      ],
      otherChannels: [policeStationChannel, appChannel],
      notes: [
        t(
          '在本地办理的，一般 15 个工作日内制证完成；异地办理的时间更长',
          'Cards applied for locally are usually ready within 15 working days; cards applied for elsewhere take longer',
        ),
        t('领取新证时请带上受理回执和旧证', 'Bring the receipt and your old card when you collect the new one'),
      ],
    },
  },
  {
    code: 'GA-005',
    name: t('出入境证件办理进度查询', 'Check the progress of a passport or travel permit'),
    summary: t(
      '查询本人护照、往来港澳通行证、往来台湾通行证及签注的审批和制证进度。',
      'See how far your passport, Hong Kong and Macao travel permit, Taiwan travel permit or endorsement has got.',
    ),
    department: 'publicSecurity',
    category: 'identity',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['护照进度', '港澳通行证', '台湾通行证', '签注', '出入境', '出国证件'],
      en: ['passport status', 'Hong Kong and Macao permit', 'Taiwan permit', 'endorsement', 'exit-entry'],
    },
    flow: 'query',
    instant: true,
    promisedDays: 0,
    fee: { kind: 'free' },
    requiredDevices: ['idCardReader'],
    platformRecord: 'exitEntry.applicationProgress',
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国出境入境管理法》', 'Exit and Entry Administration Law of the PRC'),
        t('《中华人民共和国护照法》', 'Passport Law of the PRC'),
        t(
          '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》',
          'Interim Measures on Chinese Citizens Travelling to Hong Kong or Macao for Private Purposes',
        ),
      ],
      conditions: [t('出入境管理部门已受理您的证件申请', 'An exit-entry office has accepted your application')],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('查看各证件的办理进度和预计领取日期', 'See the progress of each document and when it should be ready'),
      ],
      otherChannels: [
        { kind: 'hall', name: t('阳泉市公安局出入境接待大厅', 'Yangquan exit-entry service hall') },
        { kind: 'app', name: t('“移民局”App', 'National Immigration Administration app') },
        { kind: 'phone', name: t('12367 移民管理服务热线', '12367 immigration service hotline') },
      ],
      consultationPhone: '12367',
      complaintPhone: '12367',
      notes: [
        t(
          '选择邮寄的，证件寄出后可凭快递单号查询物流',
          'If you chose delivery by post, track it with the courier number once it is sent',
        ),
        t(
          '为未成年子女申请的，请用子女的身份证或由监护人到窗口查询',
          "For a child's application, use the child's ID card or ask at the counter as the guardian",
        ),
      ],
    },
  },
  {
    code: 'GA-006',
    name: t('交通违法查询及罚款缴纳', 'Look up traffic offences and pay fines'),
    summary: t(
      '查询本人驾驶证和名下车辆的交通违法记录，缴纳已作出处罚决定的罚款。',
      'Look up traffic offences on your driving licence and your vehicles, and pay fines that have already been decided.',
    ),
    department: 'publicSecurity',
    category: 'traffic',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['违章', '违章查询', '交通罚款', '罚单', '违停', '扣分', '交警罚款', '违法缴款'],
      en: ['traffic ticket', 'traffic fine', 'parking fine', 'penalty points', 'speeding'],
    },
    flow: 'pay',
    instant: true,
    promisedDays: 0,
    fee: {
      kind: 'byBill',
      description: t(
        '按处罚决定书的罚款金额缴纳，不收手续费；逾期每日按罚款数额的 3% 加处罚款',
        'The amount in the penalty decision, with no service charge; 3% of the fine is added for each day it is late',
      ),
    },
    results: [
      {
        id: 'fineReceipt',
        name: t('交通违法罚款缴款凭证', 'Receipt for a traffic fine'),
        kind: 'receipt',
        delivery: 'printOnSite',
        verifiable: true,
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    payment: {
      payee: trafficPolice,
      billSource: 'platform',
      methods: ['wechat', 'alipay', 'unionPay'],
    },
    guide: {
      itemType: 'otherPower',
      legalBasis: [
        t('《中华人民共和国道路交通安全法》', 'Road Traffic Safety Law of the PRC'),
        t(
          '《中华人民共和国行政处罚法》第六十七条、第七十二条',
          'Administrative Penalty Law of the PRC, Articles 67 and 72',
        ),
        t(
          '《道路交通安全违法行为处理程序规定》（公安部令第 157 号）',
          'Provisions on Procedures for Handling Road Traffic Offences (Ministry of Public Security Order No. 157)',
        ),
      ],
      conditions: [
        t('只能缴纳已作出处罚决定的罚款', 'Only fines that have already been decided can be paid'),
        t(
          '电子监控记录、还未处理的违法，请先在“交管 12123”App 或交警队窗口处理，再来缴款',
          'Offences caught on camera that have not been dealt with yet must first be handled in the Traffic Management 12123 app or at a traffic police counter',
        ),
      ],
      steps: [
        t('放置身份证，核验身份', 'Place your ID card to confirm who you are'),
        t('选择查询方式', 'Choose how to look up the offences'),
        t('查看违法记录，确认要缴纳的罚款', 'See the offences and confirm the fines to pay'),
        t('用手机扫码支付', 'Pay with your phone'),
        t('打印缴款凭证', 'Print the receipt'),
      ],
      otherChannels: [
        { kind: 'app', name: t('“交管 12123”App', 'Traffic Management 12123 app') },
        {
          kind: 'hall',
          name: t(
            '阳泉市公安局交警支队郊区大队违法处理窗口',
            'Offence counter, Jiaoqu unit of the Yangquan traffic police',
          ),
        },
      ],
      notes: [
        t('处罚决定书上的罚款应在 15 日内缴纳', 'A fine must be paid within 15 days of the penalty decision'),
        t('缴款后一般 1 个工作日内更新违法状态', 'The offence shows as paid within about one working day'),
      ],
    },
    situations: [
      {
        id: 'lookup',
        question: t('您要缴纳谁的罚款？', 'Whose fine are you paying?'),
        options: [
          {
            value: 'mine',
            label: t('本人驾驶证或本人名下车辆的', 'For my own licence or my own vehicles'),
            hint: t('系统自动列出，无需输入', 'They are listed for you; nothing to type'),
          },
          { value: 'otherVehicle', label: t('别人名下的车辆', 'For a vehicle registered to someone else') },
          { value: 'decision', label: t('我有处罚决定书', 'I have a penalty decision') },
        ],
      },
    ],
    fields: [
      {
        id: 'plateType',
        type: 'choice',
        label: t('号牌种类', 'Type of number plate'),
        when: [{ question: 'lookup', in: ['otherVehicle'] }],
        options: [
          { value: 'small', label: t('小型汽车（蓝牌）', 'Small vehicle (blue plate)') },
          { value: 'smallNewEnergy', label: t('小型新能源汽车（渐变绿牌）', 'Small new-energy vehicle (green plate)') },
          { value: 'large', label: t('大型汽车（黄牌）', 'Large vehicle (yellow plate)') },
          { value: 'motorcycle', label: t('摩托车', 'Motorcycle') },
        ],
        messages: { required: t('请选择号牌种类', 'Choose the type of number plate') },
      },
      {
        id: 'plateNumber',
        type: 'text',
        label: t('车牌号码', 'Number plate'),
        hint: t('例如 晋C12345', 'Starting with the province character'),
        when: [{ question: 'lookup', in: ['otherVehicle'] }],
        maxLength: 8,
        pattern: '^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$',
        messages: {
          required: t('请输入车牌号码', 'Enter the number plate'),
          invalid: t(
            '请输入完整的车牌号码，如 晋C12345',
            'Enter the full number plate, starting with the province character',
          ),
        },
      },
      {
        id: 'vinLast6',
        type: 'text',
        label: t('车辆识别代号后 6 位', 'Last 6 characters of the VIN'),
        hint: t(
          '在行驶证上，“车辆识别代号”一栏的最后 6 位',
          'On the vehicle licence, the last 6 characters of the vehicle identification number',
        ),
        when: [{ question: 'lookup', in: ['otherVehicle'] }],
        maxLength: 6,
        pattern: '^[A-HJ-NPR-Z0-9]{6}$',
        messages: {
          required: t('请输入车辆识别代号后 6 位', 'Enter the last 6 characters of the VIN'),
          invalid: t('请输入 6 位字母或数字（不含 I、O、Q）', 'Enter 6 letters or digits (no I, O or Q)'),
        },
      },
      {
        id: 'decisionNumber',
        type: 'text',
        label: t('处罚决定书编号', 'Penalty decision number'),
        hint: t('决定书右上角的 15 或 16 位数字', 'The 15 or 16 digits at the top right of the decision'),
        when: [{ question: 'lookup', in: ['decision'] }],
        maxLength: 16,
        pattern: '^\\d{15,16}$',
        messages: {
          required: t('请输入处罚决定书编号', 'Enter the penalty decision number'),
          invalid: t('决定书编号是 15 或 16 位数字', 'The decision number is 15 or 16 digits'),
        },
      },
    ],
  },
];
