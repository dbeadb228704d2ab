import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly description?: string;
}

/**
 * Modal native <dialog>: showModal traps focus and makes the rest inert, Escape closes, and
 * focus returns to the control that opened it.
 */
export function Dialog({ open, title, onClose, children, className, description }: DialogProps) {
  const { t } = useTranslation("editor");
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const headingId = useId();
  const descId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      opener.current = document.activeElement;
      el.showModal();
      // React's autoFocus runs before showModal, which then focuses the first control; honour the intent.
      el.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && el.open) {
      el.close();
    }
  }, [open]);
  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el?.open) el.close();
    };
  }, []);
  const handleClose = () => {
    const back = opener.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    if (open) onClose();
  };
  return (
    <dialog
      ref={ref}
      className={`editor-dialog ${className ?? ""}`}
      aria-labelledby={headingId}
      aria-describedby={description ? descId : undefined}
      onClose={handleClose}
    >
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={headingId}>{title}</h2>
            <button
              type="button"
              className="dialog-x"
              onClick={() => ref.current?.close()}
              aria-label={t("common.close")}
            >
              ×
            </button>
          </div>
          {description && (
            <p id={descId} className="dialog-desc">
              {description}
            </p>
          )}
          {children}
        </>
      )}
    </dialog>
  );
}
