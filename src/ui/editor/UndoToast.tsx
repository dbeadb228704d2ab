import { useTranslation } from "react-i18next";
import { useMap } from "../hooks/storeContext";
import { useEditorActions } from "./useEditorActions";

/**
 * After a deletion: "Deleted Aki — Undo". Shown only while that deletion is the last edit: Ctrl+Z,
 * any other edit or opening another map hides it (Redo back to the deletion shows it again).
 */
export function UndoToast({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation("editor");
  const last = useMap((s) => (s.feedback.deletedDoc === s.doc ? s.feedback.lastDeleted : null));
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
