import type { SessionRoute } from '../../context/session-route.js';
import { ComplaintScreen } from './ComplaintScreen.js';
import { EvaluateScreen } from './EvaluateScreen.js';
import { ProgressScreen } from './ProgressScreen.js';

/** The kiosk's own services, reached from the home screen: 办件进度查询, 好差评 and 投诉建议. */
export function ServiceScreen({
  route,
}: {
  route: Extract<SessionRoute, { name: 'progress' | 'evaluate' | 'complaint' }>;
}) {
  switch (route.name) {
    case 'progress':
      return <ProgressScreen />;
    case 'evaluate':
      return <EvaluateScreen />;
    case 'complaint':
      return <ComplaintScreen />;
  }
}
