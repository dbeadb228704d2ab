import { useTranslation } from "react-i18next";
import { useMap } from "../hooks/storeContext";
import { useFeedback } from "./feedback";
import { useEditorActions } from "./useEditorActions";

/** After a deletion: "Deleted Aki — Undo". */
export function UndoToast({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation("editor");
  const last = useFeedback((s) => s.lastDeleted);
  const actions = useEditorActions();
  const rememberDeletion = useMap((s) => s.rememberDeletion);
  if (!last) return null;
  return (
    <div className="undo-toast panel">
      <span>{t("person.deletedToast", { name: last.person.name })}</span>
      <button type="button" autoFocus={autoFocus} onClick={() => actions.undoDelete()}>
        {t("person.undoDelete")}
      </button>
      <button
        type="button"
        className="dialog-x"
        aria-label={t("common.dismiss")}
        onClick={() => rememberDeletion(null)}
      >
        ×
      </button>
    </div>
  );
}
