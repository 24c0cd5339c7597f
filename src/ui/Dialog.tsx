import { type ReactNode, useEffect, useId, useRef } from "react";

interface DialogProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** The footer's buttons. */
  actions: ReactNode;
  className?: string;
}

/**
 * A modal built on <dialog>: the browser traps focus, Escape closes it, and focus returns to
 * where it was.
 */
export function Dialog({ title, children, onClose, actions, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ""}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
