import { Type } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContrastTheme } from '../theme/contrast-themes.js';
import { contrastThemes } from '../theme/contrast-themes.js';
import type { TextSize } from '../theme/tokens.js';
import { textSizes } from '../theme/tokens.js';
import { Button } from './Button.js';
import { Dialog } from './Dialog.js';
import './DisplaySettings.css';

/**
 * 字号与颜色 in the header of every page of a session (issue 10): four text sizes and three colour themes, each
 * shown in its own size and colours and applied at once, so the citizen sees the choice before closing. Like
 * every preference it lasts for this citizen only (the wipe restores the defaults).
 */
export function DisplaySettings({
  textSize,
  contrast,
  senior,
  onChange,
}: {
  textSize: TextSize;
  /** 长辈模式 sets the largest text itself: only the colours are offered then. */
  senior: boolean;
  contrast: ContrastTheme;
  onChange: (change: { textSize?: TextSize; contrast?: ContrastTheme }) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className="k-display-toggle"
        data-action="display"
        onClick={() => setOpen(true)}
        icon={<Type className="k-icon" />}
      >
        {t('settings.display')}
      </Button>
      <Dialog
        open={open}
        dialogId="display"
        title={t('settings.display')}
        onDismiss={() => setOpen(false)}
        actions={
          <Button variant="primary" data-action="done" onClick={() => setOpen(false)}>
            {t('settings.done')}
          </Button>
        }
      >
        <fieldset className="k-display-group" hidden={senior}>
          <legend>{t('settings.textSize')}</legend>
          <div className="k-display-group__options">
            {textSizes.map((size) => (
              <Button
                key={size}
                className={`k-display-option k-display-option--size-${size}`}
                data-text-size={size}
                aria-pressed={size === textSize}
                onClick={() => onChange({ textSize: size })}
              >
                {t(`settings.textSizes.${size}`)}
              </Button>
            ))}
          </div>
        </fieldset>
        <fieldset className="k-display-group">
          <legend>{t('settings.contrast')}</legend>
          <div className="k-display-group__options">
            {contrastThemes.map((theme) => (
              <Button
                key={theme}
                className={`k-display-option k-display-option--theme-${theme}`}
                data-contrast={theme}
                aria-pressed={theme === contrast}
                onClick={() => onChange({ contrast: theme })}
              >
                {t(`settings.contrasts.${theme}`)}
              </Button>
            ))}
          </div>
        </fieldset>
      </Dialog>
    </>
  );
}
