import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/config/kiosk-config.js';
import { Button } from './Button.js';

/** Offers the other language, written in that language, so a visitor who cannot read the current one finds it. */
export function LanguageSwitch({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const target: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      className="k-language-switch"
      lang={target}
      aria-label={target === 'en' ? 'Switch to English' : '切换到中文'}
      onClick={() => onChange(target)}
      icon={<Languages className="k-icon" />}
    >
      {target === 'en' ? t('settings.switchToEnglish') : t('settings.switchToChinese')}
    </Button>
  );
}
