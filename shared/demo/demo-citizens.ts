/**
 * Synthetic demo identities shared by the embedded local platform (their records and e-licenses) and the
 * ID-card simulator (the cards a technician or a test can "place" on the reader). Invented people: the ID
 * numbers pass the GB 11643 checksum but belong to nobody. Never use them outside demo and test mode.
 */
export interface DemoCitizen {
  /** Key used by simulators, tests and the simulator panel. */
  readonly key: string;
  readonly name: string;
  readonly gender: '男' | '女';
  readonly nation: string;
  /** YYYYMMDD, as on the card. */
  readonly birthDate: string;
  readonly address: string;
  readonly idNumber: string;
  readonly issuingAuthority: string;
  readonly validFrom: string;
  /** YYYYMMDD or 长期. */
  readonly validTo: string;
  readonly phone: string;
  /** What the demo data gives this person to do (for humans choosing a card in the simulator panel). */
  readonly persona: { readonly 'zh-CN': string; readonly en: string };
}

export const demoCitizens: readonly DemoCitizen[] = [
  {
    key: 'li-xiuying',
    name: '李秀英',
    gender: '女',
    nation: '汉',
    birthDate: '19580312',
    address: '山西省阳泉市郊区荫营镇荫营村东街12号',
    idNumber: '140311195803120022',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20180312',
    validTo: '长期',
    phone: '13900000101',
    persona: { 'zh-CN': '退休职工，领取养老金', en: 'Retired worker drawing a pension' },
  },
  {
    key: 'zhang-xiaoming',
    name: '张晓明',
    gender: '男',
    nation: '汉',
    birthDate: '19861106',
    address: '山西省阳泉市郊区义井镇义井村南街8号',
    idNumber: '140311198611060014',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20161106',
    validTo: '20361106',
    phone: '13900000102',
    persona: { 'zh-CN': '企业职工，缴纳社保和公积金', en: 'Employee with social insurance and housing fund' },
  },
  {
    key: 'wang-jianguo',
    name: '王建国',
    gender: '男',
    nation: '汉',
    birthDate: '19750821',
    address: '山西省阳泉市郊区河底镇河底村中街21号',
    idNumber: '140311197508210032',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20150821',
    validTo: '20350821',
    phone: '13900000103',
    persona: { 'zh-CN': '个体工商户，经营家常菜馆', en: 'Sole proprietor running a small restaurant' },
  },
  {
    key: 'zhao-li',
    name: '赵丽',
    gender: '女',
    nation: '汉',
    birthDate: '19920415',
    address: '山西省阳泉市郊区平坦镇平坦村西街5号',
    idNumber: '140311199204150025',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20120415',
    validTo: '20320415',
    phone: '13900000104',
    persona: { 'zh-CN': '新婚，准备生育登记', en: 'Newly married, planning a birth registration' },
  },
  {
    key: 'liu-zhiqiang',
    name: '刘志强',
    gender: '男',
    nation: '回',
    birthDate: '19690918',
    address: '山西省阳泉市郊区旧街乡旧街村北街3号',
    idNumber: '140311196909180052',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20090918',
    validTo: '长期',
    phone: '13900000105',
    persona: { 'zh-CN': '退役军人，返乡报到', en: 'Veteran returning home' },
  },
  {
    key: 'chen-siyu',
    name: '陈思雨',
    gender: '女',
    nation: '汉',
    birthDate: '19991230',
    address: '山西省阳泉市郊区杨家庄乡杨家庄村7号',
    idNumber: '140311199912300047',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20191230',
    validTo: '20291230',
    phone: '13900000106',
    persona: { 'zh-CN': '应届毕业生，求职中', en: 'Recent graduate looking for work' },
  },
  {
    key: 'sun-jianhua',
    name: '孙建华',
    gender: '男',
    nation: '汉',
    birthDate: '19790615',
    address: '山西省阳泉市郊区平坦镇平坦村南街3号',
    idNumber: '140311197906150039',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20190615',
    validTo: '20390615',
    phone: '13900000107',
    persona: {
      'zh-CN': '本机技术员（演示登记，密码 246810）',
      en: "This kiosk's technician (demo enrolment, PIN 246810)",
    },
  },
  {
    key: 'zhou-min',
    name: '周敏',
    gender: '女',
    nation: '汉',
    birthDate: '19850921',
    address: '山西省阳泉市郊区河底镇河底村北街9号',
    idNumber: '140311198509210047',
    issuingAuthority: '阳泉市公安局郊区分局',
    validFrom: '20150921',
    validTo: '20350921',
    phone: '13900000108',
    persona: {
      'zh-CN': '本机管理员（演示登记，密码 135790）',
      en: "This kiosk's administrator (demo enrolment, PIN 135790)",
    },
  },
];

export function findDemoCitizen(key: string): DemoCitizen | undefined {
  return demoCitizens.find((c) => c.key === key);
}
