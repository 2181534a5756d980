/** Simplified Chinese, the kiosk's default language. Keys are shared with en.ts (checked by a test). */
export const zhCN = {
  app: {
    title: '政务服务自助终端',
    subtitle: '7×24小时 自助办理',
    loading: '正在启动，请稍候…',
    backendDown: '本机暂时无法连接后台服务，请稍后再试或前往服务窗口办理。',
  },
  attract: {
    touchToStart: '点击屏幕开始',
    touchToStartEn: 'Touch the screen to start',
    headline: '社保、医保、公积金、营业执照、缴费、预约……',
    subline: '无需排队，自助办理',
    seniorHint: '老年朋友可选择“长辈模式”，字更大、步骤更少',
  },
  home: {
    greeting: '您好，请选择要办理的事项',
    search: '搜索事项',
    byDepartment: '按部门找',
    byLifeEvent: '按人生事件找',
    packages: '一件事一次办',
    printLicense: '证照打印',
    progress: '办件进度查询',
    evaluation: '好差评',
    complaint: '投诉建议',
    itemsCount: '本机可办理 {{count}} 项业务',
  },
  settings: {
    language: '语言',
    switchToEnglish: 'English',
    switchToChinese: '中文',
    seniorMode: '长辈模式',
    seniorModeOn: '长辈模式：开',
    voice: '语音播报',
    textSize: '字号',
    contrast: '对比度',
  },
  errors: {
    unavailable: '服务暂时不可用',
    tryAgain: '请稍后再试，或前往服务窗口办理。',
    summaryTitle: '存在问题',
  },
  common: {
    back: '返回',
    continue: '继续',
    home: '首页',
    cancel: '取消',
    confirm: '确定',
    close: '关闭',
    optional: '（选填）',
    change: '修改',
    done: '完成',
    retry: '重试',
    stepOf: '第 {{step}} 步，共 {{total}} 步',
  },
  pager: {
    previous: '上一页',
    next: '下一页',
    pageOf: '第 {{page}} 页，共 {{pages}} 页',
  },
  keypad: {
    backspace: '删除',
    clear: '清空',
    label: '数字键盘',
  },
  keyboard: {
    candidates: '候选字',
    space: '空格',
    spaceChoose: '空格（选第一个字）',
    symbols: '数字符号',
    letters: '字母',
    toEnglish: '英文',
    toPinyin: '拼音',
  },
  idle: {
    title: '您还在办理吗？',
    body: '如果没有操作，{{seconds}} 秒后将结束办理并清除您的信息。',
    continue: '继续办理',
    spoken: '您还在办理吗？如需继续，请点击继续办理。',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
