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
        <OptionGroup
          legend={t('settings.textSize')}
          hidden={senior}
          options={textSizes.map((size) => ({
            key: size,
            label: t(`settings.textSizes.${size}`),
            data: { 'data-text-size': size },
            selected: size === textSize,
            choose: () => onChange({ textSize: size }),
          }))}
        />
        <OptionGroup
          legend={t('settings.contrast')}
          hidden={false}
          options={contrastThemes.map((theme) => ({
            key: theme,
            label: t(`settings.contrasts.${theme}`),
            data: { 'data-contrast': theme },
            selected: theme === contrast,
            choose: () => onChange({ contrast: theme }),
          }))}
        />
      </Dialog>
    </>
  );
}

interface Option {
  readonly key: string;
  readonly label: string;
  readonly data: Record<`data-${string}`, string>;
  readonly selected: boolean;
  readonly choose: () => void;
}

/** One group of choices: pressed buttons under a legend, the chosen one marked (aria-pressed) and outlined. */
function OptionGroup({ legend, hidden, options }: { legend: string; hidden: boolean; options: readonly Option[] }) {
  return (
    <fieldset className="k-display-group" hidden={hidden}>
      <legend>{legend}</legend>
      <div className="k-display-group__options">
        {options.map((option) => (
          <Button
            key={option.key}
            className="k-display-option"
            {...option.data}
            aria-pressed={option.selected}
            onClick={option.choose}
          >
            {option.label}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}
