import { AlertTriangle, CheckCircle2, Info } from 'lucide-react';
import type { ReactNode } from 'react';
import './Notice.css';

export type NoticeTone = 'info' | 'warning' | 'success';

const icons = { info: Info, warning: AlertTriangle, success: CheckCircle2 } as const;

/** A boxed message with an icon and a tone; the icon and the border carry the tone, not colour alone. */
export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
}) {
  const Icon = icons[tone];
  return (
    <div className={`k-notice k-notice--${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      <Icon className="k-icon k-notice__icon" aria-hidden="true" />
      <div className="k-notice__text">
        {title ? <p className="k-notice__title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
