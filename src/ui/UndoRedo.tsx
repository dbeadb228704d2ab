import { useTranslation } from "react-i18next";
import { useMap, useMapStoreApi } from "./hooks/storeContext";
import { useUndoRedoShortcuts } from "./maps/useUndoRedoShortcuts";

const BUTTONS = {
  undo: { icon: "↶", label: "history.undo", hint: "history.undoHint", keys: "Control+Z Meta+Z" },
  redo: { icon: "↷", label: "history.redo", hint: "history.redoHint", keys: "Control+Shift+Z Meta+Shift+Z Control+Y" },
} as const;

export function UndoRedo() {
  const { t } = useTranslation("editor-core");
  const store = useMapStoreApi();
  const enabled = { undo: useMap((s) => s.canUndo), redo: useMap((s) => s.canRedo) };
  useUndoRedoShortcuts(store);
  return (
    <div className="undo-redo" role="group" aria-label={t("history.group")}>
      {(["undo", "redo"] as const).map((step) => (
        <button
          key={step}
          type="button"
          onClick={() => store.getState()[step]()}
          disabled={!enabled[step]}
          title={t(BUTTONS[step].hint)}
          aria-keyshortcuts={BUTTONS[step].keys}
        >
          <span aria-hidden="true">{BUTTONS[step].icon} </span>
          {t(BUTTONS[step].label)}
        </button>
      ))}
    </div>
  );
}
