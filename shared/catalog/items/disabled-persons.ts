import type { ItemInput } from '../schema.js';
import {
  acceptanceReceipt,
  applicantFields,
  hallChannel,
  householdRegisterMaterial,
  idCardMaterial,
  onlineChannel,
  signedFormMaterial,
  t,
  truthfulDeclaration,
  yesNo,
} from './common.js';

/** 残联: 阳泉市郊区残疾人联合会. Codes CL-001…. */
const dept = t('阳泉市郊区残疾人联合会', "Disabled Persons' Federation of Jiaoqu District");

export const disabledPersonsItems: ItemInput[] = [
  {
    code: 'CL-001',
    name: t('残疾人证换领补领申请', 'Renew or replace a disability certificate'),
    summary: t(
      '残疾人证到期、信息变化或损坏的换领新证，遗失的补领，可由本人或监护人申请。',
      'Renew a disability certificate that has expired, changed or been damaged, or replace a lost one. The holder or their guardian can apply.',
    ),
    department: 'disabledPersons',
    category: 'disability',
    audience: 'citizen',
    lifeEvents: [],
    keywords: {
      'zh-CN': ['残疾证', '残疾人证', '换证', '补证', '残疾证丢了', '残疾证到期'],
      en: ['disability card', 'disability certificate', 'lost certificate', 'renewal'],
    },
    flow: 'apply',
    instant: false,
    promisedDays: 15,
    fee: { kind: 'free' },
    results: [
      acceptanceReceipt,
      {
        id: 'disabilityCertificate',
        name: t('中华人民共和国残疾人证', 'Disability certificate of the PRC'),
        kind: 'card',
        delivery: 'counter',
      },
    ],
    requiredDevices: ['idCardReader', 'receiptPrinter'],
    guide: {
      itemType: 'publicService',
      legalBasis: [
        t('《中华人民共和国残疾人保障法》', 'Law of the PRC on the Protection of Persons with Disabilities'),
        t(
          '《中华人民共和国残疾人证管理办法》',
          'Measures of the PRC for the Administration of Disability Certificates',
        ),
      ],
      conditions: [
        t(
          '持有阳泉市郊区核发的第二代残疾人证，户籍在郊区',
          'You hold a second-generation disability certificate issued in Jiaoqu and your hukou is here',
        ),
        t(
          '换领：证件有效期将满或已满、登记信息变化、证件损坏',
          'Renewal: the certificate is expiring or expired, its details changed, or it is damaged',
        ),
        t('补领：证件遗失', 'Replacement: the certificate is lost'),
      ],
      steps: [
        t('放置残疾人本人或监护人的身份证', "Place the holder's or the guardian's ID card"),
        t(
          '选择换领或补领，说明残疾状况有无变化',
          'Choose renewal or replacement and say whether the disability has changed',
        ),
        t('提供照片等材料，签名提交', 'Provide the photo and other materials, then sign and submit'),
        t('区残联审核、制证，短信通知领取', "The federation checks it and makes the card; we text you when it's ready"),
      ],
      otherChannels: [
        hallChannel(dept),
        { kind: 'hall', name: t('乡镇（街道）残联专职委员', 'Disability officer at your township or street office') },
        onlineChannel,
      ],
      consultationPhone: '12385',
      notes: [
        t(
          '残疾状况可能发生变化的，须先到指定医疗机构重新评定残疾类别和等级，评定后制证时间相应延长',
          'If the disability may have changed, it must first be reassessed at a designated hospital, which takes longer',
        ),
        t('补领的，原证自申请之日起作废', 'For a replacement, the old certificate is void from the day you apply'),
        t('残疾人证不收工本费', 'There is no charge for the certificate'),
      ],
    },
    situations: [
      {
        id: 'requestKind',
        question: t('您要办理哪一项？', 'What do you need?'),
        options: [
          { value: 'expired', label: t('证件到期换领', 'Renew an expiring or expired certificate') },
          { value: 'changed', label: t('信息变化或证件损坏换领', 'Renew because details changed or it is damaged') },
          { value: 'lost', label: t('证件遗失补领', 'Replace a lost certificate') },
        ],
      },
      {
        id: 'conditionChanged',
        question: t('残疾状况与上次评定时相比有变化吗？', 'Has the disability changed since it was last assessed?'),
        help: t(
          '不确定的选“有变化”，工作人员会联系您',
          "If you are not sure, choose 'It has changed'; staff will contact you",
        ),
        options: yesNo(t('有变化，需要重新评定', 'It has changed and needs reassessing'), t('没有变化', 'No change')),
      },
      {
        id: 'whoApplies',
        question: t('谁来申请？', 'Who is applying?'),
        options: [
          { value: 'self', label: t('残疾人本人', 'The holder') },
          {
            value: 'guardian',
            label: t('监护人或家属代办', 'A guardian or relative'),
            hint: t('请放置您（代办人）的身份证', 'Place your own ID card'),
          },
        ],
      },
    ],
    materials: [
      idCardMaterial,
      householdRegisterMaterial,
      {
        id: 'photo',
        name: t('近期 2 寸白底免冠彩色照片', 'A recent 2-inch colour photo on a white background, without a hat'),
        description: t(
          '肢体残疾的，照片须能显示残疾部位',
          'For a physical disability, the photo should show the affected part of the body',
        ),
        satisfiedBy: [{ kind: 'scan', maxPages: 1 }, { kind: 'bringLater' }],
      },
      {
        id: 'oldCertificate',
        name: t('原残疾人证', 'The old disability certificate'),
        when: [{ question: 'requestKind', in: ['expired', 'changed'] }],
        satisfiedBy: [{ kind: 'bringLater', note: t('领取新证时交回原证', 'Hand it in when you collect the new one') }],
      },
      {
        id: 'lossDeclaration',
        name: t('残疾人证遗失说明', 'Statement that the certificate is lost'),
        when: [{ question: 'requestKind', in: ['lost'] }],
        satisfiedBy: [
          {
            kind: 'commitment',
            commitment: {
              obligation: t(
                '补领残疾人证，应说明原证遗失情况。',
                'To replace a certificate you must say that the old one is lost.',
              ),
              content: t(
                '本人承诺原残疾人证确已遗失，同意原证自即日起作废；找回后不再使用，并交回区残联。',
                'I promise the old certificate is really lost and agree that it is void from today. If it turns up I will not use it and will return it to the federation.',
              ),
              liability: t(
                '承诺不实或继续使用作废证件的，依法承担相应责任，并可能被取消相关待遇。',
                'If this is untrue or I keep using the void certificate, I bear the legal consequences and may lose related benefits.',
              ),
            },
          },
        ],
      },
      {
        id: 'reassessment',
        name: t('残疾评定结果', 'Result of the disability reassessment'),
        description: t(
          '由区残联开具评定通知，到指定医疗机构评定',
          'The federation gives you a referral to a designated hospital for the assessment',
        ),
        when: [{ question: 'conditionChanged', in: ['yes'] }],
        satisfiedBy: [
          {
            kind: 'bringLater',
            note: t('评定后由医疗机构直接报送区残联', 'The hospital sends the result to the federation'),
          },
        ],
      },
      {
        id: 'guardianProof',
        name: t('监护关系或亲属关系证明', 'Proof of guardianship or relationship'),
        description: t(
          '同一户口簿上的可免交；其他情况可拍摄监护证明或关系证明',
          'Not needed if you are on the same household register; otherwise photograph the proof',
        ),
        when: [{ question: 'whoApplies', in: ['guardian'] }],
        satisfiedBy: [
          { kind: 'eLicense', licenseType: 'householdRegister' },
          { kind: 'scan', maxPages: 2 },
        ],
      },
      signedFormMaterial('applicationForm', t('残疾人证申请表', 'Disability certificate application form')),
    ],
    fields: [
      ...applicantFields,
      {
        id: 'disabledPersonName',
        type: 'name',
        label: t('残疾人姓名', 'Name of the certificate holder'),
        when: [{ question: 'whoApplies', in: ['guardian'] }],
        messages: { required: t('请输入残疾人的姓名', 'Enter the name of the certificate holder') },
      },
      {
        id: 'disabledPersonIdNumber',
        type: 'idNumber',
        label: t('残疾人身份证号码', 'ID number of the certificate holder'),
        when: [{ question: 'whoApplies', in: ['guardian'] }],
        messages: { required: t('请输入残疾人的身份证号码', 'Enter the ID number of the certificate holder') },
      },
      {
        id: 'changedDetails',
        type: 'text',
        label: t('哪些信息有变化？', 'Which details have changed?'),
        hint: t('例如住址、监护人、联系电话', 'For example the address, guardian or phone number'),
        when: [{ question: 'requestKind', in: ['changed'] }],
        maxLength: 100,
        messages: { required: t('请写明变化的信息', 'Say which details have changed') },
      },
      {
        id: 'residenceAddress',
        type: 'address',
        label: t('现居住地址', 'Where the holder lives now'),
        messages: { required: t('请输入现居住地址', 'Enter where the holder lives now') },
      },
    ],
    declaration: truthfulDeclaration,
  },
];
