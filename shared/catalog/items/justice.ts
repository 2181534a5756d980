import type { ItemInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  appChannel,
  hallChannel,
  idCardMaterial,
  onlineChannel,
  signedFormMaterial,
  t,
  yesNo,
} from './common.js';

/** 司法: 阳泉市郊区司法局 (郊区法律援助中心). Codes SF-001…. */
const dept = t('阳泉市郊区司法局', 'Justice Bureau of Jiaoqu District');

export const justiceItems: ItemInput[] = [
  {
    code: 'SF-001',
    name: t('法律援助申请', 'Apply for legal aid'),
    summary: t(
      '经济困难或属于法定情形的公民，在讨薪、工伤、赡养抚养、社会保险等事项上申请免费的法律咨询、代理或刑事辩护。',
      'If you cannot afford a lawyer, or the law entitles you to legal aid, apply for free legal advice, representation or criminal defence, for example over unpaid wages, work injuries, family maintenance or social insurance.',
    ),
    department: 'justice',
    category: 'legal',
    audience: 'citizen',
    lifeEvents: ['work'],
    keywords: {
      'zh-CN': ['法律援助', '免费律师', '讨薪', '欠薪', '打官司', '法律咨询', '工伤赔偿', '赡养费'],
      en: ['legal aid', 'free lawyer', 'unpaid wages', 'lawsuit', 'legal advice', 'work injury compensation'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 5,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'decision',
        name: t('给予（或不予）法律援助决定书', 'Decision on your legal aid application'),
        kind: 'notice',
        delivery: 'counter',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t(
          '《中华人民共和国法律援助法》第二十四条、第三十一条、第三十二条、第四十一条至第四十四条',
          'Legal Aid Law of the PRC, Articles 24, 31, 32 and 41 to 44',
        ),
        t(
          '《办理法律援助案件程序规定》（司法部）',
          'Provisions on Procedures for Handling Legal Aid Cases (Ministry of Justice)',
        ),
      ],
      conditions: [
        t(
          '属于法律援助范围的事项：请求国家赔偿，社会保险待遇或社会救助，抚恤金，赡养费、抚养费、扶养费，确认劳动关系或支付劳动报酬，工伤、交通事故、食品药品安全事故、医疗事故人身损害赔偿，环境污染损害赔偿等；以及刑事案件的辩护',
          'The matter is covered by legal aid: state compensation; social insurance or social assistance; survivor pensions; maintenance for parents, children or a spouse; confirming an employment relationship or unpaid wages; injury compensation for work, traffic, food and drug or medical accidents; environmental damage; and defence in criminal cases',
        ),
        t(
          '因经济困难无力委托律师；法律规定的特定情形免予经济困难审查',
          'You cannot afford a lawyer; in some situations set by law your finances are not checked',
        ),
        t(
          '向郊区法律援助中心申请的，事项发生地、被申请人住所地或办案机关在郊区',
          'The matter happened in Jiaoqu, the other party lives here, or the case is handled here',
        ),
      ],
      steps: [
        t('放置身份证，选择事项类别', 'Place your ID card and choose the kind of matter'),
        t('说明经济状况，或属于免予审查的情形', 'Explain your finances, or say why they need not be checked'),
        t('拍摄案件相关材料，简述案情', 'Photograph papers about the case and describe what happened'),
        t('签名提交；法律援助中心 7 日内作出决定', 'Sign and submit; the legal aid center decides within 7 days'),
        t(
          '给予援助的，指派律师或法律援助工作者与您联系',
          'If aid is granted, a lawyer or legal aid worker is assigned and contacts you',
        ),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'hall', name: t('郊区法律援助中心', 'Jiaoqu Legal Aid Center') },
        { kind: 'phone', name: t('12348 公共法律服务热线', '12348 public legal services hotline') },
        onlineChannel,
        appChannel,
      ],
      consultationPhone: '12348',
      notes: [
        t('法律援助不收取任何费用', 'Legal aid is completely free'),
        t(
          '法律援助法规定，法律援助机构自收到申请之日起 7 日内作出决定；材料不齐的，补齐后再计算',
          'By law the legal aid center decides within 7 days of receiving the application; if papers are missing, the time counts from when they arrive',
        ),
        t(
          '诉讼时效、仲裁时效即将届满的，请在申请时说明，可先行提供法律援助',
          'If a time limit to sue or go to arbitration is about to run out, say so; aid can be given first and checked later',
        ),
      ],
    },
    situations: [
      {
        id: 'matterKind',
        question: t('您要为哪类事情申请法律援助？', 'What is the legal aid for?'),
        options: [
          { value: 'wages', label: t('讨要工资、确认劳动关系', 'Unpaid wages or confirming employment') },
          {
            value: 'injury',
            label: t(
              '工伤、交通事故、医疗事故等人身损害赔偿',
              'Compensation for a work, traffic, medical or other injury',
            ),
          },
          { value: 'family', label: t('赡养费、抚养费、扶养费', 'Maintenance for parents, children or a spouse') },
          {
            value: 'welfare',
            label: t('社会保险待遇、社会救助、抚恤金', 'Social insurance, social assistance or survivor pensions'),
          },
          { value: 'stateCompensation', label: t('国家赔偿', 'State compensation') },
          {
            value: 'criminalDefence',
            label: t('为犯罪嫌疑人、被告人申请辩护', 'Defence for a suspect or defendant in a criminal case'),
            hint: t('本人或其近亲属申请', 'By the person or a close relative'),
          },
          { value: 'other', label: t('其他事项', 'Something else') },
        ],
      },
      {
        id: 'exempt',
        question: t('您是否属于以下情形之一？', 'Does one of these apply to you?'),
        help: t(
          '英雄烈士近亲属维护烈士人格权益；因见义勇为主张权益；再审改判无罪请求国家赔偿；遭受虐待、遗弃或家庭暴力的受害人主张权益',
          'A close relative of a hero or martyr protecting their reputation; claiming rights after a brave act to help others; seeking compensation after being cleared on retrial; a victim of abuse, abandonment or domestic violence',
        ),
        options: yesNo(t('是，属于其中一种', 'Yes, one of these'), t('都不是', 'None of these')),
      },
      {
        id: 'finances',
        question: t('您的经济状况属于哪种？', 'Which describes your finances?'),
        when: [{ question: 'exempt', in: ['no'] }],
        options: [
          {
            value: 'assistance',
            label: t('享受低保、特困供养或优抚待遇', 'I receive dibao, extreme-poverty support or veteran benefits'),
          },
          {
            value: 'specialGroup',
            label: t(
              '无固定生活来源的老年人、残疾人或未成年人',
              'I am elderly, disabled or a minor without a regular income',
            ),
          },
          {
            value: 'migrantWorker',
            label: t('进城务工，为讨薪或工伤赔偿申请', 'I am a migrant worker claiming wages or injury compensation'),
          },
          { value: 'declare', label: t('其他经济困难情况', 'Other financial hardship') },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      {
        id: 'assistanceProof',
        name: t('低保、特困供养或优抚对象证明', 'Proof of dibao, extreme-poverty support or veteran benefits'),
        when: [{ question: 'finances', in: ['assistance'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'subsistenceAllowanceCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'specialGroupProof',
        name: t('残疾人证或其他身份证明', 'Disability certificate or other proof of status'),
        when: [{ question: 'finances', in: ['specialGroup'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'disabilityCertificate' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      {
        id: 'hardshipDeclaration',
        name: t('经济困难状况说明', 'Statement of financial hardship'),
        when: [{ question: 'finances', in: ['declare'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '因经济困难申请法律援助的，申请人应当如实说明经济困难状况（《法律援助法》第四十一条）。',
                'Anyone applying for legal aid because of financial hardship must describe their finances truthfully (Legal Aid Law, Article 41).',
              ),
              content: t(
                '本人承诺家庭经济困难、无力委托律师，所说明的家庭收入和财产情况真实，同意法律援助机构通过信息共享核查。',
                'I promise that my household cannot afford a lawyer, that what I say about our income and assets is true, and that the legal aid center may check it through shared records.',
              ),
              liability: t(
                '以欺骗方式获得法律援助的，终止法律援助，由司法行政部门责令支付已实施法律援助的费用，并依法处理。',
                'If legal aid is obtained by deception it stops, I must pay the cost of the aid already given, and the matter is dealt with according to law.',
              ),
            },
          },
        ],
      },
      {
        id: 'exemptionProof',
        name: t('属于免予经济困难审查情形的证明', 'Proof that your finances need not be checked'),
        description: t(
          '例如见义勇为认定、告诫书或人身安全保护令、改判无罪的判决书',
          'For example a recognition of a brave act, a police warning or protection order, or the retrial judgment',
        ),
        when: [{ question: 'exempt', in: ['yes'] }],
        satisfiedBy: [{ kind: 'scan', maxPages: 10 }, { kind: 'bringLater' }],
      },
      {
        id: 'caseMaterials',
        name: t('与案件有关的材料', 'Papers about the case'),
        description: t(
          '例如劳动合同、工资条、欠条、诊断证明、事故认定书、起诉状、判决书、起诉意见书等',
          'For example an employment contract, payslips, IOUs, medical records, an accident report, a statement of claim, a judgment or an indictment',
        ),
        satisfiedBy: [{ kind: 'scan', maxPages: 30 }, { kind: 'bringLater' }],
      },
      signedFormMaterial('applicationForm', t('法律援助申请表', 'Legal aid application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'residenceAddress',
        type: 'address',
        label: t('现居住地址', 'Where you live now'),
        messages: { required: t('请输入现居住地址', 'Enter where you live now') },
      },
      {
        id: 'defendantName',
        type: 'name',
        label: t('犯罪嫌疑人或被告人姓名', 'Name of the suspect or defendant'),
        hint: t('为本人申请的，填写本人姓名', 'If it is you, enter your own name'),
        when: [{ question: 'matterKind', in: ['criminalDefence'] }],
        messages: { required: t('请输入犯罪嫌疑人或被告人的姓名', 'Enter the name of the suspect or defendant') },
      },
      {
        id: 'opposingParty',
        type: 'text',
        label: t('对方当事人', 'The other party'),
        hint: t('例如欠薪的单位或个人名称', 'For example the employer or person who owes the wages'),
        optional: true,
        when: [{ question: 'matterKind', in: ['wages', 'injury', 'family', 'welfare', 'stateCompensation', 'other'] }],
        maxLength: 60,
      },
      {
        id: 'caseStage',
        type: 'choice',
        label: t('事情现在到了哪一步？', 'What stage is the matter at?'),
        options: [
          { value: 'notStarted', label: t('还没有起诉或申请仲裁', 'Nothing filed yet') },
          { value: 'arbitration', label: t('在劳动仲裁中', 'In labour arbitration') },
          { value: 'investigation', label: t('在侦查或审查起诉阶段', 'Under investigation or review for prosecution') },
          { value: 'trial', label: t('在法院审理中', 'In court') },
          { value: 'enforcement', label: t('已判决，申请执行中', 'Judgment given; seeking enforcement') },
        ],
        messages: { required: t('请选择事情目前的阶段', 'Choose what stage the matter is at') },
      },
      {
        id: 'caseSummary',
        type: 'text',
        label: t('简要说明事情经过和您的请求', 'Briefly say what happened and what you want'),
        hint: t(
          '例如：2024 年在某工地干活，被拖欠工资 8000 元',
          'For example: worked on a building site in 2024 and am owed 8,000 yuan in wages',
        ),
        minLength: 10,
        maxLength: 300,
        messages: {
          required: t('请简要说明事情经过和您的请求', 'Briefly say what happened and what you want'),
          invalid: t(
            '请至少写 10 个字，说明事情经过和请求',
            'Write at least 10 characters about what happened and what you want',
          ),
        },
      },
    ],
    declaration: t(
      '本人承诺所填写的信息和提交的材料真实；如获得法律援助后情况发生变化，将及时告知法律援助机构。',
      'I declare that my information and materials are true, and I will tell the legal aid center if my situation changes after aid is granted.',
    ),
  },
];
