"use client";
// A modal confirmation (the browser's <dialog>): says what will happen, waits for Confirm or Cancel; Escape cancels.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  pending,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useTranslations("change");
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId} onCancel={onCancel} onClose={() => open && onCancel()}>
      <h2 id={titleId}>{title}</h2>
      <div className="body">{children}</div>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
        <button type="button" className={danger ? "danger" : "primary"} onClick={onConfirm} disabled={pending}>
          {pending ? t("working") : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
