import { useTranslation } from "react-i18next";
import { useMap, useMapStoreApi } from "./hooks/storeContext";
import { useUndoRedoShortcuts } from "./maps/useUndoRedoShortcuts";

export function UndoRedo() {
  const { t } = useTranslation("editor-core");
  const store = useMapStoreApi();
  const canUndo = useMap((s) => s.canUndo);
  const canRedo = useMap((s) => s.canRedo);
  useUndoRedoShortcuts(store);
  return (
    <div className="undo-redo" role="group" aria-label={t("history.group")}>
      <button
        type="button"
        onClick={() => store.getState().undo()}
        disabled={!canUndo}
        title={t("history.undoHint")}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <span aria-hidden="true">↶ </span>
        {t("history.undo")}
      </button>
      <button
        type="button"
        onClick={() => store.getState().redo()}
        disabled={!canRedo}
        title={t("history.redoHint")}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        <span aria-hidden="true">↷ </span>
        {t("history.redo")}
      </button>
    </div>
  );
}
