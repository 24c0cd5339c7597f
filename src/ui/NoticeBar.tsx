import { useEffect } from "react";

interface NoticeBarProps {
  message: string;
  undoLabel?: string | undefined;
  dismissLabel: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** Hides itself after this long; long enough to reach the Undo button by keyboard. */
  timeoutMs?: number;
}

/** A polite live-region notice at the bottom of the window, with an optional Undo. */
export function NoticeBar({
  message,
  undoLabel,
  dismissLabel,
  onUndo,
  onDismiss,
  timeoutMs = 10000,
}: NoticeBarProps) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, timeoutMs);
    return () => window.clearTimeout(timer);
  }, [onDismiss, timeoutMs]);
  return (
    <div className="notice" role="status" aria-live="polite">
      <span>{message}</span>
      {undoLabel && (
        <button type="button" className="button" onClick={onUndo}>
          {undoLabel}
        </button>
      )}
      <button type="button" className="button quiet" onClick={onDismiss} aria-label={dismissLabel}>
        ×
      </button>
    </div>
  );
}

interface BusyNoticeProps {
  message: string;
  cancelLabel: string;
  onCancel: () => void;
}

/** A notice for work under way in the background, with Cancel; it stays until the work ends. */
export function BusyNotice({ message, cancelLabel, onCancel }: BusyNoticeProps) {
  return (
    <div className="notice" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
