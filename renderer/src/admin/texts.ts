import { shellTexts } from './shell/shell-texts.js';
import { statusTexts } from './status/status-texts.js';
import { diagnosticsTexts } from './diagnostics/diagnostics-texts.js';
import { systemTexts } from './system/system-texts.js';
import { checksTexts } from './checks/checks-texts.js';
import { consumablesTexts } from './consumables/consumables-texts.js';
import { settingsTexts } from './settings/settings-texts.js';
import { maintenanceTexts } from './maintenance/maintenance-texts.js';
import { statisticsTexts } from './statistics/statistics-texts.js';

/**
 * The console's texts, under the i18next key `admin`. Each page keeps its texts beside it, in both languages
 * in one file, and adds one line here; texts.test.ts checks both languages have the same keys.
 */
export const adminTexts = {
  'zh-CN': {
    ...shellTexts['zh-CN'],
    ...statusTexts['zh-CN'],
    ...diagnosticsTexts['zh-CN'],
    ...systemTexts['zh-CN'],
    ...checksTexts['zh-CN'],
    ...consumablesTexts['zh-CN'],
    ...settingsTexts['zh-CN'],
    ...maintenanceTexts['zh-CN'],
    ...statisticsTexts['zh-CN'],
  },
  en: {
    ...shellTexts.en,
    ...statusTexts.en,
    ...diagnosticsTexts.en,
    ...systemTexts.en,
    ...checksTexts.en,
    ...consumablesTexts.en,
    ...settingsTexts.en,
    ...maintenanceTexts.en,
    ...statisticsTexts.en,
  },
};
