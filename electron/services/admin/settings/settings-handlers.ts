import { err } from '../../../../shared/result.js';
import type { Handlers } from '../../../rpc/handlers.js';
import { guarded } from '../admin-guard.js';
import type { AdminDependencies, AdminServices } from '../admin-services.js';
import { siteSettingsFor } from './site-settings.js';

/** 管理员: the settings page's calls (shared/contract/admin-settings.ts). Every change and reset is audited by key. */
export function createSettingsHandlers(
  admin: AdminServices,
  deps: AdminDependencies,
): Pick<Handlers, 'admin.settings.get' | 'admin.settings.set' | 'admin.settings.reset'> {
  const site = () => siteSettingsFor(deps);
  return {
    'admin.settings.get': guarded<'admin.settings.get'>(admin.auth, 'administrator', () => ({
      ok: true,
      value: site().settings.view(),
    })),
    'admin.settings.set': guarded<'admin.settings.set'>(admin.auth, 'administrator', ({ key, valueJson }, session) => {
      let value: unknown;
      try {
        value = JSON.parse(valueJson);
      } catch {
        return err('settingInvalid', `${key}: the value is not JSON`);
      }
      return site().settings.set(key, value, session.enrolmentId);
    }),
    'admin.settings.reset': guarded<'admin.settings.reset'>(admin.auth, 'administrator', ({ key }, session) =>
      site().settings.reset(key, session.enrolmentId),
    ),
  };
}
