/** Simplified Chinese, the kiosk's default language. Keys are shared with en.ts (checked by a test). */
export const zhCN = {
  app: {
    title: '政务服务自助终端',
    subtitle: '7×24小时 自助办理',
    loading: '正在启动，请稍候…',
    backendDown: '本机暂时无法连接后台服务，请稍后再试或前往服务窗口办理。',
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
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
