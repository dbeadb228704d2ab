// One snapshot in the list: date, name (renamed inline, IME-safe), headline scores, session mark,
// and its actions: compare with now, rename, delete (confirmed; undo offered right after).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { deleteSnapshot, renameSnapshot } from "../../domain/growth/snapshot";
import type { MapDocument, MapSnapshot } from "../../domain/model";
import { ConfirmDialog } from "../editor/ConfirmDialog";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { isComposingKey, isSubmitEnter } from "../imeEnter";
import { snapshotDate } from "./snapshotFormat";

function score(value: number | null, unknown: string): string {
  return value === null ? unknown : String(Math.round(value));
}

export function SnapshotRow({
  snapshot,
  onMessage,
  onDeleted,
}: {
  snapshot: MapSnapshot;
  onMessage: (text: string) => void;
  /** After the deletion, with the document right after it (undo is offered while it is open). */
  onDeleted: (name: string, after: MapDocument) => void;
}) {
  const { t, i18n } = useTranslation("snapshots");
  const store = useMapStoreApi();
  const setTab = useMap((s) => s.setGrowthTab);
  const setCompare = useMap((s) => s.setGrowthCompare);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(snapshot.name);
  const [confirming, setConfirming] = useState(false);
  const name = snapshot.name;
  const commit = () => {
    setEditing(false);
    const clean = draft.trim();
    if (clean === "" || clean === name) return;
    store.getState().apply((d) => renameSnapshot(d, snapshot.id, clean));
    onMessage(t("actions.renamed", { name: clean }));
  };
  const s = snapshot.scores;
  const unknown = t("scores.unknown");
  return (
    <li className="snapshot-row" data-testid="snapshot-row">
      <div className="snapshot-head">
        <time dateTime={snapshot.takenAt} className="snapshot-date">
          {snapshotDate(snapshot.takenAt, i18n.language)}
        </time>
        {snapshot.session && (
          <span className="snapshot-session" title={t("list.sessionHint")}>
            {t("list.session")}
          </span>
        )}
      </div>
      {editing ? (
        <input
          className="snapshot-rename"
          aria-label={t("actions.renameLabel", { name })}
          aria-description={t("actions.renameHint")}
          value={draft}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (isComposingKey(e)) return;
            if (isSubmitEnter(e)) {
              e.preventDefault();
              commit();
            } else if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              setDraft(name);
              setEditing(false);
            }
          }}
        />
      ) : (
        <strong className="snapshot-name">{name}</strong>
      )}
      <dl className="snapshot-scores" aria-label={t("scores.label")}>
        <div>
          <dt>{t("scores.bridging")}</dt>
          <dd>{score(s.bridging, unknown)}</dd>
        </div>
        <div>
          <dt>{t("scores.diversity")}</dt>
          <dd>{score(s.diversity, unknown)}</dd>
        </div>
        <div>
          <dt>{t("scores.thirdPlaces")}</dt>
          <dd>{s.thirdPlaces}</dd>
        </div>
        <div>
          <dt>{t("scores.people")}</dt>
          <dd>{s.people}</dd>
        </div>
      </dl>
      <div className="inline-row snapshot-actions">
        <button
          type="button"
          aria-label={t("actions.compareNamed", { name })}
          onClick={() => {
            setCompare({ left: snapshot.id, right: "now" });
            setTab("compare");
          }}
        >
          {t("actions.compare")}
        </button>
        <button
          type="button"
          aria-label={t("actions.renameNamed", { name })}
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          {t("actions.rename")}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t("actions.deleteNamed", { name })}
          onClick={() => setConfirming(true)}
        >
          {t("actions.delete")}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("actions.deleteTitle", { name })}
        message={t("actions.deleteMessage")}
        confirmLabel={t("actions.deleteConfirm")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          store.getState().apply((d: MapDocument) => deleteSnapshot(d, snapshot.id));
          onDeleted(name, store.getState().doc);
        }}
      />
    </li>
  );
}
