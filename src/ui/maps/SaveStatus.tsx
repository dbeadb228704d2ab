import { useTranslation } from "react-i18next";
import { usePersistence } from "./usePersistence";
import { SAVE_STATUS_KEY } from "../persistenceKeys";

export function SaveStatus() {
  const { t } = useTranslation("editor-core");
  const status = usePersistence((s) => s.status);
  const writeMs = usePersistence((s) => s.lastWriteMs);
  const draftMs = usePersistence((s) => s.lastDraftWriteMs);
  return (
    <p
      className="save-status"
      role="status"
      data-status={status}
      data-testid="save-status"
      data-write-ms={writeMs ?? undefined}
      data-draft-ms={draftMs ?? undefined}
    >
      {t(SAVE_STATUS_KEY[status])}
    </p>
  );
}
