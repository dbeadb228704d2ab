import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { blockComposingEnter } from "../imeEnter";
import type { MapSummary } from "../../app/persistence";
import { ClientForm } from "./ClientForm";
import { EndSessionButton } from "./EndSessionButton";
import { SessionDates } from "./SessionDates";

type Mode = "idle" | "renaming" | "confirmDelete" | "client";

export interface MapRowActions {
  open(id: string): void;
  rename(id: string, title: string): void;
  duplicate(id: string, title: string): void;
  remove(id: string): void;
  setClient(id: string, client: string | null): void;
  /** The open map's session was ended: the Maps dialog closes (the report opens). */
  sessionEnded(): void;
}

export function MapRow(props: {
  map: MapSummary;
  isOpen: boolean;
  actions: MapRowActions;
  /** The clients already used, offered in the client field. */
  clientNames: readonly string[];
}) {
  const { map, isOpen, actions } = props;
  const { t, i18n } = useTranslation("editor-core");
  const { t: ts } = useTranslation("sessions");
  const id = useId();
  const [mode, setMode] = useState<Mode>("idle");
  const [draft, setDraft] = useState(map.title);
  const title = map.title;
  const when = map.updatedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(map.updatedAt),
      )
    : "";
  const submitRename = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    actions.rename(map.id, draft.trim());
    setMode("idle");
  };
  return (
    <li className={isOpen ? "map-row is-open" : "map-row"} aria-current={isOpen ? "true" : undefined}>
      <div className="map-row-info">
        <span className="map-row-title">{title}</span>
        {isOpen && <span className="badge">{t("maps.current")}</span>}
        <span className="map-row-meta">
          {map.unreadable
            ? t(map.unreadable === "newer" ? "maps.unreadableNewer" : "maps.unreadableInvalid")
            : `${t("maps.people", { count: map.peopleCount })}${when ? ` · ${t("maps.savedAt", { when })}` : ""}`}
        </span>
        {map.client !== undefined && <SessionDates dates={map.sessions ?? []} />}
      </div>
      {mode === "idle" && (
        <div className="row-actions">
          {!isOpen && !map.unreadable && (
            <button
              type="button"
              className="primary"
              aria-label={t("maps.openNamed", { title })}
              onClick={() => actions.open(map.id)}
            >
              {t("maps.open")}
            </button>
          )}
          {!map.unreadable && (
            <>
              <button type="button" aria-label={t("maps.renameNamed", { title })} onClick={() => setMode("renaming")}>
                {t("maps.rename")}
              </button>
              <button
                type="button"
                aria-label={t("maps.duplicateNamed", { title })}
                onClick={() => actions.duplicate(map.id, t("maps.copyTitle", { title }))}
              >
                {t("maps.duplicate")}
              </button>
            </>
          )}
          {!map.unreadable && (
            <button type="button" aria-label={ts("client.buttonNamed", { title })} onClick={() => setMode("client")}>
              {ts("client.button")}
            </button>
          )}
          <button type="button" aria-label={t("maps.deleteNamed", { title })} onClick={() => setMode("confirmDelete")}>
            {t("maps.delete")}
          </button>
          {isOpen && <EndSessionButton title={title} onEnded={actions.sessionEnded} />}
        </div>
      )}
      {mode === "client" && (
        <ClientForm
          title={title}
          client={map.client}
          names={props.clientNames}
          onCancel={() => setMode("idle")}
          onSave={(client) => {
            actions.setClient(map.id, client);
            setMode("idle");
          }}
        />
      )}
      {mode === "renaming" && (
        <form className="rename-form" onSubmit={submitRename} onKeyDown={blockComposingEnter}>
          <label htmlFor={`${id}-name`}>{t("maps.renameLabel", { title })}</label>
          <input id={`${id}-name`} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus required />
          <div className="row-actions">
            <button type="submit" className="primary">
              {t("maps.renameSave")}
            </button>
            <button type="button" onClick={() => setMode("idle")}>
              {t("maps.cancel")}
            </button>
          </div>
        </form>
      )}
      {mode === "confirmDelete" && (
        <div className="confirm-delete" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t("maps.deleteConfirm", { title })}</p>
          <div className="row-actions">
            <button type="button" className="danger" onClick={() => actions.remove(map.id)}>
              {t("maps.deleteConfirmButton")}
            </button>
            <button type="button" autoFocus onClick={() => setMode("idle")}>
              {t("maps.cancel")}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
