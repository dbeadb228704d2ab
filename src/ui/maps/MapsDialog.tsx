import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { clientNames, groupByClient, sessionsOf } from "../../domain/growth/sessions";
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
  const openClient = useMap((s) => s.doc.client);
  const openSnapshots = useMap((s) => s.doc.snapshots);
  const startNew = useMap((s) => s.dialogs.mapsStartNew);
  // The open map is listed as it is in memory, saved or not (e.g. after a failed save).
  const openRow = maps.find((m) => m.id === openId);
  const { client: _saved, ...openSaved } = openRow ?? { updatedAt: "" };
  const rows = [
    {
      ...openSaved,
      id: openId,
      title: openTitle,
      peopleCount: openPeople,
      ...(openClient !== undefined ? { client: openClient } : {}),
      sessions: sessionsOf({ snapshots: openSnapshots }),
    },
    ...maps.filter((m) => m.id !== openId),
  ];
  const groups = groupByClient(rows);
  const names = clientNames(rows);
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
    setClient: (id, client) => run(controller?.setMapClient(id, client)),
    sessionEnded: onClose,
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
          clientNames={names}
          onCancel={() => setCreating(false)}
          onCreate={(title, egoName, client) => {
            setCreating(false);
            run(controller?.newMap({ title, egoName, ...(client !== undefined ? { client } : {}) }), true);
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t("maps.newMap")}
        </button>
      )}
      <BackupButtons />
      {groups.length === 1 && groups[0]?.client === null ? (
        <ul className="map-list" aria-label={t("maps.listLabel")}>
          {rows.map((m) => (
            <MapRow key={m.id} map={m} isOpen={m.id === openId} actions={actions} clientNames={names} />
          ))}
        </ul>
      ) : (
        groups.map((g) => (
          <MapGroup key={g.client ?? ""} client={g.client} count={g.maps.length}>
            {g.maps.map((m) => (
              <MapRow key={m.id} map={m} isOpen={m.id === openId} actions={actions} clientNames={names} />
            ))}
          </MapGroup>
        ))
      )}
    </div>
  );
}

/** One client's maps (or one's own), under a heading that names the list. */
function MapGroup({ client, count, children }: { client: string | null; count: number; children: ReactNode }) {
  const { t } = useTranslation("sessions");
  const id = useId();
  return (
    <section className="map-group" aria-labelledby={id}>
      <h3 id={id}>
        {client === null ? t("group.own") : t("group.client", { client })}
        <span className="muted">{t("group.count", { count })}</span>
      </h3>
      <ul className="map-list" aria-labelledby={id}>
        {children}
      </ul>
    </section>
  );
}
