import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ExportDialog } from "../ExportDialog";
import { ImportDialog } from "../ImportDialog";
import { ReportDialog } from "../report/ReportDialog";
import { ShareDialog } from "../share/ShareDialog";
import { useMap } from "../hooks/storeContext";
import "./io.css";

/**
 * The Import / Export button pair with both dialogs. While mounted, a file dropped anywhere on
 * the page opens the import dialog with it. Mount once, e.g. in the header toolbar.
 */
export function ImportExportButtons() {
  const { t } = useTranslation("io");
  const { t: tr } = useTranslation("report");
  const [open, setOpen] = useState<"import" | "export" | "share" | null>(null);
  // The report is opened from here and from the Maps dialog's "End session": its state is shared.
  const reportOpen = useMap((s) => s.dialogs.reportOpen);
  const setReportOpen = useMap((s) => s.setReportOpen);
  const openImport = useCallback(() => setOpen("import"), []);
  const close = useCallback(() => setOpen(null), []);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={openImport}>
        {t("buttons.import")}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen("export")}>
        {t("buttons.export")}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setReportOpen(true)}>
        {tr("button")}
      </button>
      <ImportDialog open={open === "import"} onClose={close} onDropFile={openImport} />
      <ExportDialog open={open === "export"} onClose={close} onShareLink={() => setOpen("share")} />
      <ShareDialog open={open === "share"} onClose={close} onExportFile={() => setOpen("export")} />
      <ReportDialog open={reportOpen} onClose={() => setReportOpen(false)} />
    </>
  );
}
