import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getOwn, createDocument, mapId, newId, personId, updatePerson } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { usePersistenceController } from "../maps/usePersistence";
import { holdImeEnter } from "./quickKeys";

/**
 * First step. An empty open map (one just created in the maps menu) is filled in place, so the
 * interview never leaves it empty beside a second map; otherwise: start a new, empty map (saved
 * through the maps controller like "New map") or add to the map that is open.
 */
export function StartStep({ onStarted }: { onStarted: () => void }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const controller = usePersistenceController();
  const egoName = useMap((s) => getOwn(s.doc.people, s.doc.egoId)?.name ?? "");
  const title = useMap((s) => s.doc.title);
  const count = useMap((s) => Object.keys(s.doc.people).length - 1);
  const isEmpty = useMap((s) => Object.keys(s.doc.people).length === 1 && Object.keys(s.doc.communities).length === 0);
  const [name, setName] = useState(() => (isEmpty && title !== "" ? egoName : ""));
  const [another, setAnother] = useState(false);
  const fillOpen = () => {
    const me = name.trim();
    const { doc } = store.getState();
    if (me !== "" && me !== egoName) store.getState().apply((d) => updatePerson(d, { id: doc.egoId, name: me }));
    onStarted();
  };
  const startEmpty = () => {
    const me = name.trim() || t("wizard.start.defaultEgo");
    const mapTitle = t("wizard.start.mapTitle", { name: me });
    if (controller) {
      void controller.newMap({ title: mapTitle, egoName: me }).then((ok) => ok && onStarted());
      return;
    }
    store.getState().replaceDocument(
      createDocument({
        id: mapId(newId("map")),
        title: mapTitle,
        egoId: personId(newId("p")),
        egoName: me,
        now: new Date().toISOString(),
      }),
    );
    onStarted();
  };
  const fillInPlace = isEmpty && !another;
  return (
    <div className="wizard-step">
      <p className="wizard-prompt">{t("wizard.start.intro")}</p>
      <ul className="muted">
        <li>{t("wizard.start.point1")}</li>
        <li>{t("wizard.start.point2")}</li>
        <li>{t("wizard.start.point3")}</li>
      </ul>
      <form
        className="start-choice"
        onSubmit={(e) => {
          e.preventDefault();
          if (fillInPlace) fillOpen();
          else startEmpty();
        }}
      >
        <h3>{fillInPlace ? t("whoKnows.startOpenHeading", { title }) : t("wizard.start.emptyHeading")}</h3>
        <label htmlFor="wizard-ego-name">{t("wizard.start.yourName")}</label>
        <div className="inline-row">
          <input
            id="wizard-ego-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={holdImeEnter}
            data-autofocus
            autoFocus
            autoComplete="off"
          />
          <button type="submit" className="primary">
            {fillInPlace ? t("whoKnows.startOpen", { title }) : t("wizard.start.empty")}
          </button>
        </div>
        {fillInPlace && (
          <button type="button" className="link-button" onClick={() => setAnother(true)}>
            {t("whoKnows.startNewInstead")}
          </button>
        )}
      </form>
      {count > 0 && (
        <div className="start-choice">
          <h3>{t("wizard.start.continueHeading")}</h3>
          <button type="button" onClick={onStarted}>
            {t("wizard.start.continue", { title, name: egoName, count })}
          </button>
        </div>
      )}
    </div>
  );
}
