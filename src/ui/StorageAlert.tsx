import { useTranslation } from "react-i18next";
import { downloadMapFile } from "../app/persistence";
import { useMap, useMapStoreApi } from "./hooks/storeContext";
import { usePersistence, usePersistenceController } from "./maps/usePersistence";
import { PROBLEM_KEYS } from "./persistenceKeys";

/** Storage problems and cross-tab conflicts: what happened, and what the person can do. */
export function StorageAlert({ inDialog = false }: { inDialog?: boolean }) {
  const { t, i18n } = useTranslation("editor-core");
  const store = useMapStoreApi();
  const controller = usePersistenceController();
  const problem = usePersistence((s) => s.problem);
  const conflict = usePersistence((s) => s.conflict);
  const dialogOpen = useMap((s) => s.dialogs.mapsOpen);
  if (dialogOpen !== inDialog || !controller) return null;

  const download = () => downloadMapFile(store.getState().doc);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

  return (
    <div className={inDialog ? "storage-alerts in-dialog" : "storage-alerts"}>
      {conflict && (
        <div role="alert" className="storage-alert conflict">
          <p className="storage-alert-title">{t("conflict.title")}</p>
          <p>{t("conflict.body", { title: conflict.title, when: when(conflict.theirUpdatedAt) })}</p>
          <div className="storage-alert-actions">
            <button type="button" onClick={() => void controller.loadTheirs()}>
              {t("conflict.loadTheirs")}
            </button>
            <button
              type="button"
              onClick={() => void controller.keepMineAsCopy(t("maps.copyTitle", { title: store.getState().doc.title }))}
            >
              {t("conflict.keepMine")}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <div role="alert" className="storage-alert">
          <p className="storage-alert-title">{t(PROBLEM_KEYS[problem.kind].title)}</p>
          <p>
            {t(PROBLEM_KEYS[problem.kind].body, {
              title: problem.mapTitle ?? store.getState().doc.title,
              detail: problem.detail ?? t("problem.unknownDetail"),
            })}
          </p>
          <div className="storage-alert-actions">
            <button type="button" onClick={download}>
              {t("problem.download")}
            </button>
            {(problem.kind === "quota" || problem.kind === "writeFailed") && (
              <button type="button" onClick={() => void controller.flush()}>
                {t("problem.retry")}
              </button>
            )}
            <button type="button" onClick={() => controller.dismissProblem()}>
              {t("problem.dismiss")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
