import { useTranslation } from "react-i18next";
import { useMap } from "../hooks/storeContext";
import { GrowthDialog } from "./GrowthDialog";

/** The header's Progress button and the dialog it opens (on the snapshots tab). */
export function GrowthButton() {
  const { t } = useTranslation("growth");
  const setTab = useMap((s) => s.setGrowthTab);
  return (
    <>
      <button
        type="button"
        className="growth-button"
        aria-haspopup="dialog"
        title={t("buttonHint")}
        onClick={() => setTab("snapshots")}
      >
        {t("button")}
      </button>
      <GrowthDialog />
    </>
  );
}
