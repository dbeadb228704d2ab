import { useEffect, useId, useRef, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMap } from "./hooks/storeContext";
import { MapsDialog } from "./maps/MapsDialog";
import { SaveStatus } from "./maps/SaveStatus";

/** The Maps button (opens the list of saved maps in a modal dialog) and the save status. */
export function MapsMenu() {
  const { t } = useTranslation("editor-core");
  const open = useMap((s) => s.dialogs.mapsOpen);
  const setOpen = useMap((s) => s.setMapsDialogOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || typeof dialog.showModal !== "function") return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      dialog.close();
      buttonRef.current?.focus();
    }
  }, [open]);

  // React passes a nested dialog's close event up its tree (the backup dialog): only our own closes us.
  const onDialogClose = (e: SyntheticEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) setOpen(false);
  };

  return (
    <div className="maps-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t("maps.buttonHint")}
        onClick={() => setOpen(true)}
      >
        {t("maps.button")}
      </button>
      <SaveStatus />
      <dialog ref={dialogRef} className="maps-dialog" aria-labelledby={headingId} onClose={onDialogClose}>
        {open && <MapsDialog headingId={headingId} onClose={() => setOpen(false)} />}
      </dialog>
    </div>
  );
}
