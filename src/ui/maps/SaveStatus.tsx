import { useTranslation } from "react-i18next";
import { usePersistence } from "./usePersistence";

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
      {t(`save.${status}`)}
    </p>
  );
}
