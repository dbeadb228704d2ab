import { useTranslation } from "react-i18next";
import { useMap } from "../hooks/storeContext";
import { HelpDialog } from "./HelpDialog";

/** The header's Help button and the help page it opens. */
export function HelpButton() {
  const { t } = useTranslation("help");
  const open = useMap((s) => s.dialogs.helpOpen);
  const setOpen = useMap((s) => s.setHelpOpen);
  return (
    <>
      <button
        type="button"
        className="help-button"
        aria-haspopup="dialog"
        title={t("buttonHint")}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">? </span>
        {t("button")}
      </button>
      <HelpDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
