import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../editor/Dialog";
import { ExportBackupForm } from "./ExportBackupForm";
import { RestoreBackupForm } from "./RestoreBackupForm";
import "./backup.css";

type Mode = "export" | "restore" | null;

/** "Encrypted backup…" and "Restore backup…" in the Maps dialog, each opening its own small dialog. */
export function BackupButtons() {
  const { t } = useTranslation("backup");
  const [mode, setMode] = useState<Mode>(null);
  return (
    <div className="backup-buttons">
      <button type="button" aria-haspopup="dialog" onClick={() => setMode("export")}>
        {t("exportButton")}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setMode("restore")}>
        {t("restoreButton")}
      </button>
      <Dialog
        open={mode !== null}
        title={mode === "restore" ? t("restore.title") : t("export.title")}
        description={mode === "restore" ? t("restore.intro") : t("export.intro")}
        onClose={() => setMode(null)}
        className="backup-dialog"
      >
        {mode === "export" && <ExportBackupForm />}
        {mode === "restore" && <RestoreBackupForm />}
      </Dialog>
    </div>
  );
}
