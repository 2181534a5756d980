/** Texts of 耗材. Both languages in one place; texts.test.ts checks they have the same keys. */
export const consumablesTexts = {
  'zh-CN': {
    consumables: {
      nav: '耗材',
      heading: '耗材',
      media: { A4: 'A4纸（文件打印机）', receipt80: '凭条纸卷（凭条打印机）' },
      left: {
        pages: '剩余约 {{remaining}} 张 / 共 {{capacity}} 张（{{percent}}%）',
        mm: '剩余约 {{remaining}} 米 / 共 {{capacity}} 米（{{percent}}%）',
      },
      used: {
        pages: '换纸后已打印 {{used}} 张',
        mm: '换纸后已用 {{used}} 米',
      },
      level: { ok: '充足', low: '将用完', out: '已用完' },
      levelFrom: { count: '按打印计数', printer: '打印机报告', both: '打印计数与打印机报告' },
      warning: {
        low: '{{media}}将用完，请尽快补充',
        out: '{{media}}已用完，请立即补充后点击“已换纸”',
      },
      refilledAt: '上次换纸：{{time}}（{{who}}）',
      neverRefilled: '尚未记录换纸',
      printer: {
        heading: '打印机报告',
        paper: '纸张传感器：{{state}}',
        paperState: { full: '正常', low: '将尽', out: '缺纸', jammed: '卡纸', unknown: '未知' },
        markers: '墨粉/耗材：{{list}}',
        markerLevel: { unknown: '未知', some: '尚有余量' },
        reasons: '打印机状态：{{list}}',
        note: {
          reported: '打印机报告了耗材余量',
          noMarkers: '打印机不报告墨粉余量',
          unreachable: '无法查询打印服务',
          notSpooler: '此打印机只报告纸张传感器',
          notConfigured: '本机未配置此打印机',
        },
      },
      refill: '已换纸',
      refilled: '已记录换纸：{{media}}',
      failed: '未能完成：{{code}}',
    },
  },
  en: {
    consumables: {
      nav: 'Consumables',
      heading: 'Consumables',
      media: { A4: 'A4 paper (document printer)', receipt80: 'Receipt roll (receipt printer)' },
      left: {
        pages: 'About {{remaining}} of {{capacity}} sheets left ({{percent}}%)',
        mm: 'About {{remaining}} of {{capacity}} m left ({{percent}}%)',
      },
      used: {
        pages: '{{used}} sheets printed since the last refill',
        mm: '{{used}} m used since the last refill',
      },
      level: { ok: 'Enough', low: 'Running low', out: 'Empty' },
      levelFrom: { count: 'from the print count', printer: 'reported by the printer', both: 'count and printer agree' },
      warning: {
        low: '{{media}} is running low: refill soon',
        out: '{{media}} is empty: refill it, then touch “Refilled”',
      },
      refilledAt: 'Last refill: {{time}} ({{who}})',
      neverRefilled: 'No refill recorded yet',
      printer: {
        heading: 'Printer report',
        paper: 'Paper sensor: {{state}}',
        paperState: { full: 'OK', low: 'near end', out: 'out', jammed: 'jammed', unknown: 'unknown' },
        markers: 'Toner / supplies: {{list}}',
        markerLevel: { unknown: 'unknown', some: 'some left' },
        reasons: 'Printer state: {{list}}',
        note: {
          reported: 'The printer reports its supply levels',
          noMarkers: 'The printer does not report supply levels',
          unreachable: 'The print service cannot be asked',
          notSpooler: 'This printer reports its paper sensor only',
          notConfigured: 'This printer is not configured on this kiosk',
        },
      },
      refill: 'Refilled',
      refilled: 'Refill recorded: {{media}}',
      failed: 'Not completed: {{code}}',
    },
  },
};
