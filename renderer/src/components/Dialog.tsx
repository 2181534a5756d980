import { type ReactNode, useEffect, useRef } from 'react';
import './Dialog.css';

export interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly actions: ReactNode;
  /** Called when the platform asks to close (Escape on a keypad); omit to make the dialog insist on an answer. */
  readonly onDismiss?: () => void;
  readonly dialogId: string;
}

/**
 * A modal built on the native <dialog>: the browser makes the rest of the page inert and keeps focus inside,
 * which is what a keypad user needs, without a library.
 */
export function Dialog({ open, title, children, actions, onDismiss, dialogId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="k-dialog"
      aria-labelledby={`${dialogId}-title`}
      data-dialog={dialogId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss?.();
      }}
    >
      <h2 id={`${dialogId}-title`} className="k-dialog__title">
        {title}
      </h2>
      <div className="k-dialog__body">{children}</div>
      <div className="k-dialog__actions">{actions}</div>
    </dialog>
  );
}
