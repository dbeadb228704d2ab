import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getOwn, createDocument, mapId, newId, personId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";

/** First step: start a new, empty map (with your name) or add to the map that is open. */
export function StartStep({ onStarted }: { onStarted: () => void }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const egoName = useMap((s) => getOwn(s.doc.people, s.doc.egoId)?.name ?? "");
  const title = useMap((s) => s.doc.title);
  const count = useMap((s) => Object.keys(s.doc.people).length - 1);
  const [name, setName] = useState("");
  const startEmpty = () => {
    const me = name.trim() || t("wizard.start.defaultEgo");
    store.getState().replaceDocument(
      createDocument({
        id: mapId(newId("map")),
        title: t("wizard.start.mapTitle", { name: me }),
        egoId: personId(newId("p")),
        egoName: me,
        now: new Date().toISOString(),
      }),
    );
    onStarted();
  };
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
          startEmpty();
        }}
      >
        <h3>{t("wizard.start.emptyHeading")}</h3>
        <label htmlFor="wizard-ego-name">{t("wizard.start.yourName")}</label>
        <div className="inline-row">
          <input
            id="wizard-ego-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-autofocus
            autoFocus
            autoComplete="off"
          />
          <button type="submit" className="primary">
            {t("wizard.start.empty")}
          </button>
        </div>
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
