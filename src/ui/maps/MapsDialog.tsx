import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BackupButtons } from "../backup/BackupButtons";
import { useMap } from "../hooks/storeContext";
import { StorageAlert } from "../StorageAlert";
import { MapRow, type MapRowActions } from "./MapRow";
import { NewMapForm } from "./NewMapForm";
import { usePersistence, usePersistenceController } from "./usePersistence";

/** Content of the Maps dialog: the saved maps and what can be done with them. */
export function MapsDialog({ headingId, onClose }: { headingId: string; onClose(): void }) {
  const { t } = useTranslation("editor-core");
  const controller = usePersistenceController();
  const maps = usePersistence((s) => s.maps);
  const openId = useMap((s) => s.doc.id);
  const openTitle = useMap((s) => s.doc.title);
  const openPeople = useMap((s) => Object.keys(s.doc.people).length);
  const startNew = useMap((s) => s.dialogs.mapsStartNew);
  // The open map is listed as it is in memory, saved or not (e.g. after a failed save).
  const openRow = maps.find((m) => m.id === openId);
  const rows = [
    { ...(openRow ?? { updatedAt: "" }), id: openId, title: openTitle, peopleCount: openPeople },
    ...maps.filter((m) => m.id !== openId),
  ];
  const [creating, setCreating] = useState(() => startNew);
  const [failed, setFailed] = useState(false);

  const run = (action: Promise<boolean> | undefined, closeOnSuccess = false) => {
    setFailed(false);
    void action?.then((ok) => {
      if (!ok) setFailed(true);
      else if (closeOnSuccess) onClose();
    });
  };
  const actions: MapRowActions = {
    open: (id) => run(controller?.openMap(id), true),
    rename: (id, title) => run(controller?.renameMap(id, title)),
    duplicate: (id, title) => run(controller?.duplicateMap(id, title)),
    remove: (id) => run(controller?.deleteMap(id)),
  };

  return (
    <div className="maps-dialog-body">
      <div className="maps-dialog-head">
        <h2 id={headingId}>{t("maps.heading")}</h2>
        <button type="button" onClick={onClose}>
          {t("maps.close")}
        </button>
      </div>
      <p className="maps-intro">{t("maps.intro")}</p>
      <StorageAlert inDialog />
      {failed && <p className="field-error">{t("maps.actionFailed")}</p>}
      {creating ? (
        <NewMapForm
          onCancel={() => setCreating(false)}
          onCreate={(title, egoName) => {
            setCreating(false);
            run(controller?.newMap({ title, egoName }), true);
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t("maps.newMap")}
        </button>
      )}
      <BackupButtons />
      <ul className="map-list" aria-label={t("maps.listLabel")}>
        {rows.map((m) => (
          <MapRow key={m.id} map={m} isOpen={m.id === openId} actions={actions} />
        ))}
      </ul>
    </div>
  );
}
