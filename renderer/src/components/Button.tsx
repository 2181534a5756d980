import type { ButtonHTMLAttributes, ReactNode } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary' | 'tile';
  readonly icon?: ReactNode;
}

/** The one button of the kiosk: at least one touch target tall and wide, visible focus, never colour alone. */
export function Button({ variant = 'secondary', icon, children, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={['k-button', `k-button--${variant}`, className].filter(Boolean).join(' ')} {...rest}>
      {icon ? (
        <span className="k-button__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="k-button__label">{children}</span>
    </button>
  );
}
