import { en } from '../i18n/locales/en.js';
import { zhCN } from '../i18n/locales/zh-CN.js';

/**
 * The kiosk has no configuration it may serve with (fail closed): both languages for the citizen, and the
 * reason for the technician (not the kiosk id: without a configuration it would be the demo's). Shown instead of the attract screen; nothing else runs.
 */
export function OutOfServiceScreen({ reason }: { reason: string }) {
  return (
    <main className="k-backend-down k-out-of-service" role="alert" data-screen="out-of-service">
      <h1>{zhCN.app.outOfService}</h1>
      <p>{zhCN.app.outOfServiceBody}</p>
      <h2 lang="en">{en.app.outOfService}</h2>
      <p lang="en">{en.app.outOfServiceBody}</p>
      <p className="k-out-of-service__technician" data-reason>
        {zhCN.app.outOfServiceTechnician} <span lang="en">{en.app.outOfServiceTechnician}</span> {reason}
      </p>
    </main>
  );
}
