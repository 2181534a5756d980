import { z } from 'zod';

/**
 * The data on a resident ID card (居民身份证) as the reader returns it, decoded. Personal data: it lives in
 * the session and on the screen only, never in logs, and is wiped when the session ends.
 */
export const idCardSchema = z
  .object({
    /** "resident" 居民身份证; "hkMacauTaiwan" 港澳台居民居住证 (same layout, extra fields ignored). */
    cardType: z.enum(['resident', 'hkMacauTaiwan']),
    name: z.string().min(1).max(30),
    gender: z.enum(['男', '女', '未知']),
    /** 民族 name ("汉"), from the two-digit code on the card. */
    nation: z.string().max(20),
    /** YYYYMMDD. */
    birthDate: z.string().regex(/^\d{8}$/),
    address: z.string().max(70),
    idNumber: z.string().regex(/^\d{17}[\dX]$/),
    issuingAuthority: z.string().max(30),
    /** YYYYMMDD. */
    validFrom: z.string().regex(/^\d{8}$/),
    /** YYYYMMDD or 长期. */
    validTo: z.string().regex(/^(\d{8}|长期)$/),
    /** The card photo, when a WLT decoder plug-in is configured; absent otherwise (not an error). */
    photo: z
      .object({ mime: z.enum(['image/bmp', 'image/png']), base64: z.string().max(200_000) })
      .strict()
      .optional(),
  })
  .strict();
export type IdCard = z.infer<typeof idCardSchema>;

/** GB/T 3304 民族 codes as written on the card (01–56), plus 97 其他 and 98 外国血统中国籍人士. */
export const nationNames: Readonly<Record<string, string>> = {
  '01': '汉',
  '02': '蒙古',
  '03': '回',
  '04': '藏',
  '05': '维吾尔',
  '06': '苗',
  '07': '彝',
  '08': '壮',
  '09': '布依',
  '10': '朝鲜',
  '11': '满',
  '12': '侗',
  '13': '瑶',
  '14': '白',
  '15': '土家',
  '16': '哈尼',
  '17': '哈萨克',
  '18': '傣',
  '19': '黎',
  '20': '傈僳',
  '21': '佤',
  '22': '畲',
  '23': '高山',
  '24': '拉祜',
  '25': '水',
  '26': '东乡',
  '27': '纳西',
  '28': '景颇',
  '29': '柯尔克孜',
  '30': '土',
  '31': '达斡尔',
  '32': '仫佬',
  '33': '羌',
  '34': '布朗',
  '35': '撒拉',
  '36': '毛南',
  '37': '仡佬',
  '38': '锡伯',
  '39': '阿昌',
  '40': '普米',
  '41': '塔吉克',
  '42': '怒',
  '43': '乌孜别克',
  '44': '俄罗斯',
  '45': '鄂温克',
  '46': '德昂',
  '47': '保安',
  '48': '裕固',
  '49': '京',
  '50': '塔塔尔',
  '51': '独龙',
  '52': '鄂伦春',
  '53': '赫哲',
  '54': '门巴',
  '55': '珞巴',
  '56': '基诺',
  '97': '其他',
  '98': '外国血统中国籍人士',
};

export function nationName(code: string): string | undefined {
  return nationNames[code];
}

export function nationCode(name: string): string | undefined {
  return Object.entries(nationNames).find(([, n]) => n === name)?.[0];
}
