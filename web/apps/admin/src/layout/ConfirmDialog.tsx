// A destructive or far-reaching action asks first: a modal <dialog> (the browser traps focus in it, Escape
// cancels, focus returns to the button that opened it) naming what will happen, with the action's own verb
// on the confirming button ("Drop the letter", not "OK").

import { Button } from "@vuga/ui";
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";

export interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

/** Rendered only while asking: mounting it opens it, and either answer unmounts it. */
export function ConfirmDialog({ title, confirmLabel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="admin-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // Escape: the parent unmounts it, so the state stays the one truth
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div class="admin-dialog__body">{children}</div>
      <div class="admin-dialog__actions">
        <Button onClick={onConfirm}>{confirmLabel}</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </dialog>
  );
}
