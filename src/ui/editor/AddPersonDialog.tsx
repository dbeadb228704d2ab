import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CommunityId, PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { Dialog } from "./Dialog";
import { useEditorActions } from "./useEditorActions";
import { hasOwn } from "../../domain/model";
import { SPHERE_KEY } from "../../i18n/keys";

/** Fast entry: type a name, Enter, next name. Chosen communities apply to every name added. */
export function AddPersonDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const communities = useMap((s) => s.doc.communities);
  const actions = useEditorActions();
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<readonly CommunityId[]>([]);
  const [added, setAdded] = useState<readonly { id: PersonId; name: string }[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = actions.addPerson(name, chosen);
    if (id) setAdded((list) => [...list, { id, name: name.trim() }]);
    setName("");
  };
  const close = () => {
    const last = added[added.length - 1];
    if (last && hasOwn(store.getState().doc.people, last.id)) store.getState().select(last.id);
    setAdded([]);
    setName("");
    setChosen([]);
    onClose();
  };
  const toggle = (id: CommunityId, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((c) => c !== id)));
  return (
    <Dialog open={open} title={t("add.title")} onClose={close} description={t("add.hint")}>
      <form onSubmit={submit} className="add-person-form">
        <label htmlFor="add-person-name">{t("add.name")}</label>
        <div className="inline-row">
          <input
            id="add-person-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-autofocus
            autoComplete="off"
          />
          <button type="submit">{t("add.submit")}</button>
        </div>
        {Object.keys(communities).length > 0 && (
          <fieldset className="membership">
            <legend>{t("add.communities")}</legend>
            {Object.values(communities).map((c) => (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                {c.name} <span className="muted">({t(SPHERE_KEY[c.sphere], { ns: "common" })})</span>
              </label>
            ))}
          </fieldset>
        )}
      </form>
      {added.length > 0 && (
        <>
          <h3>{t("add.addedHeading", { count: added.length })}</h3>
          <ul className="chip-list">
            {added.map((p) => (
              <li key={p.id} className="chip">
                {p.name}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t("common.done")}
        </button>
      </div>
    </Dialog>
  );
}
