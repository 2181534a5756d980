import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { useLocalized } from '../../../i18n/use-localized.js';

/** A step this kiosk cannot run: say so plainly and point to the counter. Never a blank or broken page. */
export function UnavailableScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <ScreenLayout
      screenId="unavailable"
      title={t('errors.unavailable')}
      caption={l(flow.target.name)}
      onBack={flow.back}
      onHome={flow.home}
    >
      <Notice tone="warning" title={t('errors.unavailable')}>
        <p>{t('errors.tryAgain')}</p>
      </Notice>
    </ScreenLayout>
  );
}
