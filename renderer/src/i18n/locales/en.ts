import type { Messages } from './zh-CN.js';

export const en: Messages = {
  app: {
    title: 'Government Self-Service Kiosk',
    subtitle: 'Open 24 hours, 7 days a week',
    loading: 'Starting, please wait…',
    backendDown: 'This machine cannot reach its services right now. Please try again later or visit a service counter.',
  },
  home: {
    greeting: 'Hello. What would you like to do?',
    search: 'Search services',
    byDepartment: 'By department',
    byLifeEvent: 'By life event',
    packages: 'One-stop packages',
    printLicense: 'Print licenses',
    progress: 'Track an application',
    evaluation: 'Rate our service',
    complaint: 'Complaints and suggestions',
    itemsCount: '{{count}} services available on this machine',
  },
  settings: {
    language: 'Language',
    switchToEnglish: 'English',
    switchToChinese: '中文',
    seniorMode: 'Senior mode',
    seniorModeOn: 'Senior mode: on',
    voice: 'Voice',
    textSize: 'Text size',
    contrast: 'Contrast',
  },
  errors: {
    unavailable: 'Service temporarily unavailable',
    tryAgain: 'Please try again later or visit a service counter.',
  },
};
