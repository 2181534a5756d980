import { useTranslation } from 'react-i18next';
import { useNavigator } from '../../app/navigator.js';
import type { SessionRoute } from '../../app/session-route.js';
import { Notice } from '../../components/Notice.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';

/** The kiosk's own services (progress lookup, evaluation, complaints). Until one is available here, say so plainly. */
export function ServiceScreen({ route }: { route: Extract<SessionRoute, { name: 'progress' | 'evaluate' | 'complaint' }> }) {
  const { t } = useTranslation();
  const navigator = useNavigator();
  return (
    <ScreenLayout screenId={route.name} title={t('errors.unavailable')} onBack={navigator.back} onHome={navigator.home}>
      <Notice tone="warning" title={t('errors.unavailable')}>
        <p>{t('errors.tryAgain')}</p>
      </Notice>
    </ScreenLayout>
  );
}
