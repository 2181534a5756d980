import type { ItemInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  householdRegisterMaterial,
  idCardMaterial,
  onlineChannel,
  t,
} from './common.js';

/** 教育: 阳泉市郊区教育局. Codes JY-001…. */
const dept = t('阳泉市郊区教育局', 'Education Bureau of Jiaoqu District');

export const educationItems: ItemInput[] = [
  {
    code: 'JY-001',
    name: t('义务教育入学报名', 'Enrol a child in primary or junior secondary school'),
    summary: t(
      '为适龄儿童报名郊区公办小学一年级或初中一年级，按住址划片就近入学；随迁子女凭居住证报名。',
      'Register your child for the first year of a public primary or junior secondary school in Jiaoqu. Places go by catchment area near your home; children of families from elsewhere register with a residence permit.',
    ),
    department: 'education',
    category: 'education',
    audience: 'citizen',
    lifeEvents: ['school'],
    keywords: {
      'zh-CN': ['入学', '报名', '一年级', '小升初', '上学', '学区', '随迁子女', '招生'],
      en: ['school enrolment', 'primary school', 'first grade', 'junior high', 'catchment', 'school place'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 20,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      { id: 'admissionNotice', name: t('入学结果通知', 'School place notice'), kind: 'notice', delivery: 'electronic' },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国义务教育法》第十一条、第十二条', 'Compulsory Education Law of the PRC, Articles 11 and 12'),
        t(
          '郊区当年义务教育学校招生入学工作方案',
          "Jiaoqu's admissions plan for compulsory-education schools for the year",
        ),
      ],
      conditions: [
        t(
          '小学一年级：当年 8 月 31 日前（含）年满 6 周岁',
          'Primary year 1: the child turns 6 on or before 31 August this year',
        ),
        t('初中一年级：当年小学毕业', 'Junior secondary year 1: the child finishes primary school this year'),
        t(
          '儿童户籍在郊区并在郊区实际居住，或父母一方持阳泉市居住证在郊区居住、就业',
          'The child has a Jiaoqu hukou and lives here, or a parent lives and works in Jiaoqu with a Yangquan residence permit',
        ),
      ],
      steps: [
        t('放置父母（监护人）的身份证', "Place a parent's or guardian's ID card"),
        t('回答入学阶段、户籍和住房问题', 'Answer questions on the school stage, hukou and your home'),
        t(
          '调取户口簿、房产证等电子证照，填写孩子信息',
          "Fetch e-licences such as the household register and property certificate, and give the child's details",
        ),
        t('签名提交，等待审核和学位分配', 'Sign and submit, then wait for checks and a place'),
      ],
      otherChannels: [hallChannel(dept), onlineChannel, appChannel],
      notes: [
        t(
          '报名时间以当年招生公告为准，一般在每年 6 月至 7 月',
          'Registration opens on the dates in the yearly admissions notice, usually June to July',
        ),
        t(
          '每个孩子只能报名一次；学位按学区划片安排，录取结果短信通知',
          'Each child registers once; places follow catchment areas and the result is sent by text message',
        ),
        t(
          '入学时请带孩子的预防接种证交学校查验',
          "Bring the child's vaccination record for the school to check when term starts",
        ),
      ],
    },
    situations: [
      {
        id: 'stage',
        question: t('孩子要报名哪个阶段？', 'Which school stage is this for?'),
        options: [
          { value: 'primary', label: t('小学一年级', 'Primary school, year 1') },
          { value: 'junior', label: t('初中一年级', 'Junior secondary school, year 1') },
        ],
      },
      {
        id: 'hukou',
        question: t('孩子的户口在郊区吗？', "Is the child's hukou in Jiaoqu?"),
        options: [
          { value: 'local', label: t('在郊区', 'Yes') },
          { value: 'migrant', label: t('不在郊区，父母在郊区工作居住', 'No, but a parent works and lives in Jiaoqu') },
        ],
      },
      {
        id: 'housing',
        question: t('你们在郊区住的房子是？', 'What is your home in Jiaoqu?'),
        options: [
          { value: 'owned', label: t('父母（或孩子）名下的自有住房', 'A home owned by a parent or the child') },
          { value: 'rented', label: t('租住的房屋', 'A rented home') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        ...householdRegisterMaterial,
        name: t('孩子所在的居民户口簿', "The household register with the child's page"),
        description: t('户主页和孩子本人页', "The head-of-household page and the child's page"),
      },
      {
        id: 'birthCertificate',
        name: t('孩子的出生医学证明', "The child's medical birth certificate"),
        when: [{ question: 'stage', in: ['primary'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'birthMedicalCertificate' },
          { kind: 'scan', maxPages: 1 },
        ],
      },
      {
        id: 'propertyCertificate',
        name: t('不动产权证书或购房合同', 'Property certificate or home purchase contract'),
        when: [{ question: 'housing', in: ['owned'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'realEstateCertificate' },
          { kind: 'scan', maxPages: 4 },
        ],
      },
      {
        id: 'tenancy',
        name: t('房屋租赁登记备案证明或租赁合同', 'Registered tenancy record or tenancy agreement'),
        when: [{ question: 'housing', in: ['rented'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'housingLeaseRecord' },
          { kind: 'scan', maxPages: 6 },
        ],
      },
      {
        id: 'residencePermit',
        name: t('父母一方的阳泉市居住证', "A parent's Yangquan residence permit"),
        when: [{ question: 'hukou', in: ['migrant'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'residencePermit' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'employmentProof',
        name: t('父母一方在郊区的就业或经营证明', 'Proof that a parent works or runs a business in Jiaoqu'),
        description: t(
          '营业执照，或劳动合同及社会保险缴费记录',
          'A business licence, or an employment contract with social insurance records',
        ),
        when: [{ question: 'hukou', in: ['migrant'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'businessLicense' },
          { kind: 'scan', maxPages: 6 },
          { kind: 'bringLater' },
        ],
      },
    ],
    fields: [
      ...applicantFields,
      {
        id: 'guardianRelationship',
        type: 'choice',
        label: t('您是孩子的什么人？', 'How are you related to the child?'),
        options: [
          { value: 'father', label: t('父亲', 'Father') },
          { value: 'mother', label: t('母亲', 'Mother') },
          { value: 'otherGuardian', label: t('其他法定监护人', 'Another legal guardian') },
        ],
        messages: { required: t('请选择您与孩子的关系', 'Choose how you are related to the child') },
      },
      {
        id: 'childName',
        type: 'name',
        label: t('孩子姓名', "The child's name"),
        messages: { required: t('请输入孩子的姓名', "Enter the child's name") },
      },
      {
        id: 'childIdNumber',
        type: 'idNumber',
        label: t('孩子的身份证号码', "The child's ID number"),
        hint: t(
          '户口簿上孩子本人页的公民身份号码',
          "The citizen ID number on the child's page of the household register",
        ),
        messages: { required: t('请输入孩子的身份证号码', "Enter the child's ID number") },
      },
      {
        id: 'residenceAddress',
        type: 'address',
        inDistrict: true,
        label: t('在郊区的实际居住地址', 'Where you actually live in Jiaoqu'),
        hint: t(
          '学位按这个地址所在学区安排，写到门牌号',
          'The school place depends on this address; include the house number',
        ),
        messages: { required: t('请输入在郊区的实际居住地址', 'Enter where you live in Jiaoqu') },
      },
      {
        id: 'primarySchool',
        type: 'text',
        label: t('孩子现在就读的小学', "The child's current primary school"),
        when: [{ question: 'stage', in: ['junior'] }],
        maxLength: 60,
        messages: { required: t('请输入孩子现在就读的小学', "Enter the child's current primary school") },
      },
    ],
    declaration: t(
      '本人承诺所填写的孩子和家庭信息、住址真实，所交材料真实有效；如有虚假，同意取消入学资格，并承担相应责任。',
      'I declare that the details of my child, my family and our address are true and that the materials are genuine. If anything is false, I accept that the school place is withdrawn and I bear the consequences.',
    ),
  },
];
