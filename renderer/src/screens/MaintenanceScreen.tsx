import { Clock, Globe, MapPin, Phone, Wrench } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ContactConfig } from '../../../shared/config/kiosk-config.js';
import type { SignInMode } from '../admin/shell/SignInScreen.js';
import { Button } from '../components/Button.js';
import { useKiosk } from '../context/kiosk-context.js';
import { useCardOnReader } from './attract/use-card-on-reader.js';
import { useCornerGesture } from './attract/use-corner-gesture.js';
import './MaintenanceScreen.css';

/** Both languages at once: a passer-by reads whichever is theirs, nobody has to switch. */
const words = {
  headline: { zh: '本机正在维护', en: 'This machine is under maintenance' },
  body: {
    zh: '暂时不能办理业务，给您带来不便，敬请谅解。您可以通过以下方式办理：',
    en: 'No service can be started here for now; we are sorry. You can still be served:',
  },
  backAt: { zh: '预计恢复时间', en: 'Expected back at' },
  address: { zh: '本大厅', en: 'This hall' },
  phone: { zh: '咨询电话', en: 'Phone' },
  nearbyHall: { zh: '附近大厅', en: 'Nearby hall' },
  online: { zh: '网上办理', en: 'Online' },
  serviceHours: { zh: '窗口时间', en: 'Counter hours' },
  fallback: {
    zh: '请到服务窗口办理，或拨打 12345 政务服务便民热线。',
    en: 'Please go to a service counter, or call the 12345 government service hotline.',
  },
  technician: { zh: '技术员登录', en: 'Technician sign-in' },
  technicianHint: { zh: '已识别技术员证件', en: 'A technician’s card is on the reader' },
} as const;

function Channel({
  icon,
  label,
  children,
}: {
  icon: ReactNode;
  label: { zh: string; en: string };
  children: ReactNode;
}) {
  return (
    <li className="k-maintenance__channel">
      <span className="k-maintenance__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="k-maintenance__label">
        {label.zh} <span lang="en">{label.en}</span>
      </span>
      <span className="k-maintenance__value">{children}</span>
    </li>
  );
}

function Both({ text }: { text: { 'zh-CN': string; en: string } }) {
  return (
    <>
      <span className="k-maintenance__zh">{text['zh-CN']}</span>
      <span className="k-maintenance__en" lang="en">
        {text.en}
      </span>
    </>
  );
}

function channels(contact: ContactConfig) {
  const out: ReactNode[] = [];
  if (contact.address)
    out.push(
      <Channel key="address" icon={<MapPin className="k-icon" />} label={words.address}>
        <Both text={contact.address} />
      </Channel>,
    );
  if (contact.phone)
    out.push(
      <Channel key="phone" icon={<Phone className="k-icon" />} label={words.phone}>
        <span className="k-maintenance__phone" data-contact="phone">
          {contact.phone}
        </span>
      </Channel>,
    );
  if (contact.nearbyHall)
    out.push(
      <Channel key="nearby" icon={<MapPin className="k-icon" />} label={words.nearbyHall}>
        <Both text={contact.nearbyHall} />
      </Channel>,
    );
  if (contact.online)
    out.push(
      <Channel key="online" icon={<Globe className="k-icon" />} label={words.online}>
        <Both text={contact.online} />
      </Channel>,
    );
  if (contact.serviceHours)
    out.push(
      <Channel key="hours" icon={<Clock className="k-icon" />} label={words.serviceHours}>
        <Both text={contact.serviceHours} />
      </Channel>,
    );
  return out;
}

/**
 * Maintenance mode (set on the console): shown instead of the attract screen. Nothing here starts a session;
 * it says where else to go, in both languages. An enrolled technician's card still offers the console, and the
 * corner gesture opens the one-time-code sign-in, exactly as on the attract screen.
 */
export function MaintenanceScreen({ onTechnician }: { onTechnician: (mode: SignInMode) => void }) {
  const { config } = useKiosk();
  const card = useCardOnReader();
  const cornerTap = useCornerGesture(() => onTechnician({ via: 'code' }));
  const until = config.maintenance?.until;
  const time = until
    ? new Date(until).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false })
    : undefined;
  const list = channels(config.contact);

  return (
    <main className="k-maintenance" data-screen="maintenance" aria-labelledby="k-maintenance-title">
      <div className="k-maintenance__corner" aria-hidden="true" data-gesture="code-sign-in" onPointerDown={cornerTap} />
      <div className="k-maintenance__intro">
        <p className="k-maintenance__site">
          <Both text={config.siteName} />
        </p>
        <Wrench className="k-maintenance__mark" aria-hidden="true" />
        <h1 id="k-maintenance-title" className="k-maintenance__headline">
          {words.headline.zh}
          <span lang="en">{words.headline.en}</span>
        </h1>
        {time ? (
          <p className="k-maintenance__until" data-until={until}>
            {words.backAt.zh} {time}{' '}
            <span lang="en">
              {words.backAt.en} {time}
            </span>
          </p>
        ) : null}
        <p className="k-maintenance__body">
          {words.body.zh}
          <span lang="en">{words.body.en}</span>
        </p>
      </div>
      <div className="k-maintenance__ways">
        {list.length > 0 ? (
          <ul className="k-maintenance__channels" role="list">
            {list}
          </ul>
        ) : (
          <p className="k-maintenance__body">
            {words.fallback.zh}
            <span lang="en">{words.fallback.en}</span>
          </p>
        )}
        {card.kind === 'technician' ? (
          <div className="k-maintenance__technician" data-card="technician">
            <p>
              {words.technicianHint.zh} <span lang="en">{words.technicianHint.en}</span> · {card.maskedName}
            </p>
            <Button
              variant="primary"
              data-action="technician-sign-in"
              onClick={() =>
                onTechnician({
                  via: 'card',
                  enrolmentId: card.enrolmentId,
                  maskedName: card.maskedName,
                  ...(card.lockedUntil ? { lockedUntil: card.lockedUntil } : {}),
                })
              }
            >
              {words.technician.zh} <span lang="en">{words.technician.en}</span>
            </Button>
          </div>
        ) : null}
      </div>
    </main>
  );
}
