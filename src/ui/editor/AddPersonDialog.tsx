import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  getOwn,
  hasOwn,
  nameCollator,
  nameIndex,
  realCommunities,
  type CommunityId,
  type PersonId,
} from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { blockComposingEnter } from "../imeEnter";
import { NameSuggestInput } from "../NameSuggestInput";
import { Dialog } from "./Dialog";
import { useEditorActions } from "./useEditorActions";
import { SPHERE_KEY } from "../../i18n/keys";

/**
 * Fast entry: type a name, Enter, next name. Chosen communities apply to every name added. A name
 * already on the map (鈴木花子 for 鈴木 花子) is suggested and reused, not added twice.
 */
export function AddPersonDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  // Planned (what-if) communities are not offered: a real person cannot join a plan.
  const communities = useMemo(() => realCommunities(doc).sort((a, b) => nameCollator().compare(a.name, b.name)), [doc]);
  const actions = useEditorActions();
  // The names of the map indexed while the user types (a task of its own), so that Enter on a
  // 30,000-person map looks the typed name up instead of normalising every name.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => nameIndex(store.getState().doc.people), 0);
    return () => clearTimeout(timer);
  }, [open, store]);
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<readonly CommunityId[]>([]);
  const [added, setAdded] = useState<readonly { id: PersonId; name: string; reused: boolean }[]>([]);
  const add = (typed: string, existingId?: PersonId) => {
    const before = store.getState().doc.people;
    const id = actions.addPerson(typed, chosen, existingId ? { existingId } : { reuse: true });
    if (id) {
      const person = getOwn(store.getState().doc.people, id);
      setAdded((list) => [...list, { id, name: person?.name ?? typed, reused: hasOwn(before, id) }]);
    }
    setName("");
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add(name);
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
      <form onSubmit={submit} onKeyDown={blockComposingEnter} className="add-person-form">
        <label htmlFor="add-person-name">{t("add.name")}</label>
        <div className="inline-row">
          <NameSuggestInput
            id="add-person-name"
            value={name}
            onChange={setName}
            onPick={(id) => add(getOwn(store.getState().doc.people, id)?.name ?? name, id)}
            dataAutofocus
          />
          <button type="submit">{t("add.submit")}</button>
        </div>
        {communities.length > 0 && (
          <fieldset className="membership">
            <legend>{t("add.communities")}</legend>
            {communities.map((c) => (
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
            {added.map((p, i) => (
              <li key={`${i}-${p.id}`} className="chip">
                {p.name}
                {p.reused && <span className="muted"> ({t("nameBox.reused")})</span>}
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
