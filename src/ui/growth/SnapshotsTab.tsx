// The Snapshots tab: take a named, dated snapshot of the map (scores from the panel's own
// analysis, see app/snapshotCommand), and the list of snapshots newest first with rename,
// delete (confirmed, undoable from here) and "Compare with now".
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { snapshotNow } from "../../app/snapshotCommand";
import type { MapDocument } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { blockComposingEnter } from "../imeEnter";
import { SnapshotRow } from "./SnapshotRow";
import { defaultSnapshotName } from "./snapshotFormat";

export function SnapshotsTab() {
  const { t, i18n } = useTranslation("snapshots");
  const store = useMapStoreApi();
  const snapshots = useMap((s) => s.doc.snapshots);
  const [name, setName] = useState(() => defaultSnapshotName(new Date(), i18n.language));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const doc = useMap((st) => st.doc);
  const [deleted, setDeleted] = useState<{ name: string; after: MapDocument } | null>(null);
  const newestFirst = [...snapshots].reverse();
  const submit = async () => {
    if (busy) return;
    if (name.trim() === "") {
      setMessage({ text: t("take.emptyName"), error: true });
      return;
    }
    setBusy(true);
    setMessage({ text: t("take.waiting"), error: false });
    try {
      const taken = await snapshotNow(store, { name });
      setMessage({ text: t("take.taken", { name: taken.name }), error: false });
      setName(defaultSnapshotName(new Date(), i18n.language));
    } catch (e) {
      setMessage({ text: t("take.failed", { detail: e instanceof Error ? e.message : String(e) }), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="snapshots-tab">
      <form
        className="snapshot-take"
        onKeyDown={blockComposingEnter}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h3>{t("take.heading")}</h3>
        <label htmlFor="snapshot-name">{t("take.nameLabel")}</label>
        <div className="inline-row">
          <input id="snapshot-name" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="primary" disabled={busy}>
            {t("take.button")}
          </button>
        </div>
        <p role={message?.error ? "alert" : "status"} className={message?.error ? "io-error" : "muted"}>
          {message?.text ?? ""}
        </p>
      </form>
      {deleted && deleted.after === doc && (
        <p className="snapshot-undo inline-row" role="status">
          <span>{t("actions.deleted", { name: deleted.name })}</span>
          <button
            type="button"
            onClick={() => {
              store.getState().undo();
              setMessage({ text: t("actions.restored", { name: deleted.name }), error: false });
              setDeleted(null);
            }}
          >
            {t("actions.undo")}
          </button>
        </p>
      )}
      {newestFirst.length === 0 ? (
        <p className="snapshot-empty">{t("empty")}</p>
      ) : (
        <section aria-labelledby="snapshot-list-heading">
          <h3 id="snapshot-list-heading">{t("list.heading")}</h3>
          <p className="muted small">{t("list.count", { count: newestFirst.length })}</p>
          <ul className="snapshot-list">
            {newestFirst.map((s) => (
              <SnapshotRow
                key={s.id}
                snapshot={s}
                onMessage={(text) => setMessage({ text, error: false })}
                onDeleted={(name, after) => {
                  setMessage(null);
                  setDeleted({ name, after });
                }}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
