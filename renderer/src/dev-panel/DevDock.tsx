import { useState } from 'react';
import type { KioskClient } from '../../../shared/kiosk-client.js';
import { SimulatorPanel } from './SimulatorPanel.js';
import './DevDock.css';

/**
 * Developer mode only (never on a deployed machine): a tab on the screen's edge that opens the simulator
 * panel over the kiosk, as VotingWorks' dev-dock does. It lives outside the citizen's session, so a wipe
 * leaves it alone and it never appears in what a citizen's screen contains.
 */
export function DevDock({ client, locale }: { client: KioskClient; locale: 'zh-CN' | 'en' }) {
  const [open, setOpen] = useState(false);
  return (
    <aside className={open ? 'k-dev-dock k-dev-dock--open' : 'k-dev-dock'} aria-label="Developer tools" data-dev-dock>
      <button type="button" className="k-dev-dock__tab" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? '× 关闭' : '⚙ 模拟器'}
      </button>
      {open ? (
        <div className="k-dev-dock__panel">
          <SimulatorPanel client={client} locale={locale} />
        </div>
      ) : null}
    </aside>
  );
}
