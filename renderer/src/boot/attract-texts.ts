/**
 * The attract screen's words, kept apart from the locales so the boot screen can show them before i18next,
 * zod and the catalog have loaded (renderer/src/boot.tsx). The locales take their `attract` texts from here.
 */
export const attractTexts = {
  'zh-CN': {
    title: '政务服务自助终端',
    touchToStart: '点击屏幕开始',
    touchToStartEn: 'Touch the screen to start',
    headline: '社保、医保、公积金、营业执照、缴费、预约……',
    subline: '无需排队，自助办理',
    seniorHint: '老年朋友可选择“长辈模式”，字更大、步骤更少',
  },
  en: {
    title: 'Government Self-Service Kiosk',
    touchToStart: '点击屏幕开始',
    touchToStartEn: 'Touch the screen to start',
    headline: 'Social insurance, medical insurance, housing fund, business licenses, bills, appointments…',
    subline: 'No queue: do it yourself, any time',
    seniorHint: 'Older visitors can choose Senior mode: larger text, fewer steps',
  },
} as const;
